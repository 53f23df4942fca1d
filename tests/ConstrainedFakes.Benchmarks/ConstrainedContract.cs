using System.ComponentModel.DataAnnotations;
using ConstrainedFakes;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// The second entity: the members of <see cref="Contract"/>'s kind, tied by three cross-member invariants
/// (value at most half the annual revenue, discount at most 30% of the value, end 30 to 1,095 days after start).
/// </summary>
[Invariant("Value <= 0.5m * AnnualRevenue")]
[Invariant("Discount <= 0.3m * Value")]
[Invariant("End >= Start.AddDays(30) && End <= Start.AddDays(1095)")]
public sealed class ConstrainedContract
{
    [Key]
    public int Id { get; set; }

    [MaxLength(100)]
    public string CompanyName { get; set; } = "";

    [EmailAddress, MaxLength(100)]
    public string ContactEmail { get; set; } = "";

    [Range(100000, 50000000)]
    public decimal AnnualRevenue { get; set; }

    [Range(1000, 10000000)]
    public decimal Value { get; set; }

    [Range(0, 1000000)]
    public decimal Discount { get; set; }

    [Range(typeof(DateTime), "2020-01-01", "2025-12-31")]
    public DateTime Start { get; set; }

    [Range(typeof(DateTime), "2020-01-01", "2028-12-31")]
    public DateTime End { get; set; }

    [AllowedValues("EUR", "USD", "GBP")]
    public string Currency { get; set; } = "";
}
