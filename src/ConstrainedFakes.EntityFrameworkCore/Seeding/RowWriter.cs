using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Seeding;

/// <summary>Writes one batch of rows of one table inside the seeding's transaction.</summary>
internal abstract class RowWriter
{
    /// <summary>The bulk path on SQLite and PostgreSQL when <see cref="SeedOptions.BulkCopy"/> allows, EF Core's path otherwise.</summary>
    public static RowWriter For(DbContext context, SeedOptions options) =>
        options.BulkCopy && BulkCopyWriter.Supports(context) ? new BulkCopyWriter(context, options) : new ChangeTrackerWriter(context);

    public abstract Task WriteAsync(SeedTable table, IReadOnlyList<object> rows, CancellationToken cancellationToken);
}
