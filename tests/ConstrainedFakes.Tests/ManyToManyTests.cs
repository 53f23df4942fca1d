using ConstrainedFakes.DataSets;
using ConstrainedFakes.Reports;
using ConstrainedFakes.Tests.Graph;

namespace ConstrainedFakes.Tests;

public class ManyToManyTests
{
    private static DataSetBuilder Blog(ulong seed) => new BlogFaker(seed).DataSet().Count<Author>(300).Count<Topic>(25);

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(99UL)]
    public void BothSidesHoldTheSameLinksAndEachArticleHasOneToThreeDistinctTopics(ulong seed)
    {
        var data = Blog(seed).Build();
        var articles = data.Set<Article>();
        var topics = data.Set<Topic>();
        Assert.Equal(25, topics.Count);
        Assert.NotEmpty(articles);
        foreach (var article in articles)
        {
            Assert.InRange(article.Topics.Count, 1, 3);
            Assert.Equal(article.Topics.Count, article.Topics.Distinct().Count());
            Assert.All(article.Topics, t => Assert.Contains(article, t.Articles));
        }
        foreach (var topic in topics)
        {
            Assert.Equal(topic.Articles.Count, topic.Articles.Distinct().Count());
            Assert.All(topic.Articles, a => Assert.Contains(topic, a.Topics));
        }
        Assert.Equal(articles.Sum(a => a.Topics.Count), topics.Sum(t => t.Articles.Count));
        // Every count from 1 to 3 occurs, and every topic is used by some article.
        Assert.Equal([1, 2, 3], articles.Select(a => a.Topics.Count).Distinct().Order());
        Assert.All(topics, t => Assert.NotEmpty(t.Articles));
    }

    [Fact]
    public void JoinRowsComeAfterBothTablesAndNameTheLinkedKeys()
    {
        var data = Blog(5).Build();
        var all = data.Entities.ToList();
        var joins = all.OfType<JoinRow>().ToList();
        var lastEntity = all.FindLastIndex(e => e is not JoinRow && e is Article or Topic);
        Assert.True(all.FindIndex(e => e is JoinRow) > lastEntity, "join rows follow both of their tables");
        Assert.Equal(data.Set<Article>().Sum(a => a.Topics.Count), joins.Count);
        var expected = data.Set<Article>().SelectMany(a => a.Topics.Select(t => (a.Id, t.Id))).Order().ToList();
        Assert.Equal(expected, joins.Select(j => ((int)j.Key, (Guid)j.TargetKey)).Order().ToList());
        Assert.All(joins, j =>
        {
            Assert.Equal((typeof(Article), "Topics", typeof(Topic), "Articles"), (j.Entity, j.Navigation, j.Target, j.Inverse));
        });
        // A join table has no entity type of its own.
        Assert.DoesNotContain(typeof(JoinRow), data.EntityTypes);
        Assert.Contains("Entities", Assert.Throws<ArgumentException>(() => data.Set<JoinRow>()).Message);
    }

    [Fact]
    public void StreamAndPartsGiveTheSameJoinRowsAsBuild()
    {
        static string Row(object e) => e is JoinRow j ? "Join:" + j : GraphIntegrity.Columns(e);
        var built = Blog(8).Build().Entities.Select(Row).ToList();
        Assert.Equal(built, Blog(8).Stream().Select(Row));
        var parts = Enumerable.Range(0, 3).Select(p => Blog(8).Stream(p, 3).Select(Row).ToList()).ToList();
        // Table by table in partition order, the parts are the whole stream.
        var byTable = built.GroupBy(r => r.Split(':')[0]).Select(g => g.Key);
        Assert.Equal(
            byTable.SelectMany(table => parts.SelectMany(p => p.Where(r => r.Split(':')[0] == table))),
            built);
    }

    [Fact]
    public void TheLinksArePinnedForSeed42()
    {
        var data = Blog(42).Build();
        Assert.Equal("Peggie Fay 545165946", string.Join(",", data.Set<Article>()[0].Topics.Select(t => t.Name)));
        Assert.Equal(891L, data.Entities.OfType<JoinRow>().LongCount());
    }

    [Fact]
    public void TheFidelityReportCountsTheLinksOfASkipNavigation()
    {
        var report = FidelityReport.Measure(Blog(3).Build());
        Assert.True(report.IsClean, report.ToJson());
        var topics = Assert.Single(report.Entities.Single(e => e.Entity == "Article").Checks, c => c.Kind == CheckKind.Count && c.Member == "Topics");
        Assert.True(topics.Checked > 0);
        Assert.InRange(topics.Achieved!.Value, 1.8, 2.2);
    }

    [Fact]
    public void TheManifestHashesTheJoinRows()
    {
        var data = Blog(3).Build();
        DataSet WithJoins(IEnumerable<JoinRow> joins) => new([
            DataSetTable.Of(data.Set<Author>()), DataSetTable.Of(data.Set<Article>()), DataSetTable.Of(data.Set<Topic>()), DataSetTable.Of(joins.ToList())]);
        var joins = data.Entities.OfType<JoinRow>().ToList();
        var options = new FakerOptions();
        Assert.Equal(GenerationManifest.Create(data, options).DataHash, GenerationManifest.Create(WithJoins(joins), options).DataHash);
        Assert.NotEqual(GenerationManifest.Create(data, options).DataHash, GenerationManifest.Create(WithJoins(joins.Skip(1)), options).DataHash);
    }

    [Fact]
    public void TooFewRowsOnTheOtherSideIsRefusedClearly()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new BlogFaker(1).DataSet().Count<Author>(100).Count<Topic>(2).Build());
        Assert.Contains("Article.Topics ↔ Topic.Articles", error.Message);
        Assert.Contains("the other side has 2 rows", error.Message);
    }
}
