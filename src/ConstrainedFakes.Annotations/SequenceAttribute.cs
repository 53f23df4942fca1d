using System;

namespace ConstrainedFakes;

/// <summary>
/// Makes a collection of events a path of a state machine: each parent's children, ordered by the time
/// member, follow the <see cref="TransitionsAttribute"/> of the state member's enum from its initial state,
/// with strictly increasing times.
/// </summary>
/// <example><code>
/// [Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt))]
/// public List&lt;ClaimEvent&gt; Events { get; set; } = new();
/// </code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class SequenceAttribute : Attribute
{
    /// <summary>Declares the sequence.</summary>
    /// <param name="state">The event's enum member holding the state; use <c>nameof</c>.</param>
    /// <param name="time">The event's date or time member that orders the path; use <c>nameof</c>.</param>
    public SequenceAttribute(string state, string time)
    {
        State = state;
        Time = time;
    }

    /// <summary>The event member holding the state.</summary>
    public string State { get; }

    /// <summary>The event member holding the time.</summary>
    public string Time { get; }
}
