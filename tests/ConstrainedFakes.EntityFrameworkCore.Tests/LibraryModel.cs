using System.ComponentModel.DataAnnotations;
using ConstrainedFakes;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>A small model with two levels of foreign keys, dates, decimals, enums and strings: what the seeding has to carry.</summary>
public class Author
{
    public int Id { get; set; }

    [Required, MinLength(2), MaxLength(60)]
    public string Name { get; set; } = "";

    [Required, AllowedValues("PT", "DE", "FR")]
    public string Country { get; set; } = "";

    [Range(typeof(DateTime), "1990-01-01", "2020-12-31")]
    public DateTime JoinedAt { get; set; }

    [Count(0, 4, Mean = 2)]
    public ICollection<Book> Books { get; } = new List<Book>();

    /// <summary>An owned type: columns of the Authors table (Address_City, Address_Floor), no table of its own.</summary>
    public Postal Address { get; set; } = null!;
}

[Owned]
public class Postal
{
    [Required, MaxLength(40)]
    public string City { get; set; } = "";

    [Range(0, 30)]
    public int Floor { get; set; }
}

public enum Genre { Novel, Poetry, Essay }

public class Book
{
    public int Id { get; set; }

    public int AuthorId { get; set; }

    public Author Author { get; set; } = null!;

    [Required, MaxLength(120)]
    public string Title { get; set; } = "";

    public Genre Genre { get; set; }

    [Range(typeof(decimal), "1", "200"), Precision(8, 2)]
    public decimal Price { get; set; }

    [Range(typeof(DateTime), "2021-01-01", "2025-12-31")]
    public DateTime PublishedAt { get; set; }

    [Count(0, 3, Mean = 1)]
    public ICollection<Review> Reviews { get; } = new List<Review>();

    /// <summary>A many-to-many with no join class: EF Core makes the BookShelf table, seeding fills it.</summary>
    [Count(0, 2)]
    public ICollection<Shelf> Shelves { get; } = new List<Shelf>();
}

public class Shelf
{
    public int Id { get; set; }

    [Required, MaxLength(40)]
    public string Label { get; set; } = "";

    public ICollection<Book> Books { get; } = new List<Book>();
}

public class Review
{
    public long Id { get; set; }

    public int BookId { get; set; }

    public Book Book { get; set; } = null!;

    [Range(1, 5)]
    public int Stars { get; set; }

    [MaxLength(200), Nulls(0.5)]
    public string? Text { get; set; }
}

public class LibraryContext(DbContextOptions<LibraryContext> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();

    public DbSet<Book> Books => Set<Book>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<Shelf> Shelves => Set<Shelf>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyConstrainedFakesCheckConstraints();
}

[ConstrainedFaker(typeof(LibraryContext))]
public partial class LibraryFaker;

/// <summary>The library with its many-to-many's join table named by a string: still no class (a property bag), so still JoinRows.</summary>
public class NamedShelvesContext(DbContextOptions<NamedShelvesContext> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();

    public DbSet<Shelf> Shelves => Set<Shelf>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.Entity<Book>().HasMany(b => b.Shelves).WithMany(s => s.Books).UsingEntity("ShelvedBook");
}

[ConstrainedFaker(typeof(NamedShelvesContext))]
public partial class NamedShelvesFaker;
