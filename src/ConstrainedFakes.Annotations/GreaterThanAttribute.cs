namespace ConstrainedFakes;

/// <summary>The member is always greater than another member of the same entity.</summary>
/// <example><code>
/// public DateTime Start { get; set; }
/// [GreaterThan(nameof(Start))] public DateTime End { get; set; }
/// </code></example>
public sealed class GreaterThanAttribute : MemberRelationAttribute
{
    /// <summary>Declares the relation.</summary>
    /// <param name="other">The other member's name; use <c>nameof</c>.</param>
    public GreaterThanAttribute(string other) : base(other) { }
}
