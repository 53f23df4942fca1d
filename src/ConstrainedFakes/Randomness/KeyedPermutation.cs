using System.Runtime.CompilerServices;

namespace ConstrainedFakes.Randomness;

/// <summary>
/// A keyed bijection of [0, size): a balanced Feistel network on the smallest even number of bits that
/// covers the size, with cycle-walking back into range. Row i maps to a distinct value for every i, so
/// <c>[Unique]</c> members are unique by construction: no retries and no set of values seen.
/// </summary>
/// <remarks>Cycle-walking ends because the network permutes the power-of-two range; as that range is less
/// than four times the size, a value needs fewer than four rounds of walking on average.</remarks>
public static class KeyedPermutation
{
    private const int Rounds = 4;

    /// <summary>The image of <paramref name="index"/> under the permutation keyed by <paramref name="key"/>.</summary>
    /// <param name="key">The member's stream key.</param>
    /// <param name="index">A value in [0, <paramref name="size"/>).</param>
    /// <param name="size">The size of the domain, at least 1.</param>
    public static ulong Permute(ulong key, ulong index, ulong size)
    {
        if (size <= 1) return 0;
        var bits = 64 - System.Numerics.BitOperations.LeadingZeroCount(size - 1);
        var half = (bits + 1) / 2;
        var value = index;
        do
        {
            value = Feistel(key, value, half);
        }
        while (value >= size);
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Feistel(ulong key, ulong value, int half)
    {
        var mask = half == 32 ? uint.MaxValue : (1UL << half) - 1;
        var left = value >> half;
        var right = value & mask;
        for (var round = 0; round < Rounds; round++)
        {
            var mixed = CounterRng.Next(key, (long)right, round) & mask;
            (left, right) = (right, left ^ mixed);
        }
        return (left << half) | right;
    }
}
