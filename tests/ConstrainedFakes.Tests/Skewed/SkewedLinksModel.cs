using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Skewed;

// [Popularity] beyond a child's reference: listeners draw their tracks by Zipf's law (a many-to-many's skip
// navigation), readers their books and shoppers their brands (through join entities, on the skip navigation and on
// the join entity's reference), and recording sessions, made per band, pick their studio by a collection with no
// reference back. The [Popularity(2.0)]s on the side of the many-to-many that does not draw and on the collection that
// makes the sessions are ignored (the analyzer says so, CF0008): the slopes stay those of the exponents that are followed.

public class Listener
{
    public int Id { get; set; }

    [Count(1, 4), Popularity(1.0)]
    public List<Track> Tracks { get; } = [];
}

public class Track
{
    public int Id { get; set; }

    [MaxLength(40)]
    public string Title { get; set; } = "";

    [Popularity(2.0)]
    public List<Listener> Listeners { get; } = [];
}

public class Band
{
    public int Id { get; set; }

    [Count(1, 3), Popularity(2.0)]
    public List<Session> Sessions { get; } = [];
}

public class Studio
{
    public int Id { get; set; }

    [Popularity(1.0)]
    public List<Session> Sessions { get; } = [];
}

public class Session
{
    public int Id { get; set; }

    public int BandId { get; set; }

    public int StudioId { get; set; }
}

public class Reader
{
    public int Id { get; set; }

    [Count(1, 4), Popularity(1.2)]
    public List<Book> Books { get; } = [];
}

public class Book
{
    public int Id { get; set; }

    public List<Reader> Readers { get; } = [];
}

[PrimaryKey(nameof(ReaderId), nameof(BookId))]
public class Loan
{
    public int ReaderId { get; set; }

    public int BookId { get; set; }

    [Range(1, 30)]
    public int Days { get; set; }
}

public class Shopper
{
    public int Id { get; set; }

    [Count(1, 4)]
    public List<Brand> Brands { get; } = [];
}

public class Brand
{
    public int Id { get; set; }

    public List<Shopper> Shoppers { get; } = [];
}

[PrimaryKey(nameof(ShopperId), nameof(BrandId))]
public class Preference
{
    public int ShopperId { get; set; }

    public Shopper Shopper { get; set; } = null!;

    public int BrandId { get; set; }

    [Popularity(1.2)]
    public Brand Brand { get; set; } = null!;
}

public class SkewedContext(DbContextOptions<SkewedContext> options) : DbContext(options)
{
    public DbSet<Listener> Listeners => Set<Listener>();

    public DbSet<Band> Bands => Set<Band>();

    public DbSet<Studio> Studios => Set<Studio>();

    public DbSet<Reader> Readers => Set<Reader>();

    public DbSet<Shopper> Shoppers => Set<Shopper>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Reader>().HasMany(r => r.Books).WithMany(b => b.Readers).UsingEntity<Loan>();
        modelBuilder.Entity<Shopper>().HasMany(s => s.Brands).WithMany(b => b.Shoppers).UsingEntity<Preference>();
    }
}

[ConstrainedFaker(typeof(SkewedContext))]
public partial class SkewedFaker;

// Popularity that cannot be followed: exponents out of range on a many-to-many's drawing side and on a collection
// that picks.

public class Crowd
{
    public int Id { get; set; }

    [Count(1, 2), Popularity(-1)]
    public List<Venue> Venues { get; } = [];

    [Count(1, 1)]
    public List<Gig> Gigs { get; } = [];
}

public class Venue
{
    public int Id { get; set; }

    public List<Crowd> Crowds { get; } = [];

    [Popularity(double.NaN)]
    public List<Gig> Gigs { get; } = [];
}

public class Gig
{
    public int Id { get; set; }

    public int CrowdId { get; set; }

    public int VenueId { get; set; }
}

[ConstrainedFaker(typeof(Crowd))]
public partial class MisskewedFaker;
