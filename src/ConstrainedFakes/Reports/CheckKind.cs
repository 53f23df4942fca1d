namespace ConstrainedFakes.Reports;

/// <summary>What a <see cref="ConstraintCheck"/> checks or measures.</summary>
public enum CheckKind
{
    /// <summary>A single-member declaration: <c>[Range]</c>, lengths, <c>[Required]</c>, <c>[AllowedValues]</c>, non-nullable text, ...</summary>
    Member,

    /// <summary>An order relation with another member or a path through a navigation (<c>[GreaterThan]</c> and the like).</summary>
    Relation,

    /// <summary>An <c>[Invariant]</c> expression.</summary>
    Invariant,

    /// <summary>A <c>[Computed]</c> member's stored value equals its expression over the row.</summary>
    Computed,

    /// <summary>A foreign key resolves to a row of its parent table, and its navigation agrees with it.</summary>
    ForeignKey,

    /// <summary>No two rows share a key, a <c>[Unique]</c> value or a unique index's values.</summary>
    Unique,

    /// <summary>Children per parent within a <c>[Count(min, max)]</c>.</summary>
    Count,

    /// <summary>A <c>[Sequence]</c>'s events form a path of the state machine with strictly increasing times.</summary>
    StatePath,

    /// <summary>A <c>[CurrentStateOf]</c> member equals the state of the last event.</summary>
    CurrentState,

    /// <summary>The null rate of a member with <c>[Nulls]</c> (measured, not a hard constraint).</summary>
    Nulls,

    /// <summary>Achieved against target Spearman rank correlation of a <c>[Correlated]</c> pair (measured).</summary>
    Correlation,

    /// <summary>Mean, standard deviation and Kolmogorov–Smirnov statistic against a declared distribution (measured).</summary>
    Marginal,

    /// <summary>The share of rows at a bound the member declares, against the <c>[EdgeCases]</c> rate (measured).</summary>
    EdgeCases,

    /// <summary>The share of rows just below, at and just above a <c>[Threshold]</c>, against its probability (measured).</summary>
    Threshold,
}
