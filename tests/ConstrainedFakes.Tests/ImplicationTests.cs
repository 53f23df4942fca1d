using ConstrainedFakes.Tests.Model;

namespace ConstrainedFakes.Tests;

public class ImplicationTests
{
    [Fact]
    public void ImplicationsAndCategoricalGuardsHoldOnEveryRow()
    {
        var rows = new TestFaker(21).Application().Build(20_000);
        Assert.All(rows, (a, i) =>
        {
            Assert.True(a.Region != Region.US || a.Currency == "USD", $"row {i}: {a.Region} {a.Currency}");
            Assert.True(a.Region == Region.US || a.Currency != "USD", $"row {i}: {a.Region} {a.Currency}");
            Assert.True(a.MonthlyIncome > 0m || a.RequestedAmount <= 5000m);
            Referee.AssertValid(a, i);
        });
        // The categorical guards are enumerated exactly: five allowed (Region, Currency) pairs, equally likely.
        Assert.InRange(rows.Count(a => a.Region == Region.US) / 20_000.0, 0.19, 0.21);
        Assert.InRange(rows.Count(a => a.Region == Region.UK && a.Currency == "GBP") / 20_000.0, 0.19, 0.21);
        // Both regions of each implication occur: the guard is not just always true.
        Assert.Contains(rows, a => a.Region == Region.US);
        Assert.Contains(rows, a => a.Region == Region.EU && a.Currency == "EUR");
        Assert.Contains(rows, a => a.Region == Region.UK && a.Currency == "EUR");
    }

    [Fact]
    public void AFixedGuardConditionsTheRestOfTheRow()
    {
        Assert.All(new TestFaker(2).Application().WithRegion(Region.US).Build(500), a => Assert.Equal("USD", a.Currency));
        Assert.All(new TestFaker(2).Application().WithCurrency("GBP").Build(500), a => Assert.NotEqual(Region.US, a.Region));
    }

    [Fact]
    public void FixedValuesThatBreakAnImplicationThrowNamingIt()
    {
        var e = Assert.Throws<ConstraintViolationException>(() => new TestFaker().Application().WithRegion(Region.US).WithCurrency("EUR").Build());
        Assert.Contains(e.Constraints, c => c.Contains("Currency == \\\"USD\\\"") || c.Contains("Currency == \"USD\""));
    }
}
