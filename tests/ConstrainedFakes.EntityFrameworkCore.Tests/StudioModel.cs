using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using ConstrainedFakes;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>
/// Composite foreign keys to keys an artist generates from its row: a studio's lead, one of all the artists (closing a
/// cycle, since each artist belongs to a studio), and an artist's mentor, an earlier artist of the same table.
/// </summary>
public class Studio
{
    public int Id { get; set; }

    public string? LeadRegion { get; set; }

    public int? LeadNumber { get; set; }

    [ForeignKey("LeadRegion, LeadNumber"), Nulls(0.25)]
    public Artist? Lead { get; set; }

    [Count(1, 4)]
    public List<Artist> Artists { get; } = [];
}

[PrimaryKey(nameof(Region), nameof(Number))]
public class Artist
{
    [MaxLength(20)]
    public string Region { get; set; } = "";

    public int Number { get; set; }

    public int StudioId { get; set; }

    public Studio Studio { get; set; } = null!;

    public string? MentorRegion { get; set; }

    public int? MentorNumber { get; set; }

    [ForeignKey("MentorRegion, MentorNumber"), Nulls(0.3)]
    public Artist? Mentor { get; set; }
}

public class StudioContext(DbContextOptions<StudioContext> options) : DbContext(options)
{
    public DbSet<Studio> Studios => Set<Studio>();

    public DbSet<Artist> Artists => Set<Artist>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Studio>().HasOne(s => s.Lead).WithMany().HasForeignKey(s => new { s.LeadRegion, s.LeadNumber });
        modelBuilder.Entity<Artist>().HasOne(a => a.Studio).WithMany(s => s.Artists).HasForeignKey(a => a.StudioId);
        modelBuilder.Entity<Artist>().HasOne(a => a.Mentor).WithMany().HasForeignKey(a => new { a.MentorRegion, a.MentorNumber });
    }
}

[ConstrainedFaker(typeof(StudioContext))]
public partial class StudioFaker;
