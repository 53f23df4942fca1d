using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Graph;

// Collections of owned types (EF Core OwnsMany): a counted list of stops, each with its own constraints, an
// invariant, a unique ticket and an owned point inside; and a get-only collection of the same type, uncounted.

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
}

public class Route
{
    public int Id { get; set; }

    [Range(0, 10)]
    public int Priority { get; set; }

    [Count(1, 6, Mean = 3)]
    public List<Stop> Stops { get; set; } = null!;

    public ICollection<Stop> Detours { get; } = new List<Stop>();
}
