namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// Way 3 for <see cref="ConstrainedContract"/>: straight-line code a careful person writes for speed, with
/// the same meaning as the generated builder. Every member lives on an integer lattice (cents for money,
/// seconds for dates), each bound that an invariant implies is computed in those integers from the
/// members already drawn (annual revenue, then value, then discount; start, then end), and the value is
/// drawn uniformly between them. The text is <see cref="HandWrittenContracts"/>' text.
/// </summary>
public sealed class HandWrittenConstrainedContracts : ConstrainedContractSource
{
    private static readonly string[] Currencies = ["EUR", "USD", "GBP"];

    // [Range] bounds on the generator's lattices: cents for money, whole seconds for dates.
    private const long RevenueMinCents = 100000_00, RevenueMaxCents = 50000000_00;
    private const long ValueMinCents = 1000_00, ValueMaxCents = 10000000_00;
    private const long DiscountMaxCents = 1000000_00;
    private const long SecondsPerDay = 24 * 60 * 60;
    private static readonly long StartFromSeconds = new DateTime(2020, 1, 1).Ticks / TimeSpan.TicksPerSecond;
    private static readonly long StartToSeconds = new DateTime(2025, 12, 31).Ticks / TimeSpan.TicksPerSecond;
    private static readonly long EndFromSeconds = new DateTime(2020, 1, 1).Ticks / TimeSpan.TicksPerSecond;
    private static readonly long EndToSeconds = new DateTime(2028, 12, 31).Ticks / TimeSpan.TicksPerSecond;

    private SplitMix64 _rng;
    private int _lastId;

    /// <summary>Creates the source with a seed.</summary>
    /// <param name="seed">The generator's seed.</param>
    public HandWrittenConstrainedContracts(ulong seed = 42) => _rng = new SplitMix64(seed);

    /// <inheritdoc/>
    public override ConstrainedContract Next()
    {
        ref var rng = ref _rng;
        var company = HandWrittenText.CompanyName(ref rng);
        var email = HandWrittenText.Email(ref rng);

        var revenue = RevenueMinCents + rng.Below(RevenueMaxCents - RevenueMinCents + 1);
        // Value <= 0.5 * AnnualRevenue: in cents, revenue / 2 rounded down (both are positive).
        var valueMax = Math.Min(ValueMaxCents, revenue / 2);
        var value = ValueMinCents + rng.Below(valueMax - ValueMinCents + 1);
        // Discount <= 0.3 * Value: 3 * value / 10 cents, rounded down.
        var discountMax = Math.Min(DiscountMaxCents, value * 3 / 10);
        var discount = rng.Below(discountMax + 1);

        var start = StartFromSeconds + rng.Below(StartToSeconds - StartFromSeconds + 1);
        // End within [Start + 30 days, Start + 1095 days] and its own range.
        var endLow = Math.Max(EndFromSeconds, start + 30 * SecondsPerDay);
        var endHigh = Math.Min(EndToSeconds, start + 1095 * SecondsPerDay);
        var end = endLow + rng.Below(endHigh - endLow + 1);

        return new ConstrainedContract
        {
            Id = ++_lastId,
            CompanyName = company,
            ContactEmail = email,
            AnnualRevenue = HandWrittenText.Cents(revenue),
            Value = HandWrittenText.Cents(value),
            Discount = HandWrittenText.Cents(discount),
            Start = new DateTime(start * TimeSpan.TicksPerSecond, DateTimeKind.Utc),
            End = new DateTime(end * TimeSpan.TicksPerSecond, DateTimeKind.Utc),
            Currency = Currencies[rng.Below(3)],
        };
    }
}
