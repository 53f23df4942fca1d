using ConstrainedFakes.DataSets;
using ConstrainedFakes.Tests.Graph;

namespace ConstrainedFakes.Tests;

public class ParallelBuildTests
{
    public static TheoryData<string, int> Shapes()
    {
        var data = new TheoryData<string, int>();
        foreach (var shape in DataSets.Keys)
        {
            foreach (var threads in new[] { 2, 3, 8 }) data.Add(shape, threads);
        }
        return data;
    }

    // Pools and picks with collections, a self-reference, Guid and string keys, distinct picks (Graph); state
    // machines (Claim); constraints and correlations through navigations (Sales, Payroll); tables kept because
    // their rows depend on their parents (Chain); one-to-one (Membership); a many-to-many, its links added to both
    // sides at the join (Blog); owned types (Shipping); an explicit join entity with a composite key (School), and
    // composite foreign keys to it (Transcript); two many-to-manys through join entities, one with navigations to both
    // sides and a collection of it (Media); links skewed by [Popularity] on skip navigations, a join entity's reference
    // and a collection that picks (Skewed).
    private static readonly Dictionary<string, Func<ulong, DataSetBuilder>> DataSets = new()
    {
        ["Graph"] = seed => new GraphFaker(seed).DataSet().Count<Account>(150).Count<Employee>(31).Count<Product>(40).Count<Region>(5),
        ["Claim"] = seed => new ClaimFaker(seed).DataSet().Count<Claim>(101),
        ["Sales"] = seed => new Sales.SalesFaker(seed).DataSet().Count<Sales.Account>(99),
        ["Payroll"] = seed => new Sales.PayrollFaker(seed).DataSet().Count<Sales.Company>(77),
        ["Chain"] = seed => new ChainFaker(seed).DataSet().Count<Shopper>(120),
        ["Membership"] = seed => new MembershipFaker(seed).DataSet().Count<Member>(90),
        ["Blog"] = seed => new BlogFaker(seed).DataSet().Count<Author>(120).Count<Topic>(25),
        ["Shipping"] = seed => new ShippingFaker(seed).DataSet().Count<Shipment>(130),
        ["School"] = seed => new SchoolFaker(seed).DataSet().Count<Course>(140).Count<Student>(12),
        ["Media"] = seed => new Through.MediaFaker(seed).DataSet().Count<Through.Article>(110).Count<Through.Label>(9).Count<Through.Playlist>(70).Count<Through.Song>(30),
        ["Skewed"] = seed => new Skewed.SkewedFaker(seed).DataSet().Count<Skewed.Listener>(120).Count<Skewed.Track>(40).Count<Skewed.Band>(90)
            .Count<Skewed.Studio>(20).Count<Skewed.Reader>(100).Count<Skewed.Book>(30).Count<Skewed.Shopper>(80).Count<Skewed.Brand>(25),
        ["Transcript"] = seed => new TranscriptFaker(seed).DataSet().Count<Course>(90).Count<Student>(12).Count<Certificate>(150).Count<Attendance>(70),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void AParallelBuildIsTheSerialOne(string shape, int threads)
    {
        foreach (var seed in new ulong[] { 1, 42, 0xDEADBEEF })
        {
            var serial = GraphShape.Of(DataSets[shape](seed).Build());
            var parallel = GraphShape.Of(DataSets[shape](seed).InParallel(threads).Build());
            Assert.Equal(serial, parallel);
        }
    }

    [Fact]
    public void AParallelBuildHoldsEveryLink()
        => GraphIntegrity.AssertHolds(new GraphFaker(5).DataSet().Count<Account>(400).Count<Employee>(60).InParallel().Build());

    [Fact]
    public void MorePartsThanRootRowsStillGiveTheSerialDataSet()
    {
        var serial = GraphShape.Of(new GraphFaker(8).DataSet().Count<Account>(3).Count<Employee>(2).Count<Region>(1).Build());
        var parallel = GraphShape.Of(new GraphFaker(8).DataSet().Count<Account>(3).Count<Employee>(2).Count<Region>(1).InParallel(16).Build());
        Assert.Equal(serial, parallel);
    }

    [Fact]
    public void AParallelBuildThrowsWhatTheSerialOneThrows()
    {
        // An invoice has up to 5 lines of distinct products: 3 products cannot serve every invoice.
        DataSetBuilder TooFewProducts() => new GraphFaker(1).DataSet().Count<Account>(300).Count<Product>(3);
        var serial = Assert.Throws<ConstraintViolationException>(() => TooFewProducts().Build());
        var parallel = Assert.Throws<ConstraintViolationException>(() => TooFewProducts().InParallel(4).Build());
        Assert.Equal(serial.Message, parallel.Message);
        var empty = Assert.Throws<ConstraintViolationException>(() => new GraphFaker(1).DataSet().Count<Region>(0).InParallel(3).Build());
        Assert.Contains("Account.Region is required, but its parent table is empty", empty.Message);
    }

    [Fact]
    public void ANegativeDegreeIsRefused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new GraphFaker(1).DataSet().InParallel(-1));

    [Fact]
    public void RowsThatReadAnEarlierRowOfTheirOwnTableAreBuiltSeriallyAndAlike()
    {
        var serial = new Org.MentoringFaker(4).DataSet().Count<Org.Mentee>(300).Build();
        Assert.All(serial.Set<Org.Mentee>().Where(m => m.Mentor is not null), m => Assert.True(m.Level <= m.Mentor!.Level));
        Assert.Equal(GraphShape.Of(serial), GraphShape.Of(new Org.MentoringFaker(4).DataSet().Count<Org.Mentee>(300).InParallel(3).Build()));
    }
}
