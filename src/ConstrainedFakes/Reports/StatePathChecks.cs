using System.Reflection;

namespace ConstrainedFakes.Reports;

/// <summary>
/// <c>[Sequence(state, time)]</c>: each parent's events, ordered by time, start at the machine's initial state,
/// take only declared transitions and have strictly increasing times. <c>[CurrentStateOf]</c>: the parent's
/// state is its last event's (the initial state when it has none). The machine is read from the enum's
/// <c>[Transitions]</c> rules as written.
/// </summary>
internal static class StatePathChecks
{
    public static IEnumerable<ConstraintCheck> Of(ReportData data, EntityShape shape, IReadOnlyList<object> rows)
    {
        foreach (var (collection, element) in shape.Collections)
        {
            if (collection.GetCustomAttribute<SequenceAttribute>() is not { } sequence) continue;
            var child = data.Shapes[element];
            var state = child.Properties.FirstOrDefault(p => p.Name == sequence.State);
            var time = child.Properties.FirstOrDefault(p => p.Name == sequence.Time);
            if (state is null || time is null || Machine.Of(state.PropertyType) is not { } machine) continue;
            var children = LinkChecks.ChildrenByParent(data, shape, collection, child);
            var paths = new Tally(CheckKind.StatePath, collection.Name, $"[Sequence({sequence.State}, {sequence.Time})] over {machine.Declaration}");
            var taken = new Dictionary<(string From, string To), long>();
            // Each row's events are put in time order once; [CurrentStateOf] below reads the last of them.
            var lastStates = new string?[rows.Count];
            for (var i = 0; i < rows.Count; i++)
            {
                var events = children.TryGetValue(rows[i], out var list)
                    ? list.Select(e => (State: state.GetValue(e)?.ToString(), Time: time.GetValue(e))).OrderBy(e => e.Time).ToArray()
                    : [];
                lastStates[i] = events.Length > 0 ? events[^1].State : machine.Initial;
                for (var k = 0; k < events.Length; k++)
                {
                    var step = (k == 0 ? Machine.Start : events[k - 1].State ?? "null", events[k].State ?? "null");
                    taken[step] = taken.GetValueOrDefault(step) + 1;
                }
                var problem = machine.Problem(events);
                if (problem is null) paths.Pass();
                else paths.Fail($"{ReportData.Describe(shape, rows[i], i)}: {problem}");
            }
            yield return paths.ToCheck() with { Figure = machine.Figure(taken) };

            foreach (var current in shape.Scalars.Where(p => p.GetCustomAttribute<CurrentStateOfAttribute>() is { } of && of.Sequence == collection.Name))
            {
                var tally = new Tally(CheckKind.CurrentState, current.Name, $"[CurrentStateOf({collection.Name})]");
                for (var i = 0; i < rows.Count; i++)
                {
                    var last = lastStates[i];
                    var actual = current.GetValue(rows[i])?.ToString();
                    tally.Record(actual == last, () => $"{ReportData.Describe(shape, rows[i], i)}: {current.Name} = {actual}, last event {last}");
                }
                yield return tally.ToCheck();
            }
        }
    }

    /// <summary>A state machine as its <c>[Transitions]</c> rules declare it, states by name.</summary>
    private sealed record Machine(string Initial, IReadOnlyList<(string From, string To)> Declared, string Declaration)
    {
        private readonly HashSet<(string From, string To)> _transitions = Declared.ToHashSet();

        /// <summary>Where a parent's first event comes from, in a <see cref="TransitionFigure"/>.</summary>
        public const string Start = "start";

        public static Machine? Of(Type stateType)
        {
            var rules = (Nullable.GetUnderlyingType(stateType) ?? stateType).GetCustomAttribute<TransitionsAttribute>()?.Rules;
            if (rules is null || rules.Length == 0) return null;
            var transitions = new List<(string, string)>();
            string? initial = null;
            foreach (var rule in rules)
            {
                var sides = rule.Split("->", StringSplitOptions.TrimEntries);
                if (sides.Length != 2) return null;
                initial ??= sides[0];
                foreach (var to in sides[1].Split('|', StringSplitOptions.TrimEntries)) transitions.Add((sides[0], to));
            }
            return new Machine(initial!, transitions, $"[Transitions] of {stateType.Name}");
        }

        /// <summary>The declared transitions (the start into the initial state first) with how often each was taken, then any undeclared ones seen.</summary>
        public TransitionFigure Figure(IReadOnlyDictionary<(string From, string To), long> taken)
        {
            (string From, string To)[] declared = [(Start, Initial), .. Declared.Distinct()];
            var undeclared = taken.Keys.Except(declared).OrderBy(t => t.From, StringComparer.Ordinal).ThenBy(t => t.To, StringComparer.Ordinal);
            return new TransitionFigure(declared.Select(t => new TransitionCount(t.From, t.To, taken.GetValueOrDefault(t), true))
                .Concat(undeclared.Select(t => new TransitionCount(t.From, t.To, taken[t], false))).ToArray());
        }

        /// <summary>Why the events, ordered by time, are not a valid path; null when they are.</summary>
        public string? Problem(IReadOnlyList<(string? State, object? Time)> events)
        {
            for (var k = 0; k < events.Count; k++)
            {
                if (k == 0 && events[0].State != Initial) return $"the first event is {events[0].State}, not {Initial}";
                if (k == 0) continue;
                if (MemberChecks.Compare(events[k].Time!, events[k - 1].Time!) <= 0) return $"two events at {ReportData.Format(events[k].Time)}";
                if (!_transitions.Contains((events[k - 1].State!, events[k].State!))) return $"{events[k - 1].State} -> {events[k].State} is not a transition";
            }
            return null;
        }
    }
}
