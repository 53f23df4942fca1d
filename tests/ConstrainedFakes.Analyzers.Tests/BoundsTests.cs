using static ConstrainedFakes.Analyzers.Tests.Infrastructure.AnalyzerHarness;

namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>CF0001 (a member's own bounds are empty) and CF0002 (constraints with no solution together).</summary>
public sealed class BoundsTests
{
    [Fact]
    public void Backwards_range_is_reported_at_the_attribute()
    {
        var diagnostics = Analyze("""
            public class Item
            {
                [Range(10, 5)] public int Backwards { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0001", diagnostic.Id);
        Assert.Equal("Range(10, 5)", At(diagnostic));
        Assert.Equal("Item: Backwards: no int lies in [10, 5].", Message(diagnostic));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.EndsWith("docs/diagnostics/CF0001.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Theory]
    [InlineData("[Range(5, 5, MinimumIsExclusive = true)] public int Meeting { get; set; }", "Range(5, 5, MinimumIsExclusive = true)")]
    [InlineData("[Range(1.2, 1.8)] public int NoWholeNumber { get; set; }", "Range(1.2, 1.8)")]
    [InlineData("[MinLength(10), MaxLength(5)] public string Text { get; set; } = \"\";", "MinLength(10)")]
    [InlineData("[Length(8, 4)] public string Code { get; set; } = \"\";", "Length(8, 4)")]
    [InlineData("[Range(typeof(DateTime), \"2025-01-01\", \"2024-01-01\")] public DateTime When { get; set; }", "Range(typeof(DateTime), \"2025-01-01\", \"2024-01-01\")")]
    [InlineData("[Count(3, 1)] public List<Item> Children { get; set; } = new();", "Count(3, 1)")]
    [InlineData("[AllowedValues(\"a\", \"b\"), DeniedValues(\"a\", \"b\")] public string Letter { get; set; } = \"\";", "AllowedValues(\"a\", \"b\")")]
    public void Every_kind_of_empty_bound_is_reported(string member, string at)
    {
        var diagnostics = Analyze($$"""
            public class Item
            {
                {{member}}
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0001", diagnostic.Id);
        Assert.Equal(at, At(diagnostic));
    }

    [Theory]
    [InlineData("[Range(5, 5)] public int Point { get; set; }")]
    [InlineData("[Range(1.0, 2.0)] public int OneOrTwo { get; set; }")]
    [InlineData("[MinLength(5), MaxLength(5)] public string Text { get; set; } = \"\";")]
    [InlineData("[Range(4.99, 5.01, MinimumIsExclusive = true, MaximumIsExclusive = true)] public int Five { get; set; }")]
    [InlineData("[Count(0, 0)] public List<Item> None { get; set; } = new();")]
    public void Tight_but_feasible_bounds_report_nothing(string member)
    {
        var diagnostics = Analyze($$"""
            public class Item
            {
                {{member}}
            }
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Fact]
    public void A_cycle_names_exactly_its_constraints()
    {
        var diagnostics = Analyze("""
            public class Period
            {
                [GreaterThan(nameof(End))] public DateTime Start { get; set; }
                [GreaterThan(nameof(Start))] public DateTime End { get; set; }
                [Range(1, 10)] public int Unrelated { get; set; }
                [LessThan(nameof(Unrelated))] public int AlsoUnrelated { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0002", diagnostic.Id);
        Assert.Equal("Period: these constraints have no solution together: [GreaterThan(nameof(End))] Start; [GreaterThan(nameof(Start))] End " +
            "(added up, they fall short by 2 ticks).", Message(diagnostic));
        Assert.Equal("GreaterThan(nameof(End))", At(diagnostic));
        Assert.Equal("GreaterThan(nameof(Start))", diagnostic.AdditionalLocations.Single().SourceTree!.GetText().ToString(diagnostic.AdditionalLocations.Single().SourceSpan));
    }

    [Fact]
    public void A_bounds_chain_names_both_ranges_and_the_relation()
    {
        var diagnostics = Analyze("""
            public class Period
            {
                [Range(typeof(DateTime), "2025-01-01", "2025-12-31")] public DateTime Start { get; set; }
                [Range(typeof(DateTime), "2024-01-01", "2024-12-31")]
                [GreaterThan(nameof(Start))] public DateTime End { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0002", diagnostic.Id);
        Assert.Equal("Period: these constraints have no solution together: [GreaterThan(nameof(Start))] End; " +
            "[Range(typeof(DateTime), \"2025-01-01\", \"2025-12-31\")] Start; [Range(typeof(DateTime), \"2024-01-01\", \"2024-12-31\")] End " +
            "(added up, they fall short by 1.00:00:00.0000001).", Message(diagnostic));
        Assert.Equal(2, diagnostic.AdditionalLocations.Count);
    }

    [Fact]
    public void A_linear_conflict_names_the_combination_and_leaves_out_what_is_not_needed()
    {
        var diagnostics = Analyze("""
            [Invariant("Discount <= 0.3m * Value")]
            [Invariant("Discount >= 40")]
            [Invariant("Value >= Fee")]
            public class Contract
            {
                [Range(0, 100)] public decimal Value { get; set; }
                [Range(0, 1000)] public decimal Discount { get; set; }
                [Range(0, 100)] public decimal Fee { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0002", diagnostic.Id);
        Assert.Equal("Contract: these constraints have no solution together: [Invariant(\"Discount <= 0.3m * Value\")]; [Invariant(\"Discount >= 40\")]; [Range(0, 100)] Value.", Message(diagnostic));
    }

    [Fact]
    public void A_chain_of_numbers_states_its_shortfall_in_the_members_unit()
    {
        var diagnostics = Analyze("""
            public class Budget
            {
                [Range(0, 100)] public decimal Spent { get; set; }
                [Range(150, 200)] public decimal Limit { get; set; }
                [GreaterThanOrEqual(nameof(Limit))] public decimal Spent2 { get; set; }
                [LessThanOrEqual(nameof(Spent))] public decimal Cap { get; set; }
            }
            """);
        Assert.DoesNotContain(diagnostics, d => d.Id == "CF0002");
        var conflict = Assert.Single(Analyze("""
            public class Budget
            {
                [Range(0, 100)] public decimal Spent { get; set; }
                [Range(150.5, 200), LessThanOrEqual(nameof(Spent))] public decimal Limit { get; set; }
            }
            """));
        Assert.EndsWith("(added up, they fall short by 50.5).", Message(conflict));
    }

    [Fact]
    public void A_tight_but_feasible_linear_model_reports_nothing_at_warning_level()
    {
        var diagnostics = Analyze("""
            [Invariant("Discount <= 0.3m * Value")]
            [Invariant("Discount >= 30")]
            public class Contract
            {
                [Range(0, 100)] public decimal Value { get; set; }
                [Range(0, 1000)] public decimal Discount { get; set; }
            }
            """);
        Assert.True(diagnostics.All(d => d.Severity == DiagnosticSeverity.Info), Describe(diagnostics));
    }

    [Fact]
    public void A_categorical_conflict_names_only_the_invariants_it_needs()
    {
        var diagnostics = Analyze("""
            namespace Shop;
            public enum Region { US, EU }
            public enum Currency { USD, EUR }
            [Invariant("Region != Region.US || Currency == Currency.USD")]
            [Invariant("Region == Region.US")]
            [Invariant("Currency == Currency.EUR")]
            [Invariant("Express || Currency == Currency.EUR")]
            public class Shop
            {
                public Region Region { get; set; }
                public Currency Currency { get; set; }
                public bool Express { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Shop: no combination of Region, Currency satisfies [Invariant(\"Region != Region.US || Currency == Currency.USD\")]; " +
            "[Invariant(\"Region == Region.US\")]; [Invariant(\"Currency == Currency.EUR\")].", Message(diagnostic));
    }

    [Fact]
    public void A_categorical_conflict_is_reported_at_the_invariants()
    {
        var diagnostics = Analyze("""
            public enum Region { US, EU }
            [Invariant("Region == Region.US")]
            [Invariant("Region != Region.US")]
            public class Shop
            {
                public Region Region { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0002", diagnostic.Id);
        Assert.Equal("Invariant(\"Region == Region.US\")", At(diagnostic));
        Assert.Contains("no combination of Region satisfies", Message(diagnostic));
    }
}
