using System;
using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// Attaches each <c>[Sequence]</c> collection's state machine (its enum's <c>[Transitions]</c>, read by
/// <see cref="StateGraph"/>) to the link that owns its events, checking at compile time that the machine is well
/// formed and that <c>[Count]</c> admits a path.
/// </summary>
internal static class StateMachinePlanner
{
    /// <param name="dataSet">The data set's tables, links and problems so far.</param>
    /// <param name="entities">The faker's entities.</param>
    /// <param name="plan">The plan of an entity by name, asked for only for the events of a <c>[Sequence]</c>, whose times it samples.</param>
    public static DataSetPlan Attach(DataSetPlan dataSet, IReadOnlyList<EntityModel> entities, Func<string, EntityPlan> plan)
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
            var planned = PlanSequence(parent!, collection, sequence, child, plan(child.Name), table.Owner!, problems);
            tables.Add(planned is null ? table : table with { Owner = table.Owner! with { Sequence = planned } });
        }
        // A [Sequence] on a collection that does not own its children (another collection has [Count]) cannot order them.
        foreach (var entity in entities)
        {
            foreach (var navigation in entity.Navigations.Where(n => n.Sequence is not null))
            {
                if (!tables.Any(t => t.Owner is { } o && o.Parent == entity.Name && o.Collection == navigation.Name))
                    problems.Add(new DataSetProblem($"{entity.Name}.{navigation.Name} has {navigation.Sequence!.Declared} but does not own its {navigation.Target} rows; put the [Count] there.",
                        entity.Name, ProblemSite.On(navigation.Name, null), DiagnosticIds.StateMachine));
            }
            foreach (var member in entity.Members.Where(m => m.CurrentStateOf is not null))
            {
                // A [Sequence] that is declared but not planned is a problem of its own, told above.
                var declared = entity.Navigations.Any(n => n.Name == member.CurrentStateOf && n.Sequence is not null);
                var sequence = tables.Select(t => t.Owner).FirstOrDefault(o => o?.Parent == entity.Name && o.Collection == member.CurrentStateOf)?.Sequence;
                // CF0003 when nothing has that name, as the entity's own check tells it (CurrentStateCheck).
                var named = entity.Members.Any(m => m.Name == member.CurrentStateOf) || entity.Navigations.Any(n => n.Name == member.CurrentStateOf)
                    || entity.Skipped.Any(s => s.Name == member.CurrentStateOf);
                if (!declared)
                    problems.Add(new DataSetProblem($"{entity.Name}.{member.Name} is [CurrentStateOf(\"{member.CurrentStateOf}\")], but {entity.Name} has no [Sequence] collection of that name.",
                        entity.Name, ProblemSite.On(member.Name, null), named ? DiagnosticIds.StateMachine : DiagnosticIds.UnknownMember));
                else if (sequence is not null && member.Type.FullName != sequence.StateType)
                    problems.Add(new DataSetProblem($"{entity.Name}.{member.Name} is {member.Type.FullName}, but the states of {member.CurrentStateOf} are {sequence.StateType}.",
                        entity.Name, ProblemSite.On(member.Name, null), DiagnosticIds.TypeMismatch));
            }
        }
        return dataSet with { Tables = tables.ToEquatableArray(), Problems = problems.ToEquatableArray() };
    }

    private static SequencePlan? PlanSequence(EntityModel parent, NavigationModel collection, SequenceModel sequence, EntityModel child, EntityPlan childPlan, LinkPlan owner, List<DataSetProblem> problems)
    {
        var count = owner.Count!;
        var where = $"{parent.Name}.{collection.Name} {sequence.Declared}";
        // At the attribute, under the ID the entity's own check (SequenceCheck) gives the same problem, so it is told once.
        DataSetProblem AtSequence(string message, string id = DiagnosticIds.StateMachine) => new(message, parent.Name, ProblemSite.On(collection.Name, sequence.Declared), id);
        string IdOf(string member) => child.Members.Any(m => m.Name == member) ? DiagnosticIds.StateMachine : DiagnosticIds.UnknownMember;
        var state = child.Members.FirstOrDefault(m => m.Name == sequence.State);
        var time = childPlan.Members.FirstOrDefault(m => m.Name == sequence.Time);
        if (state is not { Type.Kind: ScalarKind.Enum })
        {
            problems.Add(AtSequence($"{where}: {child.Name}.{sequence.State} must be an enum member of {child.Name}.", IdOf(sequence.State)));
            return null;
        }
        if (state.Type.Transitions is not { } transitions)
        {
            problems.Add(AtSequence($"{where}: the enum {state.Type.FullName} has no [Transitions]."));
            return null;
        }
        if (time is null && childPlan.Problems.FirstOrDefault(p => p.Sites.Any(s => s.Member == sequence.Time)) is { } unplanned)
        {
            // The time member's own constraints leave it no value: the entity's problem, told where the entity tells it.
            problems.Add(new DataSetProblem($"{where}: {child.Name}.{sequence.Time} has no value: {unplanned.Detail}", child.Name, unplanned.Sites[0], unplanned.Id));
            return null;
        }
        var floors = Floors(child, sequence.Time, owner, parent);
        if (time?.Sampler is not TemporalSampler sampler || time.Sampler is UniqueSampler || floors is null)
        {
            var message = $"{where}: {child.Name}.{sequence.Time} must be a date or time member of {child.Name} whose only cross-member constraints are lower bounds by its parent's members (e.g. [GreaterThanOrEqual(\"{owner.Reference ?? parent.Name}.FiledAt\")]).";
            // Told at the time member when it exists: what is wrong is its type or its constraints.
            problems.Add(child.Members.Any(m => m.Name == sequence.Time) ? new DataSetProblem(message, child.Name, ProblemSite.On(sequence.Time, null), DiagnosticIds.StateMachine) : AtSequence(message, IdOf(sequence.Time)));
            return null;
        }

        var states = state.Type.EnumMembers.Select(m => m.Name).ToList();
        var graph = StateGraph.Read(states, transitions.Rules);
        var errors = graph.Errors.Select(rule => $"\"{rule}\" is not a rule of the form \"From -> To | Other\".")
            .Concat(graph.Unknown.Select(u => $"\"{u.Name}\" is not a member of the enum (its members are {string.Join(", ", states)})."))
            .Concat(graph.IsEmpty ? new[] { "it declares no rules." } : Array.Empty<string>())
            .ToList();
        foreach (var error in errors)
            problems.Add(new DataSetProblem($"{transitions.Declared} on {state.Type.FullName}: {error}", state.Type.FullName, ProblemSite.OnType(transitions.Declared), DiagnosticIds.StateMachine));
        if (errors.Count > 0 || graph.Initial is null) return null;
        if (!graph.AdmitsLength(count.Min, count.Max))
        {
            problems.Add(new DataSetProblem($"{where}: {count.Declared} admits no path of {transitions.Declared} from {graph.Initial}.", parent.Name, ProblemSite.On(collection.Name, count.Declared), DiagnosticIds.StateMachine));
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
