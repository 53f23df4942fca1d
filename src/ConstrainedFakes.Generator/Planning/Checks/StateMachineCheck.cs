using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;
using ConstrainedFakes.Generator.Planning.Relationships;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>CF0009 on an enum's <c>[Transitions]</c>: no rules, rules not in the form, state names the enum does not have, unreachable states.</summary>
internal static class StateMachineCheck
{
    public static IEnumerable<Finding> Check(StateMachineModel machine)
    {
        var site = new[] { ProblemSite.OnType(machine.Declared) }.ToEquatableArray();
        var graph = StateGraph.Read(machine);
        if (graph.IsEmpty)
            yield return new Finding(DiagnosticIds.StateMachine, $"{machine.Declared} on {machine.EnumName} declares no rules, so it has no initial state.", site);
        foreach (var rule in graph.Errors)
            yield return new Finding(DiagnosticIds.StateMachine, $"the rule \"{rule}\" is not of the form \"State -> Next | Other\".", site);
        foreach (var (name, closest) in graph.Unknown)
            yield return new Finding(DiagnosticIds.StateMachine,
                $"{machine.Declared} names the state '{name}', which {machine.EnumName} does not have{(closest is null ? "." : $"; did you mean '{closest}'?")}", site);
        // Unreachable states are a consequence of a misspelt or malformed rule: fix that first.
        if (graph.Initial is null || graph.Errors.Count > 0 || graph.Unknown.Count > 0) yield break;
        var reachable = graph.Reachable();
        var unreachable = machine.States.Where(s => !reachable.Contains(s)).ToList();
        if (unreachable.Count > 0)
            yield return new Finding(DiagnosticIds.StateMachine,
                $"{string.Join(", ", unreachable)} cannot be reached from the initial state {graph.Initial}.", site);
    }
}
