using System;
using System.Collections.Generic;
using System.Linq;

namespace ConstrainedFakes.Generator.Planning.Constraints;

/// <summary>Suggestions for misspelt member names (CF0003 and its code fix).</summary>
internal static class MemberNames
{
    /// <summary>The name closest to <paramref name="name"/> by edit distance, if any is close enough to be a typo.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
        => candidates.Select(c => (Name: c, Distance: EditDistance(name.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(2, name.Length / 3))
            .OrderBy(c => c.Distance).Select(c => c.Name).FirstOrDefault();

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
