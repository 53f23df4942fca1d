using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Graph;

// Owned types inside owned types, with invariants and computed members of their own, and an owner whose
// constraints read its owned objects' members by path.

[ConstrainedFaker(typeof(Parcel))]
public partial class CourierFaker;

[Owned]
[Invariant("Latitude + Longitude <= 100")]
public class GeoPoint
{
    [Range(-90, 90)]
    public decimal Latitude { get; set; }

    [Range(-180, 180)]
    public decimal Longitude { get; set; }

    [Unique, Range(1, 1_000_000)]
    public int Code { get; set; }
}

public enum Use { Home, Office, Depot }

[Owned]
[Invariant("Floor <= Floors")]
[Invariant("Geo.Latitude >= 0")]
[Invariant("Use != Use.Depot || Floors <= 3")]
public class Premises
{
    [Range(1, 50)]
    public int Floors { get; set; }

    [Range(0, 60)]
    public int Floor { get; set; }

    [Range(1, 20)]
    public int Rooms { get; set; }

    [Computed("Floors * Rooms"), Range(1, 400)]
    public int TotalRooms { get; set; }

    public Use Use { get; set; }

    [Required, MaxLength(30)]
    public string Name { get; set; } = "";

    public GeoPoint Geo { get; set; } = null!;

    [Nulls(0.4)]
    public GeoPoint? Entrance { get; set; }
}

[Invariant("Fee >= Site.Floor + 2")]
public class Parcel
{
    public int Id { get; set; }

    public Premises Site { get; set; } = null!;

    [Nulls(0.5)]
    public Premises? Backup { get; set; }

    [Range(0, 100), GreaterThanOrEqual("Site.Rooms")]
    public int Fee { get; set; }
}
