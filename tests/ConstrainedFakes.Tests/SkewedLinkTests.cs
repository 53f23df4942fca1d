using ConstrainedFakes.DataSets;
using ConstrainedFakes.Reports;
using ConstrainedFakes.Tests.Skewed;

namespace ConstrainedFakes.Tests;

/// <summary>
/// [Popularity] beyond a child's reference: on a many-to-many's skip navigation (links still distinct per row), on
/// the skip navigation or the reference of a join entity, and on a collection with no reference back that picks.
/// </summary>
public class SkewedLinkTests
{
    private static DataSetBuilder Skewed(ulong seed, long rows = 1_000, long pools = 1_000)
        => new SkewedFaker(seed).DataSet().Count<Listener>(rows).Count<Track>(pools).Count<Band>(rows).Count<Studio>(pools)
            .Count<Reader>(rows).Count<Book>(pools).Count<Shopper>(rows).Count<Brand>(pools);

    private static readonly double Harmonic = Enumerable.Range(1, 1_000).Sum(k => 1.0 / k);

    /// <summary>Links per item of the pool, most linked first.</summary>
    private static double[] ByRank(IEnumerable<int> linkedIds) => linkedIds.GroupBy(id => id).Select(g => (double)g.Count()).OrderDescending().ToArray();

    /// <summary>The rank-frequency slope on a log-log scale over the 100 most linked items.</summary>
    private static double Slope(double[] counts)
    {
        var ranks = Enumerable.Range(1, 100).ToArray();
        return PopularityTests.Slope(ranks.Select(r => Math.Log(r)).ToArray(), ranks.Select(r => Math.Log(counts[r - 1])).ToArray());
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(77UL)]
    public void AManyToManysLinksFollowZipfsLawAndStayDistinctPerRow(ulong seed)
    {
        var data = Skewed(seed, rows: 20_000).Build();
        Assert.All(data.Set<Listener>(), l =>
        {
            Assert.InRange(l.Tracks.Count, 1, 4);
            Assert.Equal(l.Tracks.Count, l.Tracks.Distinct().Count());
            Assert.All(l.Tracks, t => Assert.Contains(l, t.Listeners));
        });
        var counts = ByRank(data.Entities.OfType<JoinRow>().Select(j => (int)j.TargetKey));
        Assert.InRange(Slope(counts), -1.1, -0.9);
        // The favourite track has 1 / H(1000, 1) ≈ 13.4% of the draws; distinct links per row can only lower its share
        // (a listener takes it once), uniform links would give it about 0.1%.
        Assert.InRange(counts[0] / counts.Sum(), 0.10, 1 / Harmonic);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(77UL)]
    public void ACollectionThatPicksFollowsZipfsLaw(ulong seed)
    {
        var data = Skewed(seed, rows: 20_000).Build();
        var sessions = data.Set<Session>();
        Assert.All(data.Set<Band>(), b => Assert.InRange(b.Sessions.Count, 1, 3));
        Assert.All(data.Set<Studio>(), s => Assert.All(s.Sessions, x => Assert.Equal(s.Id, x.StudioId)));
        Assert.Equal(sessions.Count, data.Set<Studio>().Sum(s => s.Sessions.Count));
        var counts = ByRank(sessions.Select(s => s.StudioId));
        Assert.InRange(Slope(counts), -1.1, -0.9);
        Assert.InRange(counts[0] / sessions.Count, 0.95 / Harmonic, 1.05 / Harmonic);
    }

    [Fact]
    public void AJoinEntityFollowsPopularityOnTheSkipNavigationAndOnItsReference()
    {
        var data = Skewed(5, rows: 20_000).Build();
        var loans = data.Set<Loan>();
        var preferences = data.Set<Preference>();
        Assert.Equal(loans.Count, loans.Select(l => (l.ReaderId, l.BookId)).Distinct().Count());
        Assert.Equal(preferences.Count, preferences.Select(p => (p.ShopperId, p.BrandId)).Distinct().Count());
        Assert.All(loans, l => Assert.InRange(l.Days, 1, 30));
        Assert.All(data.Set<Reader>(), r => Assert.Equal(r.Books.Count, r.Books.Distinct().Count()));
        Assert.All(preferences, p => Assert.Equal(p.BrandId, p.Brand.Id));
        // Exponent 1.2: a slope near -1.2, and the favourite takes about 1 / H(1000, 1.2) ≈ 20% of the draws (less, as
        // each row takes it once); uniform picks would give it 0.1%.
        foreach (var counts in new[] { ByRank(loans.Select(l => l.BookId)), ByRank(preferences.Select(p => p.BrandId)) })
        {
            Assert.InRange(Slope(counts), -1.3, -1.1);
            Assert.InRange(counts[0] / counts.Sum(), 0.15, 1 / Enumerable.Range(1, 1_000).Sum(k => Math.Pow(k, -1.2)));
        }
    }

