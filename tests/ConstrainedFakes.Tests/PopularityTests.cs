using ConstrainedFakes.DataSets;
using ConstrainedFakes.Tests.Graph;

namespace ConstrainedFakes.Tests;

public class PopularityTests
{
    private static DataSetBuilder Shop(ulong seed, long items = 1_000, long views = 200_000, long baskets = 2_000)
        => new PopularityFaker(seed).DataSet().Count<CatalogueItem>(items).Count<PageView>(views).Count<Basket>(baskets).Count<Fan>(500);

    [Theory]
    [InlineData(1UL)]
    [InlineData(77UL)]
    public void PicksFollowZipfsLaw(ulong seed)
    {
        var data = Shop(seed).Build();
        var counts = data.Set<PageView>().GroupBy(v => v.CatalogueItemId).Select(g => (double)g.Count()).OrderDescending().ToArray();
        // Rank-frequency on a log-log scale: a straight line of slope -s over the ranks that have enough views.
        var ranks = Enumerable.Range(1, 100).ToArray();
        var slope = Slope(ranks.Select(r => Math.Log(r)).ToArray(), ranks.Select(r => Math.Log(counts[r - 1])).ToArray());
        Assert.InRange(slope, -1.1, -0.9);
        // The most viewed item takes 1 / H(1000, 1) ≈ 13.4% of the views; uniform picks would give it about 0.1%.
        var harmonic = Enumerable.Range(1, 1_000).Sum(k => 1.0 / k);
        Assert.InRange(counts[0] / data.Set<PageView>().Count, 0.95 / harmonic, 1.05 / harmonic);
    }

    [Theory]
    [InlineData(0.5, 10)]
    [InlineData(1.0, 1)]
    [InlineData(1.0, 2)]
    [InlineData(1.7, 1000)]
    [InlineData(3.0, 7)]
    public void RanksHaveZipfsExactProbabilities(double exponent, long count)
    {
        var popularity = new Popularity(exponent);
        const int Draws = 200_000;
        var seen = new long[count];
        for (var row = 0; row < Draws; row++)
        {
            var draw = 1;
            var rank = popularity.Rank(0x5EED, row, count, ref draw);
            Assert.InRange(rank, 0, count - 1);
            seen[rank]++;
        }
        var total = Enumerable.Range(1, (int)count).Sum(k => Math.Pow(k, -exponent));
        for (var k = 0; k < Math.Min(count, 6); k++)
        {
            var p = Math.Pow(k + 1, -exponent) / total;
            var sigma = Math.Sqrt(Draws * p * (1 - p));
            Assert.InRange(seen[k], Draws * p - 4.5 * sigma - 1, Draws * p + 4.5 * sigma + 1);
        }
    }

    [Fact]
    public void DistinctPicksPerOwnerStayDistinctAndSkewed()
    {
        var data = Shop(3, items: 50).Build();
        foreach (var basket in data.Set<Basket>())
        {
            Assert.InRange(basket.Lines.Count, 1, 8);
            Assert.Equal(basket.Lines.Count, basket.Lines.Select(l => l.CatalogueItemId).Distinct().Count());
            Assert.All(basket.Lines, l => Assert.Same(l.CatalogueItem, data.Set<CatalogueItem>()[l.CatalogueItemId - 1]));
        }
        // With exponent 1.5 the favourite item is in most baskets (its weight is a third of the whole pool's), the
        // median item in few.
        var baskets = data.Set<CatalogueItem>().Select(i => i.Lines.Count / (double)data.Set<Basket>().Count).OrderDescending().ToArray();
        Assert.True(baskets[0] > 0.5, $"the favourite is in {baskets[0]:P0} of the baskets");
        Assert.True(baskets[25] < 0.1, $"the median item is in {baskets[25]:P0} of the baskets");
    }

    [Fact]
    public void ASmallPoolStillGivesEveryBasketDistinctItems()
    {
        // Eight lines at most, eight items: a steep skew must still find them all.
        var data = Shop(5, items: 8, views: 10).Build();
        Assert.All(data.Set<Basket>(), b => Assert.Equal(b.Lines.Count, b.Lines.Select(l => l.CatalogueItemId).Distinct().Count()));
        Assert.Contains(data.Set<Basket>(), b => b.Lines.Count == 8);
    }

