namespace ConstrainedFakes.EntityFrameworkCore;

/// <summary>How seeding writes.</summary>
public sealed record SeedOptions
{
    /// <summary>The default <see cref="BatchSize"/>.</summary>
    public const int DefaultBatchSize = 10_000;

    /// <summary>Rows per batch: one bulk copy, or one <c>SaveChanges</c> on EF Core's path; progress is reported after each.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>
    /// Whether SQLite and PostgreSQL are written by bulk copy (multi-row inserts on SQLite, binary COPY on PostgreSQL).
    /// When <see langword="false"/>, or on other providers, rows go through EF Core's change tracker and <c>SaveChanges</c>.
    /// </summary>
    public bool BulkCopy { get; init; } = true;
}
