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

    /// <summary>
    /// Whether, on PostgreSQL, the foreign keys and non-unique indexes of the tables being seeded (all empty) are dropped
    /// inside the seed's transaction while the rows are copied, and re-created exactly before it commits: the database
    /// validates every row against each foreign key once, at re-creation, instead of once per row, and builds each
    /// index in one pass. A failure anywhere rolls the schema back with the rows. It needs ownership of the tables
    /// (a table the user does not own keeps its constraints and is seeded with them), and it locks the seeded tables
    /// against readers, and their parent tables against writers, until the seed ends. A row refused by a foreign key
    /// is named by its key and the constraint (not by its position). <see langword="true"/> by default; other
    /// providers ignore it.
    /// </summary>
    public bool RecreateForeignKeysAndIndexes { get; init; } = true;
}
