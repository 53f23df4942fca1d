using System.Runtime.CompilerServices;
using Bogus.Bson;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// Way 3: what a careful person writes by hand for speed. A SplitMix64 generator advanced in sequence,
/// Bogus' English word lists read once at start-up (names pre-lower-cased for emails, free-mail domains
/// with their '@'), and each string built with a single allocation. Same nine members, same ranges
/// and the same kinds of text as the generated builder.
/// </summary>
public sealed class HandWrittenContracts
{
    private static readonly string[] LastNames = Words("name", "last_name");
    private static readonly string[] CompanySuffixes = Words("company", "suffix");
    private static readonly string[] FirstNamesLower = Lower(Words("name", "first_name"));
    private static readonly string[] LastNamesLower = Lower(LastNames);
    private static readonly string[] AtEmailDomains = Words("internet", "free_email").Select(d => "@" + d).ToArray();
    private static readonly string[] TwoDigits = Enumerable.Range(0, 100).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    private static readonly string[] Currencies = ["EUR", "USD", "GBP"];

    // The same lattices the generator derives from the attributes: cents for money, seconds for dates.
    private const long ValueMinCents = 1000_00, ValueMaxCents = 1000000_00;
    private const long DiscountMaxHundredths = 30;
    private const long RevenueMinCents = 100000_00, RevenueMaxCents = 500000000_00;
    private static readonly long SignedFromSeconds = new DateTime(2020, 1, 1).Ticks / TimeSpan.TicksPerSecond;
    private static readonly long SignedToSeconds = new DateTime(2025, 12, 31).Ticks / TimeSpan.TicksPerSecond;

    private SplitMix64 _rng;
    private int _lastId;

    /// <summary>Creates the source with a seed.</summary>
    /// <param name="seed">The generator's seed.</param>
    public HandWrittenContracts(ulong seed = 42) => _rng = new SplitMix64(seed);

    /// <summary>The last contract made, kept so that no contract can be optimised away.</summary>
    public Contract? Last { get; private set; }

    /// <summary>The next contract.</summary>
    public Contract Next()
    {
        ref var rng = ref _rng;

        var company = rng.Below(3) switch
        {
            0 => string.Concat(Pick(ref rng, LastNames), " ", Pick(ref rng, CompanySuffixes)),
            1 => string.Concat(Pick(ref rng, LastNames), "-", Pick(ref rng, LastNames)),
            _ => string.Concat([Pick(ref rng, LastNames), ", ", Pick(ref rng, LastNames), " and ", Pick(ref rng, LastNames)]),
        };
        if (company.Length > 100) company = company[..100];

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
        if (email.Length > 100) email = string.Concat(first.AsSpan(0, 1), at);

        return new Contract
        {
            Id = ++_lastId,
            CompanyName = company,
            ContactEmail = email,
            Value = Cents(ValueMinCents + rng.Below(ValueMaxCents - ValueMinCents + 1)),
            Discount = Cents(rng.Below(DiscountMaxHundredths + 1)),
            SignedAt = new DateTime((SignedFromSeconds + rng.Below(SignedToSeconds - SignedFromSeconds + 1)) * TimeSpan.TicksPerSecond, DateTimeKind.Utc),
            DurationMonths = 1 + (int)rng.Below(60),
            AnnualRevenue = Cents(RevenueMinCents + rng.Below(RevenueMaxCents - RevenueMinCents + 1)),
            Currency = Currencies[rng.Below(3)],
        };
    }

    /// <summary>Makes <paramref name="count"/> contracts and returns a checksum over them.</summary>
    /// <param name="count">How many contracts.</param>
    public long Run(int count)
    {
        long sum = 0;
        Contract? last = null;
        for (var i = 0; i < count; i++)
        {
            last = Next();
            sum += Checksum.Of(last);
        }
        Last = last;
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string Pick(ref SplitMix64 rng, string[] words) => words[rng.Below(words.Length)];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static decimal Cents(long units) => new((int)(uint)units, (int)(uint)((ulong)units >> 32), 0, false, 2);

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

    /// <summary>Steele, Lea and Flood's SplitMix64: one add and one finaliser per 64 random bits.</summary>
    private struct SplitMix64(ulong seed)
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
}
