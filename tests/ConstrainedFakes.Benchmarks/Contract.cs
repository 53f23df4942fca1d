using System.ComponentModel.DataAnnotations;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// The entity every benchmark builds: nine members of the kinds a business entity has (a key, a company
/// name, an email, money amounts, a rate, a date, a small int and a currency code).
/// </summary>
public sealed class Contract : IContract
{
    [Key]
    public int Id { get; set; }

    [MaxLength(100)]
    public string CompanyName { get; set; } = "";

    [EmailAddress, MaxLength(100)]
    public string ContactEmail { get; set; } = "";

    [Range(1000, 1000000)]
    public decimal Value { get; set; }

    [Range(0, 0.3)]
    public decimal Discount { get; set; }

    [Range(typeof(DateTime), "2020-01-01", "2025-12-31")]
    public DateTime SignedAt { get; set; }

    [Range(1, 60)]
    public int DurationMonths { get; set; }

    [Range(100000, 500000000)]
    public decimal AnnualRevenue { get; set; }

    [AllowedValues("EUR", "USD", "GBP")]
    public string Currency { get; set; } = "";
}
