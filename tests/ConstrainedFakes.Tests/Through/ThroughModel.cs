using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Through;

// Many-to-manys through explicit join entities, configured only in OnModelCreating: one keyed by its two foreign
// keys with no navigations (EF Core's own example), one with a key of its own, navigations to both sides and a
// collection of it on the side that picks.

public class Article
{
    public int Id { get; set; }

    [MaxLength(80)]
    public string Title { get; set; } = "";

    [Count(1, 4)]
    public List<Label> Labels { get; } = [];
}

public class Label
{
    public int Id { get; set; }

    [MaxLength(20)]
    public string Name { get; set; } = "";

    public List<Article> Articles { get; } = [];
}

[PrimaryKey(nameof(ArticleId), nameof(LabelId))]
public class ArticleLabel
{
    public int ArticleId { get; set; }

    public int LabelId { get; set; }

    [Range(typeof(DateTime), "2024-01-01", "2024-12-31")]
    public DateTime LabelledAt { get; set; }

    [Range(1, 5)]
    public int Relevance { get; set; }
}

public class Playlist
{
    public int Id { get; set; }

    [Count(0, 5)]
    public List<Song> Songs { get; } = [];

    public List<PlaylistSong> Entries { get; } = [];
}

public class Song
{
    public int Id { get; set; }

    public List<Playlist> Playlists { get; } = [];
}

public class PlaylistSong
{
    public int Id { get; set; }

    public int PlaylistId { get; set; }

    public Playlist Playlist { get; set; } = null!;

    public int SongId { get; set; }

    public Song Song { get; set; } = null!;

    [Range(1, 999)]
    public int Position { get; set; }
}

public class MediaContext(DbContextOptions<MediaContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Label> Labels => Set<Label>();

    public DbSet<Playlist> Playlists => Set<Playlist>();

    public DbSet<Song> Songs => Set<Song>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Article>().HasMany(a => a.Labels).WithMany(l => l.Articles).UsingEntity<ArticleLabel>();
        // From the side without [Count]: the side with it still picks.
        modelBuilder.Entity<Song>().HasMany(s => s.Playlists).WithMany(p => p.Songs).UsingEntity<PlaylistSong>(
            r => r.HasOne(e => e.Playlist).WithMany(p => p.Entries).HasForeignKey(e => e.PlaylistId),
            l => l.HasOne(e => e.Song).WithMany().HasForeignKey(e => e.SongId));
    }
}

[ConstrainedFaker(typeof(MediaContext))]
public partial class MediaFaker;

// A join entity with no foreign key to one side: refused, naming it.

public class Shelf
{
    public int Id { get; set; }

    public List<Crate> Crates { get; } = [];
}

public class Crate
{
    public int Id { get; set; }

    public List<Shelf> Shelves { get; } = [];
}

public class ShelfCrate
{
    public int ShelfId { get; set; }

    public int Weight { get; set; }
}

public class StoreContext(DbContextOptions<StoreContext> options) : DbContext(options)
{
    public DbSet<Shelf> Shelves => Set<Shelf>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.Entity<Shelf>().HasMany(s => s.Crates).WithMany(c => c.Shelves).UsingEntity<ShelfCrate>();
}

[ConstrainedFaker(typeof(StoreContext))]
public partial class StoreFaker;
