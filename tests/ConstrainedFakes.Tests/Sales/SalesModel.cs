using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Sales;

// Constraints through reference navigations: a deal is worth at most half its account's revenue, is
// signed after the account opened, and only Gold accounts get discounts above 15 %.

[ConstrainedFaker(typeof(Account))]
public partial class SalesFaker;

public enum Tier { Standard, Silver, Gold }

public class Account
{
    public int Id { get; set; }

    /// <summary>Declared from 1,000, but a deal of at least 1,000 needs twice that: the generator narrows it.</summary>
    [Precision(14, 2), Range(1_000, 5_000_000)]
    public decimal AnnualRevenue { get; set; }

    public Tier Tier { get; set; }

    /// <summary>Declared to 2026, but a deal is signed by 2025 and not before its account opened.</summary>
    [Range(typeof(DateTime), "2019-01-01", "2026-12-31")]
    public DateTime OpenedAt { get; set; }

    [Count(1, 5)]
    public List<Deal> Deals { get; } = new();
}

[Invariant("Value <= 0.5m * Account.AnnualRevenue")]
[Invariant("Account.Tier == Tier.Gold || DiscountRate <= 0.15m")]
public class Deal
{
    public int Id { get; set; }

    public int AccountId { get; set; }

    public Account Account { get; set; } = null!;

    [Precision(12, 2), Range(1_000, 1_000_000)]
    public decimal Value { get; set; }

    [Precision(4, 3), Range(0, 0.4)]
    public decimal DiscountRate { get; set; }

    [GreaterThanOrEqual("Account.OpenedAt"), Range(typeof(DateTime), "2019-01-01", "2025-12-31")]
    public DateTime SignedAt { get; set; }
}

// A correlation with a parent's member: bigger companies pay more.

[ConstrainedFaker(typeof(Company))]
public partial class PayrollFaker;

public class Company
{
    public int Id { get; set; }

    [Precision(14, 2), LogNormal(15, 1), Range(100_000, 1_000_000_000)]
    public decimal Revenue { get; set; }

    [Count(1, 3)]
    public List<Employee> Staff { get; } = new();
}

public class Employee
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public Company Company { get; set; } = null!;

    [Precision(10, 2), Normal(60_000, 15_000), Range(20_000, 200_000), Correlated("Company.Revenue", 0.6)]
    public decimal Salary { get; set; }
}
