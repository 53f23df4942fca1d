using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary><c>AsModelData&lt;T&gt;()</c>: rows ready for <c>HasData</c>, which EF Core accepts and creates.</summary>
public class ModelDataTests
{
    private static readonly DataSets.DataSet Library = new LibraryFaker(5).DataSet().Count<Author>(20).Build();

    [Fact]
    public void Copies_keep_keys_and_foreign_keys_and_leave_navigations_empty()
    {
        var books = Library.AsModelData<Book>();
        var originals = Library.Set<Book>();
        Assert.Equal(originals.Count, books.Count);
        for (var i = 0; i < books.Count; i++)
        {
            Assert.NotSame(originals[i], books[i]);
            Assert.Equal((originals[i].Id, originals[i].AuthorId, originals[i].Title, originals[i].Price), (books[i].Id, books[i].AuthorId, books[i].Title, books[i].Price));
            Assert.Null(books[i].Author);
            Assert.Empty(books[i].Reviews);
            Assert.NotNull(originals[i].Author);
        }
    }

    [Fact]
    public void EnsureCreated_writes_the_model_data_of_HasData()
    {
        using var connection = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
        connection.Open();
        using (var context = new SeededLibrary(new DbContextOptionsBuilder<LibraryContext>().UseSqlite(connection).Options)) context.Database.EnsureCreated();
        using var check = new LibraryContext(new DbContextOptionsBuilder<LibraryContext>().UseSqlite(connection).Options);
        Assert.Equal(Library.Set<Review>().Count, check.Reviews.Count());
        Assert.Equal(Library.Set<Book>().Select(b => b.Title), check.Books.OrderBy(b => b.Id).Select(b => b.Title).ToList());
        Assert.Equal(Library.Set<Author>().Select(a => a.Address.City), check.Authors.OrderBy(a => a.Id).Select(a => a.Address.City).ToList());
    }

    private sealed class SeededLibrary(DbContextOptions<LibraryContext> options) : LibraryContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);
            modelBuilder.Entity<Author>().HasData(Library.AsModelData<Author>());
            // Owned types take their model data through OwnsOne, keyed by the owner's key (AsModelData leaves them out).
            modelBuilder.Entity<Author>().OwnsOne(a => a.Address).HasData(Library.Set<Author>().Select(a => new { AuthorId = a.Id, a.Address.City, a.Address.Floor }).ToArray());
            modelBuilder.Entity<Book>().HasData(Library.AsModelData<Book>());
            modelBuilder.Entity<Review>().HasData(Library.AsModelData<Review>());
        }
    }
}
