using ConstrainedFakes.Reports;
using ConstrainedFakes.Tests.Graph;

namespace ConstrainedFakes.Tests;

public class OwnedCollectionTests
{
    public static TheoryData<ulong> Seeds => [1UL, 8UL, 42UL, 777UL, 65_536UL];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryElementHoldsItsConstraintsAndEveryCollectionItsCount(ulong seed)
    {
        var routes = new RouteFaker(seed).Route().Build(2_000);
        var tickets = new HashSet<int>();
        for (var i = 0; i < routes.Count; i++)
        {
            var route = routes[i];
            Referee.AssertValid(route, i);
            Assert.InRange(route.Stops.Count, 1, 6);
            Assert.InRange(route.Detours.Count, 0, 4);
            foreach (var stop in route.Stops.Concat(route.Detours))
            {
                Referee.AssertValid(stop, i);
                Referee.AssertValid(stop.Point, i);
                Assert.True(stop.Arrive < stop.Leave && stop.Leave - stop.Arrive <= 120, $"row {i}: {stop.Arrive} to {stop.Leave}");
            }
            // [Unique] holds among all the elements of one collection property, across rows.
            foreach (var stop in route.Stops) Assert.True(tickets.Add(stop.Ticket), $"row {i}: ticket {stop.Ticket} again");
        }
    }

    [Fact]
    public void CountsFollowTheirDeclarationOrTheDefault()
    {
        var routes = new RouteFaker(5).Route().Build(20_000);
        // Poisson(3) truncated to [1, 6].
        var weights = Enumerable.Range(1, 6).Select(k => Math.Pow(3, k) / Enumerable.Range(1, k).Aggregate(1.0, (f, j) => f * j)).ToArray();
        var mean = weights.Select((w, i) => (i + 1) * w).Sum() / weights.Sum();
        Assert.InRange(routes.Average(r => r.Stops.Count), mean - 0.03, mean + 0.03);
        for (var k = 1; k <= 6; k++)
            Assert.InRange(routes.Count(r => r.Stops.Count == k) / 20_000.0, weights[k - 1] / weights.Sum() - 0.012, weights[k - 1] / weights.Sum() + 0.012);
        // Without [Count]: 0 to 4, uniform.
        for (var k = 0; k <= 4; k++) Assert.InRange(routes.Count(r => r.Detours.Count == k) / 20_000.0, 0.185, 0.215);
    }

    [Fact]
    public void ElementsArePureFunctionsOfTheRowAndDrawApartPerCollection()
    {
        var builder = new RouteFaker(3).Route();
        var again = new RouteFaker(3).Route();
        for (var i = 0; i < 200; i += 7)
        {
            Assert.Equal(Describe(builder.BuildAt(i).Stops), Describe(again.BuildAt(i).Stops));
            Assert.Equal(Describe(builder.BuildAt(i).Detours), Describe(again.BuildAt(i).Detours));
        }
        var routes = builder.Build(500);
        Assert.True(routes.Count(r => r.Detours.Count > 0 && r.Stops[0].City == r.Detours.First().City) < 10);
        // A stream of rows gives the same elements as building them one by one.
        Assert.Equal(routes.Take(50).Select(r => Describe(r.Stops)), new RouteFaker(3).Route().Stream().Take(50).Select(r => Describe(r.Stops)));
    }

    [Fact]
    public void ADataSetHasNoTableForOwnedElementsAndTheyComeWithTheirOwner()
    {
        var data = new RouteFaker(4).DataSet().Count<Route>(100).Build();
        Assert.Equal([typeof(Route)], data.EntityTypes);
        Assert.Equal(100, data.Entities.Count());
        var built = new RouteFaker(4).Route().Build(100);
        Assert.Equal(built.Select(r => Describe(r.Stops)), data.Set<Route>().Select(r => Describe(r.Stops)));
        // A parallel build and a stream in parts give the same elements with the same owners.
        var parallel = new RouteFaker(4).DataSet().Count<Route>(100).InParallel(3).Build();
        Assert.Equal(built.Select(r => Describe(r.Detours)), parallel.Set<Route>().Select(r => Describe(r.Detours)));
        var parts = Enumerable.Range(0, 3).SelectMany(p => new RouteFaker(4).DataSet().Count<Route>(100).Stream(p, 3)).Cast<Route>();
        Assert.Equal(built.Select(r => Describe(r.Stops)), parts.Select(r => Describe(r.Stops)));
    }

    [Fact]
    public void TheFidelityReportChecksCountsElementsAndTheirInvariantsAndFindsBrokenOnes()
    {
        var data = new RouteFaker(6).DataSet().Count<Route>(300).Build();
        var elements = data.Set<Route>().Sum(r => r.Stops.Count);
        var report = FidelityReport.Measure(data);
        Assert.True(report.IsClean, report.ToJson());
        var checks = report.Entities.Single(e => e.Entity == "Route").Checks;
        Assert.Contains(checks, c => c.Kind == CheckKind.Count && c.Member == "Stops" && c.Checked == 300 && c.Target is > 2.5 and < 3.5);
        Assert.Contains(checks, c => c.Kind == CheckKind.Member && c.Member == "Stops.City" && c.Checked == elements);
        Assert.Contains(checks, c => c.Kind == CheckKind.Member && c.Member == "Detours.Point.Latitude");
        Assert.Contains(checks, c => c.Kind == CheckKind.Unique && c.Member == "Stops.Ticket" && c.Checked == elements);
        Assert.Contains(checks, c => c.Kind == CheckKind.Invariant && c.Member == "Stops" && c.Constraint == "[Invariant(\"Arrive < Leave\")]" && c.Checked == elements);

        var routes = data.Set<Route>();
        routes[3].Stops[0].Leave = routes[3].Stops[0].Arrive;
        routes[5].Stops[0].Ticket = routes[4].Stops[0].Ticket;
        routes[7].Stops.Clear();
        var again = FidelityReport.Measure(data).Entities.Single(e => e.Entity == "Route").Checks;
        Assert.Equal(1, again.Single(c => c.Member == "Stops" && c.Constraint == "[Invariant(\"Arrive < Leave\")]").Violations);
        Assert.Equal(1, again.Single(c => c.Kind == CheckKind.Unique && c.Member == "Stops.Ticket").Violations);
        Assert.Equal(1, again.Single(c => c.Kind == CheckKind.Count && c.Member == "Stops").Violations);
        Assert.Equal(0, again.Single(c => c.Member == "Detours" && c.Constraint == "[Invariant(\"Arrive < Leave\")]").Violations);
    }

    [Fact]
    public void GoldenValuesForSeed42()
    {
        var route = new RouteFaker(42).Route().BuildAt(0);
        Assert.Equal("3|1|Gusikowskiton,379,447,6425268,40.45|Whiteview,578,696,6948967,-16.00", $"{route.Stops.Count}|{route.Detours.Count}|{Describe(route.Stops.Take(1))}|{Describe(route.Detours)}");
    }

    private static string Describe(IEnumerable<Stop> stops) => string.Join(";", stops.Select(s => $"{s.City},{s.Arrive},{s.Leave},{s.Ticket},{s.Point.Latitude}"));
}
