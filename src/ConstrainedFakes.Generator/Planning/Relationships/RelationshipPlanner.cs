using System;
using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// Pairs navigations into links (EF Core's conventions: <c>[InverseProperty]</c>, else the one reference and
/// the one collection between two types), picks for each entity the collection that owns its rows (the one
/// with <c>[Count]</c>, else a required one), and orders the tables so parents are inserted first.
/// </summary>
internal static class RelationshipPlanner
{
    /// <summary>Children per parent when a collection navigation declares no <c>[Count]</c>.</summary>
    public static readonly CountPlan DefaultCount = new(0, 4, 0, "no [Count], so 0 to 4 per parent");

    /// <param name="entities">The faker's entities.</param>
    /// <param name="joinEntities">Many-to-manys through join entities (<c>UsingEntity&lt;T&gt;</c>), whose links are the join entities' rows.</param>
    public static DataSetPlan Plan(IReadOnlyList<EntityModel> entities, EquatableArray<JoinEntityModel> joinEntities = default)
    {
        var problems = new List<DataSetProblem>();
        var byName = entities.ToDictionary(e => e.Name);
        var keyTypes = entities.ToDictionary(e => e.Name, e => GeneratedKey(e)?.Type.FullName);
        var links = entities.ToDictionary(e => e.Name, _ => new List<(LinkPlan Link, bool HasCount)>());
        var through = JoinEntities.Links(joinEntities, byName, keyTypes, problems);
        foreach (var child in entities)
        {
            // A join entity's links to its two sides are the many-to-many's; its other links are as usual.
            var sides = through.TryGetValue(child.Name, out var joinLinks) ? joinLinks : new List<(LinkPlan Link, bool HasCount)>();
            links[child.Name].AddRange(sides);
            foreach (var (link, hasCount) in LinksOf(child, byName, keyTypes, problems).Where(l => sides.All(s => s.Link.Parent != l.Item1.Parent)))
                links[child.Name].Add((link, hasCount));
            SharedForeignKeys(child, links[child.Name].Select(l => l.Link), problems);
        }

        var tables = new Dictionary<string, TablePlan>();
        foreach (var entity in entities)
        {
            var candidates = links[entity.Name].Where(l => l.Link.Count is not null && l.Link.Parent != entity.Name).ToList();
            var owner = candidates.FirstOrDefault(l => l.HasCount).Link
                ?? candidates.FirstOrDefault(l => l.Link.IsRequired).Link
                ?? candidates.FirstOrDefault().Link;
            var references = links[entity.Name].Select(l => l.Link).Where(l => l != owner)
                .Select(l => UniqueIndexes.DistinctPerOwner(entity, owner, l) is { } index ? l with { DistinctPerOwner = index } : l)
                .ToEquatableArray();
            tables[entity.Name] = new TablePlan(entity.Name, entity.FullName, PoolPopularity.IgnoredOnOwningCollection(owner), references, keyTypes[entity.Name]);
        }
        foreach (var table in tables.Values)
        {
            PoolPopularity.CheckOwner(table, problems);
            foreach (var self in table.References.Where(l => l.IsSelf(table) && l.IsRequired))
                problems.Add(DataSetProblem.At(table.Entity, self.Reference ?? self.Collection, $"{self.Source} is a required reference of {table.Entity} to its own table, so the first row could have no parent; make the foreign key nullable."));
        }

        var ordered = InsertOrder(entities, tables, problems);
        var joins = ManyToMany.Plan(entities, keyTypes, problems, JoinEntities.SkipNavigations(joinEntities));
        return new DataSetPlan(ordered.ToEquatableArray(), problems.ToEquatableArray(), joins);
    }

