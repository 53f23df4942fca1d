using ConstrainedFakes.DataSets;
using ConstrainedFakes.Reports;
using ConstrainedFakes.Tests.Through;

namespace ConstrainedFakes.Tests;

/// <summary>Skip navigations through an explicit join entity (<c>UsingEntity&lt;T&gt;</c>): its rows are the links.</summary>
public class JoinEntityTests
{
    private static DataSetBuilder Media(ulong seed) => new MediaFaker(seed).DataSet().Count<Article>(150).Count<Label>(12).Count<Playlist>(80).Count<Song>(40);

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(42UL)]
    [InlineData(0xDEADBEEFUL)]
    public void EveryJoinRowIsOneLinkOfBothSkipNavigations(ulong seed)
    {
        var data = Media(seed).Build();
        Assert.DoesNotContain(data.Entities, e => e is JoinRow);

        var links = data.Set<ArticleLabel>();
        Assert.Equal(links.Count, links.Select(l => (l.ArticleId, l.LabelId)).Distinct().Count());
        var articles = data.Set<Article>().ToDictionary(a => a.Id);
        var labels = data.Set<Label>().ToDictionary(l => l.Id);
        Assert.All(articles.Values, a =>
        {
            Assert.InRange(a.Labels.Count, 1, 4);
            Assert.Equal(links.Where(l => l.ArticleId == a.Id).Select(l => labels[l.LabelId]), a.Labels);
        });
        Assert.All(labels.Values, l => Assert.Equal(links.Where(x => x.LabelId == l.Id).Select(x => articles[x.ArticleId]), l.Articles));
        Assert.All(links, l =>
        {
            Assert.InRange(l.LabelledAt, new DateTime(2024, 1, 1), new DateTime(2024, 12, 31, 23, 59, 59));
            Assert.InRange(l.Relevance, 1, 5);
        });
        Assert.Equal([1, 2, 3, 4], articles.Values.Select(a => a.Labels.Count).Distinct().Order());

        var entries = data.Set<PlaylistSong>();
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
        Assert.Equal(entries.Count, entries.Select(e => (e.PlaylistId, e.SongId)).Distinct().Count());
        Assert.All(data.Set<Playlist>(), p =>
        {
            Assert.InRange(p.Songs.Count, 0, 5);
            Assert.Equal(p.Entries.Select(e => e.Song), p.Songs);
            Assert.All(p.Entries, e => Assert.Same(p, e.Playlist));
        });
        Assert.All(entries, e =>
        {
            Assert.Equal((e.Playlist.Id, e.Song.Id), (e.PlaylistId, e.SongId));
            Assert.Contains(e.Playlist, e.Song.Playlists);
            Assert.InRange(e.Position, 1, 999);
        });
        Assert.Equal(entries.Count, data.Set<Song>().Sum(s => s.Playlists.Count));
    }

    [Fact]
    public void AStreamGivesTheJoinRowsOfTheBuild()
    {
        static string Row(object row) => row switch
        {
            ArticleLabel l => $"AL {l.ArticleId} {l.LabelId} {l.LabelledAt:O} {l.Relevance}",
            PlaylistSong e => $"PS {e.Id} {e.PlaylistId} {e.SongId} {e.Position}",
            _ => row.GetType().Name,
        };
        Assert.Equal(Media(9).Build().Entities.Select(Row), Media(9).Stream().Select(Row));
    }

    [Fact]
    public void AStreamInPartsGivesTheJoinRowsOfTheWholeStream()
    {
        static string Row(object row) => row is ArticleLabel l ? $"AL {l.ArticleId} {l.LabelId} {l.Relevance}" : row.GetType().Name;
        var whole = Media(10).Stream().Select(Row).Where(r => r.StartsWith("AL", StringComparison.Ordinal)).ToList();
        var parts = Enumerable.Range(0, 3).SelectMany(p => Media(10).Stream(p, 3)).Select(Row).Where(r => r.StartsWith("AL", StringComparison.Ordinal));
        Assert.Equal(whole, parts);
    }

    [Fact]
    public void TooFewLabelsForDistinctPairsIsRefused()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new MediaFaker(1).DataSet().Count<Article>(50).Count<Label>(2).Build());
        Assert.Contains("ArticleLabel", error.Message);
    }

    [Fact]
    public void TheReportFindsNothingWrong()
    {
        var report = FidelityReport.Measure(Media(4).Build());
        Assert.True(report.IsClean, report.ToJson());
    }

    [Fact]
    public void AJoinEntityWithoutAForeignKeyToOneSideIsRefusedNamingIt()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new StoreFaker(1).DataSet().Build());
        Assert.Contains("Shelf.Crates ↔ Crate.Shelves through ShelfCrate: ShelfCrate has no foreign key to Crate (CrateId).", error.Message);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(9UL)]
    public void AJoinEntityConfiguredInAnEntityTypeConfigurationIsRead(ulong seed)
    {
        var data = new KitchenFaker(seed).DataSet().Count<Recipe>(60).Count<Ingredient>(10).Count<Chef>(40).Count<Kitchen>(5).Build();
        Assert.DoesNotContain(data.Entities, e => e is JoinRow);

        // Navigations named by strings (HasMany("Ingredients").WithMany(nameof(Ingredient.Recipes))).
        var uses = data.Set<RecipeIngredient>();
        var ingredients = data.Set<Ingredient>().ToDictionary(i => i.Id);
        Assert.Equal(uses.Count, uses.Select(u => (u.RecipeId, u.IngredientId)).Distinct().Count());
        Assert.All(data.Set<Recipe>(), r =>
        {
            Assert.InRange(r.Ingredients.Count, 1, 3);
            Assert.Equal(uses.Where(u => u.RecipeId == r.Id).Select(u => ingredients[u.IngredientId]), r.Ingredients);
            Assert.All(r.Ingredients, i => Assert.Contains(r, i.Recipes));
        });
        Assert.All(uses, u => Assert.InRange(u.Grams, 1, 500));

        // The join entity named by typeof (UsingEntity(typeof(ChefKitchen))).
        var shifts = data.Set<ChefKitchen>();
        Assert.NotEmpty(shifts);
        Assert.Equal(shifts.Count, data.Set<Chef>().Sum(c => c.Kitchens.Count));
        Assert.All(shifts, s => Assert.InRange(s.DaysAWeek, 1, 7));
    }
}
