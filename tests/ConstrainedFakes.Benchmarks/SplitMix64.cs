using System.Runtime.CompilerServices;

namespace ConstrainedFakes.Benchmarks;

/// <summary>Steele, Lea and Flood's SplitMix64: one add and one finaliser per 64 random bits.</summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in [0, count) by multiply-high.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Below(long count) => (long)Math.BigMul(Next(), (ulong)count, out _);
}
