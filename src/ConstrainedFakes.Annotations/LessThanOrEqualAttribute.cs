namespace ConstrainedFakes;

/// <summary>The member is always less than or equal to another member of the same entity.</summary>
/// <example><code>
/// public DateTime Start { get; set; }
/// [LessThanOrEqual(nameof(Start))] public DateTime End { get; set; }
/// </code></example>
public sealed class LessThanOrEqualAttribute : MemberRelationAttribute
{
    /// <summary>Declares the relation.</summary>
    /// <param name="other">The other member's name; use <c>nameof</c>.</param>
    public LessThanOrEqualAttribute(string other) : base(other) { }
}