    /// <summary>The links in which <paramref name="child"/> is the many side: from its references, and from collections of it with no reference back.</summary>
    private static IEnumerable<(LinkPlan, bool)> LinksOf(EntityModel child, Dictionary<string, EntityModel> byName, Dictionary<string, string?> keyTypes, List<DataSetProblem> problems)
    {
        foreach (var reference in child.Navigations.Where(n => n.Kind == NavigationKind.Reference && byName.ContainsKey(n.Target)))
        {
            var parent = byName[reference.Target];
            if (IsPrincipalSide(child, parent, reference)) continue;
            var principal = reference.ForeignKey.Count > 0 && parent.Name != child.Name ? OtherSide(parent, child, reference) : null;
            if (principal is { ForeignKey.Count: 0, IsSettable: true })
            {
                yield return (OneToOne(child, parent, reference, principal, keyTypes, problems) with { Popularity = PoolPopularity.Of(child.Name, reference, problems) }, true);
                continue;
            }
            var collection = InverseCollection(parent, child, reference);
            var (foreignKey, compositeKey) = ForeignKeyOf(child, parent, reference, keyTypes, problems);
            var fkMember = child.Members.FirstOrDefault(m => m.Name == (foreignKey ?? compositeKey.FirstOrDefault()?.Member));
            var nullRate = reference.NullRate?.Value ?? fkMember?.NullRate?.Value ?? double.NaN;
            var source = collection is null ? $"{child.Name}.{reference.Name}" : $"{parent.Name}.{collection.Name} ↔ {child.Name}.{reference.Name}";
            var link = Link(parent.Name, reference.Name, collection, foreignKey, reference.IsRequired, nullRate, $"{child.Name}.{reference.Name}", source)
                with { Popularity = PoolPopularity.Of(child.Name, reference, problems), CompositeKey = compositeKey };
            yield return (link, collection?.Count is not null);
        }

        foreach (var parent in byName.Values)
        {
            foreach (var collection in parent.Navigations.Where(n => n.Kind == NavigationKind.Collection && n.Target == child.Name))
            {
                if (IsPaired(parent, child, collection) || ManyToMany.Inverse(parent, collection, byName) is not null) continue;
                // No reference back: EF Core's foreign key is {Parent}Id on the child, or a shadow property.
                var conventional = child.Members.FirstOrDefault(m => !m.IsKey && string.Equals(m.Name, parent.Name + "Id", StringComparison.OrdinalIgnoreCase));
                var foreignKey = ForeignKey(child, parent, conventional?.Name, keyTypes, collection.Name, problems);
                var isRequired = conventional is { IsNullable: false };
                var link = Link(parent.Name, null, collection, foreignKey, isRequired, double.NaN, $"{parent.Name}.{collection.Name}", $"{parent.Name}.{collection.Name}")
                    with { Popularity = PoolPopularity.Of(parent.Name, collection, problems) };
                yield return (link, collection.Count is not null);
            }
        }
    }

    internal static LinkPlan Link(string parent, string? reference, NavigationModel? collection, string? foreignKey, bool isRequired, double nullRate, string streamName, string source)
    {
        var count = collection?.Count is { } declared ? new CountPlan(declared.Min, declared.Max, declared.Mean, declared.Declared) : DefaultCount;
        var fill = collection?.Fill ?? CollectionFill.None;
        return new LinkPlan(parent, reference, collection?.Name, fill, foreignKey, isRequired, nullRate, collection is null ? null : count,
            ConstrainedFakes.Randomness.NameHash.Of(streamName), source);
    }

    /// <summary>
    /// A one-to-one: each principal row owns at most one dependent (exactly one when its reference is not
    /// nullable), made per principal like the children of a collection, and set on the principal's reference.
    /// </summary>
    private static LinkPlan OneToOne(EntityModel child, EntityModel parent, NavigationModel reference, NavigationModel principal, Dictionary<string, string?> keyTypes, List<DataSetProblem> problems)
    {
        var (foreignKey, compositeKey) = ForeignKeyOf(child, parent, reference, keyTypes, problems);
        var count = principal.IsRequired
            ? new CountPlan(1, 1, 0, $"one-to-one: {parent.Name}.{principal.Name} is required")
            : new CountPlan(0, 1, 0, $"one-to-one: {parent.Name}.{principal.Name} is optional");
        var source = $"{parent.Name}.{principal.Name} ↔ {child.Name}.{reference.Name}";
        return new LinkPlan(parent.Name, reference.Name, principal.Name, CollectionFill.Assign, foreignKey, reference.IsRequired, double.NaN, count,
            ConstrainedFakes.Randomness.NameHash.Of($"{child.Name}.{reference.Name}"), source, CompositeKey: compositeKey);
    }

