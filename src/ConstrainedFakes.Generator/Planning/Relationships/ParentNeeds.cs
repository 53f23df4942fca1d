using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Planning.Constraints;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// What an entity's children ask of it: inequalities over its members, some of which may be members of its own
/// parents seen through it (<c>Office.Limit</c>, pushed up from a claim's rule on <c>Adjuster.Office.Limit</c>), which
/// the entity must read as members of its own before it can be planned with them.
/// </summary>
internal sealed class ParentNeeds
{
    public List<DeclaredInequality> Inequalities { get; } = new();

    /// <summary>The paths from the entity through its references that the inequalities read, dotted.</summary>
    public SortedSet<string> Paths { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The inequalities as text, so that a round of planning that asks nothing new is recognised.</summary>
    public string Signature
        => string.Join("\n", Inequalities.Select(i =>
            $"{i.Source}|{i.IsStrict}|{i.Form.Constant}|{string.Join(",", i.Form.Terms.OrderBy(t => t.Key, System.StringComparer.Ordinal).Select(t => $"{t.Key}:{t.Value}"))}"));
}
