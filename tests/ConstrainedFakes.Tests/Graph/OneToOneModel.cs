using System.ComponentModel.DataAnnotations;

namespace ConstrainedFakes.Tests.Graph;

// One-to-one: every member has exactly one profile, and at most one loyalty card.

[ConstrainedFaker(typeof(Member))]
public partial class MembershipFaker;

public class Member
{
    public int Id { get; set; }

    [MaxLength(40)]
    public string FirstName { get; set; } = "";

    /// <summary>Required: each member has its profile.</summary>
    public Profile Profile { get; set; } = null!;

    /// <summary>Optional: a member may have no card.</summary>
    public LoyaltyCard? Card { get; set; }
}

public class Profile
{
    public int Id { get; set; }

    public int MemberId { get; set; }

    public Member Member { get; set; } = null!;

    [MaxLength(200)]
    public string Bio { get; set; } = "";
}

public class LoyaltyCard
{
    public int Id { get; set; }

    public int MemberId { get; set; }

    public Member Member { get; set; } = null!;

    [Range(0, 10_000)]
    public int Points { get; set; }
}