    [Fact]
    public void ManyDistinctRanksAreDistinctAndTheSameEachTime()
    {
        // Past the stack's room for the ranks taken: 200 distinct of 300, drawn twice.
        var popularity = new Popularity(1.2);
        var first = Enumerable.Range(0, 200).Select(i => popularity.DistinctRank(0xABC, 7, i, 300)).ToArray();
        Assert.Equal(200, first.Distinct().Count());
        Assert.All(first, r => Assert.InRange(r, 0, 299));
        Assert.Equal(first, Enumerable.Range(0, 200).Select(i => popularity.DistinctRank(0xABC, 7, i, 300)));
        // Of the first 50, about 22 are among the 30 most popular ranks (by simulation of the same sampling
        // without replacement); uniform draws would give 5.
        Assert.InRange(first.Take(50).Count(r => r < 30), 12, 35);
    }

    [Fact]
    public void ASelfReferenceFavoursTheEarliestRows()
    {
        var fans = Shop(9).Build().Set<Fan>();
        Assert.Null(fans[0].RecommendedBy);
        Assert.All(fans.Skip(1), f => Assert.True(f.RecommendedById < f.Id));
        // Exponent 2: the first member recommends most others (6 / π² ≈ 61% of a long table's picks).
        var byFirst = fans.Skip(1).Count(f => f.RecommendedById == 1) / (double)(fans.Count - 1);
        Assert.InRange(byFirst, 0.55, 0.75);
    }

    [Fact]
    public void SkewedPicksAreDeterministicAndAgreeEveryWay()
    {
        var built = GraphShape.Of(Shop(11, views: 5_000, baskets: 300).Build());
        Assert.Equal(built, GraphShape.Of(Shop(11, views: 5_000, baskets: 300).Build()));
        Assert.Equal(built, GraphShape.Of(Shop(11, views: 5_000, baskets: 300).InParallel(3).Build()));
        var columns = Shop(11, views: 5_000, baskets: 300).Build().Entities.Select(GraphIntegrity.Columns);
        Assert.Equal(columns, Shop(11, views: 5_000, baskets: 300).Stream().Select(GraphIntegrity.Columns));
        Assert.NotEqual(built, GraphShape.Of(Shop(12, views: 5_000, baskets: 300).Build()));
    }

    [Fact]
    public void GoldenPicksForSeed42()
    {
        var data = Shop(42, views: 20, baskets: 3).Build();
        // Pinned: a change of the sampler or of its streams changes these.
        Assert.Equal(GoldenViews, data.Set<PageView>().Select(v => v.CatalogueItemId).ToArray());
        Assert.Equal(GoldenLines, data.Set<BasketLine>().Select(l => l.CatalogueItemId).ToArray());
    }

    private static readonly int[] GoldenViews = { 164, 919, 166, 15, 44, 167, 719, 440, 181, 49, 164, 388, 791, 166, 612, 440, 440, 114, 365, 132 };
    private static readonly int[] GoldenLines = { 847, 589, 838, 735, 636, 709, 838, 35, 401, 636, 102, 998, 709, 838, 965, 589, 760, 102, 636, 343 };

    [Fact]
    public void PopularityThatCannotBeFollowedIsRefusedClearly()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new MisrankedFaker(1).DataSet().Build());
        Assert.Contains("Misranked.CatalogueItem: [Popularity(-1)] needs a finite Zipf exponent of 0 or more", error.Message);
        Assert.Contains("[Popularity] on ShelfSlot.Shelf has nothing to choose: ShelfSlot rows are made per Shelf row", error.Message);
        // The entities alone still build.
        Assert.Equal(1, new MisrankedFaker(1).Misranked().Build().Id);
    }

    /// <summary>The least-squares slope of <paramref name="y"/> over <paramref name="x"/>.</summary>
    internal static double Slope(double[] x, double[] y)
    {
        var (mx, my) = (x.Average(), y.Average());
        return x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum() / x.Sum(a => (a - mx) * (a - mx));
    }
}
