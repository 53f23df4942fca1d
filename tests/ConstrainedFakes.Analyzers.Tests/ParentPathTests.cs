using static ConstrainedFakes.Analyzers.Tests.Infrastructure.AnalyzerHarness;

namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>
/// Rules through reference navigations are judged by the parent member they read: a strict rule through a
/// self-reference builds (a row whose master leaves it no value has none), so it is no problem.
/// </summary>
public sealed class ParentPathTests
{
    [Fact]
    public void A_strict_rule_through_an_optional_self_reference_reports_nothing()
    {
        var diagnostics = Analyze("""
            public class Apprentice
            {
                public int Id { get; set; }
                [Range(1, 100), LessThan("Master.Level")] public int Level { get; set; }
                public int? MasterId { get; set; }
                public Apprentice? Master { get; set; }
            }
            [ConstrainedFaker(typeof(Apprentice))] public partial class GuildFaker;
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Fact]
    public void A_required_self_reference_is_reported_as_having_no_first_row()
    {
        var diagnostics = Analyze("""
            public class Disciple
            {
                public int Id { get; set; }
                [Range(1, 100), LessThan("Master.Level")] public int Level { get; set; }
                public int MasterId { get; set; }
                public Disciple Master { get; set; } = null!;
            }
            [ConstrainedFaker(typeof(Disciple))] public partial class OrderFaker;
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0008", diagnostic.Id);
    }

    [Fact]
    public void A_rule_through_a_parent_reports_nothing()
    {
        var diagnostics = Analyze("""
            public class Account
            {
                public int Id { get; set; }
                [Range(typeof(DateTime), "2020-01-01", "2024-12-31")] public DateTime OpenedAt { get; set; }
            }
            public class Deal
            {
                public int Id { get; set; }
                public int AccountId { get; set; }
                public Account Account { get; set; } = null!;
                [Range(typeof(DateTime), "2020-01-01", "2025-12-31"), GreaterThanOrEqual("Account.OpenedAt")] public DateTime SignedAt { get; set; }
            }
            [ConstrainedFaker(typeof(Deal))] public partial class SalesFaker;
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    private const string Insurance = """
        public class Holder
        {
            public int Id { get; set; }
            [Range(typeof(DateTime), "2019-01-01", "2025-06-30")] public DateTime RegisteredAt { get; set; }
            public List<Policy> Policies { get; } = new();
        }
        public class Policy
        {
            public int Id { get; set; }
            public int HolderId { get; set; }
            public Holder Holder { get; set; } = null!;
            public List<Claim> Claims { get; } = new();
        }
        [ConstrainedFaker(typeof(Holder))] public partial class InsuranceFaker;
        """;

    [Fact]
    public void Rules_through_a_parents_parent_report_nothing()
    {
        var diagnostics = Analyze(Insurance, """
            [Invariant("FiledAt >= Policy.Holder.RegisteredAt.AddDays(1)")]
            public class Claim
            {
                public int Id { get; set; }
                public int PolicyId { get; set; }
                public Policy Policy { get; set; } = null!;
                [Range(typeof(DateTime), "2019-01-01", "2026-01-31")] public DateTime FiledAt { get; set; }
                [Range(typeof(DateTime), "2019-01-01", "2026-06-30"), GreaterThan("Policy.Holder.RegisteredAt")] public DateTime ReviewedAt { get; set; }
            }
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Theory]
    [InlineData("GreaterThan(\"Policy.Holder.Registered\")", "")]
    [InlineData("GreaterThan(\"Policy.Owner.RegisteredAt\")", "")]
    [InlineData("", "[Invariant(\"ReviewedAt >= Policy.Holder.Registered\")]")]
    public void A_deep_path_that_does_not_resolve_is_CF0003(string relation, string invariant)
    {
        var member = relation.Length == 0 ? "" : $", {relation}";
        var diagnostics = Analyze(Insurance, $$"""
            {{invariant}}
            public class Claim
            {
                public int Id { get; set; }
                public int PolicyId { get; set; }
                public Policy Policy { get; set; } = null!;
                [Range(typeof(DateTime), "2019-01-01", "2026-06-30"){{member}}] public DateTime ReviewedAt { get; set; }
            }
            """);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("CF0003", d.Id));
        Assert.Contains(diagnostics, d => d.GetMessage().Contains("Policy."));
    }

    private const string Ledgers = """
        [Microsoft.EntityFrameworkCore.Owned]
        public class Limits
        {
            [Range(0, 5_000)] public decimal Min { get; set; }
            [Range(100, 20_000)] public decimal Max { get; set; }
        }
        [Microsoft.EntityFrameworkCore.Owned]
        public class Postal
        {
            [Range(typeof(DateTime), "2015-01-01", "2024-12-31")] public DateTime Since { get; set; }
        }
        public class Ledger
        {
            public int Id { get; set; }
            public Limits Limits { get; set; } = null!;
            public Postal? Address { get; set; }
            public List<Entry> Entries { get; } = new();
        }
        [ConstrainedFaker(typeof(Ledger))] public partial class LedgerFaker;
        """;

    [Fact]
    public void Rules_through_a_parents_owned_objects_report_nothing()
    {
        var diagnostics = Analyze(Ledgers, """
            [Invariant("Amount <= Ledger.Limits.Max")]
            public class Entry
            {
                public int Id { get; set; }
                public int LedgerId { get; set; }
                public Ledger Ledger { get; set; } = null!;
                [Range(50, 10_000), GreaterThanOrEqual("Ledger.Limits.Min")] public decimal Amount { get; set; }
                [Range(typeof(DateTime), "2015-01-01", "2025-12-31"), GreaterThanOrEqual("Ledger.Address.Since")] public DateTime PostedAt { get; set; }
            }
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Theory]
    [InlineData("GreaterThanOrEqual(\"Ledger.Limits.Mid\")", "")]
    [InlineData("", "[Invariant(\"Amount <= Ledger.Address.Max\")]")]
    public void A_path_into_a_parents_owned_object_that_does_not_resolve_is_CF0003(string relation, string invariant)
    {
        var member = relation.Length == 0 ? "" : $", {relation}";
        var diagnostics = Analyze(Ledgers, $$"""
            {{invariant}}
            public class Entry
            {
                public int Id { get; set; }
                public int LedgerId { get; set; }
                public Ledger Ledger { get; set; } = null!;
                [Range(50, 10_000){{member}}] public decimal Amount { get; set; }
            }
            """);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("CF0003", d.Id));
        Assert.Contains(diagnostics, d => d.GetMessage().Contains("Ledger."));
    }
}
