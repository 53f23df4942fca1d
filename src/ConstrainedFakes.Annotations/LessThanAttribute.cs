namespace ConstrainedFakes;

/// <summary>The member is always less than another member of the same entity.</summary>
/// <example><code>
/// public DateTime Start { get; set; }
/// [LessThan(nameof(Start))] public DateTime End { get; set; }
/// </code></example>
public sealed class LessThanAttribute : MemberRelationAttribute
{
    /// <summary>Declares the relation.</summary>
    /// <param name="other">The other member's name; use <c>nameof</c>.</param>
    public LessThanAttribute(string other) : base(other) { }
}
