using System;
using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// Attaches each <c>[Sequence]</c> collection's state machine (its enum's <c>[Transitions]</c>, read by
/// <see cref="StateGraph"/>) to the link that owns its events, checking at compile time that the machine is well
/// formed and that <c>[Count]</c> admits a path.
/// </summary>
internal static class StateMachinePlanner
{
    public static DataSetPlan Attach(DataSetPlan dataSet, IReadOnlyList<EntityModel> entities, IReadOnlyList<EntityPlan> plans)
    {
        var problems = dataSet.Problems.ToList();
        var tables = new List<TablePlan>();
        foreach (var table in dataSet.Tables)
        {
            var parent = table.Owner is { } owner ? entities.First(e => e.Name == owner.Parent) : null;
            var collection = parent?.Navigations.FirstOrDefault(n => n.Name == table.Owner!.Collection);
            if (collection?.Sequence is not { } sequence)
            {
                tables.Add(table);
                continue;
            }
            var child = entities.First(e => e.Name == table.Entity);
            var plan = PlanSequence(parent!, collection, sequence, child, plans.First(p => p.Name == child.Name), table.Owner!, problems);
            tables.Add(plan is null ? table : table with { Owner = table.Owner! with { Sequence = plan } });
        }
        // A [Sequence] on a collection that does not own its children (another collection has [Count]) cannot order them.
        foreach (var entity in entities)
        {
            foreach (var navigation in entity.Navigations.Where(n => n.Sequence is not null))
            {
                if (!tables.Any(t => t.Owner is { } o && o.Parent == entity.Name && o.Collection == navigation.Name))
                    problems.Add($"{entity.Name}.{navigation.Name} has {navigation.Sequence!.Declared} but does not own its {navigation.Target} rows; put the [Count] there.");
            }
            foreach (var member in entity.Members.Where(m => m.CurrentStateOf is not null))
            {
                var sequence = tables.Select(t => t.Owner).FirstOrDefault(o => o?.Parent == entity.Name && o.Collection == member.CurrentStateOf)?.Sequence;
                if (sequence is null) problems.Add($"{entity.Name}.{member.Name} is [CurrentStateOf(\"{member.CurrentStateOf}\")], but {entity.Name} has no [Sequence] collection of that name.");
                else if (member.Type.FullName != sequence.StateType) problems.Add($"{entity.Name}.{member.Name} is {member.Type.FullName}, but the states of {member.CurrentStateOf} are {sequence.StateType}.");
            }
        }
        return dataSet with { Tables = tables.ToEquatableArray(), Problems = problems.ToEquatableArray() };
    }

    private static SequencePlan? PlanSequence(EntityModel parent, NavigationModel collection, SequenceModel sequence, EntityModel child, EntityPlan childPlan, LinkPlan owner, List<string> problems)
    {
        var count = owner.Count!;
        var where = $"{parent.Name}.{collection.Name} {sequence.Declared}";
        var state = child.Members.FirstOrDefault(m => m.Name == sequence.State);
        var time = childPlan.Members.FirstOrDefault(m => m.Name == sequence.Time);
        if (state is not { Type.Kind: ScalarKind.Enum })
        {
            problems.Add($"{where}: {child.Name}.{sequence.State} must be an enum member of {child.Name}.");
            return null;
        }
        if (state.Type.Transitions is not { } transitions)
        {
            problems.Add($"{where}: the enum {state.Type.FullName} has no [Transitions].");
            return null;
        }
        var floors = Floors(child, sequence.Time, owner, parent);
        if (time?.Sampler is not TemporalSampler sampler || time.Sampler is UniqueSampler || floors is null)
        {
            problems.Add($"{where}: {child.Name}.{sequence.Time} must be a date or time member of {child.Name} whose only cross-member constraints are lower bounds by its parent's members (e.g. [GreaterThanOrEqual(\"{owner.Reference ?? parent.Name}.FiledAt\")]).");
            return null;
        }

        var states = state.Type.EnumMembers.Select(m => m.Name).ToList();
        var graph = StateGraph.Read(states, transitions.Rules);
        var errors = graph.Errors.Select(rule => $"\"{rule}\" is not a rule of the form \"From -> To | Other\".")
            .Concat(graph.Unknown.Select(u => $"\"{u.Name}\" is not a member of the enum (its members are {string.Join(", ", states)})."))
            .Concat(graph.IsEmpty ? new[] { "it declares no rules." } : Array.Empty<string>())
            .ToList();
        foreach (var error in errors) problems.Add($"{transitions.Declared} on {state.Type.FullName}: {error}");
        if (errors.Count > 0 || graph.Initial is null) return null;
        if (!graph.AdmitsLength(count.Min, count.Max))
        {
            problems.Add($"{where}: {count.Declared} admits no path of {transitions.Declared} from {graph.Initial}.");
            return null;
        }
        var initial = states.IndexOf(graph.Initial);
        var edges = graph.Edges.Select(e => (From: states.IndexOf(e.From), To: states.IndexOf(e.To))).ToList();
        var current = parent.Members.FirstOrDefault(m => m.CurrentStateOf == collection.Name)?.Name;
        return new SequencePlan(state.Name, state.Type.FullName, states.ToEquatableArray(), initial,
            edges.Select(e => e.From).ToEquatableArray(), edges.Select(e => e.To).ToEquatableArray(),
            time.Name, sampler.Kind, sampler.MinUnits, sampler.MaxUnits, sampler.TicksPerUnit,
            ConstrainedFakes.Randomness.NameHash.Of($"{child.Name}.{time.Name}"), current, floors.ToEquatableArray());
    }

    /// <summary>
    /// The parent's members the time must follow (<c>[GreaterThanOrEqual("Claim.FiledAt")]</c> on the time),
    /// or null when the time takes part in any other cross-member constraint, which the path's increasing
    /// times could break.
    /// </summary>
    private static List<TimeFloor>? Floors(EntityModel child, string time, LinkPlan owner, EntityModel parent)
    {
        var member = child.Members.FirstOrDefault(m => m.Name == time);
        if (member is null) return new List<TimeFloor>();
        var readElsewhere = child.Members.Any(m => m.Relations.Any(r => r.Other == time))
            || child.Invariants.Any(i => Constraints.CategoricalPlanner.Identifiers(i.Expression, child).Contains(time));
        if (readElsewhere) return null;
        var floors = new List<TimeFloor>();
        foreach (var relation in member.Relations)
        {
            var prefix = owner.Reference + ".";
            if (owner.Reference is null || relation.Kind is not (RelationKind.GreaterThan or RelationKind.GreaterThanOrEqual) || !relation.Other.StartsWith(prefix)) return null;
            var floor = parent.Members.FirstOrDefault(m => m.Name == relation.Other.Substring(prefix.Length));
            if (floor is null || floor.Type.Kind != member.Type.Kind || floor.IsNullable) return null;
            floors.Add(new TimeFloor(floor.Name, relation.Kind == RelationKind.GreaterThan));
        }
        return floors;
    }
}
