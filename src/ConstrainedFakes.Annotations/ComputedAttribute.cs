using System;

namespace ConstrainedFakes;

/// <summary>
/// The member's value is derived from other members of the same row: a C# expression with
/// <c>+ - * /</c>, parentheses, number literals and <c>Math.Round</c>, <c>Math.Min</c>, <c>Math.Max</c>,
/// <c>Math.Abs</c>, <c>Math.Floor</c>, <c>Math.Ceiling</c>. When the member declares its own bounds
/// (<c>[Range]</c>, lengths), rows whose inputs would break them are redrawn (a bounded number of
/// times, then <c>ConstraintViolationException</c>): the value never leaves its declared range.
/// </summary>
/// <example><code>
/// [Computed("Math.Round(Quantity * UnitPrice, 2)"), Range(0, 100_000)]
/// public decimal LineTotal { get; set; }
/// </code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class ComputedAttribute : Attribute
{
    /// <summary>Declares the derivation.</summary>
    /// <param name="expression">The C# expression over the entity's members.</param>
    public ComputedAttribute(string expression) => Expression = expression;

    /// <summary>The C# expression over the entity's members.</summary>
    public string Expression { get; }
}
