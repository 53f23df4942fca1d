using System;

namespace ConstrainedFakes;

/// <summary>
/// Says which kind of realistic text a string member holds. Without it the kind is inferred from the
/// member's name (<c>FirstName</c>, <c>Email</c>, <c>City</c>, ...), and from <c>[EmailAddress]</c>,
/// <c>[Phone]</c> and <c>[Url]</c>.
/// </summary>
/// <example><code>
/// [Semantic(SemanticKind.CompanyName)] public string Counterparty { get; set; } = "";
/// </code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class SemanticAttribute : Attribute
{
    /// <summary>Declares the kind of text.</summary>
    /// <param name="kind">The kind of text the member holds.</param>
    public SemanticAttribute(SemanticKind kind) => Kind = kind;

    /// <summary>The kind of text.</summary>
    public SemanticKind Kind { get; }
}
