using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;
using ConstrainedFakes.Generator.Planning.Relationships;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>
/// CF0008 for a <c>[Popularity]</c> on a collection that the data set ignores, read from the faker's own data set
/// plan, so it says exactly what the data set does. A collection's popularity is followed on the side of a
/// many-to-many whose rows draw the links, and on a collection with no reference back that picks its children's
/// parent; it is ignored on the other side of a many-to-many, on the collection that makes its children (it has
/// nothing to choose) and on the collection of a reference (the reference picks).
/// </summary>
internal static class PopularityPlacementCheck
{
    /// <summary>Each ignored <c>[Popularity]</c> on a collection, with the entity that declares it.</summary>
    /// <param name="entities">The faker's entities, as its data set has them.</param>
    /// <param name="plan">The faker's data set plan, which says which links pick.</param>
    public static IEnumerable<(EntityModel Entity, Finding Finding)> Check(IReadOnlyList<EntityModel> entities, DataSetPlan plan)
    {
        var collections = entities.SelectMany(e => e.Navigations.Where(n => n.Kind == NavigationKind.Collection && n.Popularity is { } declared && PoolPopularity.Why(declared) is null)
            .Select(n => (Entity: e, Collection: n))).ToList();
        foreach (var (entity, collection) in collections)
        {
            if (WhyIgnored(plan, entity.Name, collection.Name) is not { } why) continue;
            var declared = collection.Popularity!.Declared;
            yield return (entity, new Finding(DiagnosticIds.Relationship, $"{collection.Name}: {declared} is ignored: {why}", ProblemSite.OnMember(collection.Name, declared)));
        }
    }

    /// <summary>Why the data set does not follow a <c>[Popularity]</c> on <c>entity.collection</c>, or null when it does (or the collection links nothing).</summary>
    private static string? WhyIgnored(DataSetPlan plan, string entity, string collection)
    {
        foreach (var join in plan.Joins)
        {
            if (join.Entity == entity && join.Navigation == collection) return null;
            if (join.Target == entity && join.Inverse == collection) return NotDrawing(join.Source, $"{join.Entity}.{join.Navigation}", join.Target);
        }
        foreach (var table in plan.Tables)
        {
            if (table.Owner is { } side && table.References.FirstOrDefault(l => l.Skip is not null) is { Skip: { } skip } through)
            {
                if (side.Parent == entity && skip.OwnerNavigation == collection) return null;
                if (through.Parent == entity && skip.Navigation == collection) return NotDrawing(through.Source, $"{side.Parent}.{skip.OwnerNavigation}", entity);
            }
            if (table.Parents.FirstOrDefault(l => l.Parent == entity && l.Collection == collection) is not { } link) continue;
            if (link == table.Owner)
                return $"each {entity} row makes its own {table.Entity} rows ({link.Source}), so there is no {entity} to choose; it skews picks, on a reference or a collection with no reference back whose parent is picked from a pool.";
            return link.Reference is { } reference ? $"{table.Entity}.{reference} picks each {table.Entity}'s {entity} ({link.Source}); put it on that reference." : null;
        }
        return null;
    }

    private static string NotDrawing(string source, string drawing, string entity)
        => $"the rows of {drawing} draw the links of {source} (the side with [Count] draws, else the side with [Popularity], else the first), so only a [Popularity] there is followed, where it makes a few {entity} rows the most linked; put it there.";
}
