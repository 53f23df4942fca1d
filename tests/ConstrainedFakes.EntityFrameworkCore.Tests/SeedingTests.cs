using System.Globalization;
using ConstrainedFakes.DataSets;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>Seeding into real databases: SQLite in memory with foreign keys on, and PostgreSQL when a server is given.</summary>
public class SeedingTests
{
    private const int Authors = 300;

    private static DataSetBuilder Library(ulong seed = 7) => new LibraryFaker(seed).DataSet().Count<Author>(Authors).Count<Shelf>(20);

    [Theory, InlineData(Provider.Sqlite), PostgresData, InlineData(Provider.InMemory)]
    public async Task Every_generated_row_lands_with_its_values(Provider provider)
    {
        var data = Library().Build();
        Assert.True(data.Set<Review>().Count > 0);
        Assert.Contains(data.Entities, e => e is JoinRow);
        await using var database = await TestDatabase.CreateAsync(provider);
        var reports = new List<SeedProgress>();

        await using (var context = database.NewContext())
        {
            // Small batches, so a table spans several and the progress is reported between them.
            var seeded = await context.SeedAsync(data, new Collect(reports), new SeedOptions { BatchSize = 97 });
            Assert.Equal([typeof(Author), typeof(Book), typeof(Review), typeof(Shelf), typeof(JoinRow)], seeded.Select(s => s.EntityType));
            Assert.Equal("BookShelf", seeded[^1].Table);
            Assert.Equal(data.Count, seeded.Sum(s => s.Rows));
        }

        Assert.Equal(Snapshot(data.Entities), await ReadBackAsync(database));
        Assert.Equal(data.Set<Review>().Count, reports.Last(r => r.EntityType == typeof(Review)).Rows);
        Assert.All(reports, r => Assert.Equal(data.Entities.LongCount(e => e.GetType() == r.EntityType), r.Total));
        Assert.Equal(data.Set<Book>().Sum(b => b.Shelves.Count), reports.Last(r => r.Table == "BookShelf").Rows);
        Assert.All(reports.GroupBy(r => r.Table), table => Assert.True(table.Select(r => r.Rows).SequenceEqual(table.Select(r => r.Rows).Order())));
    }

