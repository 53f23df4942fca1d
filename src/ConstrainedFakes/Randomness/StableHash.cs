using System.IO.Hashing;
using System.Text;

namespace ConstrainedFakes.Randomness;

/// <summary>
/// Hashes names (entities, members) to 64 bits with a fixed algorithm, XxHash64 over UTF-8, so
/// that random streams are keyed identically on every machine and .NET version.
/// <see cref="string.GetHashCode()"/> is randomised per process and must never be used for that.
/// </summary>
public static class StableHash
{
    /// <summary>The XxHash64 of the UTF-8 bytes of <paramref name="name"/>.</summary>
    /// <param name="name">The name to hash.</param>
    public static ulong Of(string name) => XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(name));
}
