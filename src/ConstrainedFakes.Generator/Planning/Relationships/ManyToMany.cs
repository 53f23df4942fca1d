using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// Many-to-many through skip navigations, as EF Core reads them: a collection on each side (<c>Post.Tags</c>
/// and <c>Tag.Posts</c>), paired by <c>[InverseProperty]</c> or as the only pair of collections between the two
/// types, with no reference back. Neither side owns the other's rows, so both are root or child tables as they
/// would be alone, and the links are made once both tables are: each row of one side picks distinct rows of
/// the other.
/// </summary>
internal static class ManyToMany
{
    /// <summary>Links per row when neither side declares <c>[Count]</c>.</summary>
    public static readonly CountPlan DefaultCount = new(0, 4, 0, "no [Count], so 0 to 4 per row");

    /// <summary>The other side's collection when <paramref name="collection"/> is one side of a many-to-many, else null.</summary>
    public static NavigationModel? Inverse(EntityModel entity, NavigationModel collection, IReadOnlyDictionary<string, EntityModel> byName)
    {
        if (collection.Kind != NavigationKind.Collection || !byName.TryGetValue(collection.Target, out var other)) return null;
        if (RelationshipPlanner.IsPaired(entity, other, collection)) return null;
        var back = other.Navigations
            .Where(n => n.Kind == NavigationKind.Collection && n.Target == entity.Name && !(other.Name == entity.Name && n.Name == collection.Name))
            .ToList();
        var declared = back.FirstOrDefault(b => b.InverseName == collection.Name || collection.InverseName == b.Name);
        if (declared is not null) return declared;
        // A self many-to-many (followers and followed) needs [InverseProperty]: EF Core does not guess it.
        if (collection.InverseName is not null || other.Name == entity.Name) return null;
        var forth = entity.Navigations.Count(n => n.Kind == NavigationKind.Collection && n.Target == other.Name && n.InverseName is null);
        var open = back.Where(b => b.InverseName is null).ToList();
        return forth == 1 && open.Count == 1 && !RelationshipPlanner.IsPaired(other, entity, open[0]) ? open[0] : null;
    }

    /// <summary>
    /// Whether the rows of <paramref name="back"/>'s side draw the links, not <paramref name="forth"/>'s (the side declared
    /// first, or that <c>HasMany</c> names): the side with <c>[Count]</c> draws, else the side with <c>[Popularity]</c>
    /// (which only the drawing side can follow), else <paramref name="forth"/>'s.
    /// </summary>
    public static bool BackDraws(NavigationModel forth, NavigationModel back)
        => forth.Count is null && (back.Count is not null || forth.Popularity is null && back.Popularity is not null);

    /// <summary>Each many-to-many of <paramref name="entities"/> once, from the side that picks its links.</summary>
    /// <param name="entities">The faker's entities.</param>
    /// <param name="keyTypes">Each entity's generated key type, or null.</param>
    /// <param name="problems">Where the pairs that cannot be made are told.</param>
    /// <param name="throughEntities">Skip navigations (<c>Entity.Navigation</c>) whose links are rows of a join entity, planned as its links instead.</param>
    public static EquatableArray<JoinPlan> Plan(IReadOnlyList<EntityModel> entities, IReadOnlyDictionary<string, string?> keyTypes, List<DataSetProblem> problems, ISet<string> throughEntities)
    {
        var byName = entities.ToDictionary(e => e.Name);
        var joins = new List<JoinPlan>();
        var seen = new HashSet<string>();
        foreach (var entity in entities)
        {
            foreach (var collection in entity.Navigations.Where(n => n.Kind == NavigationKind.Collection))
            {
                if (throughEntities.Contains($"{entity.Name}.{collection.Name}")) continue;
                if (Inverse(entity, collection, byName) is not { } inverse || !seen.Add($"{entity.Name}.{collection.Name}")) continue;
                var other = byName[collection.Target];
                seen.Add($"{other.Name}.{inverse.Name}");
                var (chooser, navigation, target, back) = BackDraws(collection, inverse)
                    ? (other, inverse, entity, collection)
                    : (entity, collection, other, inverse);
                var source = $"{chooser.Name}.{navigation.Name} ↔ {target.Name}.{back.Name}";
                if (back.Count is not null)
                    problems.Add(DataSetProblem.At(target.Name, back.Name, $"{source} is a many-to-many with [Count] on both sides; only one side's links per row can hold by construction, so keep [Count] on one side."));
                foreach (var side in new[] { chooser, target }.Distinct().Where(s => keyTypes[s.Name] is null))
                    problems.Add(DataSetProblem.At(side.Name, null, $"{source} is a many-to-many, whose join rows need a single generated key on {side.Name} (an integer, Guid or string [Key] or Id), which it does not have."));
                var count = navigation.Count is { } declared ? new CountPlan(declared.Min, declared.Max, declared.Mean, declared.Declared) : DefaultCount;
                joins.Add(new JoinPlan(chooser.Name, chooser.FullName, navigation.Name, navigation.Fill, target.Name, target.FullName, back.Name, back.Fill, count,
                    ConstrainedFakes.Randomness.NameHash.Of($"{chooser.Name}.{navigation.Name}"), source, PoolPopularity.Of(chooser.Name, navigation, problems)));
            }
        }
        return joins.ToEquatableArray();
    }
}
