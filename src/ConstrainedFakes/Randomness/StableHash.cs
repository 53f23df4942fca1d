namespace ConstrainedFakes.Randomness;

/// <summary>
/// Hashes names (entities, members) to 64 bits with a fixed algorithm, so that random streams are
/// keyed identically on every machine and .NET version. The generator emits these hashes as
/// constants; this method computes the same value at run time.
/// </summary>
public static class StableHash
{
    /// <summary>The 64-bit hash of <paramref name="name"/>: FNV-1a over UTF-8, then the SplitMix64 finaliser.</summary>
    /// <param name="name">The name to hash, e.g. <c>Customer.Age</c>.</param>
    public static ulong Of(string name) => NameHash.Of(name);
}