    /// <summary>Whether <paramref name="reference"/> is the principal's side of a one-to-one: it holds no key, and is set from the dependent's link.</summary>
    public static bool IsPrincipalSide(EntityModel entity, EntityModel target, NavigationModel reference)
        => reference.ForeignKey.Count == 0 && target.Name != entity.Name && OtherSide(target, entity, reference) is { ForeignKey.Count: > 0 };

    /// <summary>The other entity's reference back to this one's <paramref name="reference"/> ([InverseProperty], or the only pair of references between the two), or null.</summary>
    private static NavigationModel? OtherSide(EntityModel other, EntityModel entity, NavigationModel reference)
    {
        var back = other.Navigations.Where(n => n.Kind == NavigationKind.Reference && n.Target == entity.Name).ToList();
        var declared = back.FirstOrDefault(b => b.InverseName == reference.Name || reference.InverseName == b.Name);
        if (declared is not null) return declared;
        var forth = entity.Navigations.Count(n => n.Kind == NavigationKind.Reference && n.Target == other.Name);
        return back.Count == 1 && forth == 1 && reference.InverseName is null && back[0].InverseName is null ? back[0] : null;
    }

    /// <summary>The parent's collection that is the other side of <paramref name="reference"/>, or null.</summary>
    private static NavigationModel? InverseCollection(EntityModel parent, EntityModel child, NavigationModel reference)
    {
        var collections = parent.Navigations.Where(n => n.Kind == NavigationKind.Collection && n.Target == child.Name).ToList();
        var declared = collections.FirstOrDefault(c => c.InverseName == reference.Name || reference.InverseName == c.Name);
        if (declared is not null) return declared;
        if (reference.InverseName is not null) return null;
        var references = child.Navigations.Where(n => n.Kind == NavigationKind.Reference && n.Target == parent.Name && n.InverseName is null).ToList();
        var open = collections.Where(c => c.InverseName is null).ToList();
        // Unambiguous only: one reference and one collection between the two types, as EF Core pairs them.
        return references.Count == 1 && open.Count == 1 ? open[0] : null;
    }

    /// <summary>Whether <paramref name="collection"/> is the other side of one of <paramref name="child"/>'s references.</summary>
    internal static bool IsPaired(EntityModel parent, EntityModel child, NavigationModel collection)
        => child.Navigations.Any(r => r.Kind == NavigationKind.Reference && r.Target == parent.Name && InverseCollection(parent, child, r) == collection);

    /// <summary>
    /// A reference's foreign key: one member the parent's generated key fills, or, to a parent with a composite
    /// key, the parts that copy the parent row's key parts; a problem when they cannot.
    /// </summary>
    private static (string? ForeignKey, EquatableArray<ForeignKeyPart> CompositeKey) ForeignKeyOf(
        EntityModel child, EntityModel parent, NavigationModel reference, Dictionary<string, string?> keyTypes, List<DataSetProblem> problems)
        => reference.PrincipalKey.Count > 1 && reference.ForeignKey.Count > 0
            ? (null, CompositeForeignKey(child, parent, reference, problems))
            : (ForeignKey(child, parent, reference.ForeignKey.FirstOrDefault(), keyTypes, reference.Name, problems), EquatableArray<ForeignKeyPart>.Empty);

