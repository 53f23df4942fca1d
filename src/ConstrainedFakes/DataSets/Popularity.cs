using ConstrainedFakes.Randomness;

namespace ConstrainedFakes.DataSets;

/// <summary>
/// Zipf-distributed popularity ranks: rank k of n (from 0) with probability proportional to 1 / (k + 1)^s,
/// drawn by rejection-inversion (Hörmann and Derflinger, 1996): exact, O(1) expected time for any n, about
/// 1.1 uniform draws per rank, no table and no allocation.
/// </summary>
public sealed class Popularity
{
    private readonly double _exponent;
    private readonly double _hIntegralX1;
    private readonly double _squeeze;

    /// <summary>Creates the distribution of an exponent.</summary>
    /// <param name="exponent">The Zipf exponent, finite and positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="exponent"/> is not finite and positive.</exception>
    public Popularity(double exponent)
    {
        if (!double.IsFinite(exponent) || exponent <= 0)
            throw new ArgumentOutOfRangeException(nameof(exponent), exponent, "a Zipf exponent is finite and positive.");
        _exponent = exponent;
        _hIntegralX1 = HIntegral(1.5) - 1;
        _squeeze = 2 - HIntegralInverse(HIntegral(2.5) - H(2));
    }

    /// <summary>The exponent.</summary>
    public double Exponent => _exponent;

    /// <summary>A rank in [0, <paramref name="count"/>), the first draw of it at <paramref name="draw"/>, which it moves past the draws it used.</summary>
    /// <param name="stream">The link's stream.</param>
    /// <param name="row">The row that keys the draws.</param>
    /// <param name="count">How many ranks there are, at least 1.</param>
    /// <param name="draw">The next unused draw of the row.</param>
    public long Rank(ulong stream, long row, long count, ref int draw)
    {
        var hIntegralN = HIntegral(count + 0.5);
        while (true)
        {
            var u = hIntegralN + CounterRng.NextUnit(stream, row, draw++) * (_hIntegralX1 - hIntegralN);
            var x = HIntegralInverse(u);
            var k = Math.Clamp((long)(x + 0.5), 1, count);
            if (k - x <= _squeeze || u >= HIntegral(k + 0.5) - H(k)) return k - 1;
        }
    }

    /// <summary>
    /// The <paramref name="ordinal"/>-th of distinct ranks drawn one after another with the same weights, each
    /// among the ranks not yet taken (draws that repeat a taken rank are skipped); should the draws keep
    /// repeating (a steep exponent asking for most of a small pool), the most popular ranks not yet taken.
    /// </summary>
    /// <param name="stream">The link's stream.</param>
    /// <param name="ownerRow">The owner's row, which keys the draws of all its children.</param>
    /// <param name="ordinal">Which of the distinct ranks, below <paramref name="count"/>.</param>
    /// <param name="count">How many ranks there are.</param>
    public long DistinctRank(ulong stream, long ownerRow, int ordinal, long count)
    {
        const int OnStack = 64;
        // Owners with many children borrow the room, so no row allocates.
        var rented = ordinal < OnStack ? null : System.Buffers.ArrayPool<long>.Shared.Rent(ordinal + 1);
        var taken = rented is null ? stackalloc long[OnStack] : rented.AsSpan();
        try
        {
            return DistinctRankIn(stream, ownerRow, ordinal, count, taken);
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<long>.Shared.Return(rented);
        }
    }

    private long DistinctRankIn(ulong stream, long ownerRow, int ordinal, long count, Span<long> taken)
    {
        var found = 0;
        var draw = 1;
        for (var tries = 0; found <= ordinal && tries < 32 * (ordinal + 1); tries++)
        {
            var rank = Rank(stream, ownerRow, count, ref draw);
            if (!taken[..found].Contains(rank)) taken[found++] = rank;
        }
        for (var rank = 0L; found <= ordinal; rank++)
        {
            if (!taken[..found].Contains(rank)) taken[found++] = rank;
        }
        return taken[ordinal];
    }

    // H(x) = x^-s, its integral and the integral's inverse, written with log1p / expm1 so that s near 1 stays exact.
    private double H(double x) => Math.Exp(-_exponent * Math.Log(x));

    private double HIntegral(double x)
    {
        var logX = Math.Log(x);
        return ExpM1OverX((1 - _exponent) * logX) * logX;
    }

    private double HIntegralInverse(double x)
    {
        var t = Math.Max(x * (1 - _exponent), -1);
        return Math.Exp(Log1POverX(t) * x);
    }

    private static double Log1POverX(double x) => Math.Abs(x) > 1e-8 ? double.LogP1(x) / x : 1 - x * (0.5 - x * (1.0 / 3 - 0.25 * x));

    private static double ExpM1OverX(double x) => Math.Abs(x) > 1e-8 ? double.ExpM1(x) / x : 1 + x * 0.5 * (1 + x / 3 * (1 + 0.25 * x));
}
