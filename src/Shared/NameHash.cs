using System.Text;

namespace ConstrainedFakes.Randomness;

/// <summary>
/// The fixed hash of entity and member names that keys random streams: FNV-1a (64-bit) over the
/// name's UTF-8 bytes, then the SplitMix64 finaliser to spread its bits. Compiled into both the
/// generator (which emits the hashes as constants) and the runtime, so the two cannot disagree.
/// <see cref="string.GetHashCode()"/> is randomised per process and must never be used for this.
/// </summary>
internal static class NameHash
{
    private const ulong OffsetBasis = 0xCBF29CE484222325UL;
    private const ulong Prime = 0x100000001B3UL;

    public static ulong Of(string name)
    {
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash ^= b;
            hash *= Prime;
        }
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        return hash ^ (hash >> 31);
    }
}
