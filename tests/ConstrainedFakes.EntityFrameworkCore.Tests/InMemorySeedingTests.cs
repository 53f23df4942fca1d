using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>
/// EF Core's own path on a provider that is neither SQLite nor PostgreSQL, nor relational: EF Core's in-memory one
/// (the row-by-row comparisons run in <see cref="SeedingTests"/> with <see cref="Provider.InMemory"/>).
/// </summary>
public class InMemorySeedingTests
{
    private static DataSets.DataSetBuilder Library() => new LibraryFaker(7).DataSet().Count<Author>(100).Count<Shelf>(10);

    [Fact]
    public async Task Keys_foreign_keys_and_navigations_land_as_generated()
    {
        var data = Library().Build();
        await using var database = await TestDatabase.CreateAsync(Provider.InMemory);
        await using (var context = database.NewContext()) await context.SeedAsync(data);

        await using (var context = database.NewContext())
        {
            var books = await context.Books.AsNoTracking().Include(b => b.Author).Include(b => b.Reviews).Include(b => b.Shelves).OrderBy(b => b.Id).ToListAsync();
            Assert.Equal(data.Set<Book>().Select(b => b.Id), books.Select(b => b.Id));
            var generated = data.Set<Book>().ToDictionary(b => b.Id);
            Assert.All(books, book =>
            {
                var expected = generated[book.Id];
                Assert.Equal(expected.AuthorId, book.Author.Id);
                Assert.Equal(expected.Author.Name, book.Author.Name);
                Assert.Equal(expected.Reviews.Select(r => r.Id).Order(), book.Reviews.Select(r => r.Id).Order());
                Assert.Equal(expected.Shelves.Select(s => s.Id).Order(), book.Shelves.Select(s => s.Id).Order());
            });
            Assert.Equal(data.Set<Author>().Select(a => a.Address.City), await context.Authors.OrderBy(a => a.Id).Select(a => a.Address.City).ToListAsync());
        }
    }

    [Fact]
    public async Task New_rows_get_keys_after_the_seeded_ones()
    {
        var data = Library().Build();
        await using var database = await TestDatabase.CreateAsync(Provider.InMemory);
        await using (var context = database.NewContext()) await context.SeedAsync(data);

        await using (var context = database.NewContext())
        {
            var shelf = new Shelf { Label = "Added later" };
            context.Shelves.Add(shelf);
            await context.SaveChangesAsync();
            Assert.Equal(data.Set<Shelf>().Max(s => s.Id) + 1, shelf.Id);
        }
    }

    [Fact]
    public async Task A_failure_says_that_the_batches_before_it_stay_written()
    {
        var data = Library().Build();
        // Two reviews with one key, in different batches: the in-memory store refuses the second when it is saved.
        var reviews = data.Set<Review>();
        reviews[^1].Id = reviews[0].Id;
        await using var database = await TestDatabase.CreateAsync(Provider.InMemory);

        await using (var context = database.NewContext())
        {
            var failure = await Assert.ThrowsAsync<SeedException>(() => context.SeedAsync(data, options: new SeedOptions { BatchSize = 50 }));
            Assert.Equal("Review", failure.Table);
            Assert.Contains("The provider has no transactions: the batches written before the failure stay written.", failure.Message);
        }
        await using (var context = database.NewContext())
        {
            Assert.Equal(data.Set<Author>().Count, await context.Authors.CountAsync());
            Assert.True(await context.Reviews.CountAsync() >= 50);
        }
    }
}
