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

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CollectionsInsideElementsAndOwnedObjectsHoldTheirConstraintsAndCounts(ulong seed)
    {
        var routes = new RouteFaker(seed).Route().Build(2_000);
        var codes = new HashSet<int>();
        var tags = new HashSet<int>();
        for (var i = 0; i < routes.Count; i++)
        {
            var route = routes[i];
            foreach (var stop in route.Stops.Concat(route.Detours))
            {
                Assert.InRange(stop.Legs.Count, 0, 3);
                foreach (var leg in stop.Legs)
                {
                    Referee.AssertValid(leg, i);
                    Assert.True(leg.Minutes <= 90, $"row {i}: {leg.Minutes} minutes");
                }
            }
            // [Unique] holds among all the elements of one path (every stop's legs, of every row).
            foreach (var leg in route.Stops.SelectMany(s => s.Legs)) Assert.True(codes.Add(leg.Code), $"row {i}: code {leg.Code} again");
            Assert.InRange(route.Depot.Bays.Count, 1, 3);
            Assert.InRange(route.Depot.Spares.Count, 0, 4);
            foreach (var bay in route.Depot.Bays.Concat(route.Depot.Spares).Concat(route.Backup?.Bays ?? []).Concat(route.Backup?.Spares ?? []))
                Referee.AssertValid(bay, i);
            foreach (var bay in route.Depot.Bays) Assert.True(tags.Add(bay.Tag), $"row {i}: tag {bay.Tag} again");
            if (route.Backup is { } backup) Assert.InRange(backup.Bays.Count, 1, 3);
        }
        // Each is felt: some stops have legs, some have none; the backup depot is null at its rate.
        Assert.Contains(routes, r => r.Stops.Any(s => s.Legs.Count == 3));
        Assert.Contains(routes, r => r.Stops.Any(s => s.Legs.Count == 0));
        Assert.InRange(routes.Count(r => r.Backup is null), 850, 1_150);
    }

    [Fact]
    public void NestedElementsArePureFunctionsOfTheirPlaceAndDrawApartPerPath()
    {
        var built = new RouteFaker(11).Route().Build(300);
        var again = new RouteFaker(11).Route();
        for (var i = 0; i < 300; i += 13)
        {
            Assert.Equal(DescribeNested(built[i]), DescribeNested(again.BuildAt(i)));
        }
        // The same owned type in two places draws apart: the depot's bays are not the backup's, nor the stops' legs the detours'.
        Assert.True(built.Count(r => r.Backup is not null && r.Depot.Bays[0].Tag == r.Backup.Bays[0].Tag) < 3);
        Assert.True(built.Count(r => r.Stops[0].Legs.Count > 0 && r.Detours.FirstOrDefault()?.Legs.FirstOrDefault()?.Code == r.Stops[0].Legs[0].Code) < 3);
        var data = new RouteFaker(11).DataSet().Count<Route>(300);
        Assert.Equal(built.Select(DescribeNested), data.Stream().Cast<Route>().Select(DescribeNested));
        Assert.Equal(built.Select(DescribeNested), new RouteFaker(11).DataSet().Count<Route>(300).InParallel(3).Build().Set<Route>().Select(DescribeNested));
        var parts = Enumerable.Range(0, 3).SelectMany(p => new RouteFaker(11).DataSet().Count<Route>(300).Stream(p, 3)).Cast<Route>();
        Assert.Equal(built.Select(DescribeNested), parts.Select(DescribeNested));
    }

    [Fact]
    public void TheFidelityReportChecksNestedCollectionsByTheirPath()
    {
        var data = new RouteFaker(12).DataSet().Count<Route>(300).Build();
        var routes = data.Set<Route>();
        var legs = routes.Sum(r => r.Stops.Sum(s => s.Legs.Count));
        var report = FidelityReport.Measure(data);
        Assert.True(report.IsClean, report.ToJson());
        var checks = report.Entities.Single(e => e.Entity == "Route").Checks;
        Assert.Contains(checks, c => c.Kind == CheckKind.Count && c.Member == "Stops.Legs" && c.Checked == routes.Sum(r => r.Stops.Count));
        Assert.Contains(checks, c => c.Kind == CheckKind.Member && c.Member == "Stops.Legs.Minutes" && c.Checked == legs);
        Assert.Contains(checks, c => c.Kind == CheckKind.Unique && c.Member == "Stops.Legs.Code" && c.Checked == legs);
        Assert.Contains(checks, c => c.Kind == CheckKind.Invariant && c.Member == "Stops.Legs" && c.Constraint == "[Invariant(\"Minutes <= 90\")]" && c.Checked == legs);
        Assert.Contains(checks, c => c.Kind == CheckKind.Count && c.Member == "Depot.Bays" && c.Checked == 300);
        Assert.Contains(checks, c => c.Kind == CheckKind.Unique && c.Member == "Depot.Bays.Tag");
        Assert.Contains(checks, c => c.Kind == CheckKind.Member && c.Member == "Backup.Spares.Number");

        var stop = routes.First(r => r.Stops[0].Legs.Count > 0).Stops[0];
        stop.Legs[0].Minutes = 100;
        routes[2].Depot.Bays[0].Tag = routes[1].Depot.Bays[0].Tag;
        var again = FidelityReport.Measure(data).Entities.Single(e => e.Entity == "Route").Checks;
        Assert.Equal(1, again.Single(c => c.Kind == CheckKind.Invariant && c.Member == "Stops.Legs").Violations);
        Assert.Equal(1, again.Single(c => c.Kind == CheckKind.Unique && c.Member == "Depot.Bays.Tag").Violations);
    }

    [Fact]
    public void WithCollectionFixesTheElementsAndChecksTheirCount()
    {
        Stop[] stops = [new() { City = "Here", Arrive = 10, Leave = 20, Point = new Waypoint(), Legs = [] }, new() { City = "There", Arrive = 30, Leave = 40, Point = new Waypoint(), Legs = [] }];
        Bay[] bays = [new() { Number = 3, Tag = 7 }];
        var routes = new RouteFaker(13).Route().WithStops(stops).WithDepot_Bays(bays).WithDetours([]).Build(50);
        Assert.All(routes, r => Assert.Equal(stops, r.Stops));
        Assert.All(routes, r => Assert.Equal(bays, r.Depot.Bays));
        Assert.All(routes, r => Assert.Empty(r.Detours));
        // The other members, and the collections not fixed, are drawn as usual: the same as without the fixed ones.
        var free = new RouteFaker(13).Route().Build(50);
        Assert.Equal(free.Select(r => $"{r.Priority}|{r.Depot.Name}|{r.Depot.Spares.Count}"), routes.Select(r => $"{r.Priority}|{r.Depot.Name}|{r.Depot.Spares.Count}"));

        var builder = new RouteFaker(13).Route();
        var tooMany = Assert.Throws<ConstraintViolationException>(() => builder.WithStops(Enumerable.Repeat(stops[0], 7)));
        Assert.Contains("Stops.Count = 7 breaks [Count(1, 6, Mean = 3)]", tooMany.Message);
        Assert.Throws<ConstraintViolationException>(() => builder.WithDepot_Bays([]));
        Assert.Throws<ArgumentException>(() => builder.WithStops([stops[0], null!]));
        // A refused value leaves the builder as it was.
        Assert.Equal(Describe(new RouteFaker(13).Route().BuildAt(4).Stops), Describe(builder.BuildAt(4).Stops));
    }

    [Fact]
    public void TheSameOwnedTypeInTwoCollectionsDrawsApartAndIsUniquePerProperty()
    {
        var data = new RouteFaker(14).DataSet().Count<Route>(3_000).Build();
        var routes = data.Set<Route>();
        // [Unique] on Stop.Ticket holds among each property's elements, every row's: the stops', and the detours'.
        var stops = routes.SelectMany(r => r.Stops).Select(s => s.Ticket).ToList();
        var detours = routes.SelectMany(r => r.Detours).Select(s => s.Ticket).ToList();
        Assert.Equal(stops.Count, stops.Distinct().Count());
        Assert.Equal(detours.Count, detours.Distinct().Count());
        // Each property draws on streams of its own: a row's first stop and first detour differ in every member.
        var pairs = routes.Where(r => r.Detours.Count > 0).Select(r => (Stop: r.Stops[0], Detour: r.Detours.First())).ToList();
        Assert.True(pairs.Count > 2_000);
        Assert.True(pairs.Count(p => p.Stop.Arrive == p.Detour.Arrive) < pairs.Count / 50, "arrivals drawn together");
        Assert.True(pairs.Count(p => p.Stop.Ticket == p.Detour.Ticket) < 3, "tickets drawn together");
        Assert.True(pairs.Count(p => p.Stop.Point.Latitude == p.Detour.Point.Latitude) < pairs.Count / 50, "points drawn together");

        // The report judges [Unique] per property: a detour sharing a stop's ticket breaks nothing, two detours sharing one do.
        var report = FidelityReport.Measure(data).Entities.Single(e => e.Entity == "Route").Checks;
        Assert.Equal(stops.Count, report.Single(c => c.Kind == CheckKind.Unique && c.Member == "Stops.Ticket").Checked);
        Assert.Equal(detours.Count, report.Single(c => c.Kind == CheckKind.Unique && c.Member == "Detours.Ticket").Checked);
        var withDetours = routes.Where(r => r.Detours.Count > 0).ToList();
        withDetours[0].Detours.First().Ticket = withDetours[0].Stops[0].Ticket;
        var again = FidelityReport.Measure(data).Entities.Single(e => e.Entity == "Route").Checks;
        Assert.Equal(0, again.Single(c => c.Kind == CheckKind.Unique && c.Member == "Stops.Ticket").Violations);
        Assert.Equal(0, again.Single(c => c.Kind == CheckKind.Unique && c.Member == "Detours.Ticket").Violations);
        withDetours[1].Detours.First().Ticket = withDetours[2].Detours.First().Ticket;
        Assert.Equal(1, FidelityReport.Measure(data).Entities.Single(e => e.Entity == "Route").Checks.Single(c => c.Kind == CheckKind.Unique && c.Member == "Detours.Ticket").Violations);
    }

    private static string DescribeNested(Route route)
        => string.Join("|", route.Stops.Select(s => string.Join(",", s.Legs.Select(l => $"{l.Minutes}/{l.Code}"))))
            + "#" + string.Join(",", route.Depot.Bays.Concat(route.Depot.Spares).Select(b => $"{b.Number}/{b.Tag}"))
            + "#" + (route.Backup is null ? "-" : string.Join(",", route.Backup.Bays.Concat(route.Backup.Spares).Select(b => $"{b.Number}/{b.Tag}")));

    [Fact]
    public void GoldenValuesForSeed42()
    {
        var route = new RouteFaker(42).Route().BuildAt(0);
        Assert.Equal("3|1|Gusikowskiton,379,447,6425268,40.45|Whiteview,578,696,6948967,-16.00", $"{route.Stops.Count}|{route.Detours.Count}|{Describe(route.Stops.Take(1))}|{Describe(route.Detours)}");
    }

    private static string Describe(IEnumerable<Stop> stops) => string.Join(";", stops.Select(s => $"{s.City},{s.Arrive},{s.Leave},{s.Ticket},{s.Point.Latitude}"));
}
