using System.Runtime.CompilerServices;
using Bogus.Bson;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// The text part of the hand-written ways (<see cref="HandWrittenContracts"/>, <see cref="HandWrittenConstrainedContracts"/>):
/// Bogus' English word lists read once at start-up (names pre-lower-cased for emails, free-mail domains
/// with their '@'), and each string built with a single allocation.
/// </summary>
internal static class HandWrittenText
{
    private static readonly string[] LastNames = Words("name", "last_name");
    private static readonly string[] CompanySuffixes = Words("company", "suffix");
    private static readonly string[] FirstNamesLower = Lower(Words("name", "first_name"));
    private static readonly string[] LastNamesLower = Lower(LastNames);
    private static readonly string[] AtEmailDomains = Words("internet", "free_email").Select(d => "@" + d).ToArray();
    private static readonly string[] TwoDigits = Enumerable.Range(0, 100).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Last names with a suffix, or "A-B", or "A, B and C", at most 100 characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string CompanyName(ref SplitMix64 rng)
    {
        var company = rng.Below(3) switch
        {
            0 => string.Concat(Pick(ref rng, LastNames), " ", Pick(ref rng, CompanySuffixes)),
            1 => string.Concat(Pick(ref rng, LastNames), "-", Pick(ref rng, LastNames)),
            _ => string.Concat([Pick(ref rng, LastNames), ", ", Pick(ref rng, LastNames), " and ", Pick(ref rng, LastNames)]),
        };
        return company.Length > 100 ? company[..100] : company;
    }

    /// <summary>A first name and a last name at a free-mail domain, at most 100 characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Email(ref SplitMix64 rng)
    {
        var first = Pick(ref rng, FirstNamesLower);
        var last = Pick(ref rng, LastNamesLower);
        var shape = rng.Below(4);
        var digits = shape == 3 ? TwoDigits[rng.Below(100)] : "";
        var at = Pick(ref rng, AtEmailDomains);
        var email = shape switch
        {
            0 => string.Concat(first, ".", last, at),
            1 => string.Concat(first, last, at),
            2 => string.Concat(first.AsSpan(0, 1), ".", last, at),
            _ => string.Concat([first, "_", last, digits, at]),
        };
        return email.Length > 100 ? string.Concat(first.AsSpan(0, 1), at) : email;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Pick(ref SplitMix64 rng, string[] words) => words[rng.Below(words.Length)];

    /// <summary>The decimal <paramref name="units"/> / 100, with scale 2 (units are not negative).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Cents(long units) => new((int)(uint)units, (int)(uint)((ulong)units >> 32), 0, false, 2);

    private static string[] Words(string category, string path)
    {
        var list = new List<string>();
        if (Bogus.Database.Get(category, path, "en", "en") is BArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (!string.IsNullOrEmpty(array[i].StringValue)) list.Add(array[i].StringValue);
            }
        }
        return list.Count > 0 ? list.ToArray() : throw new InvalidOperationException($"Bogus has no en data for {category}.{path}.");
    }

    /// <summary>ASCII letters and digits, lower-cased (what an email's local part may hold), once at start-up.</summary>
    private static string[] Lower(string[] words)
        => words.Select(w =>
        {
            var kept = new string(w.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
            return kept.Length == 0 ? "user" : kept;
        }).ToArray();
}
