using System.ComponentModel.DataAnnotations;
using ConstrainedFakes;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>
/// Owned types inside owned types, with invariants and computed members of their own, held twice (required and
/// optional) by one owner: every column is in the Deliveries table, as EF Core maps them; and a collection of an
/// owned type, in a table of its own.
/// </summary>
[Invariant("Fee >= Pickup.Floor")]
public class Delivery
{
    public int Id { get; set; }

    [Range(0, 100), GreaterThanOrEqual("DropOff.Spot.North")]
    public int Fee { get; set; }

    public Site Pickup { get; set; } = null!;

    [Nulls(0.5)]
    public Site? DropOff { get; set; }

    /// <summary>A collection of an owned type: EF Core maps it with OwnsMany, to a table of its own keyed by the delivery.</summary>
    [Count(0, 3)]
    public List<Item> Items { get; set; } = new();
}

[Owned]
[Invariant("Weight <= MaxWeight")]
public class Item
{
    [Required, MaxLength(30)]
    public string Label { get; set; } = "";

    [Range(1, 50)]
    public int Weight { get; set; }

    [Range(1, 50)]
    public int MaxWeight { get; set; }

    public Spot Shelf { get; set; } = null!;
}

[Owned]
[Invariant("Floor <= Floors")]
public class Site
{
    [Required, MaxLength(40)]
    public string Street { get; set; } = "";

    [Range(1, 30)]
    public int Floors { get; set; }

    [Range(0, 30)]
    public int Floor { get; set; }

    [Computed("Floors * 2")]
    public int Stairs { get; set; }

    public Spot Spot { get; set; } = null!;
}

[Owned]
[Invariant("North <= East")]
public class Spot
{
    [Range(0, 50)]
    public int North { get; set; }

    [Range(0, 50)]
    public int East { get; set; }
}

public class CourierContext(DbContextOptions<CourierContext> options) : DbContext(options)
{
    public DbSet<Delivery> Deliveries => Set<Delivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyConstrainedFakesCheckConstraints();
}

[ConstrainedFaker(typeof(CourierContext))]
public partial class CourierFaker;
