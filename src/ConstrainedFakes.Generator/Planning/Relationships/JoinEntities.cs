using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// A many-to-many through an explicit join entity (<c>UsingEntity&lt;PostTag&gt;()</c>): each link is a row of the
/// join entity, made like an explicit join entity keyed by its two foreign keys. Its rows are made per row of the
/// side that picks (see <see cref="ManyToMany.BackDraws"/>; <c>[Popularity]</c> on its skip navigation or on the
/// join entity's reference to the other side skews the picks), each naming a
/// distinct row of the other side, and <c>Build()</c> adds each pair to both skip navigations. So the join entity's
/// own members are generated under their constraints, each pair is one row, and no implicit join table is made.
/// </summary>
internal static class JoinEntities
{
    /// <summary>The join entity's two links (the owner first), by join entity; a problem for each join that cannot be made.</summary>
    public static Dictionary<string, List<(LinkPlan Link, bool HasCount)>> Links(
        EquatableArray<JoinEntityModel> joins, IReadOnlyDictionary<string, EntityModel> byName, Dictionary<string, string?> keyTypes, List<DataSetProblem> problems)
    {
        var links = new Dictionary<string, List<(LinkPlan, bool)>>();
        foreach (var join in joins)
        {
            if (!byName.TryGetValue(join.JoinEntity, out var entity) || !byName.TryGetValue(join.Entity, out var first) || !byName.TryGetValue(join.Target, out var second))
            {
                problems.Add(new DataSetProblem($"{join.Declared}: the three entities are not all entities of this faker.", null, null));
                continue;
            }
            var forth = first.Navigations.FirstOrDefault(n => n.Name == join.Navigation && n.Kind == NavigationKind.Collection && n.Target == second.Name);
            var back = second.Navigations.FirstOrDefault(n => n.Name == join.Inverse && n.Kind == NavigationKind.Collection && n.Target == first.Name);
            var problem = forth is null || back is null ? $"{join.Declared}: {join.Entity}.{join.Navigation} and {join.Target}.{join.Inverse} must be collections of each other."
                : first.Name == second.Name ? $"{join.Declared}: a many-to-many of an entity with itself through a join entity is not made yet."
                : forth.Count is not null && back.Count is not null ? $"{join.Declared} has [Count] on both sides; only one side's links per row can hold by construction, so keep [Count] on one side."
                : links.ContainsKey(entity.Name) ? $"{join.Declared}: {entity.Name} is the join entity of another many-to-many already."
                : null;
            if (problem is not null)
            {
                problems.Add(DataSetProblem.At(first.Name, join.Navigation, problem));
                continue;
            }
            var (owner, ownerSkip, picked, pickedSkip) = ManyToMany.BackDraws(forth!, back!) ? (second, back!, first, forth!) : (first, forth!, second, back!);
            var source = $"{owner.Name}.{ownerSkip.Name} ↔ {picked.Name}.{pickedSkip.Name} through {entity.Name}";
            var count = ownerSkip.Count is { } declared ? new CountPlan(declared.Min, declared.Max, declared.Mean, declared.Declared) : ManyToMany.DefaultCount;
            var ownerLink = Side(entity, owner, $"{owner.Name}.{ownerSkip.Name}", source, keyTypes, problems) with { Count = count };
            var pickLink = Side(entity, picked, $"{entity.Name}.{picked.Name}", source, keyTypes, problems);
            // [Popularity] on the drawing side's skip navigation skews the picks as it does on the join entity's reference.
            pickLink = pickLink with
            {
                Skip = new SkipPlan(ownerSkip.Name, ownerSkip.Fill, pickedSkip.Name, pickedSkip.Fill, owner.FullName, picked.FullName),
                Popularity = ownerSkip.Popularity is null ? pickLink.Popularity : PoolPopularity.Of(owner.Name, ownerSkip, problems),
            };
            pickLink = pickLink with { DistinctPerOwner = UniqueIndexes.DistinctPerOwner(entity, ownerLink, pickLink) ?? $"each pair of {source} once" };
            links[entity.Name] = new List<(LinkPlan, bool)> { (ownerLink, true), (pickLink, false) };
        }
        return links;
    }

    /// <summary>
    /// The join entity's link to one side: its reference navigation and the side's collection of it when they
    /// exist, and its foreign key (the reference's, else <c>{Side}{Key}</c> or <c>{Side}Id</c>, as EF Core names it).
    /// </summary>
    private static LinkPlan Side(EntityModel entity, EntityModel side, string streamName, string source, Dictionary<string, string?> keyTypes, List<DataSetProblem> problems)
    {
        var reference = entity.Navigations.FirstOrDefault(n => n.Kind == NavigationKind.Reference && n.Target == side.Name);
        var collection = side.Navigations.FirstOrDefault(n => n.Kind == NavigationKind.Collection && n.Target == entity.Name);
        var key = RelationshipPlanner.GeneratedKey(side)?.Name ?? "Id";
        var name = reference?.ForeignKey.Count == 1 ? reference.ForeignKey[0]
            : entity.Members.FirstOrDefault(m => new[] { side.Name + key, side.Name + "Id" }.Any(c => string.Equals(m.Name, c, System.StringComparison.OrdinalIgnoreCase)))?.Name;
        if (name is null) problems.Add(DataSetProblem.At(entity.Name, reference?.Name, $"{source}: {entity.Name} has no foreign key to {side.Name} ({side.Name}{key})."));
        var foreignKey = RelationshipPlanner.ForeignKey(entity, side, name, keyTypes, reference?.Name ?? source, problems);
        return RelationshipPlanner.Link(side.Name, reference?.Name, collection, foreignKey, isRequired: true, double.NaN, streamName, source)
            with { Popularity = reference is null ? 0 : PoolPopularity.Of(entity.Name, reference, problems) };
    }

    /// <summary>The skip navigations that a join entity's links fill, by <c>Entity.Navigation</c> on both sides.</summary>
    public static HashSet<string> SkipNavigations(EquatableArray<JoinEntityModel> joins)
        => new(joins.SelectMany(j => new[] { $"{j.Entity}.{j.Navigation}", $"{j.Target}.{j.Inverse}" }));
}