    /// <summary>The parts of a composite foreign key, paired with the parent's key in key order; a problem when they do not fit it.</summary>
    private static EquatableArray<ForeignKeyPart> CompositeForeignKey(EntityModel child, EntityModel parent, NavigationModel reference, List<DataSetProblem> problems)
    {
        var name = $"{child.Name}.{reference.Name}";
        var key = $"{parent.Name}'s key ({string.Join(", ", reference.PrincipalKey)})";
        if (reference.ForeignKey.Count != reference.PrincipalKey.Count)
        {
            problems.Add(DataSetProblem.At(child.Name, reference.Name, $"{name} has the foreign key ({string.Join(", ", reference.ForeignKey)}), but {key} has {reference.PrincipalKey.Count} members: name one foreign-key member per key member, in key order."));
            return EquatableArray<ForeignKeyPart>.Empty;
        }
        if (parent.Name == child.Name)
        {
            problems.Add(DataSetProblem.At(child.Name, reference.Name, $"{name} is a composite foreign key to its own table, which data sets do not set yet; give {parent.Name} a single key (an Id)."));
            return EquatableArray<ForeignKeyPart>.Empty;
        }
        var parts = reference.ForeignKey.Zip(reference.PrincipalKey, (member, parentMember) => new ForeignKeyPart(member, parentMember)).ToList();
        foreach (var part in parts)
        {
            var member = child.Members.FirstOrDefault(m => m.Name == part.Member);
            var parentMember = parent.Members.FirstOrDefault(m => m.Name == part.ParentMember);
            var problem = member is null ? DataSetProblem.At(child.Name, reference.Name, $"{child.Name}.{part.Member} (a part of the foreign key of {reference.Name}) is not a member the builder sets.")
                : parentMember is null ? DataSetProblem.At(child.Name, reference.Name, $"{parent.Name}.{part.ParentMember} (a part of {key}) is not a member the builder sets.")
                : member.Type.FullName != parentMember.Type.FullName
                    ? DataSetProblem.At(child.Name, part.Member, $"{child.Name}.{part.Member} is {member.Type.FullName} but {parent.Name}.{part.ParentMember}, the key part it copies, is {parentMember.Type.FullName}.")
                : null;
            if (problem is null) continue;
            problems.Add(problem);
            return EquatableArray<ForeignKeyPart>.Empty;
        }
        return parts.ToEquatableArray();
    }

    /// <summary>A problem for each member that two links of one entity set: their parents could disagree on it.</summary>
    private static void SharedForeignKeys(EntityModel child, IEnumerable<LinkPlan> links, List<DataSetProblem> problems)
    {
        var shared = links.SelectMany(l => Members(l).Select(m => (Member: m, l.Source))).GroupBy(x => x.Member).Where(g => g.Count() > 1);
        foreach (var group in shared)
            problems.Add(DataSetProblem.At(child.Name, group.Key, $"{child.Name}.{group.Key} is a foreign-key member of several links ({string.Join(", ", group.Select(x => x.Source))}), which data sets do not set yet: their parents could disagree on it."));
    }

    /// <summary>The child's members a link sets: its foreign key or the parts of its composite one.</summary>
    private static IEnumerable<string> Members(LinkPlan link)
        => link.ForeignKey is { } single ? new[] { single } : link.CompositeKey.Select(k => k.Member);

    /// <summary>The foreign-key member when the parent's key can fill it; a problem when it cannot.</summary>
    internal static string? ForeignKey(EntityModel child, EntityModel parent, string? name, Dictionary<string, string?> keyTypes, string navigation, List<DataSetProblem> problems)
    {
        if (name is null) return null;
        var member = child.Members.FirstOrDefault(m => m.Name == name);
        if (member is null) return null;
        if (keyTypes[parent.Name] is not { } keyType)
        {
            var keys = parent.Members.Where(m => m.IsKey).Select(m => m.Name).ToList();
            var has = keys.Count > 1 ? $"its key has several members ({string.Join(", ", keys)})" : "which it does not have";
            problems.Add(DataSetProblem.At(child.Name, name, $"{child.Name}.{name} (the foreign key of {navigation}) needs a single generated key on {parent.Name} (an integer, Guid or string [Key] or Id); {has}."));
            return null;
        }
        if (member.Type.FullName != keyType)
        {
            problems.Add(DataSetProblem.At(child.Name, name, $"{child.Name}.{name} is {member.Type.FullName} but the key of {parent.Name} is {keyType}."));
            return null;
        }
        return name;
    }

    /// <summary>The entity's key when it is one member the builder generates from the row index, else null.</summary>
    public static MemberModel? GeneratedKey(EntityModel entity)
    {
        var keys = entity.Members.Where(m => m.IsKey).ToList();
        return keys.Count == 1 && MemberPlanner.IsGeneratedKey(keys[0]) ? keys[0] : null;
    }

