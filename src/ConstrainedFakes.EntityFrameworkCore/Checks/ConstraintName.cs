using System.Globalization;
using System.Text;

namespace ConstrainedFakes.EntityFrameworkCore.Checks;

/// <summary>
/// A CHECK constraint's name within the provider's identifier limit. PostgreSQL cuts a longer name to 63 bytes
/// without a word, so two rules whose names share a long start would collide when the table is created: a name
/// too long keeps its start and ends with a hash of the whole name, the same on every machine.
/// </summary>
internal static class ConstraintName
{
    public static string Of(string name, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(name) <= maxBytes) return name;
        // FNV-1a over the UTF-16 code units: stable across runs and platforms, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var unit in name) hash = unchecked((hash ^ unit) * 16777619u);
        var suffix = "_" + hash.ToString("x8", CultureInfo.InvariantCulture);
        var start = name.Length;
        while (Encoding.UTF8.GetByteCount(name.AsSpan(0, start)) + suffix.Length > maxBytes) start--;
        return name[..start] + suffix;
    }
}
