using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Constraints;
using ConstrainedFakes.Generator.Planning.Findings;
using ConstrainedFakes.Generator.Planning.Relationships;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>
/// CF0009 (and CF0003) on a <c>[Sequence]</c>: its state and time members must exist on the event type, the
/// state must be an enum with <c>[Transitions]</c>, and its <c>[Count]</c> must admit a path of the machine.
/// </summary>
internal static class SequenceCheck
{
    public static IEnumerable<Finding> Check(CountedMemberModel navigation, DeclaredSequence sequence)
    {
        var site = ProblemSite.OnMember(navigation.Name, sequence.Declared);
        if (!navigation.IsCollection)
        {
            yield return new Finding(DiagnosticIds.Relationship, $"{navigation.Name}: {sequence.Declared} applies to collection navigations of events, and {navigation.Name} is a {navigation.TypeName}.", site);
            yield break;
        }
        var missing = new[] { sequence.State, sequence.Time }.Where(m => !sequence.ElementMembers.Contains(m)).ToList();
        foreach (var name in missing)
        {
            var closest = MemberNames.Closest(name, sequence.ElementMembers);
            yield return new Finding(DiagnosticIds.UnknownMember,
                $"{navigation.Name}: the events have no member '{name}'{(closest is null ? "." : $"; did you mean '{closest}'?")}", site, closest);
        }
        if (missing.Count > 0) yield break;
        if (sequence.Machine is not { } machine)
        {
            yield return new Finding(DiagnosticIds.StateMachine, $"{navigation.Name}: the state member {sequence.State} is not an enum with [Transitions].", site);
            yield break;
        }
        if (navigation.Count is not { } count || count.Min > count.Max || count.Min < 1) yield break;
        var graph = StateGraph.Read(machine);
        if (graph.AdmitsLength(count.Min, count.Max)) yield break;
        var lengths = graph.PathLengths(System.Math.Min(count.Max, StateGraph.LongestChecked));
        var achievable = Enumerable.Range(0, lengths.Length).Where(n => lengths[n]).Max();
        yield return new Finding(DiagnosticIds.StateMachine,
            $"{navigation.Name}: {count.Declared} asks for at least {count.Min} events, but the longest path of {machine.EnumName} from {graph.Initial ?? "its initial state"} has {achievable}.",
            ProblemSite.OnMember(navigation.Name, count.Declared, sequence.Declared));
    }
}
