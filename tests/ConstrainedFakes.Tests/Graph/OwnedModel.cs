using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Graph;

// Owned types: an address held twice (required and optional) and a delivery window whose end follows its start.

[ConstrainedFaker(typeof(Shipment))]
public partial class ShippingFaker;

[Owned]
public class Address
{
    [Required, MaxLength(60)]
    public string Street { get; set; } = "";

    [Required, MaxLength(40)]
    public string City { get; set; } = "";

    [StringLength(10, MinimumLength = 4)]
    public string ZipCode { get; set; } = "";

    [Range(0, 40)]
    public int Floor { get; set; }
}

[Owned]
public class DeliveryWindow
{
    [Range(typeof(TimeOnly), "08:00", "12:00")]
    public TimeOnly From { get; set; }

    [GreaterThan(nameof(From)), Range(typeof(TimeOnly), "09:00", "18:00")]
    public TimeOnly To { get; set; }
}

public class Shipment
{
    public int Id { get; set; }

    public Address Destination { get; set; } = null!;

    [Nulls(0.3)]
    public Address? ReturnTo { get; set; }

    public DeliveryWindow Window { get; set; } = null!;

    [Range(0.1, 500.0)]
    public double WeightKg { get; set; }
}
