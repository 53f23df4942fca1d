using ConstrainedFakes.Tests.Graph;
using CsCheck;

namespace ConstrainedFakes.Tests;

public class StateMachineTests
{
    private static readonly Dictionary<ClaimStatus, ClaimStatus[]> Allowed = new()
    {
        [ClaimStatus.Filed] = [ClaimStatus.UnderReview, ClaimStatus.Withdrawn],
        [ClaimStatus.UnderReview] = [ClaimStatus.Approved, ClaimStatus.Denied, ClaimStatus.MoreInfoRequested],
        [ClaimStatus.MoreInfoRequested] = [ClaimStatus.UnderReview, ClaimStatus.Withdrawn],
        [ClaimStatus.Approved] = [ClaimStatus.Paid],
    };

    [Fact]
    public void EveryClaimsEventsAreAPathFromFiledWithIncreasingTimes()
        => Gen.ULong.Sample(seed =>
        {
            var data = new ClaimFaker(seed).DataSet().Count<Claim>(500).Build();
            foreach (var claim in data.Set<Claim>())
            {
                var events = claim.Events;
                Assert.InRange(events.Count, 1, 7);
                Assert.Equal(ClaimStatus.Filed, events[0].Status);
                for (var i = 1; i < events.Count; i++)
                {
                    Assert.Contains(events[i].Status, Allowed.GetValueOrDefault(events[i - 1].Status, []));
                    Assert.True(events[i].OccurredAt > events[i - 1].OccurredAt, "times strictly increase along the path");
                }
                Assert.All(events, e => Assert.InRange(e.OccurredAt, new DateTime(2024, 1, 1), new DateTime(2024, 12, 31)));
                Assert.True(events[0].OccurredAt >= claim.FiledAt, "the first event is not before the claim was filed");
                Assert.Equal(events[^1].Status, claim.Status);
            }
        }, iter: 20);

    [Fact]
    public void EveryReachableStateAppearsAndPathLengthsAreNotBiasedShort()
    {
        var events = new ClaimFaker(3).DataSet().Count<Claim>(20_000).Build().Set<Claim>().Select(c => c.Events).ToList();
        Assert.Equal(Enum.GetValues<ClaimStatus>().Order(), events.SelectMany(e => e).Select(e => e.Status).Distinct().Order());
        // Lengths 1..7 all have paths; each is drawn uniformly (1/7 each).
        foreach (var group in events.GroupBy(e => e.Count))
            Assert.InRange(group.Count() / (double)events.Count, 1 / 7.0 - 0.015, 1 / 7.0 + 0.015);
    }

    [Fact]
    public void StreamAgreesWithBuildOnStatesAndTimes()
    {
        var built = new ClaimFaker(8).DataSet().Count<Claim>(100).Build().Entities.Select(GraphIntegrity.Columns).ToList();
        var streamed = new ClaimFaker(8).DataSet().Count<Claim>(100).Stream().Select(GraphIntegrity.Columns).ToList();
        Assert.Equal(built, streamed);
    }

    [Fact]
    public void ARuleWithSeveralSourcesAllowsEachOfThem()
    {
        var paths = new CrateFaker(5).DataSet().Count<Crate>(2_000).Build().Set<Crate>()
            .Select(s => string.Join(" ", s.Events.Select(e => e.State))).ToHashSet();
        string[] allowed =
        [
            "Packed", "Packed InTransit", "Packed Held",
            "Packed InTransit Delivered", "Packed InTransit Returned", "Packed Held Delivered", "Packed Held Returned",
        ];
        Assert.Equal(allowed.Order(), paths.Order());
    }

    [Fact]
    public void AMisspeltStateIsRefusedClearly()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new TicketFaker(1).DataSet().Build());
        Assert.Contains("\"Closd\" is not a member of the enum (its members are Open, Closed)", error.Message);
    }
}
