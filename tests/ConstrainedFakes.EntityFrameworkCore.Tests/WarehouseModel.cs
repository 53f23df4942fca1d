using System.ComponentModel.DataAnnotations;
using ConstrainedFakes;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>
/// Collections of owned types inside owned objects: a yard (an owned reference, columns of Warehouses) with a
/// collection of docks, and a collection of aisles whose every element holds a collection of bins. EF Core maps each
/// collection with OwnsMany to a table of its own, keyed by its owner's key (the yard's warehouse, the bin's aisle).
/// </summary>
public class Warehouse
{
    public int Id { get; set; }

    public Yard Yard { get; set; } = null!;

    [Count(1, 3)]
    public List<Aisle> Aisles { get; set; } = new();
}

[Owned]
public class Yard
{
    [Range(1, 9)]
    public int Gates { get; set; }

    [Count(1, 3)]
    public List<Dock> Docks { get; set; } = new();
}

[Owned]
[Invariant("Width <= Length")]
public class Dock
{
    [Range(1, 20)]
    public int Width { get; set; }

    [Range(1, 20)]
    public int Length { get; set; }
}

[Owned]
public class Aisle
{
    [Required, MaxLength(20)]
    public string Code { get; set; } = "";

    [Count(0, 3)]
    public List<Bin> Bins { get; set; } = new();
}

[Owned]
[Invariant("Low <= High")]
public class Bin
{
    [Range(0, 50)]
    public int Low { get; set; }

    [Range(0, 50)]
    public int High { get; set; }

    [Unique, Range(1, 1_000_000)]
    public int Tag { get; set; }
}

public class WarehouseContext(DbContextOptions<WarehouseContext> options) : DbContext(options)
{
    public DbSet<Warehouse> Warehouses => Set<Warehouse>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // EF Core cannot tell by itself which of two owned types owns the other: a collection inside an owned object
        // is configured by hand, as EF Core asks.
        modelBuilder.Entity<Warehouse>().OwnsOne(w => w.Yard, yard => yard.OwnsMany(y => y.Docks));
        modelBuilder.Entity<Warehouse>().OwnsMany(w => w.Aisles, aisle => aisle.OwnsMany(a => a.Bins));
        modelBuilder.ApplyConstrainedFakesCheckConstraints();
    }
}

[ConstrainedFaker(typeof(WarehouseContext))]
public partial class WarehouseFaker;
