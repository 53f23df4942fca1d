using System.ComponentModel.DataAnnotations;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// The third entity: <see cref="Contract"/>'s members and ranges, with skewed marginals and rank correlations
/// (larger companies sign larger, longer contracts), drawn through the Gaussian copula.
/// </summary>
public sealed class CorrelatedContract : IContract
{
    /// <inheritdoc/>
    [Key]
    public int Id { get; set; }

    /// <inheritdoc/>
    [MaxLength(100)]
    public string CompanyName { get; set; } = "";

    /// <inheritdoc/>
    [EmailAddress, MaxLength(100)]
    public string ContactEmail { get; set; } = "";

    /// <inheritdoc/>
    [Range(1000, 1000000), LogNormal(11, 1), Correlated(nameof(AnnualRevenue), 0.7)]
    public decimal Value { get; set; }

    /// <inheritdoc/>
    [Range(0, 0.3), Normal(0.1, 0.05), Correlated(nameof(Value), 0.3)]
    public decimal Discount { get; set; }

    /// <inheritdoc/>
    [Range(typeof(DateTime), "2020-01-01", "2025-12-31")]
    public DateTime SignedAt { get; set; }

    /// <inheritdoc/>
    [Range(1, 60), Normal(24, 12), Correlated(nameof(Value), 0.4)]
    public int DurationMonths { get; set; }

    /// <inheritdoc/>
    [Range(100000, 500000000), LogNormal(15, 1.5)]
    public decimal AnnualRevenue { get; set; }

    /// <inheritdoc/>
    [AllowedValues("EUR", "USD", "GBP"), Weights(5, 3, 2)]
    public string Currency { get; set; } = "";
}
