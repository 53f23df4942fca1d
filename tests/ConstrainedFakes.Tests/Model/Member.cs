using System.ComponentModel.DataAnnotations;

namespace ConstrainedFakes.Tests.Model;

public enum Badge { Bronze, Silver, Gold }

/// <summary>[Unique] on every kind of member it supports.</summary>
public class Member
{
    public int Id { get; set; }

    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";

    [Unique, EmailAddress, MaxLength(40)]
    public string Email { get; set; } = "";

    [Unique, MaxLength(12)]
    public string UserName { get; set; } = "";

    [Unique, Range(1000, 50_999)]
    public int BadgeNumber { get; set; }

    [Unique, Range(0, 99.99)]
    public decimal Score { get; set; }

    [Unique, Range(typeof(DateTime), "2024-01-01", "2024-12-31")]
    public DateTime JoinedAt { get; set; }

    [Unique]
    public Guid Token { get; set; }

    [Unique, Nulls(0.2)]
    public string? Nickname { get; set; }
}

/// <summary>A unique member with a small domain: capacity 3.</summary>
public class Medal
{
    public int Id { get; set; }

    [Unique]
    public Badge Badge { get; set; }
}
