using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Graph;

// Collections of owned types (EF Core OwnsMany): a counted list of stops, each with its own constraints, an
// invariant, a unique ticket, an owned point and a collection of legs inside; a get-only collection of the same type,
// uncounted; and collections inside owned references (a depot's bays, counted and get-only, in a depot always set and
// in one that may be null).

[ConstrainedFaker(typeof(Route))]
public partial class RouteFaker;

[Owned]
public class Waypoint
{
    [Range(-90, 90)]
    public decimal Latitude { get; set; }

    [Range(-180, 180)]
    public decimal Longitude { get; set; }
}

[Owned]
[Invariant("Arrive < Leave")]
[Invariant("Leave - Arrive <= 120")]
public class Stop
{
    [Required, MaxLength(40)]
    public string City { get; set; } = "";

    [Range(0, 1440)]
    public int Arrive { get; set; }

    [Range(0, 1440)]
    public int Leave { get; set; }

    [Unique, Range(1, 10_000_000)]
    public int Ticket { get; set; }

    public Waypoint Point { get; set; } = null!;

    [Count(0, 3)]
    public List<Leg> Legs { get; set; } = null!;
}

[Owned]
[Invariant("Minutes <= 90")]
public class Leg
{
    [Range(1, 120)]
    public int Minutes { get; set; }

    [Unique, Range(1, 1_000_000)]
    public int Code { get; set; }
}

[Owned]
public class Bay
{
    [Range(1, 40)]
    public int Number { get; set; }

    [Unique, Range(1, 1_000_000)]
    public int Tag { get; set; }
}

[Owned]
public class Depot
{
    [Required, MaxLength(30)]
    public string Name { get; set; } = "";

    [Count(1, 3)]
    public List<Bay> Bays { get; set; } = null!;

    public ICollection<Bay> Spares { get; } = new List<Bay>();
}

public class Route
{
    public int Id { get; set; }

    [Range(0, 10)]
    public int Priority { get; set; }

    [Count(1, 6, Mean = 3)]
    public List<Stop> Stops { get; set; } = null!;

    public ICollection<Stop> Detours { get; } = new List<Stop>();

    public Depot Depot { get; set; } = null!;

    [Nulls(0.5)]
    public Depot? Backup { get; set; }
}
