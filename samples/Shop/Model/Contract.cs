using System.ComponentModel.DataAnnotations;
using ConstrainedFakes;
using Microsoft.EntityFrameworkCore;

namespace Shop.Model;

/// <summary>
/// A customer's framework contract: a committed value over a term, with a discount on every order that
/// grows with the value (at least 1 % per 100,000, at most 2 % plus 4 % per 100,000), and a term of one
/// month to three years that starts after the customer registered.
/// </summary>
[Invariant("DiscountRate >= Value / 10000000m && DiscountRate <= 0.02m + Value / 2500000m")]
[Invariant("End >= Start.AddDays(30) && End <= Start.AddDays(1095)")]
public class Contract
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public Customer Customer { get; set; } = null!;

    /// <summary>What the customer commits to buy over the term.</summary>
    [Precision(12, 2), Range(1_000, 500_000)]
    public decimal Value { get; set; }

    /// <summary>The discount on every order under the contract, tied to <see cref="Value"/> by the class's invariant.</summary>
    [Precision(4, 3), Range(0, 0.25)]
    public decimal DiscountRate { get; set; }

    [Range(typeof(DateTime), "2019-01-01", "2025-12-31T23:59:59"), GreaterThanOrEqual("Customer.RegisteredAt")]
    public DateTime Start { get; set; }

    /// <summary>30 days to three years after <see cref="Start"/> (the class's invariant), so always after it.</summary>
    [Range(typeof(DateTime), "2019-01-31", "2028-12-31T23:59:59")]
    public DateTime End { get; set; }
}
