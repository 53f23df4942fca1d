using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// Makes a unique index over several members (a composite primary key among them) hold by construction, in the
/// cheapest way its members allow: nothing when one of them is unique already (a key, a generated part of a
/// composite key, <c>[Unique]</c>); distinct parents per owner when it
/// pairs the owner's foreign key with a picked parent's (<c>(OrderId, ProductId)</c>: an order's lines name
/// distinct products); otherwise one of its plain members made unique across the table.
/// </summary>
internal static class UniqueIndexes
{
    /// <summary>The index as written, when its members include the owner's foreign key and this pick's.</summary>
    public static string? DistinctPerOwner(EntityModel entity, LinkPlan? owner, LinkPlan pick)
        => owner?.ForeignKey is { } ownerKey && pick.ForeignKey is { } pickKey && pick.Parent != entity.Name
            ? entity.UniqueIndexes.FirstOrDefault(i => i.Members.Contains(ownerKey) && i.Members.Contains(pickKey))?.Declared
            : null;

    /// <summary>
    /// The entity with a plain member of each index not held otherwise made <c>[Unique]</c>; and the indexes no member can
    /// hold, with a <c>[PrimaryKey]</c> naming a member the entity does not have (its rows' keys are not the ones declared).
    /// </summary>
    public static (EntityModel Entity, List<DataSetProblem> Problems) WithUniqueMembers(EntityModel entity, DataSetPlan dataSet)
    {
        var problems = new List<DataSetProblem>();
        if (entity.PrimaryKey is { } key && UnknownMembers(entity, key) is { } unknownKey) problems.Add(unknownKey);
        var table = dataSet.Tables.FirstOrDefault(t => t.Entity == entity.Name);
        var foreignKeys = RelationshipPlanner.ForeignKeys(entity, dataSet);
        var members = entity.Members.ToList();
        foreach (var index in entity.UniqueIndexes)
        {
            if (UnknownMembers(entity, index) is { } unknown)
            {
                problems.Add(unknown);
                continue;
            }
            var indexed = index.Members.Select(n => members.First(m => m.Name == n)).ToList();
            if (indexed.Any(m => m.Unique is not null || IsDistinctKey(entity, m, foreignKeys))) continue;
            if (table?.References.Any(r => r.DistinctPerOwner is not null && index.Declared == r.DistinctPerOwner) == true) continue;
            var plain = indexed.FirstOrDefault(m => !foreignKeys.Contains(m.Name));
            if (plain is null)
            {
                problems.Add(new DataSetProblem($"{entity.Name} {index.Declared}: a unique index over foreign keys alone holds by construction only when it pairs the owner's key with a picked parent's (a collection navigation of {entity.Name} on one of the parents makes it the owner).",
                    entity.Name, ProblemSite.OnType(index.Declared)));
                continue;
            }
            members[members.IndexOf(plain)] = plain with { Unique = index.Declared };
        }
        return (entity with { Members = members.ToEquatableArray() }, problems);
    }

    /// <summary>
    /// CF0003 for the <c>[PrimaryKey]</c> and each unique index naming members the entity does not have: the data set
    /// refuses them, and the analysis of the entity's class tells them on its own (a domain project with no faker sees them too).
    /// </summary>
    public static IEnumerable<DataSetProblem> UnknownMembers(EntityModel entity)
        => (entity.PrimaryKey is { } key ? entity.UniqueIndexes.Prepend(key) : entity.UniqueIndexes).Select(i => UnknownMembers(entity, i)).OfType<DataSetProblem>();

    /// <summary>
    /// CF0003 for an index (or primary key) naming members the entity does not have (EF Core refuses such a model): the
    /// data set cannot make it hold, and the closest member name is offered when one name is misspelt. Null when it names only members
    /// the builder sets (a parent's member read through a navigation is none).
    /// </summary>
    private static DataSetProblem? UnknownMembers(EntityModel entity, UniqueIndexModel index)
    {
        var names = entity.Members.Where(m => m.ParentNavigation is null).Select(m => m.Name).ToList();
        var missing = index.Members.Where(n => !names.Contains(n)).Select(n => (Name: n, Closest: Constraints.MemberNames.Closest(n, names))).ToList();
        if (missing.Count == 0) return null;
        var hints = string.Concat(missing.Where(m => m.Closest is not null).Select(m => $" Did you mean '{m.Closest}' for '{m.Name}'?"));
        return new DataSetProblem($"{entity.Name} {index.Declared} names {string.Join(", ", missing.Select(m => $"'{m.Name}'"))}, which {entity.Name} does not have as a member the builder sets.{hints}",
            entity.Name, ProblemSite.OnType(index.Declared), DiagnosticIds.UnknownMember, missing.Count == 1 ? missing[0].Closest : null);
    }

    /// <summary>
    /// Whether a key member alone is distinct across rows: the whole key, or a generated part of a composite
    /// key (row index + 1, a Guid, <c>{Entity}-{n}</c>) that no foreign key overwrites.
    /// </summary>
    private static bool IsDistinctKey(EntityModel entity, MemberModel member, ISet<string> foreignKeys)
        => member.IsKey && (entity.Members.Count(m => m.IsKey) == 1 || MemberPlanner.IsGeneratedKey(member) && !foreignKeys.Contains(member.Name));
}