    [Theory, InlineData(Provider.Sqlite), PostgresData, InlineData(Provider.InMemory)]
    public async Task Change_tracker_path_writes_the_same_rows_as_the_bulk_path(Provider provider)
    {
        var data = Library().Build();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.NewContext())
        {
            await context.SeedAsync(data, options: new SeedOptions { BulkCopy = false, BatchSize = 200 });
        }
        Assert.Equal(Snapshot(data.Entities), await ReadBackAsync(database));
    }

    [Theory, InlineData(Provider.Sqlite), PostgresData, InlineData(Provider.InMemory)]
    public async Task A_stream_seeds_exactly_the_rows_of_the_data_set(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.NewContext())
        {
            var seeded = await context.SeedAsync(Library().Stream(), options: new SeedOptions { BatchSize = 64 });
            Assert.All(seeded, s => Assert.Equal(s.Rows, s.Total));
        }
        Assert.Equal(Snapshot(Library().Build().Entities), await ReadBackAsync(database));
    }

    [Theory, InlineData(Provider.Sqlite), PostgresData, InlineData(Provider.InMemory)]
    public async Task A_second_seed_is_refused_and_duplicates_nothing(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = Library().Build();
        await using (var context = database.NewContext()) await context.SeedAsync(first);

        await using (var context = database.NewContext())
        {
            var refused = await Assert.ThrowsAsync<SeedException>(() => context.SeedAsync(Library(seed: 8).Build()));
            // The in-memory provider has no tables: EF Core's default name is the entity type's.
            Assert.Equal(provider == Provider.InMemory ? "Author" : "Authors", refused.Table);
            Assert.Contains($"already holds {Authors} rows", refused.Message);
        }
        Assert.Equal(Snapshot(first.Entities), await ReadBackAsync(database));
    }

    [Theory, InlineData(Provider.Sqlite), PostgresData]
    public async Task A_row_the_database_refuses_rolls_everything_back_and_is_named(Provider provider)
    {
        var data = Library().Build();
        // A rule only the database knows: one review per book. Some book has two, so its second review fails.
        var twice = data.Set<Review>().GroupBy(r => r.BookId).First(g => g.Count() > 1).ElementAt(1);
        var position = data.Set<Review>().ToList().IndexOf(twice);
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.ExecuteAsync("CREATE UNIQUE INDEX \"OneReviewPerBook\" ON \"Reviews\" (\"BookId\")");

        await using (var context = database.NewContext())
        {
            var failure = await Assert.ThrowsAsync<SeedException>(() => context.SeedAsync(data, options: new SeedOptions { BatchSize = 50 }));
            Assert.Equal("Reviews", failure.Table);
            Assert.Equal($"#{position} (Id = {twice.Id})", failure.Row);
            Assert.NotNull(failure.InnerException);
            Assert.Contains("rolled back", failure.Message);
        }
        Assert.Empty(await ReadBackAsync(database));
    }

    [Theory, InlineData(Provider.Sqlite), PostgresData]
    public async Task A_link_the_database_refuses_is_named_by_its_two_keys(Provider provider)
    {
        var data = Library().Build();
        // A rule only the database knows: one book per shelf. Some shelf holds two, so its second link fails.
        var links = data.Entities.OfType<JoinRow>().ToList();
        var second = links.Where((l, i) => links.Take(i).Any(earlier => Equals(earlier.TargetKey, l.TargetKey))).First();
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.ExecuteAsync("CREATE UNIQUE INDEX \"OneBookPerShelf\" ON \"BookShelf\" (\"ShelvesId\")");

        await using (var context = database.NewContext())
        {
            var failure = await Assert.ThrowsAsync<SeedException>(() => context.SeedAsync(data, options: new SeedOptions { BatchSize = 50 }));
            Assert.Equal("BookShelf", failure.Table);
            Assert.Equal($"#{links.IndexOf(second)} (BooksId = {second.Key}, ShelvesId = {second.TargetKey})", failure.Row);
        }
        Assert.Empty(await ReadBackAsync(database));
    }

    [Theory, InlineData(Provider.Sqlite), PostgresData]
    public async Task A_join_table_named_by_a_string_is_written_from_the_links(Provider provider)
    {
        var data = new NamedShelvesFaker(3).DataSet().Count<Author>(40).Count<Shelf>(8).Build();
        var links = data.Entities.OfType<JoinRow>().ToList();
        Assert.NotEmpty(links);
        static NamedShelvesContext Open(TestDatabase database) => database.NewContext<NamedShelvesContext>(options => new NamedShelvesContext(options));
        await using var database = await TestDatabase.CreateAsync(provider, Open);
        await using (var context = Open(database))
        {
            var seeded = Assert.Single(await context.SeedAsync(data), s => s.EntityType == typeof(JoinRow));
            Assert.Equal(("ShelvedBook", links.Count), (seeded.Table, seeded.Rows));
        }
        await using (var context = Open(database))
        {
            var shelved = await context.Set<Dictionary<string, object>>("ShelvedBook").CountAsync();
            Assert.Equal(links.Count, shelved);
            Assert.Equal(links.Count, await context.Set<Book>().SumAsync(b => b.Shelves.Count));
        }
    }

    [Fact]
    public async Task Seed_is_the_synchronous_SeedAsync()
    {
        var data = Library().Build();
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        await using (var context = database.NewContext())
        {
            var seeded = context.Seed(Library().Stream());
            Assert.Equal(data.Count, seeded.Sum(s => s.Rows));
        }
        Assert.Equal(Snapshot(data.Entities), await ReadBackAsync(database));
    }

    [Theory, PostgresData]
    public async Task PostgreSQL_identity_sequences_continue_after_the_seeded_keys(Provider provider)
    {
        var data = Library().Build();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.NewContext()) await context.SeedAsync(data);

        await using (var context = database.NewContext())
        {
            var added = new Author { Name = "Added later", Country = "PT", JoinedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), Address = new Postal { City = "Porto", Floor = 1 } };
            context.Authors.Add(added);
            await context.SaveChangesAsync();
            Assert.Equal(data.Set<Author>().Max(a => a.Id) + 1, added.Id);
        }
    }

    [Fact]
    public void Generated_dates_are_UTC_as_Npgsql_requires_for_timestamp_with_time_zone()
    {
        var data = Library().Build();
        Assert.All(data.Set<Author>(), a => Assert.Equal(DateTimeKind.Utc, a.JoinedAt.Kind));
        Assert.All(data.Set<Book>(), b => Assert.Equal(DateTimeKind.Utc, b.PublishedAt.Kind));
    }

    private static async Task<List<string>> ReadBackAsync(TestDatabase database)
    {
        await using var context = database.NewContext();
        var rows = new List<object>();
        rows.AddRange(await context.Authors.AsNoTracking().OrderBy(a => a.Id).ToListAsync());
        rows.AddRange(await context.Books.AsNoTracking().OrderBy(b => b.Id).ToListAsync());
        rows.AddRange(await context.Reviews.AsNoTracking().OrderBy(r => r.Id).ToListAsync());
        rows.AddRange(await context.Shelves.AsNoTracking().OrderBy(s => s.Id).ToListAsync());
        // EF Core's join table of Book.Shelves, read as its property bags: (BooksId, ShelvesId) in the order the links were made.
        var links = await context.Set<Dictionary<string, object>>("BookShelf").AsNoTracking().ToListAsync();
        var snapshot = Snapshot(rows);
        snapshot.AddRange(links.Select(l => $"Link {l["BooksId"]} {l["ShelvesId"]}").Order(StringComparer.Ordinal));
        return snapshot;
    }

    /// <summary>Every column of every row, dates as ticks (SQLite gives them back without a kind); the join table's links sorted.</summary>
    private static List<string> Snapshot(IEnumerable<object> rows)
    {
        var list = rows.ToList();
        return Columns(list.Where(r => r is not JoinRow))
            .Concat(list.OfType<JoinRow>().Select(l => $"Link {l.Key} {l.TargetKey}").Order(StringComparer.Ordinal))
            .ToList();
    }

    private static IEnumerable<string> Columns(IEnumerable<object> rows) => rows.Select(row => row switch
    {
        Author a => $"Author {a.Id} {a.Name} {a.Country} {a.JoinedAt.Ticks} {a.Address.City} {a.Address.Floor}",
        Book b => $"Book {b.Id} {b.AuthorId} {b.Title} {b.Genre} {b.Price.ToString("0.00", CultureInfo.InvariantCulture)} {b.PublishedAt.Ticks}",
        Review r => $"Review {r.Id} {r.BookId} {r.Stars} {r.Text ?? "(null)"}",
        Shelf s => $"Shelf {s.Id} {s.Label}",
        _ => throw new ArgumentException(row.GetType().Name),
    });

    /// <summary>Collects reports as they come, on the seeding's thread (Progress&lt;T&gt; would post them later).</summary>
    private sealed class Collect(List<SeedProgress> reports) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => reports.Add(value);
    }
}
