using ConstrainedFakes.Tests.Graph;

namespace ConstrainedFakes.Tests;

public class OneToOneTests
{
    [Fact]
    public void EachPrincipalHasItsOwnDependentOnBothSides()
    {
        var data = new MembershipFaker(4).DataSet().Count<Member>(2_000).Build();
        var members = data.Set<Member>();
        var profiles = data.Set<Profile>();
        Assert.Equal(members.Count, profiles.Count);
        Assert.All(members, m =>
        {
            Assert.NotNull(m.Profile);
            Assert.Same(m, m.Profile.Member);
            Assert.Equal(m.Id, m.Profile.MemberId);
            if (m.Card is not null) Assert.Same(m, m.Card.Member);
        });
        var cards = data.Set<LoyaltyCard>();
        Assert.Equal(cards.Count, cards.Select(c => c.MemberId).Distinct().Count());
        Assert.InRange(cards.Count / (double)members.Count, 0.45, 0.55);
        Assert.Equal(cards.Count, members.Count(m => m.Card is not null));
        // Parents first: members, then their profiles and cards.
        Assert.Equal(typeof(Member), data.EntityTypes[0]);
    }
}
