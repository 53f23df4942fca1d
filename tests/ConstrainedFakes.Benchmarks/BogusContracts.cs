using Bogus;
using Bogus.Extensions;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// Way 2: Bogus, the way people write it: a seeded <see cref="Faker{T}"/> with one rule per member and
/// the same ranges and kinds of text as the attributes on <see cref="Contract"/>.
/// </summary>
public sealed class BogusContracts : ContractSource
{
    private static readonly string[] Currencies = ["EUR", "USD", "GBP"];
    private static readonly DateTime SignedFrom = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime SignedTo = new(2025, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    private readonly Faker<Contract> _faker;

    /// <summary>Creates the faker with a seed.</summary>
    /// <param name="seed">Bogus' seed.</param>
    public BogusContracts(int seed = 42) => _faker = Rules<Contract>(seed);

    /// <summary>
    /// The nine rules, uniform within the ranges, for any entity with <see cref="Contract"/>'s members (the
    /// correlated contract's Bogus baseline is these same uncorrelated rules).
    /// </summary>
    /// <typeparam name="T">The entity.</typeparam>
    /// <param name="seed">Bogus' seed.</param>
    public static Faker<T> Rules<T>(int seed) where T : class, IContract, new()
        => new Faker<T>()
            .StrictMode(true) // every member must have a rule: the same nine members as the other two ways
            .UseSeed(seed)
            .RuleFor(c => c.Id, f => f.IndexFaker + 1)
            .RuleFor(c => c.CompanyName, f => f.Company.CompanyName().ClampLength(max: 100))
            .RuleFor(c => c.ContactEmail, f => f.Internet.Email(f.Name.FirstName(), f.Name.LastName()).ClampLength(max: 100))
            .RuleFor(c => c.Value, f => f.Finance.Amount(1000m, 1000000m, 2))
            .RuleFor(c => c.Discount, f => f.Finance.Amount(0m, 0.3m, 2))
            .RuleFor(c => c.SignedAt, f => f.Date.Between(SignedFrom, SignedTo))
            .RuleFor(c => c.DurationMonths, f => f.Random.Int(1, 60))
            .RuleFor(c => c.AnnualRevenue, f => f.Finance.Amount(100000m, 500000000m, 2))
            .RuleFor(c => c.Currency, f => f.PickRandom(Currencies));

    /// <inheritdoc/>
    public override Contract Next() => _faker.Generate();
}
