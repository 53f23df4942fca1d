using Bogus;
using Bogus.Extensions;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// Way 2 for <see cref="ConstrainedContract"/>: a seeded <see cref="Faker{T}"/> written as a careful Bogus
/// user writes it to keep the invariants. Bogus runs the rules in the order they are declared, so the
/// rules come in dependency order (annual revenue, value, discount; start, end), and each bound that an
/// invariant implies is computed in the rule from the members already set. Amounts are rounded to 2
/// places as the generator's are, and a bound is rounded down to a whole cent first, as the generator
/// rounds it to its lattice: otherwise a draw just below a bound such as 0.3 × 12,345.69 = 3,703.707
/// (anything from 3,703.705) rounds to 3,703.71, above it. That is rare (a trial of 1,000,000 rows
/// without the rounding down had none), but it would break the invariant.
/// </summary>
public sealed class BogusConstrainedContracts : ConstrainedContractSource
{
    private static readonly string[] Currencies = ["EUR", "USD", "GBP"];
    private static readonly DateTime StartFrom = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime StartTo = new(2025, 12, 31, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime EndTo = new(2028, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    private readonly Faker<ConstrainedContract> _faker;

    /// <summary>Creates the faker with a seed.</summary>
    /// <param name="seed">Bogus' seed.</param>
    public BogusConstrainedContracts(int seed = 42)
    {
        _faker = new Faker<ConstrainedContract>()
            .StrictMode(true) // a rule for each of the nine members
            .UseSeed(seed)
            .RuleFor(c => c.Id, f => f.IndexFaker + 1)
            .RuleFor(c => c.CompanyName, f => f.Company.CompanyName().ClampLength(max: 100))
            .RuleFor(c => c.ContactEmail, f => f.Internet.Email(f.Name.FirstName(), f.Name.LastName()).ClampLength(max: 100))
            .RuleFor(c => c.AnnualRevenue, f => f.Finance.Amount(100_000m, 50_000_000m, 2))
            // [Invariant("Value <= 0.5m * AnnualRevenue")]
            .RuleFor(c => c.Value, (f, c) => f.Finance.Amount(1_000m, Math.Min(10_000_000m, FloorToCents(0.5m * c.AnnualRevenue)), 2))
            // [Invariant("Discount <= 0.3m * Value")]
            .RuleFor(c => c.Discount, (f, c) => f.Finance.Amount(0m, Math.Min(1_000_000m, FloorToCents(0.3m * c.Value)), 2))
            .RuleFor(c => c.Start, f => f.Date.Between(StartFrom, StartTo))
            // [Invariant("End >= Start.AddDays(30) && End <= Start.AddDays(1095)")], within End's own range
            .RuleFor(c => c.End, (f, c) => f.Date.Between(c.Start.AddDays(30), Min(c.Start.AddDays(1095), EndTo)))
            .RuleFor(c => c.Currency, f => f.PickRandom(Currencies));
    }

    /// <inheritdoc/>
    public override ConstrainedContract Next() => _faker.Generate();

    private static decimal FloorToCents(decimal amount) => Math.Floor(amount * 100m) / 100m;

    private static DateTime Min(DateTime a, DateTime b) => a <= b ? a : b;
}
