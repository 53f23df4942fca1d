using ConstrainedFakes.DataSets;
using ConstrainedFakes.Tests.Graph;
using CsCheck;

namespace ConstrainedFakes.Tests;

public class DataSetTests
{
    private static DataSet Build(ulong seed, long accounts = 200, long employees = 30, long products = 40, long regions = 5)
        => new GraphFaker(seed).DataSet()
            .Count<Account>(accounts)
            .Count<Employee>(employees)
            .Count<Product>(products)
            .Count<Region>(regions)
            .Build();

    [Fact]
    public void EveryForeignKeyResolvesAndBothNavigationSidesAgree()
        => Gen.ULong.Sample(seed => GraphIntegrity.AssertHolds(Build(seed)), iter: 25);

    [Fact]
    public void TablesComeParentsFirst()
    {
        var data = Build(1);
        var order = data.EntityTypes.ToList();
        Assert.True(order.IndexOf(typeof(Region)) < order.IndexOf(typeof(Account)));
        Assert.True(order.IndexOf(typeof(Account)) < order.IndexOf(typeof(Contract)));
        Assert.True(order.IndexOf(typeof(Contract)) < order.IndexOf(typeof(Invoice)));
        Assert.True(order.IndexOf(typeof(Employee)) < order.IndexOf(typeof(Invoice)));
        Assert.True(order.IndexOf(typeof(Invoice)) < order.IndexOf(typeof(InvoiceLine)));
        Assert.True(order.IndexOf(typeof(Product)) < order.IndexOf(typeof(InvoiceLine)));

        // Entities walks the tables in that order, each table in row order.
        var positions = data.Entities.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i, ReferenceEqualityComparer.Instance);
        Assert.All(data.Set<InvoiceLine>(), line => Assert.True(positions[line.Invoice] < positions[line] && positions[line.Product] < positions[line]));
        Assert.All(data.Set<Employee>().Where(e => e.Manager is not null), e => Assert.True(positions[e.Manager!] < positions[e]));
        Assert.Equal(data.Count, positions.Count);
    }

    [Fact]
    public void CountSizesRootAndPoolTables()
    {
        var data = Build(3, accounts: 17, employees: 4, products: 9, regions: 2);
        Assert.Equal(17, data.Set<Account>().Count);
        Assert.Equal(4, data.Set<Employee>().Count);
        Assert.Equal(9, data.Set<Product>().Count);
        Assert.Equal(2, data.Set<Region>().Count);
        var defaults = new GraphFaker(3).DataSet().Build();
        Assert.Equal(DataSetBuilder.DefaultCount, defaults.Set<Account>().Count);
    }

    [Fact]
    public void StreamGivesTheSameRowsInTheSameOrder()
    {
        var built = Build(7).Entities.ToList();
        var streamed = new GraphFaker(7).DataSet().Count<Account>(200).Count<Employee>(30).Count<Product>(40).Count<Region>(5).Stream().ToList();
        Assert.Equal(built.Count, streamed.Count);
        for (var i = 0; i < built.Count; i++)
        {
            Assert.Equal(built[i].GetType(), streamed[i].GetType());
            Assert.Equal(GraphIntegrity.Columns(built[i]), GraphIntegrity.Columns(streamed[i]));
        }
        // Streamed rows hold keys, not parents: nothing keeps earlier rows alive.
        Assert.All(streamed.OfType<Contract>(), c => Assert.Null(c.Account));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void PartitionsMadeSeparatelyAreExactlyTheWholeStream(int partitions)
    {
        AssertPartitionsAreWhole(() => new GraphFaker(21).DataSet().Count<Account>(150).Count<Employee>(31).Count<Product>(40).Count<Region>(5), partitions);
        AssertPartitionsAreWhole(() => new ClaimFaker(21).DataSet().Count<Claim>(101), partitions);
        AssertPartitionsAreWhole(() => new Sales.SalesFaker(21).DataSet().Count<Sales.Account>(99), partitions);
    }

    [Fact]
    public void AStreamReadsAParentThatDependsOnItsOwnParentAsItWasMade()
    {
        var built = new ChainFaker(3).DataSet().Count<Shopper>(300).Build();
        Assert.All(built.Set<Settlement>(), s => Assert.True(s.PaidAt >= s.Purchase.PlacedAt));
        Assert.All(built.Set<Settlement>(), s => Assert.True(s.DisputableFrom > s.Purchase.Shopper.RegisteredAt));
        var streamed = new ChainFaker(3).DataSet().Count<Shopper>(300).Stream().Select(GraphIntegrity.Columns);
        Assert.Equal(built.Entities.Select(GraphIntegrity.Columns), streamed);
        AssertPartitionsAreWhole(() => new ChainFaker(3).DataSet().Count<Shopper>(300), 3);
    }

    private static void AssertPartitionsAreWhole(Func<DataSetBuilder> dataSet, int partitions)
    {
        var whole = dataSet().Stream().Select(GraphIntegrity.Columns).ToList();
        // Each part on its own builder, in reverse order, as separate machines would make them.
        var parts = Enumerable.Range(0, partitions).Reverse()
            .Select(p => (Part: p, Rows: dataSet().Stream(p, partitions).Select(GraphIntegrity.Columns).ToList()))
            .OrderBy(x => x.Part)
            .ToList();
        var tables = whole.Select(Table).Distinct().ToList();
        var joined = tables.SelectMany(t => parts.SelectMany(p => p.Rows.Where(r => Table(r) == t))).ToList();
        Assert.Equal(whole, joined);
        Assert.All(parts, p => Assert.NotEmpty(p.Rows));
    }

    private static string Table(string columns) => columns.Substring(0, columns.IndexOf(':'));

    [Fact]
    public void TheSameSeedGivesTheSameGraphAndAnotherSeedAnother()
    {
        var first = Build(42).Entities.Select(GraphIntegrity.Columns).ToList();
        var again = Build(42).Entities.Select(GraphIntegrity.Columns).ToList();
        var other = Build(43).Entities.Select(GraphIntegrity.Columns).ToList();
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void GoldenValuesForSeed42()
    {
        var data = Build(42);
        // Pinned: an accidental change of the link streams or of the child counts changes these.
        Assert.Equal(
            new[] { data.Set<Contract>().Count, data.Set<Tag>().Count, data.Set<Invoice>().Count, data.Set<InvoiceLine>().Count },
            GoldenCounts);
        Assert.Equal(GoldenFirstContracts, data.Set<Contract>().Take(12).Select(c => c.AccountId).ToArray());
        Assert.Equal(GoldenFirstLineInvoices, data.Set<InvoiceLine>().Take(12).Select(l => l.InvoiceId).ToArray());
        Assert.Equal(GoldenFirstApprovers, data.Set<Invoice>().Take(12).Select(i => i.ApproverNumber ?? 0).ToArray());
    }

    private static readonly int[] GoldenCounts = { 533, 192, 783, 2371 };
    private static readonly int[] GoldenFirstContracts = { 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4 };
    private static readonly int[] GoldenFirstLineInvoices = { 1, 1, 1, 1, 2, 3, 3, 3, 3, 3, 4, 4 };
    private static readonly int[] GoldenFirstApprovers = { 9, 22, 2, 1, 29, 6, 27, 0, 16, 4, 0, 0 };

    [Fact]
    public void ChildrenPerParentFollowTheirCount()
    {
        var data = Build(11, accounts: 5000);
        var perAccount = data.Set<Account>().Select(a => a.Contracts.Count).ToList();
        Assert.All(perAccount, n => Assert.InRange(n, 1, 4));
        // Uniform on 1..4: every count appears, the mean is 2.5.
        Assert.Equal(new[] { 1, 2, 3, 4 }, perAccount.Distinct().Order().ToArray());
        Assert.InRange(perAccount.Average(), 2.45, 2.55);

        // Poisson(1.5) truncated to 0..6: mean 1.5 less the little mass cut above 6.
        var perContract = data.Set<Contract>().Select(c => c.Invoices?.Count ?? 0).ToList();
        Assert.All(perContract, n => Assert.InRange(n, 0, 6));
        Assert.InRange(perContract.Average(), 1.46, 1.54);
        Assert.InRange(perContract.Count(n => n == 0) / (double)perContract.Count, 0.21, 0.24); // e^-1.5 / (1 - tail) ≈ 0.2232
    }

    [Fact]
    public void OptionalReferencesAreEmptyAtTheirNullRate()
    {
        var data = Build(5, accounts: 3000);
        var invoices = data.Set<Invoice>();
        var unapproved = invoices.Count(i => i.ApprovedBy is null) / (double)invoices.Count;
        Assert.InRange(unapproved, 0.27, 0.33);
        var employees = data.Set<Employee>();
        Assert.Null(employees[0].Manager);
    }

    [Fact]
    public void CountOfAChildTableOrAStrangerIsRefusedClearly()
    {
        var builder = new GraphFaker(1).DataSet();
        var child = Assert.Throws<ArgumentException>(() => builder.Count<Contract>(10));
        Assert.Contains("made per Account row", child.Message);
        Assert.Contains("[Count(1, 4)]", child.Message);
        var stranger = Assert.Throws<ArgumentException>(() => builder.Count<string>(10));
        Assert.Contains("String is not an entity of this faker", stranger.Message);
        Assert.Throws<ArgumentException>(() => Build(1).Set<string>());
    }

    [Fact]
    public void ARequiredParentTableThatIsEmptyIsRefusedClearly()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new GraphFaker(1).DataSet().Count<Region>(0).Build());
        Assert.Contains("Account.Region is required, but its parent table is empty", error.Message);
    }

    [Fact]
    public void TooFewParentsForDistinctPicksIsRefusedClearly()
    {
        // An invoice has up to 5 lines of distinct products: 3 products cannot serve every invoice.
        var error = Assert.Throws<ConstraintViolationException>(() => Build(1, products: 3));
        Assert.Contains("[Index(nameof(InvoiceId), nameof(ProductId), IsUnique = true)]", error.Constraints);
        Assert.Contains("more children than the 3 parent rows", error.Message);
    }

    [Fact]
    public void ACycleOfRequiredForeignKeysIsRefusedClearly()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new CycleFaker(1).DataSet().Build());
        Assert.Contains("a cycle of required foreign keys", error.Message);
        Assert.Contains("Chicken → Egg → Chicken", error.Message);
        // Each entity alone still builds.
        Assert.Equal(1, new CycleFaker(1).Chicken().Build().Id);
    }

    [Fact]
    public void WithNavigationSetsTheParentAndItsKey()
    {
        var faker = new GraphFaker(9);
        var account = faker.Account().BuildAt(41);
        var contract = faker.Contract().WithAccount(account).Build();
        Assert.Same(account, contract.Account);
        Assert.Equal(account.Id, contract.AccountId);
        var product = faker.Product().Build();
        Assert.Equal(product.Id, faker.InvoiceLine().WithProduct(product).Build().ProductId);
    }
}
