using System.Numerics;
using System.Runtime.CompilerServices;
using ConstrainedFakes.Randomness;

namespace ConstrainedFakes.Sampling;

/// <summary>
/// Draws values of each supported type inside bounds the generator computed at compile time.
/// Generated builders call these with constants; every method is a pure function of its arguments.
/// </summary>
/// <remarks>
/// Ordered types are sampled on an integer lattice (<c>units</c>): integers directly, decimals in units
/// of 10^-scale, dates in days, times and date-times in seconds or ticks. Bounds are inclusive.
/// </remarks>
public static class Sample
{
    /// <summary>A value of <see cref="Int64(ulong, long, long, long, in Shape)"/>'s <c>threshold</c> meaning "none".</summary>
    public const long NoThreshold = long.MinValue;

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="min">The smallest value (inclusive).</param>
    /// <param name="max">The largest value (inclusive), not below <paramref name="min"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Int64(ulong stream, long row, long min, long max) => Uniform(stream, row, 0, min, max);

    /// <summary>
    /// An integer in [<paramref name="min"/>, <paramref name="max"/>], uniform except for the extra mass that
    /// <paramref name="shape"/> puts on the bounds (<c>[EdgeCases]</c>) and around a threshold (<c>[Threshold]</c>).
    /// </summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="min">The smallest value (inclusive).</param>
    /// <param name="max">The largest value (inclusive), not below <paramref name="min"/>.</param>
    /// <param name="shape">Edge-case and threshold rates, with the threshold on the same lattice as the bounds.</param>
    public static long Int64(ulong stream, long row, long min, long max, in Shape shape)
        => Shaped(stream, row, 0, min, max, shape);

    private static long Uniform(ulong stream, long row, int draw, long min, long max)
    {
        var span = (ulong)(max - min) + 1UL;
        // span wraps to 0 only for the full 64-bit range, where every bit pattern is a valid value.
        var offset = span == 0 ? CounterRng.Next(stream, row, draw) : CounterRng.NextBelow(stream, row, draw, span);
        return (long)((ulong)min + offset);
    }

    /// <summary>
    /// The decision draw is separate from the value's, so declaring edge cases or a threshold changes
    /// only the rows where they fire.
    /// </summary>
    private static long Shaped(ulong stream, long row, int draw, long min, long max, in Shape shape, Marginal? marginal = null, double u = 0)
    {
        if (shape.EdgeRate <= 0 && shape.ThresholdRate <= 0) return marginal is null ? Uniform(stream, row, draw, min, max) : marginal.Units(u, min, max);
        var decision = CounterRng.NextUnit(stream, row, ShapeDraw + draw);
        if (decision < shape.EdgeRate) return decision < shape.EdgeRate / 2 ? min : max;
        if (decision < shape.EdgeRate + shape.ThresholdRate && shape.Threshold != NoThreshold)
        {
            // One of threshold - 1, threshold, threshold + 1 (in lattice steps), among those inside the bounds.
            var low = Math.Max(min, shape.Threshold == long.MinValue + 1 ? shape.Threshold : shape.Threshold - 1);
            var high = Math.Min(max, shape.Threshold == long.MaxValue ? shape.Threshold : shape.Threshold + 1);
            if (low <= high) return Uniform(stream, row, ShapeDraw + 1 + draw, low, high);
        }
        return marginal is null ? Uniform(stream, row, draw, min, max) : marginal.Units(u, min, max);
    }

    /// <summary>
    /// A lattice point in [<paramref name="min"/>, <paramref name="max"/>] from <paramref name="marginal"/> truncated to
    /// it, at quantile <paramref name="u"/> (the member's own uniform, or its copula's), with the extra mass of
    /// <paramref name="shape"/> decided by draws of its own.
    /// </summary>
    /// <param name="u">The quantile, uniform in [0, 1).</param>
    /// <param name="marginal">The member's distribution.</param>
    /// <param name="stream">The member's stream key (for the shape's decisions).</param>
    /// <param name="row">The row index.</param>
    /// <param name="min">The smallest point (inclusive).</param>
    /// <param name="max">The largest point (inclusive), not below <paramref name="min"/>.</param>
    /// <param name="shape">Edge-case and threshold rates.</param>
    public static long Units(double u, Marginal marginal, ulong stream, long row, long min, long max, in Shape shape)
        => Shaped(stream, row, 0, min, max, shape, marginal, u);

