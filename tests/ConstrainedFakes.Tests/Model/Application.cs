using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Model;

public enum Region { US, EU, UK }

/// <summary>Implications and categorical guards: enumerated (categories) and planned as conditional bounds (the linear disjunction).</summary>
[Invariant("Region != Region.US || Currency == \"USD\"")]
[Invariant("Region == Region.US || Currency != \"USD\"")]
[Invariant("MonthlyIncome > 0m || RequestedAmount <= 5000m")]
public class Application
{
    public int Id { get; set; }

    public Region Region { get; set; }

    [AllowedValues("USD", "EUR", "GBP")]
    public string Currency { get; set; } = "";

    [Precision(10, 2), Range(0, 10_000)]
    public decimal MonthlyIncome { get; set; }

    [Precision(10, 2), Range(100, 50_000)]
    public decimal RequestedAmount { get; set; }

    [Probability(0.5)]
    public bool Employed { get; set; }
}
