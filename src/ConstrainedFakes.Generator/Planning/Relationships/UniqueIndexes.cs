using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// Makes a unique index over several members hold by construction, in the cheapest way its members allow:
/// nothing when one of them is unique already (a key, <c>[Unique]</c>); distinct parents per owner when it
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

    /// <summary>The entity with a plain member of each index not held otherwise made <c>[Unique]</c>; and the indexes no member can hold.</summary>
    public static (EntityModel Entity, List<string> Problems) WithUniqueMembers(EntityModel entity, DataSetPlan dataSet)
    {
        var problems = new List<string>();
        var table = dataSet.Tables.FirstOrDefault(t => t.Entity == entity.Name);
        var foreignKeys = RelationshipPlanner.ForeignKeys(entity, dataSet);
        var members = entity.Members.ToList();
        foreach (var index in entity.UniqueIndexes)
        {
            var indexed = index.Members.Select(n => members.FirstOrDefault(m => m.Name == n)).ToList();
            if (indexed.Any(m => m is null))
            {
                problems.Add($"{entity.Name} {index.Declared} names a member {entity.Name} does not have.");
                continue;
            }
            if (indexed.Any(m => m!.IsKey || m.Unique is not null)) continue;
            if (table?.References.Any(r => r.DistinctPerOwner is not null && index.Declared == r.DistinctPerOwner) == true) continue;
            var plain = indexed.FirstOrDefault(m => !foreignKeys.Contains(m!.Name));
            if (plain is null)
            {
                problems.Add($"{entity.Name} {index.Declared}: a unique index over foreign keys alone holds by construction only when it pairs the owner's key with a picked parent's.");
                continue;
            }
            members[members.IndexOf(plain)] = plain with { Unique = index.Declared };
        }
        return (entity with { Members = members.ToEquatableArray() }, problems);
    }
}
