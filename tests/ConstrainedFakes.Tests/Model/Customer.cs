using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Model;

public enum Tier
{
    [Weight(6)] Free,
    [Weight(3)] Pro,
    [Weight(1)] Enterprise,
}

public class Customer
{
    public int Id { get; set; }

    [Required, MaxLength(40)]
    public string FirstName { get; set; } = "";

    [Required, MaxLength(40)]
    public string LastName { get; set; } = "";

    [EmailAddress, MaxLength(60)]
    public string Email { get; set; } = "";

    [Phone]
    public string? Phone { get; set; }

    [Nulls(0.3), MaxLength(20)]
    public string? MiddleName { get; set; }

    [Range(18, 120)]
    public int Age { get; set; }

    [Range(typeof(DateTime), "2021-01-01", "2024-12-31")]
    public DateTime CreatedAt { get; set; }

    public Tier Tier { get; set; }

    [Probability(0.8)]
    public bool IsActive { get; set; }

    [Precision(10, 2), Range(0, 5000)]
    public decimal Balance { get; set; }

    [AllowedValues("EUR", "USD", "GBP")]
    public string Currency { get; set; } = "";
}
