using static ConstrainedFakes.Analyzers.Tests.Infrastructure.AnalyzerHarness;

namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>CF0003 (unknown member), CF0004 (outside the supported language), CF0005 (types that do not fit).</summary>
public sealed class LanguageTests
{
    [Theory]
    [InlineData("[GreaterThan(\"Strat\")] public DateTime End { get; set; }", "GreaterThan(\"Strat\")", "Period: [GreaterThan(\"Strat\")] End: Period has no member 'Strat'; did you mean 'Start'?")]
    [InlineData("[Correlated(\"Stat\", 0.5)] public int Score { get; set; }", "Correlated(\"Stat\", 0.5)", "Period: Score: Period has no member 'Stat'; did you mean 'Start'?")]
    [InlineData("[Computed(\"Strt + 1\")] public int Next { get; set; }", "Computed(\"Strt + 1\")", "Period: [Computed(\"Strt + 1\")] Next: 'Strt' is not a member of the entity; did you mean 'Start'?")]
    public void Unknown_members_suggest_the_closest_name(string member, string at, string message)
    {
        var diagnostics = Analyze($$"""
            public class Period
            {
                public DateTime Start { get; set; }
                {{member}}
            }
            """);
        var diagnostic = Assert.Single(diagnostics, d => d.Id == "CF0003");
        Assert.Equal(at, At(diagnostic));
        Assert.Equal(message, Message(diagnostic));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("Start", diagnostic.Properties[ConstraintAnalyzer.SuggestionProperty]);
    }

