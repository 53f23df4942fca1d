using System.ComponentModel.DataAnnotations;

namespace ConstrainedFakes.Tests.Model;

/// <summary>A positional record: built through its constructor.</summary>
public record Person(string FirstName, string LastName, [property: Range(0, 130)] int Age)
{
    public string Email { get; init; } = "";
}

/// <summary>required and init-only members, set by an object initializer.</summary>
public class Account
{
    public required Guid Id { get; init; }

    [Required, MaxLength(50)]
    public required string CompanyName { get; init; }

    [Range(typeof(DateOnly), "2020-01-01", "2020-12-31")]
    public DateOnly OpenedOn { get; init; }

    [Range(typeof(TimeSpan), "1.00:00:00", "30.00:00:00")]
    public TimeSpan Grace { get; init; }

    public List<string> Tags { get; set; } = new();
}

/// <summary>Constraints that leave no value: every build must throw, clearly.</summary>
public class Impossible
{
    public int Id { get; set; }

    [Range(10, 5)]
    public int Backwards { get; set; }

    /// <summary>The validator compares allowed values with Equals: a double never equals a decimal.</summary>
    [AllowedValues(1.5, 2.5)]
    public decimal Price { get; set; }
}

/// <summary>A string with denied values among few possibilities: bounded redraw, never an endless loop.</summary>
public class Ticket
{
    public int Id { get; set; }

    [Length(1, 1), DeniedValues("a", "b", "c", "d", "e")]
    public string Letter { get; set; } = "";

    [Semantic(SemanticKind.CountryCode), DeniedValues("US", "GB", "DE")]
    public string Country { get; set; } = "";
}

/// <summary>Each member's own range is fine; together with the relation they leave nothing.</summary>
public class Backdated
{
    public int Id { get; set; }

    [Range(typeof(DateTime), "2025-01-01", "2025-12-31")]
    public DateTime Start { get; set; }

    [Range(typeof(DateTime), "2024-01-01", "2024-12-31")]
    [GreaterThan(nameof(Start))]
    public DateTime End { get; set; }
}

/// <summary>A relation to a member that does not exist.</summary>
public class Misspelt
{
    public int Id { get; set; }

    public DateTime Start { get; set; }

    [GreaterThan("Strat")]
    public DateTime End { get; set; }
}
