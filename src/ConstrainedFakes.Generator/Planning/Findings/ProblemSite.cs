using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning.Findings;

/// <summary>
/// Where a declared constraint sits, as plain data the analyzer maps back to a source location through
/// symbols: an attribute (as written) on a member or on the type, or the member or type itself.
/// </summary>
/// <param name="Member">The member carrying the constraint, or null for the type (class-level <c>[Invariant]</c>s, <c>[Transitions]</c>).</param>
/// <param name="Attribute">The attribute exactly as written (e.g. <c>[Range(10, 5)]</c>), or null for the member or type itself.</param>
internal sealed record ProblemSite(string? Member, string? Attribute)
{
    /// <summary>An attribute on a member.</summary>
    public static ProblemSite On(string member, string? attribute) => new(member, attribute);

    /// <summary>An attribute on the type.</summary>
    public static ProblemSite OnType(string attribute) => new(null, attribute);

    /// <summary>Sites for attributes of one member, skipping absent ones.</summary>
    public static EquatableArray<ProblemSite> OnMember(string member, params string?[] attributes)
    {
        var sites = new System.Collections.Generic.List<ProblemSite>();
        foreach (var attribute in attributes)
        {
            if (attribute is not null) sites.Add(new ProblemSite(member, attribute));
        }
        if (sites.Count == 0) sites.Add(new ProblemSite(member, null));
        return sites.ToEquatableArray();
    }
}
