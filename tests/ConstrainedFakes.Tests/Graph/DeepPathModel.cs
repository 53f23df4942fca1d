using System.ComponentModel.DataAnnotations;

namespace ConstrainedFakes.Tests.Graph;

// Rules that read a parent's parent: a claim is filed after its policy's holder registered (through the owner
// links Holder.Policies and Policy.InsuranceClaims), and its amount stays within the limit of its adjuster's office (through
// two picks, the first optional); it is assessed after the opening of its holder's territory (three navigations),
// and its severity follows its holder's risk.

[ConstrainedFaker(typeof(Holder), typeof(Office))]
public partial class InsuranceFaker;

public class Office
{
    public int Id { get; set; }

    [Range(0, 1_000)]
    public int Limit { get; set; }
}

public class Adjuster
{
    public int Id { get; set; }

    public int OfficeId { get; set; }

    public Office Office { get; set; } = null!;
}

public class Territory
{
    public int Id { get; set; }

    [Range(typeof(DateTime), "2015-01-01", "2024-12-31")]
    public DateTime OpenedAt { get; set; }
}

public class Holder
{
    public int Id { get; set; }

    public int TerritoryId { get; set; }

    public Territory Territory { get; set; } = null!;

    [Range(typeof(DateTime), "2019-01-01", "2025-06-30")]
    public DateTime RegisteredAt { get; set; }

    [Range(0, 10.0)]
    public double Risk { get; set; }

    [Count(1, 3)]
    public List<Policy> Policies { get; } = new();
}

public class Policy
{
    public int Id { get; set; }

    public int HolderId { get; set; }

    public Holder Holder { get; set; } = null!;

    [Range(typeof(DateTime), "2019-01-01", "2025-12-31"), GreaterThanOrEqual("Holder.RegisteredAt")]
    public DateTime StartsAt { get; set; }

    [Count(0, 3)]
    public List<InsuranceClaim> InsuranceClaims { get; } = new();
}

[Invariant("FiledAt >= Policy.Holder.RegisteredAt.AddDays(1)")]
[Invariant("Amount <= Adjuster.Office.Limit")]
public class InsuranceClaim
{
    public int Id { get; set; }

    public int PolicyId { get; set; }

    public Policy Policy { get; set; } = null!;

    public int? AdjusterId { get; set; }

    public Adjuster? Adjuster { get; set; }

    [Range(typeof(DateTime), "2019-01-01", "2026-01-31")]
    public DateTime FiledAt { get; set; }

    [Range(typeof(DateTime), "2019-01-01", "2026-06-30"), GreaterThan("Policy.Holder.RegisteredAt")]
    public DateTime ReviewedAt { get; set; }

    [Range(100, 40_000)]
    public int Amount { get; set; }

    [Range(typeof(DateTime), "2015-01-01", "2026-06-30"), GreaterThanOrEqual("Policy.Holder.Territory.OpenedAt")]
    public DateTime AssessedAt { get; set; }

    [Range(0, 100.0), Correlated("Policy.Holder.Risk", 0.6)]
    public double Severity { get; set; }
}
