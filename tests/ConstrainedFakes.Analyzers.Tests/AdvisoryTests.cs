using static ConstrainedFakes.Analyzers.Tests.Infrastructure.AnalyzerHarness;

namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>CF0006 (correlations), CF0007 (unique capacity), CF0010 (narrowed range), CF0012 (computed range).</summary>
public sealed class AdvisoryTests
{
    [Theory]
    [InlineData("1.5", "the coefficient 1.5")]
    [InlineData("-1.01", "the coefficient -1.01")]
    [InlineData("double.NaN", "the coefficient NaN")]
    public void A_coefficient_outside_minus_one_to_one_is_reported(string rho, string message)
    {
        var diagnostics = Analyze($$"""
            public class Person
            {
                public int Age { get; set; }
                [Correlated(nameof(Age), {{rho}})] public decimal Income { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0006", diagnostic.Id);
        Assert.Contains(message, Message(diagnostic));
        Assert.EndsWith("is outside [-1, 1].", Message(diagnostic));
    }

    [Fact]
    public void Correlations_that_cannot_hold_together_give_the_nearest_valid_matrix()
    {
        // A~B and A~C strongly positive but B~C strongly negative: no correlation matrix has these entries.
        var diagnostics = Analyze("""
            public class Triple
            {
                public int A { get; set; }
                [Correlated(nameof(A), 0.9)] public int B { get; set; }
                [Correlated(nameof(A), 0.9), Correlated(nameof(B), -0.9)] public int C { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0006", diagnostic.Id);
        Assert.StartsWith("Triple: the correlations B~A 0.9, C~A 0.9, C~B -0.9 cannot hold together (their matrix is not positive semidefinite); the nearest valid ones are ", Message(diagnostic));
        // On the boundary of the valid set: determinant 1 - 3·0.25 - 2·0.125 = 0.
        Assert.EndsWith("the nearest valid ones are B~A 0.5, C~A 0.5, C~B -0.5.", Message(diagnostic));
        Assert.Equal(2, diagnostic.AdditionalLocations.Count);
    }

    [Fact]
    public void Undeclared_pairs_count_as_independent()
    {
        // D = -A exactly, yet D is declared independent of B and C, which follow A closely: impossible.
        var diagnostics = Analyze("""
            public class Quad
            {
                public int A { get; set; }
                [Correlated(nameof(A), 0.9)] public int B { get; set; }
                [Correlated(nameof(A), 0.9)] public int C { get; set; }
                [Correlated(nameof(A), -1.0)] public int D { get; set; }
            }
            """);
        Assert.Equal("CF0006", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Correlations_that_can_hold_together_report_nothing()
    {
        var diagnostics = Analyze("""
            public class Triple
            {
                public int A { get; set; }
                [Correlated(nameof(A), 0.9)] public int B { get; set; }
                [Correlated(nameof(A), 0.9), Correlated(nameof(B), 0.7)] public int C { get; set; }
                public int E { get; set; }
                [Correlated(nameof(E), -1.0)] public int D { get; set; }
            }
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Theory]
    [InlineData("[Unique] public bool Flag { get; set; }", "Flag: [Unique] allows at most 2 rows (a bool has 2 values); building more throws.")]
    [InlineData("[Unique] public Tier Tier { get; set; }", "Tier: [Unique] allows at most 3 rows (global::Tier has 3 usable members); building more throws.")]
    [InlineData("[Unique, AllowedValues(\"a\", \"b\", \"c\", \"d\")] public string Code { get; set; } = \"\";", "Code: [Unique] allows at most 4 rows (4 allowed values); building more throws.")]
    [InlineData("[Unique, Range(1, 500)] public int Seat { get; set; }", "Seat: [Unique] allows at most 500 rows (its range holds 500 values); building more throws.")]
    public void Unique_on_a_small_finite_domain_states_its_capacity(string member, string message)
    {
        var diagnostics = Analyze($$"""
            public enum Tier { Bronze, Silver, Gold }
            public class Ticket
            {
                {{member}}
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0007", diagnostic.Id);
        Assert.Equal("Unique", At(diagnostic));
        Assert.Equal("Ticket: " + message, Message(diagnostic));
    }

    [Theory]
    [InlineData("[Unique, Range(1, 10000)] public int Seat { get; set; }")]
    [InlineData("[Unique] public Guid Token { get; set; }")]
    [InlineData("[Unique] public string Name { get; set; } = \"\";")]
    [InlineData("[Key, Unique] public int Id { get; set; }")]
    public void Unique_on_a_large_domain_reports_nothing(string member)
    {
        var diagnostics = Analyze($$"""
            public class Ticket
            {
                {{member}}
            }
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Fact]
    public void A_member_left_a_sliver_of_its_range_states_the_effective_range()
    {
        var diagnostics = Analyze("""
            [Invariant("Price >= 990")]
            public class Product
            {
                [Range(0, 1000)] public decimal Price { get; set; }
                [Range(0, 1000)] public decimal Cost { get; set; }
                [LessThanOrEqual(nameof(Price))] public decimal Floor { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0010", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("Range(0, 1000)", At(diagnostic));
        Assert.Equal("Product: Price: the other constraints leave it [990, 1000], 1% of its declared [Range(0, 1000)].", Message(diagnostic));
    }

    [Fact]
    public void A_member_left_most_of_its_range_reports_nothing()
    {
        var diagnostics = Analyze("""
            [Invariant("Price >= 800")]
            public class Product
            {
                [Range(0, 1000)] public decimal Price { get; set; }
            }
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Fact]
    public void A_computed_member_that_can_never_meet_its_range_is_reported()
    {
        var diagnostics = Analyze("""
            public class Line
            {
                [Range(1, 10)] public int Units { get; set; }
                [Range(1, 20)] public decimal UnitPrice { get; set; }
                [Computed("Units * UnitPrice + 5"), Range(500, 1000)] public decimal Total { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0012", diagnostic.Id);
        Assert.Equal("Range(500, 1000)", At(diagnostic));
        Assert.Equal("Line: Total: whatever its inputs, Units * UnitPrice + 5 lies in [6, 205], outside its declared [Range(500, 1000)].", Message(diagnostic));
    }

    [Fact]
    public void A_product_whose_factors_are_projected_still_cannot_leave_their_own_ranges()
    {
        var diagnostics = Analyze("""
            public class Line
            {
                [Range(1, 10)] public int Units { get; set; }
                [Range(1, 100)] public decimal UnitPrice { get; set; }
                [Computed("Units * UnitPrice"), Range(2000, 3000)] public decimal Total { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics, d => d.Id == "CF0012");
        Assert.EndsWith("whatever its inputs, Units * UnitPrice lies in [1, 1000], outside its declared [Range(2000, 3000)].", Message(diagnostic));
    }

    [Theory]
    [InlineData("Units * UnitPrice + 5", "Range(205, 1000)")]
    [InlineData("Math.Max(Units, UnitPrice) - 1", "Range(19, 30)")]
    [InlineData("Units / 2", "Range(0, 0.5)")]
    public void A_computed_member_whose_range_is_reachable_at_an_edge_reports_nothing(string expression, string range)
    {
        var diagnostics = Analyze($$"""
            public class Line
            {
                [Range(1, 10)] public int Units { get; set; }
                [Range(1, 20)] public decimal UnitPrice { get; set; }
                [Computed("{{expression}}"), {{range}}] public decimal Total { get; set; }
            }
            """);
        Assert.DoesNotContain(diagnostics, d => d.Id == "CF0012");
    }

    [Fact]
    public void A_constraint_the_others_imply_is_reported_with_what_implies_it()
    {
        var diagnostics = Analyze("""
            [Invariant("End >= Start.AddDays(1)")]
            public class Stay
            {
                public DateTime Start { get; set; }
                [GreaterThan(nameof(Start))] public DateTime End { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0010", diagnostic.Id);
        Assert.Equal("GreaterThan(nameof(Start))", At(diagnostic));
        Assert.Equal("Stay: [GreaterThan(nameof(Start))] End is implied by the others ([Invariant(\"End >= Start.AddDays(1)\")]), so it never narrows anything.", Message(diagnostic));
    }

    [Fact]
    public void A_relation_the_ranges_already_decide_is_implied_by_them()
    {
        var diagnostics = Analyze("""
            public class Stay
            {
                [Range(typeof(DateTime), "2024-01-01", "2024-06-30")] public DateTime Start { get; set; }
                [Range(typeof(DateTime), "2024-07-01", "2024-12-31"), GreaterThan(nameof(Start))] public DateTime End { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0010", diagnostic.Id);
        Assert.StartsWith("Stay: [GreaterThan(nameof(Start))] End is implied by the others ([Range(typeof(DateTime), \"2024-01-01\", \"2024-06-30\")] Start; ", Message(diagnostic));
    }

    [Fact]
    public void Constraints_that_each_narrow_something_are_not_implied()
    {
        var diagnostics = Analyze("""
            [Invariant("End <= Start.AddDays(30)")]
            public class Stay
            {
                [Range(typeof(DateTime), "2024-01-01", "2024-12-31")] public DateTime Start { get; set; }
                [Range(typeof(DateTime), "2024-01-01", "2024-12-31"), GreaterThan(nameof(Start))] public DateTime End { get; set; }
            }
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }
}
