using static ConstrainedFakes.Analyzers.Tests.Infrastructure.AnalyzerHarness;

namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>CF0008 for <c>[Popularity]</c>.</summary>
public sealed class PopularityTests
{
    private static string Line(string exponent) => $$"""
        public class Product { public int Id { get; set; } }
        public class Line
        {
            public int Id { get; set; }
            public int ProductId { get; set; }
            [Popularity({{exponent}})] public Product Product { get; set; } = null!;
        }
        [ConstrainedFaker(typeof(Line))] public partial class ShopFaker;
        """;

    [Theory]
    [InlineData("-1.0")]
    [InlineData("double.NaN")]
    [InlineData("double.PositiveInfinity")]
    public void An_exponent_that_is_negative_or_not_finite_is_a_relationship_problem(string exponent)
    {
        var diagnostics = Analyze(Line(exponent));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0008", diagnostic.Id);
        Assert.Contains("needs a finite Zipf exponent of 0 or more", Message(diagnostic));
    }

    [Fact]
    public void Popularity_on_a_collection_is_a_relationship_problem()
    {
        var diagnostics = Analyze("""
            public class Line { public int Id { get; set; } }
            public class Order
            {
                public int Id { get; set; }
                [Popularity(1.2)] public List<Line> Lines { get; set; } = new();
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0008", diagnostic.Id);
        Assert.Equal("Order: Lines: [Popularity(1.2)] applies to the reference a child picks its parent by, not to a collection.", Message(diagnostic));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.1")]
    public void A_finite_exponent_of_zero_or_more_on_a_reference_is_fine(string exponent)
    {
        var diagnostics = Analyze(Line(exponent));
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }
}
