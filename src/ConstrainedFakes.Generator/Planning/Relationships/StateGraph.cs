using System;
using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// <c>[Transitions]</c> rules read into a graph: <c>From -&gt; To | Other</c> (several sources, <c>A | B -&gt; C</c>,
/// are allowed), the first state named being the initial one. Names the enum does not have and rules not in that
/// form are kept as errors, not thrown. The generator plans from it and the analyzer checks it, so they agree.
/// </summary>
internal sealed class StateGraph
{
    /// <summary>Path lengths above this are checked only up to it: a machine with a path this long has a cycle.</summary>
    public const int LongestChecked = 10_000;

    private StateGraph(IReadOnlyList<string> states, string? initial, List<(string From, string To)> edges, List<string> errors, List<(string Name, string? Closest)> unknown)
    {
        States = states;
        Initial = initial;
        Edges = edges;
        Errors = errors;
        Unknown = unknown;
    }

    /// <summary>The enum's members, in declaration order.</summary>
    public IReadOnlyList<string> States { get; }

    /// <summary>The initial state, or null when no rule names one.</summary>
    public string? Initial { get; }

    /// <summary>Each allowed transition once, in the order the rules declare them (the generated sampler's order).</summary>
    public IReadOnlyList<(string From, string To)> Edges { get; }

    /// <summary>Rules that are not in the form <c>State -&gt; Next | Other</c>.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Names the enum does not have, with the closest member name.</summary>
    public IReadOnlyList<(string Name, string? Closest)> Unknown { get; }

    /// <summary>Whether the attribute lists no rule at all.</summary>
    public bool IsEmpty { get; private set; }

    public static StateGraph Read(StateMachineModel machine) => Read(machine.States, machine.Rules);

    public static StateGraph Read(IReadOnlyList<string> states, IReadOnlyList<string> rules)
    {
        var known = new HashSet<string>(states, StringComparer.Ordinal);
        var edges = new List<(string, string)>();
        var errors = new List<string>();
        var unknown = new List<(string, string?)>();
        string? initial = null;
        foreach (var rule in rules)
        {
            var parts = rule.Split(new[] { "->" }, StringSplitOptions.None);
            var from = parts[0].Split('|').Select(s => s.Trim()).ToList();
            var to = parts.Length == 2 ? parts[1].Split('|').Select(s => s.Trim()).ToList() : new List<string>();
            if (parts.Length != 2 || from.Concat(to).Any(s => s.Length == 0))
            {
                errors.Add(rule);
                continue;
            }
            foreach (var name in from.Concat(to).Where(n => !known.Contains(n)).Distinct())
            {
                if (!unknown.Any(u => u.Item1 == name)) unknown.Add((name, Constraints.MemberNames.Closest(name, states)));
            }
            initial ??= known.Contains(from[0]) ? from[0] : null;
            foreach (var edge in from.Where(known.Contains).SelectMany(source => to.Where(known.Contains).Select(target => (source, target))))
            {
                if (!edges.Contains(edge)) edges.Add(edge);
            }
        }
        return new StateGraph(states, initial, edges, errors, unknown) { IsEmpty = rules.Count == 0 };
    }

    /// <summary>The states <paramref name="state"/> may move to.</summary>
    public IEnumerable<string> Next(string state) => Edges.Where(e => e.From == state).Select(e => e.To);

    /// <summary>The states reachable from the initial one (itself included).</summary>
    public HashSet<string> Reachable()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (Initial is null) return seen;
        var queue = new Queue<string>(new[] { Initial });
        seen.Add(Initial);
        while (queue.Count > 0)
        {
            foreach (var state in Next(queue.Dequeue()).Where(seen.Add)) queue.Enqueue(state);
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
            current = new HashSet<string>(current.SelectMany(Next), StringComparer.Ordinal);
        }
        return possible;
    }

    /// <summary>Whether some path from the initial state has a length in [<paramref name="min"/>, <paramref name="max"/>] (checked up to <see cref="LongestChecked"/>).</summary>
    public bool AdmitsLength(int min, int max)
    {
        var longest = Math.Min(max, LongestChecked);
        var lengths = PathLengths(Math.Max(longest, 0));
        return Enumerable.Range(min, Math.Max(0, longest - min + 1)).Any(n => lengths[n]);
    }
}
