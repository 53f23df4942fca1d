namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// The nine members <see cref="Contract"/> and <see cref="CorrelatedContract"/> share, so one set of Bogus rules
/// serves both.
/// </summary>
public interface IContract
{
    /// <summary>The key.</summary>
    int Id { get; set; }

    /// <summary>The company's name.</summary>
    string CompanyName { get; set; }

    /// <summary>The contact's email address.</summary>
    string ContactEmail { get; set; }

    /// <summary>The contract's value.</summary>
    decimal Value { get; set; }

    /// <summary>The discount rate.</summary>
    decimal Discount { get; set; }

    /// <summary>When it was signed.</summary>
    DateTime SignedAt { get; set; }

    /// <summary>How long it runs.</summary>
    int DurationMonths { get; set; }

    /// <summary>The company's annual revenue.</summary>
    decimal AnnualRevenue { get; set; }

    /// <summary>The currency.</summary>
    string Currency { get; set; }
}
