using ConstrainedFakes.Tests.Model;

namespace ConstrainedFakes.Tests;

public class ComputedTests
{
    [Fact]
    public void ComputedMembersFollowTheirInputsAndStayInTheirRange()
    {
        var lines = new TestFaker(4).OrderLine().Build(20_000);
        Assert.All(lines, (l, i) =>
        {
            Assert.Equal(Math.Round(l.Quantity * l.UnitPrice * (1 - l.DiscountRate), 2), l.Total);
            Assert.InRange(l.Total, 0m, 2_000m);
            Assert.Equal(l.Quantity * 2, l.Handling);
            Assert.Equal(l.Quantity * l.UnitPrice, l.Subtotal);
            Assert.InRange(l.Subtotal, 0m, 2_000m);
            Referee.AssertValid(l, i);
        });
        // The range binds: without it, many totals would pass 2,000.
        Assert.Contains(lines, l => l.Total > 1_500m);
        Assert.Equal(lines.Count, lines.Select(l => l.LineNumber).Distinct().Count());
    }

    [Fact]
    public void FactorsOfARangedProductAreProjectedExactly()
    {
        // Quantity ≤ 2000 / 0.5 is no bound, but UnitPrice ≤ 2000 / Quantity is: large quantities get small prices.
        var lines = new TestFaker(6).OrderLine().Build(20_000);
        Assert.All(lines.Where(l => l.Quantity == 20), l => Assert.True(l.UnitPrice <= 100m, $"{l.Quantity} × {l.UnitPrice}"));
        Assert.Contains(lines, l => l.Quantity == 20);
        Assert.All(new TestFaker(6).OrderLine().WithUnitPrice(400m).Build(500), l => Assert.InRange(l.Quantity, 1, 5));
        Assert.All(new TestFaker(6).OrderLine().WithQuantity(16).Build(500), l => Assert.True(l.UnitPrice <= 125m));
    }

    [Fact]
    public void AFixedInputFlowsIntoTheComputedMember()
        => Assert.All(new TestFaker(4).OrderLine().WithQuantity(3).Build(100), l => Assert.Equal(6, l.Handling));

    [Fact]
    public void RetriedRowsAreStillDeterministic()
        => Assert.Equal(
            new TestFaker(9).OrderLine().Build(500).Select(l => (l.Quantity, l.UnitPrice, l.Total)),
            Enumerable.Range(0, 500).Select(i => new TestFaker(9).OrderLine().BuildAt(i)).Select(l => (l.Quantity, l.UnitPrice, l.Total)));
}
