using ConstrainedFakes.Reports;
using ConstrainedFakes.Tests.Graph;

namespace ConstrainedFakes.Tests;

public class OwnedTypeTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(5UL)]
    [InlineData(123UL)]
    public void OwnedObjectsHoldTheirOwnConstraints(ulong seed)
    {
        var shipments = new ShippingFaker(seed).Shipment().Build(1_000);
        for (var i = 0; i < shipments.Count; i++)
        {
            var shipment = shipments[i];
            Referee.AssertValid(shipment, i);
            Assert.NotNull(shipment.Destination);
            Referee.AssertValid(shipment.Destination, i);
            if (shipment.ReturnTo is not null) Referee.AssertValid(shipment.ReturnTo, i);
            Assert.NotNull(shipment.Window);
            Referee.AssertValid(shipment.Window, i);
            Assert.True(shipment.Window.To > shipment.Window.From, $"row {i}: {shipment.Window.From} to {shipment.Window.To}");
            Assert.NotEmpty(shipment.Destination.Street);
        }
    }

    [Fact]
    public void AnOptionalOwnedReferenceIsNullAtItsRateAndTwoOwnedObjectsDrawApart()
    {
        var shipments = new ShippingFaker(9).Shipment().Build(4_000);
        Assert.InRange(shipments.Count(s => s.ReturnTo is null) / 4_000.0, 0.27, 0.33);
        // The same type held twice draws on streams of its own per property.
        Assert.True(shipments.Count(s => s.ReturnTo?.Street == s.Destination.Street) < 10);
    }

    [Fact]
    public void AFixedOwnedMemberConditionsItsSiblings()
    {
        var late = new TimeOnly(11, 30);
        var shipments = new ShippingFaker(2).Shipment().WithWindow_From(late).Build(500);
        Assert.All(shipments, s =>
        {
            Assert.Equal(late, s.Window.From);
            Assert.True(s.Window.To > late);
        });
        Assert.Throws<ConstraintViolationException>(() => new ShippingFaker(2).Shipment().WithWindow_From(new TimeOnly(13, 0)));
    }

    [Fact]
    public void ADataSetHasNoTableForAnOwnedType()
    {
        var data = new ShippingFaker(3).DataSet().Count<Shipment>(50).Build();
        Assert.Equal([typeof(Shipment)], data.EntityTypes);
        Assert.All(data.Set<Shipment>(), s => Assert.NotNull(s.Destination));
    }

    [Fact]
    public void TheFidelityReportJudgesOwnedMembersAndFindsABrokenOne()
    {
        var data = new ShippingFaker(6).DataSet().Count<Shipment>(300).Build();
        var report = FidelityReport.Measure(data);
        Assert.True(report.IsClean, report.ToJson());
        var checks = report.Entities.Single(e => e.Entity == "Shipment").Checks;
        Assert.Contains(checks, c => c.Kind == CheckKind.Relation && c.Member == "Window.To" && c.Checked == 300);
        Assert.Contains(checks, c => c.Kind == CheckKind.Member && c.Member == "ReturnTo.City" && c.Checked > 150 && c.Checked < 250);
        Assert.Contains(checks, c => c.Kind == CheckKind.Member && c.Member == "Destination" && c.Constraint == "non-nullable");

        var broken = data.Set<Shipment>()[7];
        broken.Window.To = broken.Window.From;
        broken.Destination.Floor = 41;
        var again = FidelityReport.Measure(data).Entities.Single(e => e.Entity == "Shipment").Checks;
        Assert.Equal(1, again.Single(c => c.Kind == CheckKind.Relation && c.Member == "Window.To").Violations);
        Assert.Equal(1, again.Single(c => c.Member == "Destination.Floor" && c.Constraint == "[Range(0, 40)]").Violations);
    }

    [Fact]
    public void GoldenValuesForSeed42()
    {
        var shipment = new ShippingFaker(42).Shipment().BuildAt(0);
        Assert.Equal("Lake Mariamfort|17|08:20|98808", $"{shipment.Destination.City}|{shipment.Destination.Floor}|{shipment.Window.From}|{shipment.ReturnTo?.ZipCode}");
    }
}
