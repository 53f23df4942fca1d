using System;

namespace ConstrainedFakes;

/// <summary>
/// The allowed transitions of a state machine over an enum: each rule is <c>"From -> To"</c> or
/// <c>"From -> A | B"</c>. The first state named is the initial one; states with no way out are terminal.
/// </summary>
/// <example><code>
/// [Transitions("Filed -> UnderReview", "UnderReview -> Approved | Denied", "Approved -> Paid")]
/// public enum ClaimStatus { Filed, UnderReview, Approved, Denied, Paid }
/// </code></example>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
public sealed class TransitionsAttribute : Attribute
{
    /// <summary>Declares the transitions.</summary>
    /// <param name="rules">One rule per source state, e.g. <c>"UnderReview -> Approved | Denied"</c>.</param>
    public TransitionsAttribute(params string[] rules) => Rules = rules;

    /// <summary>The rules as written.</summary>
    public string[] Rules { get; }
}
