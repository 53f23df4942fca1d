using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Seeding;

/// <summary>EF Core's own path: every provider, one <c>SaveChanges</c> per batch.</summary>
internal sealed class ChangeTrackerWriter(DbContext context) : RowWriter
{
    public override Task WriteAsync(SeedTable table, IReadOnlyList<object> rows, CancellationToken cancellationToken) =>
        SqlServerIdentityInsert.AroundAsync(context, table, () => SaveAsync(table, rows, cancellationToken), cancellationToken);

    private async Task SaveAsync(SeedTable table, IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        try
        {
            // Each row is marked Added on its own, not with AddRange: a data set's navigations lead to rows of
            // earlier batches, which AddRange would insert again; the foreign keys already say everything.
            foreach (var row in rows)
            {
                // A join table's property bag is a shared-type entity: only its named set can track it.
                if (table.IsPropertyBag) context.Set<Dictionary<string, object>>(table.EntityType.Name).Add((Dictionary<string, object>)row);
                else Add(context.Entry(row));
            }
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Memory stays flat, and a failed batch leaves nothing tracked for the next attempt.
            context.ChangeTracker.Clear();
        }
    }

    /// <summary>Marks the row added with its owned objects (their columns are the row's), and nothing else it leads to.</summary>
    private static void Add(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        entry.State = EntityState.Added;
        foreach (var owned in entry.References.Where(r => r.Metadata.TargetEntityType.IsOwned() && r.CurrentValue is not null))
            Add(owned.TargetEntry!);
    }
}
