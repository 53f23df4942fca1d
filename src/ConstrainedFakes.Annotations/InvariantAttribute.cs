using System;

namespace ConstrainedFakes;

/// <summary>
/// A linear (in)equality that every row of the entity satisfies, written as a C# boolean expression
/// over its members: <c>+</c>, <c>-</c>, <c>*</c> and <c>/</c> by constants, comparisons, <c>&amp;&amp;</c>,
/// parentheses, number literals (<c>0.3m</c>), <c>new DateTime(y, m, d)</c>, <c>x.AddDays(c)</c>,
/// <c>AddHours</c>, <c>AddMinutes</c>, <c>AddSeconds</c> and <c>TimeSpan.FromDays(c)</c>.
/// </summary>
/// <example><code>
/// [Invariant("Discount &lt;= 0.3m * Value")]
/// [Invariant("End &gt;= Start.AddDays(30) &amp;&amp; End &lt;= Start.AddDays(1095)")]
/// public class Contract { ... }
/// </code></example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class InvariantAttribute : Attribute
{
    /// <summary>Declares the invariant.</summary>
    /// <param name="expression">The C# boolean expression.</param>
    public InvariantAttribute(string expression) => Expression = expression;

    /// <summary>The C# boolean expression.</summary>
    public string Expression { get; }
}
