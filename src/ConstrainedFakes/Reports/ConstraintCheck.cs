namespace ConstrainedFakes.Reports;

/// <summary>
/// One declared constraint of one entity, checked or measured on the rows. Hard constraints count
/// <see cref="Violations"/> (which must be 0); measured ones (<see cref="CheckKind.Nulls"/>,
/// <see cref="CheckKind.Correlation"/>, <see cref="CheckKind.Marginal"/>) give their figures and never count as violations.
/// </summary>
public sealed record ConstraintCheck
{
    /// <summary>What is checked.</summary>
    public required CheckKind Kind { get; init; }

    /// <summary>The member the constraint is declared on, or null for a constraint of the whole entity.</summary>
    public string? Member { get; init; }

    /// <summary>The declaration as written, e.g. <c>[Range(1, 10)]</c> or <c>Discount &lt;= 0.3m * Value</c>.</summary>
    public required string Constraint { get; init; }

    /// <summary>Whether a violation of it is an error (every declared hard constraint), rather than a measurement.</summary>
    public bool IsHard => Kind is not (CheckKind.Nulls or CheckKind.Correlation or CheckKind.Marginal);

    /// <summary>How many rows (or parents, or pairs) the constraint applied to: a null value, for example, is not checked by <c>[Range]</c>.</summary>
    public long Checked { get; init; }

    /// <summary>How many of them break it (0 for a measurement).</summary>
    public long Violations { get; init; }

    /// <summary>The first few violations, each naming the row and the values involved.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>The declared target: a null rate, a rank correlation, a distribution's mean.</summary>
    public double? Target { get; init; }

    /// <summary>The achieved value of the same figure.</summary>
    public double? Achieved { get; init; }

    /// <summary>The sample standard deviation of a measured member.</summary>
    public double? StandardDeviation { get; init; }

    /// <summary>The declared distribution's standard deviation, truncated to the member's declared range.</summary>
    public double? TargetStandardDeviation { get; init; }

    /// <summary>The Kolmogorov–Smirnov statistic against the declared distribution truncated to the declared range.</summary>
    public double? KolmogorovSmirnov { get; init; }
}
