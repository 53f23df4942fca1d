using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Model;

/// <summary>Edge cases on every bounded member, a compliance threshold, and an invariant that edges must respect.</summary>
[EdgeCases(0.2)]
[Invariant("Deposit <= 0.5m * Amount")]
public class Loan
{
    public int Id { get; set; }

    [Precision(12, 2), Range(1_000, 50_000), Threshold(10_000)]
    public decimal Amount { get; set; }

    [Precision(12, 2), Range(0, 20_000)]
    public decimal Deposit { get; set; }

    [Range(6, 360)]
    public int TermMonths { get; set; }

    /// <summary>No declared bounds: edge cases leave it alone.</summary>
    public int Unbounded { get; set; }

    [Range(0, 1_000_000), Threshold(500_000, Probability = 0.3)]
    public int Score { get; set; }
}
