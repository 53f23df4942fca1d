using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Model;

public enum Grade { Standard, Silver, Gold }

/// <summary>
/// Disjunctions solved by construction: linear ones, categorical guards on linear bounds, an implication,
/// dates with an order relation, 16 branches in all.
/// </summary>
[Invariant("MonthlyIncome > 0m || RequestedAmount <= 5000m")]
[Invariant("Grade == Grade.Gold || Rate <= 0.15m")]
[Invariant("!(Secured) || RequestedAmount <= 4m * MonthlyIncome")]
[Invariant("Decided <= Filed.AddDays(10) || Grade != Grade.Standard")]
public class CreditLine
{
    public int Id { get; set; }

    public Grade Grade { get; set; }

    public bool Secured { get; set; }

    [Precision(10, 2), Range(0, 10_000)]
    public decimal MonthlyIncome { get; set; }

    [Precision(10, 2), Range(100, 50_000)]
    public decimal RequestedAmount { get; set; }

    [Precision(5, 4), Range(0.01, 0.30)]
    public decimal Rate { get; set; }

    [Range(typeof(DateTime), "2024-01-01", "2024-12-31")]
    public DateTime Filed { get; set; }

    [GreaterThan(nameof(Filed)), Range(typeof(DateTime), "2024-01-01", "2025-06-30")]
    public DateTime Decided { get; set; }
}

/// <summary>A tight region cut by disjunctions (<c>!=</c>, an implication, <c>&amp;&amp;</c> inside a case): a few integer points out of 64.</summary>
[Invariant("X + Y >= 3")]
[Invariant("X <= 1 || Y <= 1")]
[Invariant("!(X == 3) || (Z >= 2 && Z <= Y + 2)")]
[Invariant("Z != X")]
public class Lattice
{
    public int Id { get; set; }

    [Range(0, 3)] public int X { get; set; }

    [Range(0, 3)] public int Y { get; set; }

    [Range(0, 3)] public int Z { get; set; }
}

/// <summary>One case of the disjunction is outside the declared range: the amount is pinned to 100.</summary>
[Invariant("Amount >= 60000m || Amount <= 100m")]
public class Pinned
{
    public int Id { get; set; }

    [Range(100, 50_000)] public decimal Amount { get; set; }
}

/// <summary>No case of the disjunction fits the declared ranges.</summary>
[Invariant("A > 10 || B > 10")]
public class Hopeless
{
    public int Id { get; set; }

    [Range(0, 5)] public int A { get; set; }

    [Range(0, 5)] public int B { get; set; }
}

public enum Billing { Monthly, Annual }

/// <summary>Constraints on nullable members hold whenever they have a value (a null one is bound by nothing).</summary>
[Invariant("Discount <= 0.2m * Price")]
[Invariant("Billing == Billing.Annual || Discount <= 10m")]
public class Subscription
{
    public int Id { get; set; }

    public Billing Billing { get; set; }

    [Range(10, 500)]
    public decimal Price { get; set; }

    [Nulls(0.5), Range(0, 200)]
    public decimal? Discount { get; set; }

    [Range(typeof(DateTime), "2024-01-01", "2024-12-31")]
    public DateTime Start { get; set; }

    [Nulls(0.3), GreaterThan(nameof(Start)), Range(typeof(DateTime), "2024-01-01", "2025-12-31")]
    public DateTime? End { get; set; }
}
