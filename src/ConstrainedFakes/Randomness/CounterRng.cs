using System.Runtime.CompilerServices;

namespace ConstrainedFakes.Randomness;

/// <summary>
/// A counter-based random generator: every value is a pure function of (stream, row, draw), where
/// the stream is derived once from (seed, entity, member). Row i of an entity therefore depends on
/// nothing else: rows can be built in any order, in parallel, or one at a time by index, and adding
/// a member never shifts the values of the others.
/// </summary>
/// <remarks>
/// The mixing function is the SplitMix64 finaliser (Stafford's variant 13), applied twice so that
/// neighbouring rows and neighbouring draws are decorrelated. It is integer-only arithmetic, so the
/// bits are the same on every platform.
/// </remarks>
public static class CounterRng
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;
    private const ulong DrawGamma = 0xD1B54A32D192ED03UL;

    /// <summary>The stream key of one member of one entity under a seed.</summary>
    /// <param name="seed">The faker's seed.</param>
    /// <param name="nameHash">The <see cref="StableHash"/> of the qualified member name, e.g. <c>Customer.Age</c>.</param>
    public static ulong Stream(ulong seed, ulong nameHash) => Mix(Mix(seed + GoldenGamma) ^ nameHash);

    /// <summary>The stream of a retried row: the member's own for the first attempt, a fresh one derived from it for each later one.</summary>
    /// <param name="stream">The member's stream key.</param>
    /// <param name="attempt">The attempt number, 0 first.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Attempt(ulong stream, int attempt) => attempt == 0 ? stream : Stream(stream, (ulong)attempt);

    /// <summary>64 uniformly distributed bits for (stream, row, draw).</summary>
    /// <param name="stream">A key from <see cref="Stream"/>.</param>
    /// <param name="row">The row index.</param>
    /// <param name="draw">Which draw of this member in this row (0 for the first).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Next(ulong stream, long row, int draw = 0)
        => Mix(Mix(stream + (ulong)row * GoldenGamma) + (ulong)(uint)draw * DrawGamma);

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    /// <param name="stream">A key from <see cref="Stream"/>.</param>
    /// <param name="row">The row index.</param>
    /// <param name="draw">Which draw of this member in this row.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NextUnit(ulong stream, long row, int draw = 0)
        => (Next(stream, row, draw) >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="count"/>) by multiply-high (bias below count / 2^64).</summary>
    /// <param name="stream">A key from <see cref="Stream"/>.</param>
    /// <param name="row">The row index.</param>
    /// <param name="draw">Which draw of this member in this row.</param>
    /// <param name="count">The number of outcomes, at least 1.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong NextBelow(ulong stream, long row, int draw, ulong count)
        => Math.BigMul(Next(stream, row, draw), count, out _);

    /// <summary>The part of <see cref="Next"/> that depends only on (stream, row): compute it once per row.</summary>
    /// <param name="stream">A key from <see cref="Stream"/>.</param>
    /// <param name="row">The row index.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong RowKey(ulong stream, long row) => Mix(stream + (ulong)row * GoldenGamma);

    /// <summary>The same bits as <see cref="Next"/>, from a <see cref="RowKey"/>: one mix instead of two.</summary>
    /// <param name="rowKey">A key from <see cref="RowKey"/>.</param>
    /// <param name="draw">Which draw of this member in this row.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong NextFromRowKey(ulong rowKey, int draw) => Mix(rowKey + (ulong)(uint)draw * DrawGamma);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
