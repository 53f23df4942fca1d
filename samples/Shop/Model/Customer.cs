using System.ComponentModel.DataAnnotations;
using ConstrainedFakes;

namespace Shop.Model;

/// <summary>Someone who buys from the shop.</summary>
public class Customer
{
    /// <summary>Primary key by EF convention; generated as row index + 1.</summary>
    public int Id { get; set; }

    [Required, MaxLength(50)]
    public string FirstName { get; set; } = "";

    [Required, MaxLength(50)]
    public string LastName { get; set; } = "";

    /// <summary>Built from the row's own first and last name, with a distinct number woven in: unique by construction.</summary>
    [Required, EmailAddress, MaxLength(254), Unique]
    public string Email { get; set; } = "";

    /// <summary>A quarter of the customers left no phone number.</summary>
    [Phone, MaxLength(32), Nulls(0.25)]
    public string? Phone { get; set; }

    /// <summary>Optional: 15 % of the customers did not give it.</summary>
    [Range(typeof(DateOnly), "1940-01-01", "2007-12-31"), Nulls(0.15)]
    public DateOnly? DateOfBirth { get; set; }

    [Required, MaxLength(120)]
    public string Street { get; set; } = "";

    [Required, MaxLength(80)]
    public string City { get; set; } = "";

    [Required, MaxLength(16)]
    public string ZipCode { get; set; } = "";

    [Required, MaxLength(80)]
    public string Country { get; set; } = "";

    public CustomerTier Tier { get; set; }

    /// <summary>When the customer registered; their orders are placed after it (<see cref="Order.PlacedAt"/>).</summary>
    [Range(typeof(DateTime), "2019-01-01", "2025-06-30T23:59:59")]
    public DateTime RegisteredAt { get; set; }

    [Probability(0.35)]
    public bool MarketingOptIn { get; set; }

    /// <summary>Three orders per customer on average (Poisson), up to eight; some customers never ordered.</summary>
    [Count(0, 8, Mean = 3)]
    public ICollection<Order> Orders { get; } = new List<Order>();

    /// <summary>Most customers have no framework contract; some have one or two.</summary>
    [Count(0, 2, Mean = 0.4)]
    public ICollection<Contract> Contracts { get; } = new List<Contract>();
}
