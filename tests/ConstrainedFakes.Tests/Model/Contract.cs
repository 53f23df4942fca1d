using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Model;

/// <summary>Cross-member constraints: money tied to revenue, discounts to value, a term within limits.</summary>
[Invariant("Value <= 0.5m * AnnualRevenue")]
[Invariant("Discount <= 0.3m * Value")]
[Invariant("End >= Start.AddDays(30) && End <= Start.AddDays(1095)")]
public class Contract
{
    public int Id { get; set; }

    [Precision(14, 2), Range(100_000, 50_000_000)]
    public decimal AnnualRevenue { get; set; }

    [Precision(12, 2), Range(1_000, 10_000_000)]
    public decimal Value { get; set; }

    [Precision(12, 2), Range(0, 1_000_000)]
    public decimal Discount { get; set; }

    [Range(typeof(DateTime), "2022-01-01", "2025-12-31")]
    public DateTime Start { get; set; }

    [Range(typeof(DateTime), "2022-01-01", "2026-06-30")]
    public DateTime End { get; set; }

    [Range(1, 12)]
    public int Seats { get; set; }

    [GreaterThanOrEqual(nameof(Seats))]
    [Range(1, 12)]
    public int Licences { get; set; }
}

/// <summary>A chain of strict relations squeezed into a window barely wide enough.</summary>
public class Milestones
{
    public int Id { get; set; }

    [Range(0, 10)] public int A { get; set; }
    [GreaterThan(nameof(A))] [Range(0, 10)] public int B { get; set; }
    [GreaterThan(nameof(B))] [Range(0, 10)] public int C { get; set; }
    [GreaterThan(nameof(C))] [Range(0, 10)] public int D { get; set; }
    [GreaterThan(nameof(D))] [Range(0, 10)] public int E { get; set; }
    [GreaterThan(nameof(E))] [Range(0, 10)] public int F { get; set; }

    [Range(typeof(DateOnly), "2024-01-01", "2024-01-03")] public DateOnly Opened { get; set; }
    [GreaterThan(nameof(Opened))] [Range(typeof(DateOnly), "2024-01-01", "2024-01-03")] public DateOnly Reviewed { get; set; }
    [GreaterThan(nameof(Reviewed))] [Range(typeof(DateOnly), "2024-01-01", "2024-01-03")] public DateOnly Closed { get; set; }
}
