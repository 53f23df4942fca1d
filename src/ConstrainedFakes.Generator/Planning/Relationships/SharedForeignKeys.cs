using System.Collections.Generic;
using System.Linq;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// Foreign-key members that two links of one entity set (overlapping foreign keys: <c>Grade.CourseId</c> is
/// <c>Grade.Course</c>'s key and a part of <c>Grade.Enrollment</c>'s). They hold by construction when the composite
/// key's parent set that part by a required link of its own to the other link's parent (<c>Enrollment.CourseId</c>,
/// <c>Enrollment.Course</c>'s key): the composite link's parent is chosen first, and the other link's parent is the
/// one that row names (<see cref="NamedParent"/>), not drawn. Any other overlap is refused, naming the member.
/// </summary>
internal static class SharedForeignKeys
{
    /// <summary>Marks each link whose parent another link of its row names; a problem for each overlap that cannot hold.</summary>
    /// <param name="links">Every entity's links to its parents (with whether the parent's collection has <c>[Count]</c>), updated.</param>
    /// <param name="problems">Where the overlaps that cannot hold are told.</param>
    public static void Resolve(Dictionary<string, List<(LinkPlan Link, bool HasCount)>> links, List<DataSetProblem> problems)
    {
        foreach (var child in links.Keys.ToList())
        {
            var own = links[child];
            var shared = own.SelectMany(l => RelationshipPlanner.Members(l.Link).Select(m => (Member: m, l.Link, l.HasCount)))
                .GroupBy(x => x.Member)
                .Where(g => g.Count() > 1)
                .ToList();
            foreach (var group in shared)
            {
                var named = Named(child, group.Key, group.Select(x => (x.Link, x.HasCount)).ToList(), links, problems);
                if (named is not { } resolved) continue;
                var at = own.FindIndex(l => l.Link == resolved.Link);
                own[at] = (resolved.Link with { NamedBy = resolved.By }, false);
            }
        }
    }

    /// <summary>The link of the pair whose parent the other names, and how; null (with a problem) when the pair could disagree.</summary>
    private static (LinkPlan Link, NamedParent By)? Named(string child, string member, List<(LinkPlan Link, bool HasCount)> sharing, Dictionary<string, List<(LinkPlan Link, bool HasCount)>> links, List<DataSetProblem> problems)
    {
        var sources = string.Join(", ", sharing.Select(l => l.Link.Source));
        var composite = sharing.Where(l => l.Link.CompositeKey.Count > 0).ToList();
        var single = sharing.Where(l => l.Link.ForeignKey == member).ToList();
        if (sharing.Count > 2 || composite.Count != 1 || single.Count != 1)
        {
            problems.Add(DataSetProblem.At(child, member, $"{child}.{member} is a foreign-key member of several links ({sources}), which data sets set together only when one is a composite foreign key and the other a link to its parent's own parent: their parents could disagree on it."));
            return null;
        }
        var (source, (named, hasCount)) = (composite[0].Link, single[0]);
        var part = source.CompositeKey.First(k => k.Member == member);
        var through = links.TryGetValue(source.Parent, out var parentLinks) ? parentLinks.Select(l => l.Link).FirstOrDefault(l => l.ForeignKey == part.ParentMember) : null;
        var problem = through is null || through.Parent != named.Parent
                ? $"{child}.{member} is the foreign key of {named.Source} and a part of {source.Source}'s, but {source.Parent}.{part.ParentMember}, the key part it copies, is no foreign key to {named.Parent}: their parents could disagree on it."
            : !through.IsRequired || through.Parent == source.Parent
                ? $"{child}.{member} is the foreign key of {named.Source} and a part of {source.Source}'s, but {source.Parent}.{part.ParentMember} is an optional link ({through.Source}), so an {source.Parent} may name no {named.Parent}."
            : hasCount
                ? $"{named.Parent}.{named.Collection} has {named.Count!.Declared}, but each {child}'s {named.Parent} is the one its {source.Reference} names ({child}.{member} is a part of {source.Source}'s foreign key), so the count cannot hold; put [Count] on {source.Parent}'s collection of {child} instead."
            : null;
        if (problem is null) return (named, new NamedParent(source.Reference!, part.ParentMember));
        problems.Add(DataSetProblem.At(child, member, problem));
        return null;
    }
}