    /// <summary>
    /// As <see cref="TryUnits(ulong, long, int, long, long, long, bool, in Shape, out long)"/>, the point drawn from
    /// <paramref name="marginal"/> truncated to the row's bounds at quantile <paramref name="u"/>.
    /// </summary>
    /// <param name="u">The quantile, uniform in [0, 1).</param>
    /// <param name="marginal">The member's distribution, over lattice steps.</param>
    /// <param name="stream">The member's stream key (for the shape's decisions).</param>
    /// <param name="row">The row index.</param>
    /// <param name="draw">The attempt number.</param>
    /// <param name="min">The lower bound in units.</param>
    /// <param name="max">The upper bound in units.</param>
    /// <param name="step">The lattice step in units.</param>
    /// <param name="anyUnit">Whether a window narrower than a step may take any unit inside it.</param>
    /// <param name="shape">Edge-case and threshold rates (threshold in steps).</param>
    /// <param name="value">The value drawn, in units.</param>
    public static bool TryUnits(double u, Marginal marginal, ulong stream, long row, int draw, long min, long max, long step, bool anyUnit, in Shape shape, out long value)
        => TryShapedUnits(marginal, u, stream, row, draw, min, max, step, anyUnit, shape, out value);

    /// <summary>A standard normal from (stream, row, draw), by the inverse CDF of a uniform in (0, 1): a copula's latent input.</summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="draw">Which draw.</param>
    public static double StandardNormal(ulong stream, long row, int draw)
        => MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, ((CounterRng.Next(stream, row, draw) >> 11) + 0.5) * (1.0 / (1UL << 53)));

    /// <summary>Φ⁻¹(<paramref name="quantile"/>): a fixed value's latent normal, from its quantile in (0, 1).</summary>
    /// <param name="quantile">The quantile, strictly inside (0, 1).</param>
    public static double LatentOf(double quantile) => MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, quantile);

    /// <summary>Φ(<paramref name="z"/>): a copula's latent normal as a uniform, kept inside [0, 1).</summary>
    /// <param name="z">The latent value.</param>
    public static double NormalCdf(double z) => Math.Min(MathNet.Numerics.Distributions.Normal.CDF(0, 1, z), 1 - 1.0 / (1UL << 53));

    /// <summary>Draw indices at and above this one belong to <see cref="Shape"/> decisions.</summary>
    private const int ShapeDraw = 1_000;

    /// <summary>
    /// A uniform integer in [<paramref name="min"/>, <paramref name="max"/>] that is none of
    /// <paramref name="excluded"/>: the r-th allowed value is found directly, with no redraw.
    /// </summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="min">The smallest value (inclusive).</param>
    /// <param name="max">The largest value (inclusive).</param>
    /// <param name="excluded">Distinct values inside [min, max], sorted ascending, fewer than the range holds.</param>
    public static long Int64Excluding(ulong stream, long row, long min, long max, long[] excluded)
    {
        var value = Int64(stream, row, min, max - excluded.Length);
        // Walking the sorted exclusions shifts the candidate past each one at or below it.
        foreach (var skip in excluded)
        {
            if (skip > value) break;
            value++;
        }
        return value;
    }

    /// <summary>
    /// A uniform multiple of <paramref name="step"/> in [<paramref name="min"/>, <paramref name="max"/>], all in a
    /// member's lattice units (whole numbers, 10^-scale for decimals, ticks for dates and times), for a member
    /// whose bounds depend on other members; false when the interval holds no value.
    /// </summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="draw">The attempt number, so a retried row draws afresh.</param>
    /// <param name="min">The lower bound in units (inclusive).</param>
    /// <param name="max">The upper bound in units (inclusive).</param>
    /// <param name="step">The lattice step in units: 1, or a second in ticks, or a day in ticks.</param>
    /// <param name="anyUnit">Whether a window narrower than a step may take any unit inside it (times: ticks).</param>
    /// <param name="shape">Edge-case and threshold rates (threshold in steps).</param>
    /// <param name="value">The value drawn, in units.</param>
    public static bool TryUnits(ulong stream, long row, int draw, long min, long max, long step, bool anyUnit, in Shape shape, out long value)
        => TryShapedUnits(null, 0, stream, row, draw, min, max, step, anyUnit, shape, out value);

    /// <summary>A value on the step's lattice in [min, max] (any unit when the window is narrower than a step and that is allowed), uniform or from <paramref name="marginal"/> at <paramref name="u"/>.</summary>
    private static bool TryShapedUnits(Marginal? marginal, double u, ulong stream, long row, int draw, long min, long max, long step, bool anyUnit, in Shape shape, out long value)
    {
        var first = CeilingDivide(min, step);
        var last = FloorDivide(max, step);
        if (first <= last)
        {
            value = Shaped(stream, row, draw, first, last, shape, marginal, u) * step;
            return true;
        }
        if (anyUnit && step > 1 && min <= max)
        {
            value = Shaped(stream, row, draw, min, max, shape, marginal, u);
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>As <see cref="TryUnits(ulong, long, int, long, long, long, bool, in Shape, out long)"/> with no extra mass.</summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="draw">The attempt number.</param>
    /// <param name="min">The lower bound in units.</param>
    /// <param name="max">The upper bound in units.</param>
    /// <param name="step">The lattice step in units.</param>
    /// <param name="anyUnit">Whether a window narrower than a step may take any unit inside it.</param>
    /// <param name="value">The value drawn, in units.</param>
    public static bool TryUnits(ulong stream, long row, int draw, long min, long max, long step, bool anyUnit, out long value)
        => TryUnits(stream, row, draw, min, max, step, anyUnit, default, out value);

    /// <summary>⌊<paramref name="a"/> / <paramref name="b"/>⌋ for a positive divisor.</summary>
    /// <param name="a">The dividend.</param>
    /// <param name="b">The divisor, above 0.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long FloorDivide(long a, long b) => a / b - (a % b < 0 ? 1 : 0);

    /// <summary>⌈<paramref name="a"/> / <paramref name="b"/>⌉ for a positive divisor.</summary>
    /// <param name="a">The dividend.</param>
    /// <param name="b">The divisor, above 0.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long CeilingDivide(long a, long b) => a / b + (a % b > 0 ? 1 : 0);

    /// <summary>⌊<paramref name="a"/> / <paramref name="b"/>⌋ for a wide dividend, clamped to <see cref="long"/>.</summary>
    /// <param name="a">The dividend.</param>
    /// <param name="b">The divisor, above 0.</param>
    public static long FloorDivide(Int128 a, long b) => Clamp(a / b - (a % b < 0 ? 1 : 0));

    /// <summary>⌈<paramref name="a"/> / <paramref name="b"/>⌉ for a wide dividend, clamped to <see cref="long"/>.</summary>
    /// <param name="a">The dividend.</param>
    /// <param name="b">The divisor, above 0.</param>
    public static long CeilingDivide(Int128 a, long b) => Clamp(a / b + (a % b > 0 ? 1 : 0));

    private static long Clamp(Int128 value) => value > long.MaxValue ? long.MaxValue : value < long.MinValue ? long.MinValue : (long)value;

    /// <summary>A decimal as a whole number of 10^-<paramref name="scale"/> units; the caller has checked it has no more digits.</summary>
    /// <param name="value">The value.</param>
    /// <param name="scale">Digits after the point.</param>
    public static long ToUnits(decimal value, int scale)
    {
        for (var i = 0; i < scale; i++) value *= 10m;
        return (long)value;
    }


    /// <summary>
    /// The <paramref name="row"/>-th value of a keyed permutation of [<paramref name="min"/>, <paramref name="max"/>]:
    /// distinct for every row below the range's size (the generated builder refuses rows past it).
    /// </summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index, below the range's size.</param>
    /// <param name="min">The smallest value (inclusive).</param>
    /// <param name="max">The largest value (inclusive).</param>
    public static long UniqueInt64(ulong stream, long row, long min, long max)
    {
        var size = (ulong)(max - min) + 1UL;
        return (long)((ulong)min + KeyedPermutation.Permute(UniqueKey(stream), (ulong)row, size == 0 ? ulong.MaxValue : size));
    }

    /// <summary>The <paramref name="row"/>-th of <paramref name="count"/> values of a keyed permutation, as a number in [0, count).</summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index, below <paramref name="count"/>.</param>
    /// <param name="count">How many distinct values there are.</param>
    public static ulong UniqueNumber(ulong stream, long row, ulong count) => KeyedPermutation.Permute(UniqueKey(stream), (ulong)row, count);

    /// <summary>A version-4 Guid whose first 60 bits are a keyed permutation of the row: distinct for every row below 2^60.</summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    public static Guid UniqueGuid(ulong stream, long row)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, KeyedPermutation.Permute(UniqueKey(stream), (ulong)row, 1UL << 60));
        BitConverter.TryWriteBytes(bytes[8..], CounterRng.Next(stream, row, 1));
        // Bits 60 to 63 are zero, so the version nibble (the top of byte 7) takes nothing from the permutation.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>A key for the permutation apart from the member's own draws ("unique" in ASCII).</summary>
    private static ulong UniqueKey(ulong stream) => CounterRng.Stream(stream, 0x756E69717565UL);

    /// <summary>A uniform double in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="min">The lower bound (inclusive).</param>
    /// <param name="max">The upper bound (inclusive).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Double(ulong stream, long row, double min, double max)
        => Math.Clamp(min + CounterRng.NextUnit(stream, row) * (max - min), min, max);

    /// <summary>A uniform float in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="min">The lower bound (inclusive).</param>
    /// <param name="max">The upper bound (inclusive).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Single(ulong stream, long row, float min, float max)
        => Math.Clamp((float)Double(stream, row, min, max), min, max);

    /// <summary>A decimal with <paramref name="scale"/> digits after the point, uniform over [minUnits, maxUnits] × 10^-scale.</summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="minUnits">The smallest value in units of 10^-scale.</param>
    /// <param name="maxUnits">The largest value in units of 10^-scale.</param>
    /// <param name="scale">Digits after the decimal point, 0 to 28.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Decimal(ulong stream, long row, long minUnits, long maxUnits, byte scale)
        => FromUnits(Int64(stream, row, minUnits, maxUnits), scale);

    /// <summary>The decimal <paramref name="units"/> × 10^-<paramref name="scale"/>, exactly.</summary>
    /// <param name="units">The value in units of 10^-scale.</param>
    /// <param name="scale">Digits after the decimal point, 0 to 28.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal FromUnits(long units, byte scale)
    {
        var magnitude = units < 0 ? 0UL - (ulong)units : (ulong)units;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, units < 0, scale);
    }

    /// <summary>A UTC <see cref="System.DateTime"/> whose ticks are a drawn number of units × <paramref name="ticksPerUnit"/>.</summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="minUnits">The earliest instant in units.</param>
    /// <param name="maxUnits">The latest instant in units.</param>
    /// <param name="ticksPerUnit">Ticks per unit: <see cref="TimeSpan.TicksPerSecond"/>, or 1.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DateTime UtcDateTime(ulong stream, long row, long minUnits, long maxUnits, long ticksPerUnit)
        => new(Int64(stream, row, minUnits, maxUnits) * ticksPerUnit, DateTimeKind.Utc);

    /// <summary>A <see cref="DateTimeOffset"/> at offset zero; see <see cref="UtcDateTime"/>.</summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="minUnits">The earliest instant in units.</param>
    /// <param name="maxUnits">The latest instant in units.</param>
    /// <param name="ticksPerUnit">Ticks per unit.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DateTimeOffset DateTimeOffset(ulong stream, long row, long minUnits, long maxUnits, long ticksPerUnit)
        => new System.DateTimeOffset(Int64(stream, row, minUnits, maxUnits) * ticksPerUnit, System.TimeSpan.Zero);

    /// <summary>A <see cref="System.DateOnly"/> between two day numbers.</summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="minDayNumber">The earliest <see cref="System.DateOnly.DayNumber"/>.</param>
    /// <param name="maxDayNumber">The latest <see cref="System.DateOnly.DayNumber"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DateOnly DateOnly(ulong stream, long row, int minDayNumber, int maxDayNumber)
        => System.DateOnly.FromDayNumber((int)Int64(stream, row, minDayNumber, maxDayNumber));

    /// <summary>A <see cref="System.TimeOnly"/> whose ticks are units × <paramref name="ticksPerUnit"/>.</summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="minUnits">The earliest time of day in units.</param>
    /// <param name="maxUnits">The latest time of day in units.</param>
    /// <param name="ticksPerUnit">Ticks per unit.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TimeOnly TimeOnly(ulong stream, long row, long minUnits, long maxUnits, long ticksPerUnit)
        => new(Int64(stream, row, minUnits, maxUnits) * ticksPerUnit);

    /// <summary>A <see cref="System.TimeSpan"/> whose ticks are units × <paramref name="ticksPerUnit"/>.</summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="minUnits">The shortest duration in units.</param>
    /// <param name="maxUnits">The longest duration in units.</param>
    /// <param name="ticksPerUnit">Ticks per unit.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TimeSpan TimeSpan(ulong stream, long row, long minUnits, long maxUnits, long ticksPerUnit)
        => new(Int64(stream, row, minUnits, maxUnits) * ticksPerUnit);

    /// <summary><c>true</c> with probability <paramref name="probability"/>.</summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="probability">The probability of <c>true</c>, in [0, 1].</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Bool(ulong stream, long row, double probability)
        => CounterRng.NextUnit(stream, row) < probability;

    /// <summary>A version-4 (random) <see cref="System.Guid"/> from 122 random bits.</summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    public static Guid Guid(ulong stream, long row)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, CounterRng.Next(stream, row, 0));
        BitConverter.TryWriteBytes(bytes[8..], CounterRng.Next(stream, row, 1));
        // RFC 9562 variant and version bits, so the value reads as a random Guid; bytes are written
        // little-endian explicitly so the Guid is the same on every platform.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>How many of something row <paramref name="row"/> has: uniform in [min, max], or from <paramref name="cumulative"/> weights of min, min + 1, ...</summary>
    /// <param name="stream">The count's stream.</param>
    /// <param name="row">The row (of the parent, or of the owner of a collection).</param>
    /// <param name="min">The fewest.</param>
    /// <param name="max">The most.</param>
    /// <param name="cumulative">Running sums of the weights of each count from min, or null for uniform.</param>
    public static int Count(ulong stream, long row, int min, int max, double[]? cumulative)
        => min + (cumulative is null
            ? (int)CounterRng.NextBelow(stream, row, 0, (ulong)(max - min) + 1)
            : Weighted(stream, row, cumulative));

    /// <summary>Running sums of Poisson(<paramref name="mean"/>) weights of min, min + 1, ..., max (the distribution truncated to [min, max]).</summary>
    /// <param name="min">The fewest.</param>
    /// <param name="max">The most.</param>
    /// <param name="mean">The Poisson mean, positive.</param>
    public static double[] PoissonCumulative(int min, int max, double mean)
    {
        var sum = 0.0;
        return DataSets.DataSetBuilder.PoissonWeights(min, max, mean).Select(w => sum += w).ToArray();
    }

    /// <summary>An index in [0, cumulative.Length) drawn with the weights whose running sums are <paramref name="cumulative"/>.</summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="cumulative">Running sums of the weights; the last is their total, above zero.</param>
    public static int Weighted(ulong stream, long row, double[] cumulative)
    {
        var target = CounterRng.NextUnit(stream, row) * cumulative[^1];
        for (var i = 0; i < cumulative.Length - 1; i++)
        {
            if (target < cumulative[i]) return i;
        }
        return cumulative.Length - 1;
    }

    /// <summary>
    /// One of the set bits of <paramref name="mask"/>, equally likely: the row's choice among the branches of
    /// its disjunctions that its categorical values admit and the fixed values leave feasible.
    /// </summary>
    /// <param name="stream">The entity's branch stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="draw">The attempt number, so a retried row may take another branch.</param>
    /// <param name="mask">The admissible branches, one bit each; at least one is set.</param>
    public static int Branch(ulong stream, long row, int draw, int mask)
    {
        if (mask == 0) throw new ArgumentOutOfRangeException(nameof(mask), "No branch is admissible.");
        if ((mask & (mask - 1)) == 0) return BitOperations.TrailingZeroCount(mask);
        var pick = (int)CounterRng.NextBelow(stream, row, draw, (ulong)BitOperations.PopCount((uint)mask));
        for (; pick > 0; pick--) mask &= mask - 1;
        return BitOperations.TrailingZeroCount(mask);
    }

    /// <summary>Running sums of <paramref name="weights"/>, counting only the indices <paramref name="keep"/> accepts (all when null).</summary>
    /// <param name="weights">The weights.</param>
    /// <param name="keep">Which indices may be drawn, or null for all.</param>
    public static double[] Cumulative(double[] weights, Func<int, bool>? keep)
    {
        var sums = new double[weights.Length];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++) sums[i] = total += keep is null || keep(i) ? weights[i] : 0;
        return sums;
    }

    /// <summary>One of <paramref name="values"/>, uniformly.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="row">The row index.</param>
    /// <param name="values">At least one value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T OneOf<T>(ulong stream, long row, T[] values)
        => values[(int)CounterRng.NextBelow(stream, row, 0, (ulong)values.Length)];

    /// <summary><c>true</c> when the row's value should be <c>null</c>, with probability <paramref name="rate"/>.</summary>
    /// <param name="nullStream">The stream key of the member's null decision (separate from its value).</param>
    /// <param name="row">The row index.</param>
    /// <param name="rate">The null rate in [0, 1].</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNull(ulong nullStream, long row, double rate)
        => rate > 0 && CounterRng.NextUnit(nullStream, row) < rate;
}
