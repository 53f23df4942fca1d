using System;
using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// Reads <c>[Transitions]</c> rules (<c>"From -> A | B"</c>; the first state named is the initial one) and
/// attaches each <c>[Sequence]</c> collection's state machine to the link that owns its events, checking at
/// compile time that the machine is well formed and that <c>[Count]</c> admits a path.
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
        var (edges, initial, errors) = ParseRules(transitions.Rules, states);
        foreach (var error in errors) problems.Add($"{transitions.Declared} on {state.Type.FullName}: {error}");
        if (errors.Count > 0 || initial < 0) return null;
        if (!Lengths(states.Count, initial, edges, count).Any())
        {
            problems.Add($"{where}: {count.Declared} admits no path of {transitions.Declared} from {states[initial]}.");
            return null;
        }
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

    /// <summary>The transitions as state indices, the initial state (-1 when none is named), and what is wrong.</summary>
    public static (List<(int From, int To)> Edges, int Initial, List<string> Errors) ParseRules(IReadOnlyList<string> rules, IReadOnlyList<string> states)
    {
        var edges = new List<(int, int)>();
        var errors = new List<string>();
        var initial = -1;
        foreach (var rule in rules)
        {
            var sides = rule.Split(new[] { "->" }, StringSplitOptions.None);
            if (sides.Length != 2)
            {
                errors.Add($"\"{rule}\" is not a rule of the form \"From -> To | Other\".");
                continue;
            }
            var from = Index(sides[0].Trim(), states, errors);
            if (initial < 0) initial = from;
            foreach (var target in sides[1].Split('|'))
            {
                var to = Index(target.Trim(), states, errors);
                if (from >= 0 && to >= 0 && !edges.Contains((from, to))) edges.Add((from, to));
            }
        }
        if (rules.Count == 0) errors.Add("it declares no rules.");
        return (edges, initial, errors);
    }

    /// <summary>The path lengths in [Min, Max] for which a path from the initial state exists.</summary>
    public static IEnumerable<int> Lengths(int states, int initial, IReadOnlyList<(int From, int To)> edges, CountPlan count)
    {
        // alive[s]: some path of the current length starts at s.
        var alive = Enumerable.Repeat(true, states).ToArray();
        for (var length = 1; length <= Math.Min(count.Max, 10_000); length++)
        {
            if (length >= count.Min && alive[initial]) yield return length;
            alive = Enumerable.Range(0, states).Select(s => edges.Any(e => e.From == s && alive[e.To])).ToArray();
        }
        if (count.Min == 0) yield return 0;
    }

    private static int Index(string name, IReadOnlyList<string> states, List<string> errors)
    {
        var index = states.ToList().IndexOf(name);
        if (index < 0) errors.Add($"\"{name}\" is not a member of the enum (its members are {string.Join(", ", states)}).");
        return index;
    }
}