    [Fact]
    public void An_unknown_member_in_an_invariant_is_reported_at_the_invariant()
    {
        var diagnostics = Analyze("""
            [Invariant("Discont <= 0.3m * Value")]
            public class Contract
            {
                public decimal Value { get; set; }
                public decimal Discount { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0003", diagnostic.Id);
        Assert.Equal("Invariant(\"Discont <= 0.3m * Value\")", At(diagnostic));
        Assert.EndsWith("'Discont' is not a member of Contract; did you mean 'Discount'?", Message(diagnostic));
    }

    [Fact]
    public void Every_problem_of_an_entity_is_told_at_once()
    {
        var diagnostics = Analyze("""
            public class Period
            {
                [Range(10, 5)] public int Backwards { get; set; }
                public DateTime Start { get; set; }
                [GreaterThan("Strat")] public DateTime End { get; set; }
            }
            """);
        Assert.Equal(["CF0001", "CF0003"], diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_name_far_from_every_member_suggests_nothing()
    {
        var diagnostics = Analyze("""
            public class Period
            {
                public DateTime Start { get; set; }
                [GreaterThan("Xyzzyplugh")] public DateTime End { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0003", diagnostic.Id);
        Assert.DoesNotContain("did you mean", Message(diagnostic));
        Assert.False(diagnostic.Properties.ContainsKey(ConstraintAnalyzer.SuggestionProperty));
    }

    [Theory]
    [InlineData("[Invariant(\"Discount <= \")]", "is not a C# expression")]
    [InlineData("[Invariant(\"Discount.ToString() == \\\"1\\\"\")]", "'Discount.ToString()' is outside the invariant language")]
    [InlineData("[Invariant(\"Value > 0 ? true : false\")]", "'Value > 0 ? true : false' is outside the invariant language")]
    public void Unsupported_expressions_say_which_part(string invariant, string part)
    {
        var diagnostics = Analyze($$"""
            {{invariant}}
            public class Contract
            {
                public decimal Value { get; set; }
                public decimal Discount { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0004", diagnostic.Id);
        Assert.Contains(part, Message(diagnostic));
    }

    [Fact]
    public void An_argument_outside_its_domain_is_unsupported()
    {
        var diagnostics = Analyze("""
            public class Flag
            {
                [Probability(1.5)] public bool On { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0004", diagnostic.Id);
        Assert.Equal("Flag: On: the probability 1.5 is not between 0 and 1.", Message(diagnostic));
    }

    [Theory]
    [InlineData("[Normal(50, 0)] public int Age { get; set; }", "CF0004", "Age: [Normal(50, 0)] needs a positive, finite standard deviation, and it is 0.")]
    [InlineData("[LogNormal(1, -2)] public decimal Income { get; set; }", "CF0004", "Income: [LogNormal(1, -2)] needs a positive, finite sigma, and it is -2.")]
    [InlineData("[Exponential(0)] public double Wait { get; set; }", "CF0004", "Wait: [Exponential(0)] needs a positive, finite rate, and it is 0.")]
    [InlineData("[Poisson(2.5)] public decimal Visits { get; set; }", "CF0005", "Visits: [Poisson(2.5)] draws whole numbers, and Visits is decimal.")]
    [InlineData("[Normal(50, 10)] public string Name { get; set; } = \"\";", "CF0005", "Name: [Normal(50, 10)] shapes numbers (integers, decimals, doubles), and Name is string.")]
    [InlineData("[Exponential(0.1)] public TimeSpan Wait { get; set; }", "CF0005", "Wait: [Exponential(0.1)] shapes numbers (integers, decimals, doubles), and Wait is System.TimeSpan.")]
    [InlineData("[AllowedValues(\"a\", \"b\"), Weights(5, 1, 1)] public string Code { get; set; } = \"\";", "CF0004", "Code: [Weights(5, 1, 1)] gives 3 weights for the 2 values of [AllowedValues(\"a\", \"b\")].")]
    [InlineData("[AllowedValues(\"a\", \"b\"), Weights(1, -1)] public string Code { get; set; } = \"\";", "CF0004", "Code: [Weights(1, -1)] needs finite weights of at least 0, not all 0.")]
    [InlineData("[Weights(1, 2)] public string Code { get; set; } = \"\";", "CF0004", "Code: [Weights(1, 2)] weighs the values of an [AllowedValues], and the member has none (enums take [Weight] on their values).")]
    public void Distribution_parameters_outside_their_domain_are_reported(string member, string id, string message)
    {
        var diagnostics = Analyze($$"""
            public class Person
            {
                {{member}}
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal("Person: " + message, Message(diagnostic));
    }

    [Theory]
    [InlineData("[Normal(50, 10)] public int Age { get; set; }")]
    [InlineData("[LogNormal(10, 0.5)] public decimal Income { get; set; }")]
    [InlineData("[Poisson(2.5)] public int Visits { get; set; }")]
    [InlineData("[AllowedValues(\"a\", \"b\", \"c\"), Weights(5, 1, 0)] public string Code { get; set; } = \"\";")]
    public void Well_formed_distributions_report_nothing(string member)
    {
        var diagnostics = Analyze($$"""
            public class Person
            {
                {{member}}
            }
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Fact]
    public void A_product_of_two_members_in_an_inequality_is_not_a_problem_but_a_checked_invariant()
    {
        var diagnostics = Analyze("""
            [Invariant("Units * Price <= 1000")]
            public class Line
            {
                [Range(1, 10)] public int Units { get; set; }
                [Range(1, 10)] public int Price { get; set; }
            }
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Theory]
    [InlineData("[Invariant(\"When > Value\")]", "'When > Value' does not compare two numbers, two dates or two durations.")]
    [InlineData("[Invariant(\"Value + When > 0\")]", "'When' is global::System.DateTime, where number is needed.")]
    public void A_date_compared_with_a_number_is_a_type_mismatch(string invariant, string message)
    {
        var diagnostics = Analyze($$"""
            {{invariant}}
            public class Contract
            {
                public decimal Value { get; set; }
                public DateTime When { get; set; }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0005", diagnostic.Id);
        Assert.EndsWith(message, Message(diagnostic));
    }

    [Theory]
    [InlineData("[Range(1, 10)] public string Code { get; set; } = \"\";", "Range(1, 10)", "does not apply to a string member; bound its length")]
    [InlineData("[Correlated(nameof(Age), 0.5)] public string Name { get; set; } = \"\";", "Correlated(nameof(Age), 0.5)", "needs two numbers or dates, and Name is string")]
    [InlineData("[GreaterThan(nameof(Age))] public DateTime Born { get; set; }", "GreaterThan(nameof(Age))", "Born and Age are not the same kind of quantity")]
    [InlineData("[Range(typeof(DateTime), \"soon\", \"later\")] public DateTime When { get; set; }", "Range(typeof(DateTime), \"soon\", \"later\")", "has bounds that are not dates")]
    public void Constraints_on_the_wrong_type_are_mismatches(string member, string at, string message)
    {
        var diagnostics = Analyze($$"""
            public class Person
            {
                public int Age { get; set; }
                {{member}}
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0005", diagnostic.Id);
        Assert.Equal(at, At(diagnostic));
        Assert.Contains(message, Message(diagnostic));
    }

    [Fact]
    public void Well_formed_constraints_of_every_kind_report_nothing()
    {
        var diagnostics = Analyze("""
            public enum Tier { Bronze, Silver, Gold }
            [Invariant("Discount <= 0.3m * Value")]
            [Invariant("Tier != Tier.Gold || Value >= 50")]
            public class Contract
            {
                [Range(0, 1000)] public decimal Value { get; set; }
                [Range(0, 1000)] public decimal Discount { get; set; }
                public Tier Tier { get; set; }
                [Range(typeof(DateTime), "2024-01-01", "2024-12-31")] public DateTime Start { get; set; }
                [GreaterThan(nameof(Start))] public DateTime End { get; set; }
                [Range(1, 10)] public int Units { get; set; }
                [Range(1, 100)] public decimal UnitPrice { get; set; }
                [Computed("Units * UnitPrice"), Range(1, 1000)] public decimal Total { get; set; }
                [Correlated(nameof(Value), 0.5)] public int Score { get; set; }
                [StringLength(20, MinimumLength = 2)] public string Name { get; set; } = "";
                [Probability(0.3)] public bool Active { get; set; }
            }
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }
}