    /// <summary>The reference navigations of <paramref name="entity"/> that a builder's <c>With{Navigation}</c> can fix.</summary>
    public static EquatableArray<NavigationPlan> Navigations(EntityModel entity, DataSetPlan dataSet, IReadOnlyList<EntityModel> entities)
    {
        var table = dataSet.Tables.FirstOrDefault(t => t.Entity == entity.Name);
        if (table is null) return EquatableArray<NavigationPlan>.Empty;
        var links = table.Owner is null ? table.References : new[] { table.Owner }.Concat(table.References);
        return links
            .Where(l => l.Reference is not null && entity.Navigations.Any(n => n.Name == l.Reference && n.IsSettable))
            .Select(l =>
            {
                var parent = entities.First(e => e.Name == l.Parent);
                var keys = l.ForeignKey is { } single ? new[] { new ForeignKeyPart(single, GeneratedKey(parent)!.Name) }.ToEquatableArray() : l.CompositeKey;
                return new NavigationPlan(l.Reference!, parent.FullName, keys, l.IsOptionalIn(table));
            })
            .ToEquatableArray();
    }

    /// <summary>The foreign-key members a data set sets on <paramref name="entity"/>'s rows.</summary>
    public static HashSet<string> ForeignKeys(EntityModel entity, DataSetPlan dataSet)
    {
        var table = dataSet.Tables.FirstOrDefault(t => t.Entity == entity.Name);
        var links = table is null ? Enumerable.Empty<LinkPlan>() : table.Owner is null ? table.References : new[] { table.Owner }.Concat(table.References);
        return new HashSet<string>(links.SelectMany(Members));
    }

    /// <summary>Parents first (Kahn's algorithm, declaration order among equals); a cycle is a problem naming it.</summary>
    private static List<TablePlan> InsertOrder(IReadOnlyList<EntityModel> entities, Dictionary<string, TablePlan> tables, List<DataSetProblem> problems)
    {
        var parentsOf = tables.Values.ToDictionary(t => t.Entity, t => Parents(t).Where(p => p.Parent != t.Entity).Select(p => p.Parent).Distinct().ToList());
        var ordered = new List<TablePlan>();
        var placed = new HashSet<string>();
        while (ordered.Count < entities.Count)
        {
            var next = entities.FirstOrDefault(e => !placed.Contains(e.Name) && parentsOf[e.Name].All(placed.Contains));
            if (next is null)
            {
                var cycle = Cycle(entities.Where(e => !placed.Contains(e.Name)).Select(e => e.Name).ToList(), parentsOf);
                if (BackReferences.Break(cycle, tables, parentsOf)) continue;
                var links = cycle.Zip(cycle.Skip(1), (child, parent) => Parents(tables[child]).First(l => l.Parent == parent)).ToList();
                var kind = links.All(l => l.IsRequired) ? "required foreign keys" : "foreign keys whose optional links own their rows or are composite";
                // Only such a link can be set once its parent's rows are made (BackReferences).
                var fix = "make one of them a nullable single-member foreign key of a parent picked from its table (no [Count] collection owning the rows)";
                var message = $"a cycle of {kind}: {string.Join(" → ", cycle)} ({string.Join(", ", links.Select(l => l.Source))}); no insert order puts every parent first: {fix}.";
                problems.Add(links[0].Reference is { } reference ? DataSetProblem.At(cycle[0], reference, message) : DataSetProblem.At(links[0].Parent, links[0].Collection, message));
                ordered.AddRange(entities.Where(e => !placed.Contains(e.Name)).Select(e => tables[e.Name]));
                break;
            }
            placed.Add(next.Name);
            ordered.Add(tables[next.Name]);
        }
        return ordered;
    }

    private static IEnumerable<LinkPlan> Parents(TablePlan table)
        => table.Owner is null ? table.References : new[] { table.Owner }.Concat(table.References);

    /// <summary>A cycle among the unplaced entities, as names from child to parent ending where it starts.</summary>
    private static List<string> Cycle(List<string> unplaced, Dictionary<string, List<string>> parentsOf)
    {
        var path = new List<string> { unplaced[0] };
        while (true)
        {
            var next = parentsOf[path[path.Count - 1]].First(unplaced.Contains);
            var seenAt = path.IndexOf(next);
            path.Add(next);
            if (seenAt >= 0) return path.Skip(seenAt).ToList();
        }
    }
}
