using System.ComponentModel.DataAnnotations;
using ConstrainedFakes;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

public enum Tier { Standard, Silver, Gold }

public enum Region { EU, US }

/// <summary>Order relations over every kind of member and linear invariants with disjunctions: what the CHECK constraints have to state.</summary>
[Invariant("Discount <= 0.3m * Price")]
[Invariant("Tier == Tier.Gold || Rate <= 0.15m")]
[Invariant("Adults + Children <= 8")]
[Invariant("End - Start <= TimeSpan.FromDays(30) && End >= Start.AddHours(12)")]
[Invariant("!Secured || Price >= 50")]
[Invariant("Region != Region.US || Currency == \"USD\"")]
[Invariant("Deposit <= Price / 4 + 20")]
[Invariant("Start >= new DateTime(2024, 1, 1) && LastNight <= new DateOnly(2025, 1, 30)")]
public class Booking
{
    public int Id { get; set; }

    [Range(typeof(DateTime), "2024-01-01", "2024-12-31")]
    public DateTime Start { get; set; }

    [GreaterThan(nameof(Start))]
    public DateTime End { get; set; }

    [Nulls(0.3), GreaterThanOrEqual(nameof(End))]
    public DateTime? ClosedAt { get; set; }

    [Range(typeof(DateOnly), "2024-01-01", "2024-12-31")]
    public DateOnly FirstNight { get; set; }

    [GreaterThanOrEqual(nameof(FirstNight))]
    public DateOnly LastNight { get; set; }

    public TimeOnly CheckIn { get; set; }

    [LessThan(nameof(CheckIn))]
    public TimeOnly CheckOut { get; set; }

    [Range(10, 500), Precision(8, 2)]
    public decimal Price { get; set; }

    [Nulls(0.4), Range(0, 200), Precision(8, 2)]
    public decimal? Discount { get; set; }

    [Range(0, 300), Precision(8, 2), LessThan(nameof(Price))]
    public decimal Deposit { get; set; }

    public Tier Tier { get; set; }

    [Range(0, 1), Precision(5, 3)]
    public decimal Rate { get; set; }

    [Range(1, 6)]
    public int Adults { get; set; }

    [Range(0, 6), LessThanOrEqual(nameof(Adults))]
    public int Children { get; set; }

    public DateTimeOffset BookedAt { get; set; }

    [Nulls(0.5), GreaterThan(nameof(BookedAt))]
    public DateTimeOffset? CancelledAt { get; set; }

    public TimeSpan MinStay { get; set; }

    [GreaterThanOrEqual(nameof(MinStay))]
    public TimeSpan MaxStay { get; set; }

    public bool Secured { get; set; }

    public Region Region { get; set; }

    [Required, AllowedValues("USD", "EUR")]
    public string Currency { get; set; } = "";

    [Count(0, 3)]
    public ICollection<Stay> Stays { get; } = new List<Stay>();
}

/// <summary>Relations through a navigation: another table, so no CHECK.</summary>
[Invariant("At <= Booking.End")]
public class Stay
{
    public int Id { get; set; }

    public int BookingId { get; set; }

    public Booking Booking { get; set; } = null!;

    [GreaterThanOrEqual("Booking.Start")]
    public DateTime At { get; set; }
}

/// <summary>The booking model with its CHECK constraints.</summary>
public class BookingContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<Stay> Stays => Set<Stay>();

    protected virtual bool WithChecks => true;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Stored by name: the checks compare through the value converter.
        modelBuilder.Entity<Booking>().Property(b => b.Region).HasConversion<string>().HasMaxLength(8);
        if (WithChecks) modelBuilder.ApplyConstrainedFakesCheckConstraints();
    }
}

/// <summary>The same tables without CHECK constraints, to hold rows that break them and ask the database which do.</summary>
public class UncheckedBookingContext(DbContextOptions options) : BookingContext(options)
{
    protected override bool WithChecks => false;
}

[ConstrainedFaker(typeof(BookingContext))]
public partial class BookingFaker;
