using System.Globalization;
using System.Text.Json.Serialization;

namespace ConstrainedFakes.Reports;

/// <summary>
/// One declared constraint of one entity, checked or measured on the rows. Hard constraints count
/// <see cref="Violations"/> (which must be 0); measured ones (<see cref="CheckKind.Nulls"/>,
/// <see cref="CheckKind.Correlation"/>, <see cref="CheckKind.Marginal"/>, <see cref="CheckKind.EdgeCases"/>,
/// <see cref="CheckKind.Threshold"/>) give their figures and never count as violations.
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
    public bool IsHard => Kind is not (CheckKind.Nulls or CheckKind.Correlation or CheckKind.Marginal or CheckKind.EdgeCases or CheckKind.Threshold);

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

    /// <summary>What a measured check (or a <c>[Count]</c>, or a state path) saw, to draw; never written to the JSON.</summary>
    [JsonIgnore]
    public CheckFigure? Figure { get; init; }

    /// <summary>
    /// The figures, as the console table shows them: <c>0.5812 (target 0.6)</c>; for a marginal, mean, standard
    /// deviation and the Kolmogorov–Smirnov statistic; empty when there are none.
    /// </summary>
    public string Measured() => Kind switch
    {
        CheckKind.Marginal => $"mean {F(Achieved)} (target {F(Target)}), sd {F(StandardDeviation)} (target {F(TargetStandardDeviation)}), KS {F(KolmogorovSmirnov)}",
        _ when Achieved is not null && Target is not null => $"{F(Achieved)} (target {F(Target)})",
        _ when Achieved is not null => $"mean {F(Achieved)}",
        _ => "",
    };

    private static string F(double? value) => value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "-";
}
