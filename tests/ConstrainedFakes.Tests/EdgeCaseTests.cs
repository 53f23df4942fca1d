using ConstrainedFakes.Tests.Model;

namespace ConstrainedFakes.Tests;

public class EdgeCaseTests
{
    private const int Rows = 40_000;
    private static readonly IReadOnlyList<Loan> Loans = new TestFaker(12).Loan().Build(Rows);

    private static double Share(Func<Loan, bool> predicate) => Loans.Count(predicate) / (double)Rows;

    [Fact]
    public void BoundedMembersTakeTheirBoundsAtTheDeclaredRate()
    {
        // 20% edge cases, half at each end; a uniform draw alone would almost never hit them.
        Assert.InRange(Share(l => l.TermMonths == 6), 0.09, 0.11);
        Assert.InRange(Share(l => l.TermMonths == 360), 0.09, 0.11);
        Assert.InRange(Share(l => l.Amount == 50_000m), 0.09, 0.11);
        Assert.InRange(Share(l => l.Unbounded is 0 or 1000), 0, 0.01);
    }

    [Fact]
    public void EdgesOfACrossMemberBoundAreTheBoundsGivenTheOtherMembers()
    {
        // Deposit's feasible interval is [0, min(20000, Amount / 2)]: its upper edge depends on the row.
        Assert.InRange(Share(l => l.Deposit == Math.Min(20_000m, Math.Floor(l.Amount * 50m) / 100m)), 0.09, 0.11);
        Assert.InRange(Share(l => l.Deposit == 0m), 0.09, 0.11);
        Assert.All(Loans, l => Assert.True(l.Deposit <= 0.5m * l.Amount));
        Assert.All(Loans, (l, i) => Referee.AssertValid(l, i));
    }

    [Fact]
    public void ThresholdsGetExtraMassJustBelowAtAndAbove()
    {
        // Threshold(10_000): 10% of rows (after the 20% of edge cases), a third on each of the three values.
        Assert.InRange(Share(l => l.Amount is 9_999.99m or 10_000m or 10_000.01m), 0.09, 0.11);
        Assert.InRange(Share(l => l.Amount == 9_999.99m), 0.028, 0.039);
        Assert.InRange(Share(l => l.Score is 499_999 or 500_000 or 500_001), 0.28, 0.32);
    }
}
