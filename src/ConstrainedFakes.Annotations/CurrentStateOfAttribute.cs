using System;

namespace ConstrainedFakes;

/// <summary>Makes an enum member of the parent equal the state of the last event of a <see cref="SequenceAttribute"/> collection.</summary>
/// <example><code>
/// [CurrentStateOf(nameof(Events))] public ClaimStatus Status { get; set; }
/// </code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class CurrentStateOfAttribute : Attribute
{
    /// <summary>Declares whose last state this member mirrors.</summary>
    /// <param name="sequence">The collection navigation carrying <see cref="SequenceAttribute"/>; use <c>nameof</c>.</param>
    public CurrentStateOfAttribute(string sequence) => Sequence = sequence;

    /// <summary>The sequence's collection navigation.</summary>
    public string Sequence { get; }
}
