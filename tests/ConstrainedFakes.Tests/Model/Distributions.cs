using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Model;

/// <summary>Declared marginals and a three-member copula, with bounds that do not bind.</summary>
public class Applicant
{
    public int Id { get; set; }

    [Normal(40, 10), Range(0, 120)]
    public int Age { get; set; }

    [LogNormal(10.5, 0.5), Correlated(nameof(Age), 0.6), Precision(14, 2)]
    public decimal Income { get; set; }

    [Normal(700, 50), Correlated(nameof(Income), 0.4), Correlated(nameof(Age), 0.3)]
    public double Score { get; set; }

    [Exponential(0.1)]
    public double WaitDays { get; set; }

    [Poisson(3), Range(0, 50)]
    public int Children { get; set; }

    [AllowedValues("Retail", "Business", "Private"), Weights(5, 1, 2)]
    public string Segment { get; set; } = "";

    [Range(0, 40), Correlated(nameof(Age), 0.5), Correlated(nameof(Score), -0.2)]
    public decimal TenureYears { get; set; }
}

/// <summary>A normal cut hard on one side by its range: the marginal is the truncated one.</summary>
public class Truncated
{
    public int Id { get; set; }

    [Normal(50, 20), Range(45, 100)]
    public int Level { get; set; }

    [Exponential(0.5), Range(1.0, 3.0)]
    public double Gap { get; set; }

    [Poisson(3), Range(6, 20)]
    public int Claims { get; set; }
}

/// <summary>Correlated members under a binding invariant: the constraint holds exactly, the correlation bends.</summary>
[Invariant("Deposit <= 0.5m * Amount")]
public class Mortgage
{
    public int Id { get; set; }

    [Normal(300_000, 80_000), Range(50_000, 1_000_000)]
    public decimal Amount { get; set; }

    [Normal(130_000, 50_000), Range(0, 400_000), Correlated(nameof(Amount), 0.7)]
    public decimal Deposit { get; set; }
}

/// <summary>Declared rank correlations that no correlation matrix has: the nearest one is used.</summary>
public class Inconsistent
{
    public int Id { get; set; }

    [Range(0, 1000)]
    public int A { get; set; }

    [Range(0, 1000), Correlated(nameof(A), 0.9)]
    public int B { get; set; }

    [Range(0, 1000), Correlated(nameof(A), -0.9), Correlated(nameof(B), 0.9)]
    public int C { get; set; }
}
