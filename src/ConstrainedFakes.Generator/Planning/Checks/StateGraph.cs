using System;
using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>
/// <c>[Transitions]</c> rules read into a graph: <c>From -&gt; To | Other</c>, the first state named being the
/// initial one. Names the enum does not have and rules not in that form are kept as errors, not thrown.
/// </summary>
internal sealed class StateGraph
{
    private StateGraph(string? initial, Dictionary<string, HashSet<string>> next, List<string> errors, List<(string Name, string? Closest)> unknown)
    {
        Initial = initial;
        Next = next;
        Errors = errors;
        Unknown = unknown;
    }

    /// <summary>The initial state, or null when no rule names one.</summary>
    public string? Initial { get; }

    /// <summary>The states each known state may move to.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> Next { get; }

    /// <summary>Rules that are not in the form <c>State -&gt; Next | Other</c>.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Names the enum does not have, with the closest member name.</summary>
    public IReadOnlyList<(string Name, string? Closest)> Unknown { get; }

    public static StateGraph Read(StateMachineModel machine)
    {
        var states = new HashSet<string>(machine.States, StringComparer.Ordinal);
        var next = machine.States.Distinct().ToDictionary(s => s, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var errors = new List<string>();
        var unknown = new List<(string, string?)>();
        string? initial = null;
        foreach (var rule in machine.Rules)
        {
            var parts = rule.Split(new[] { "->" }, StringSplitOptions.None);
            var from = parts[0].Split('|').Select(s => s.Trim()).ToList();
            var to = parts.Length == 2 ? parts[1].Split('|').Select(s => s.Trim()).ToList() : new List<string>();
            if (parts.Length != 2 || from.Concat(to).Any(s => s.Length == 0))
            {
                errors.Add(rule);
                continue;
            }
            foreach (var name in from.Concat(to).Where(n => !states.Contains(n)).Distinct())
                unknown.Add((name, Constraints.MemberNames.Closest(name, machine.States)));
            initial ??= states.Contains(from[0]) ? from[0] : null;
            foreach (var source in from.Where(states.Contains))
                next[source].UnionWith(to.Where(states.Contains));
        }
        return new StateGraph(initial, next, errors, unknown);
    }

    /// <summary>The states reachable from the initial one (itself included).</summary>
    public HashSet<string> Reachable()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (Initial is null) return seen;
        var queue = new Queue<string>(new[] { Initial });
        seen.Add(Initial);
        while (queue.Count > 0)
        {
            foreach (var state in Next[queue.Dequeue()].Where(seen.Add)) queue.Enqueue(state);
        }
        return seen;
    }

    /// <summary>For each length up to <paramref name="longest"/>, whether some path from the initial state visits exactly that many states (0: the empty path).</summary>
    public bool[] PathLengths(int longest)
    {
        var possible = new bool[longest + 1];
        possible[0] = true;
        if (Initial is null) return possible;
        var current = new HashSet<string>(StringComparer.Ordinal) { Initial };
        for (var length = 1; length <= longest && current.Count > 0; length++)
        {
            possible[length] = true;
            current = new HashSet<string>(current.SelectMany(s => Next[s]), StringComparer.Ordinal);
        }
        return possible;
    }
}
