using ConstrainedFakes.DataSets;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary><c>UseConstrainedFakesSeeding</c>: EF Core's <c>EnsureCreated</c> seeds an empty database once, and later runs leave it alone.</summary>
public class UseSeedingTests
{
    private static DataSetBuilder Library() => new LibraryFaker(11).DataSet().Count<Author>(120);

    [Theory, InlineData(Provider.Sqlite), PostgresData, InlineData(Provider.InMemory)]
    public async Task EnsureCreatedAsync_seeds_a_data_set_once(Provider provider)
    {
        var made = 0;
        await using var database = await TestDatabase.CreateAsync(provider);
        for (var run = 0; run < 2; run++)
        {
            await using var context = database.NewContext(options => options.UseConstrainedFakesSeeding(() =>
            {
                made++;
                return Library().Build();
            }));
            await context.Database.EnsureCreatedAsync();
        }

        // The second run found rows and did not even make the data.
        Assert.Equal(1, made);
        await using var check = database.NewContext();
        Assert.Equal(Library().Build().Set<Review>().Count, await check.Reviews.CountAsync());
        Assert.Equal(Library().Build().Set<Author>().Select(a => a.Name), await check.Authors.OrderBy(a => a.Id).Select(a => a.Name).ToListAsync());
    }

    [Theory, InlineData(Provider.Sqlite), PostgresData, InlineData(Provider.InMemory)]
    public async Task EnsureCreated_seeds_a_stream_once(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        for (var run = 0; run < 2; run++)
        {
            await using var context = database.NewContext(options => options.UseConstrainedFakesSeeding(() => Library().Stream()));
            // The synchronous path: EF Core calls UseSeeding's callback.
            context.Database.EnsureCreated();
        }

        await using var check = database.NewContext();
        Assert.Equal(Library().Build().Set<Book>().Count, await check.Books.CountAsync());
    }

    [Fact]
    public async Task Seeding_inside_an_open_transaction_rolls_back_to_its_savepoint_and_leaves_the_transaction_to_its_owner()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        // A rule only the database knows, which some review breaks after every author and book is written.
        await database.ExecuteAsync("CREATE UNIQUE INDEX \"OneReviewPerBook\" ON \"Reviews\" (\"BookId\")");
        await database.ExecuteAsync("CREATE TABLE \"Notes\" (\"Text\" TEXT NOT NULL)");
        await using var context = database.NewContext();
        await using var transaction = await context.Database.BeginTransactionAsync();
        await context.Database.ExecuteSqlRawAsync("INSERT INTO \"Notes\" VALUES ('the caller''s own work')");

        var failure = await Assert.ThrowsAsync<SeedException>(() => context.SeedAsync(Library().Build()));
        Assert.Equal("Reviews", failure.Table);
        Assert.Equal(0, await context.Authors.CountAsync());
        await transaction.CommitAsync();

        Assert.Equal(["the caller's own work"], await context.Database.SqlQueryRaw<string>("SELECT \"Text\" AS \"Value\" FROM \"Notes\"").ToListAsync());
        Assert.Equal(0, await context.Books.CountAsync());
    }
}
