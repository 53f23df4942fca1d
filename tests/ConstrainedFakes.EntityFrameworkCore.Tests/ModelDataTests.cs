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
        // The implicit join table's rows, read back as the links they are on both sides.
        var links = Library.Set<Book>().SelectMany(b => b.Shelves.Select(s => (Book: b.Id, Shelf: s.Id))).Order().ToList();
        Assert.NotEmpty(links);
        var stored = check.Set<Dictionary<string, object>>("BookShelf").AsEnumerable().Select(l => ((int)l["BooksId"], (int)l["ShelvesId"])).Order().ToList();
        Assert.Equal(links, stored);
    }

    [Fact]
    public void Join_model_data_uses_the_foreign_key_names_EF_Core_chose()
    {
        using var context = new LibraryContext(new DbContextOptionsBuilder<LibraryContext>().UseSqlite("Data Source=:memory:").Options);
        var join = context.Model.FindEntityType(typeof(Book))!.FindSkipNavigation(nameof(Book.Shelves))!.JoinEntityType;
        var bags = Library.AsModelData(join);
        var links = Library.Set<Book>().SelectMany(b => b.Shelves.Select(s => (Book: b.Id, Shelf: s.Id))).Order().ToList();
        Assert.Equal(links, bags.Select(b => ((int)b["BooksId"], (int)b["ShelvesId"])).Order().ToList());
        Assert.All(bags, b => Assert.Equal(2, b.Count));
        Assert.Throws<ArgumentException>(() => Library.AsModelData(context.Model.FindEntityType(typeof(Book))!));
    }

    [Fact]
    public void An_explicit_join_entity_takes_its_model_data_like_any_entity()
    {
        var blog = new PostTagFaker(3).DataSet().Count<Post>(30).Count<Tag>(6).Build();
        using var connection = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
        connection.Open();
        var options = new DbContextOptionsBuilder<PostTagContext>().UseSqlite(connection).Options;
        using (var context = new SeededBlog(options, blog)) context.Database.EnsureCreated();
        using var check = new PostTagContext(options);
        Assert.Equal(blog.Set<PostTag>().Select(l => (l.PostId, l.TagId, l.TaggedOn)).Order(), check.Set<PostTag>().AsEnumerable().Select(l => (l.PostId, l.TagId, l.TaggedOn)).Order());
        var tags = check.Posts.Include(p => p.Tags).AsEnumerable().ToDictionary(p => p.Id, p => p.Tags.Select(t => t.Id).Order().ToList());
        Assert.All(blog.Set<Post>(), p => Assert.Equal(p.Tags.Select(t => t.Id).Order(), tags[p.Id]));
    }

    private sealed class SeededBlog(DbContextOptions<PostTagContext> options, DataSets.DataSet blog) : PostTagContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);
            modelBuilder.Entity<Post>().HasData(blog.AsModelData<Post>());
            modelBuilder.Entity<Tag>().HasData(blog.AsModelData<Tag>());
            modelBuilder.Entity<PostTag>().HasData(blog.AsModelData<PostTag>());
        }
    }

    [Fact]
    public void Owned_objects_take_their_model_data_through_OwnsOne_and_OwnsMany()
    {
        using var connection = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
        connection.Open();
        using (var context = new SeededCourier(new DbContextOptionsBuilder<CourierContext>().UseSqlite(connection).Options)) context.Database.EnsureCreated();
        using var check = new CourierContext(new DbContextOptionsBuilder<CourierContext>().UseSqlite(connection).Options);
        var read = check.Deliveries.AsNoTracking().OrderBy(d => d.Id).ToList();
        var deliveries = Couriers.Set<Delivery>();
        Assert.Equal(deliveries.Select(OwnedSeedingTests.Describe), read.Select(OwnedSeedingTests.Describe));
        // Every kind is there: optional owned objects set and not, and collections with elements.
        Assert.Contains(read, d => d.DropOff is null);
        Assert.Contains(read, d => d.DropOff is not null);
        Assert.True(read.Sum(d => d.Items.Count) > 20);

        using var model = new CourierContext(new DbContextOptionsBuilder<CourierContext>().UseSqlite("Data Source=:memory:").Options);
        var delivery = model.Model.FindEntityType(typeof(Delivery))!;
        Assert.Throws<ArgumentException>(() => Couriers.AsOwnedModelData(delivery));
        // An element's key is its owner's key and its place among the owner's elements.
        var items = Couriers.AsOwnedModelData(delivery.FindNavigation(nameof(Delivery.Items))!.TargetEntityType);
        var first = deliveries.First(d => d.Items.Count >= 2);
        Assert.Equal([(first.Id, 1), (first.Id, 2)], items.Select(i => ((int)Value(i, "DeliveryId")!, (int)Value(i, "Id")!)).Where(k => k.Item1 == first.Id).Take(2));
    }

    private static object? Value(object seed, string property) => seed.GetType().GetProperty(property)!.GetValue(seed);

    private static readonly DataSets.DataSet Couriers = new CourierFaker(8).DataSet().Count<Delivery>(30).Build();

    private sealed class SeededCourier(DbContextOptions<CourierContext> options) : CourierContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);
            var deliveries = modelBuilder.Entity<Delivery>();
            deliveries.HasData(Couriers.AsModelData<Delivery>());
            // Every owned type, at every depth, takes its own model data, keyed by its owner's.
            deliveries.OwnsOne(d => d.Pickup, site => Owned(site, s => s.OwnsOne(x => x.Spot, Owned)));
            deliveries.OwnsOne(d => d.DropOff, site => Owned(site, s => s.OwnsOne(x => x.Spot, Owned)));
            deliveries.OwnsMany(d => d.Items, item => Owned(item, i => i.OwnsOne(x => x.Shelf, Owned)));
        }

        private static void Owned<TOwner, TOwned>(Microsoft.EntityFrameworkCore.Metadata.Builders.OwnedNavigationBuilder<TOwner, TOwned> owned)
            where TOwner : class where TOwned : class
            => owned.HasData(Couriers.AsOwnedModelData(owned.OwnedEntityType));

        private static void Owned<TOwner, TOwned>(Microsoft.EntityFrameworkCore.Metadata.Builders.OwnedNavigationBuilder<TOwner, TOwned> owned,
            Action<Microsoft.EntityFrameworkCore.Metadata.Builders.OwnedNavigationBuilder<TOwner, TOwned>> inner)
            where TOwner : class where TOwned : class
        {
            Owned(owned);
            inner(owned);
        }
    }

    private sealed class SeededLibrary(DbContextOptions<LibraryContext> options) : LibraryContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);
            modelBuilder.Entity<Author>().HasData(Library.AsModelData<Author>());
            // Owned types take their model data through OwnsOne, keyed by the owner's key (AsModelData leaves them out).
            modelBuilder.Entity<Author>().OwnsOne(a => a.Address, address => address.HasData(Library.AsOwnedModelData(address.OwnedEntityType)));
            modelBuilder.Entity<Book>().HasData(Library.AsModelData<Book>());
            modelBuilder.Entity<Review>().HasData(Library.AsModelData<Review>());
            modelBuilder.Entity<Shelf>().HasData(Library.AsModelData<Shelf>());
            // The implicit join table's rows are property bags keyed by EF Core's names for its foreign keys.
            modelBuilder.Entity<Book>().HasMany(b => b.Shelves).WithMany(s => s.Books).UsingEntity(j => j.HasData(Library.AsModelData(j.Metadata)));
        }
    }
}
