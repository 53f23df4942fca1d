using ConstrainedFakes.Randomness;

namespace ConstrainedFakes.DataSets;

/// <summary>
/// Draws paths of a state machine from its initial state: first a length in [min, max] (uniform, or Poisson
/// truncated), then a path uniformly among all paths of that length, so every reachable state appears as
/// often as the paths through it, with no bias towards short paths.
/// </summary>
public sealed class StateMachine
{
    private readonly int[][] _next;
    private readonly int _initial;
    private readonly int _min;
    // _paths[r][s]: how many paths of r + 1 states start at s (doubles: exact to 2^53, then close enough to weigh by).
    private readonly double[][] _paths;
    private readonly double[] _lengthCumulative;

    /// <summary>Creates the machine.</summary>
    /// <param name="states">How many states there are (0 .. states - 1).</param>
    /// <param name="initial">The initial state.</param>
    /// <param name="from">Each transition's source.</param>
    /// <param name="to">Each transition's target.</param>
    /// <param name="min">The fewest states on a path.</param>
    /// <param name="max">The most states on a path.</param>
    /// <param name="mean">A Poisson mean for the length, or 0 for uniform over the lengths that have a path.</param>
    /// <exception cref="ArgumentException">No length in [min, max] has a path.</exception>
    public StateMachine(int states, int initial, int[] from, int[] to, int min, int max, double mean)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        _initial = initial;
        _min = min;
        _next = Enumerable.Range(0, states).Select(s => Enumerable.Range(0, from.Length).Where(i => from[i] == s).Select(i => to[i]).ToArray()).ToArray();
        _paths = new double[Math.Max(max, 1)][];
        _paths[0] = Enumerable.Repeat(1.0, states).ToArray();
        for (var r = 1; r < _paths.Length; r++)
        {
            var shorter = _paths[r - 1];
            _paths[r] = _next.Select(next => next.Sum(t => shorter[t])).ToArray();
        }

        var weights = new double[max - min + 1];
        var poisson = mean > 0 ? DataSetBuilder.PoissonWeights(min, max, mean) : null;
        for (var length = min; length <= max; length++)
        {
            var possible = length == 0 || _paths[length - 1][initial] > 0;
            weights[length - min] = possible ? poisson?[length - min] ?? 1.0 : 0.0;
        }
        if (weights.All(w => w == 0)) throw new ArgumentException($"no path of {min} to {max} states starts at state {initial}.");
        var sum = 0.0;
        _lengthCumulative = weights.Select(w => sum += w).ToArray();
    }

    /// <summary>The most states a path can have: the size <see cref="Path"/> needs.</summary>
    public int MaxLength => _paths.Length;

    /// <summary>Draws row <paramref name="row"/>'s path into <paramref name="states"/> and returns its length.</summary>
    /// <param name="stream">The stream of the sequence's link.</param>
    /// <param name="row">The parent's row.</param>
    /// <param name="states">Room for <see cref="MaxLength"/> states.</param>
    public int Path(ulong stream, long row, Span<int> states)
    {
        var length = _min + Sampling.Sample.Weighted(stream, row, _lengthCumulative);
        if (length == 0) return 0;
        var state = _initial;
        states[0] = state;
        for (var i = 1; i < length; i++)
        {
            // Each next state in proportion to the paths that can still complete the length from it.
            var paths = _paths[length - 1 - i];
            var target = CounterRng.NextUnit(stream, row, i) * _paths[length - i][state];
            var next = _next[state];
            var chosen = next[^1];
            foreach (var candidate in next)
            {
                if (paths[candidate] == 0) continue;
                chosen = candidate;
                target -= paths[candidate];
                if (target < 0) break;
            }
            states[i] = state = chosen;
        }
        return length;
    }

    /// <summary>
    /// Fills <paramref name="units"/> with strictly increasing values in [min, max], uniform over all such
    /// sets: sorted draws from [min, max − k + 1], the i-th moved up by i.
    /// </summary>
    /// <param name="stream">The stream of the times.</param>
    /// <param name="row">The parent's row.</param>
    /// <param name="min">The smallest value.</param>
    /// <param name="max">The largest value.</param>
    /// <param name="units">The values; its length is how many.</param>
    /// <param name="sequence">The sequence as declared (<c>Claim.Events</c>), for the message when there is no room.</param>
    /// <exception cref="ConstraintViolationException">[min, max] holds fewer values than asked for.</exception>
    public static void IncreasingUnits(ulong stream, long row, long min, long max, Span<long> units, string sequence)
    {
        var k = units.Length;
        if (k == 0) return;
        if (max - min + 1 < k)
            throw new ConstraintViolationException(sequence.Split('.')[0], [sequence],
                $"parent row {row}: its {k} events need {k} distinct times, but only {Math.Max(0, max - min + 1)} remain between the earliest time its own values allow and the latest the time member allows.");
        var top = max - (k - 1);
        for (var i = 0; i < k; i++) units[i] = min + (long)CounterRng.NextBelow(stream, row, i, (ulong)(top - min) + 1);
        units.Sort();
        for (var i = 0; i < k; i++) units[i] += i;
    }
}
