using System.ComponentModel.DataAnnotations;
using ConstrainedFakes;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>
/// EF Core's own example of a many-to-many through an explicit join entity: <c>PostTag</c> has no key of its own
/// and no navigations, only the two foreign keys (EF Core keys it by them) and a column of its own.
/// </summary>
public class Post
{
    public int Id { get; set; }

    [Required, MaxLength(60)]
    public string Title { get; set; } = "";

    [Count(0, 3)]
    public List<Tag> Tags { get; } = [];
}

public class Tag
{
    public int Id { get; set; }

    [Required, MaxLength(20)]
    public string Name { get; set; } = "";

    public List<Post> Posts { get; } = [];
}

public class PostTag
{
    public int PostId { get; set; }

    public int TagId { get; set; }

    [Range(typeof(DateTime), "2024-01-01", "2024-12-31")]
    public DateTime TaggedOn { get; set; }
}

public class PostTagContext(DbContextOptions<PostTagContext> options) : DbContext(options)
{
    public DbSet<Post> Posts => Set<Post>();

    public DbSet<Tag> Tags => Set<Tag>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.Entity<Post>().HasMany(p => p.Tags).WithMany(t => t.Posts).UsingEntity<PostTag>();
}

[ConstrainedFaker(typeof(PostTagContext))]
public partial class PostTagFaker;