    [Fact]
    public void ASmallPoolStillGivesEveryRowDistinctLinks()
    {
        // Four links at most, four items: the skew must still find them all.
        var data = Skewed(3, rows: 300, pools: 4).Build();
        Assert.All(data.Set<Listener>(), l => Assert.Equal(l.Tracks.Count, l.Tracks.Distinct().Count()));
        Assert.Contains(data.Set<Listener>(), l => l.Tracks.Count == 4);
        Assert.All(data.Set<Reader>(), r => Assert.Equal(r.Books.Count, r.Books.Distinct().Count()));
    }

    [Fact]
    public void SkewedLinksAreDeterministicAndAgreeEveryWay()
    {
        static string Row(object e) => e is JoinRow j ? "Join:" + j : GraphIntegrity.Columns(e);
        var built = GraphShape.Of(Skewed(11, rows: 400, pools: 60).Build());
        Assert.Equal(built, GraphShape.Of(Skewed(11, rows: 400, pools: 60).Build()));
        Assert.Equal(built, GraphShape.Of(Skewed(11, rows: 400, pools: 60).InParallel(3).Build()));
        var rows = Skewed(11, rows: 400, pools: 60).Build().Entities.Select(Row).ToList();
        Assert.Equal(rows, Skewed(11, rows: 400, pools: 60).Stream().Select(Row));
        // Table by table in partition order, the parts are the whole stream.
        var parts = Enumerable.Range(0, 3).Select(p => Skewed(11, rows: 400, pools: 60).Stream(p, 3).Select(Row).ToList()).ToList();
        var tables = rows.Select(r => r.Split(':')[0]).Distinct();
        Assert.Equal(rows, tables.SelectMany(table => parts.SelectMany(p => p.Where(r => r.Split(':')[0] == table))));
        Assert.NotEqual(built, GraphShape.Of(Skewed(12, rows: 400, pools: 60).Build()));
    }

    [Fact]
    public void TheFidelityReportFindsEveryCountKept()
    {
        var report = FidelityReport.Measure(Skewed(2, rows: 500, pools: 50).Build());
        Assert.True(report.IsClean, report.ToJson());
        var tracks = Assert.Single(report.Entities.Single(e => e.Entity == "Listener").Checks, c => c.Kind == CheckKind.Count && c.Member == "Tracks");
        Assert.Equal(500, tracks.Checked);
    }

    [Fact]
    public void AnExponentOutOfRangeIsRefusedClearly()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new MisskewedFaker(1).DataSet().Build());
        Assert.Contains("Crowd.Venues: [Popularity(-1)] needs a finite Zipf exponent of 0 or more", error.Message);
        Assert.Contains("Venue.Gigs: [Popularity(double.NaN)] needs a finite Zipf exponent of 0 or more", error.Message);
    }

    [Fact]
    public void GoldenLinksForSeed42()
    {
        var data = Skewed(42, rows: 5, pools: 1_000).Build();
        // Pinned: a change of the sampler or of its streams changes these.
        Assert.Equal(GoldenTracks, data.Entities.OfType<JoinRow>().Select(j => (int)j.TargetKey).ToArray());
        Assert.Equal(GoldenStudios, data.Set<Session>().Select(s => s.StudioId).ToArray());
        Assert.Equal(GoldenBooks, data.Set<Loan>().Select(l => l.BookId).ToArray());
    }

    private static readonly int[] GoldenTracks = [713, 766, 708, 74, 947, 933, 206, 413, 708, 975, 264];
    private static readonly int[] GoldenStudios = [11, 881, 377, 544, 633, 300, 936, 184];
    private static readonly int[] GoldenBooks = [258, 88, 498, 990, 232, 647, 232, 220, 354, 354, 362, 481, 366, 660, 435];
}
