using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Seeding;

/// <summary>EF Core's own path: every provider, one <c>SaveChanges</c> per batch.</summary>
internal sealed class ChangeTrackerWriter(DbContext context) : RowWriter
{
    public override async Task WriteAsync(SeedTable table, IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        try
        {
            // Each row is marked Added on its own, not with AddRange: a data set's navigations lead to rows of
            // earlier batches, which AddRange would insert again; the foreign keys already say everything.
            foreach (var row in rows)
            {
                // A join table's property bag is a shared-type entity: only its named set can track it.
                if (table.IsPropertyBag) context.Set<Dictionary<string, object>>(table.EntityType.Name).Add((Dictionary<string, object>)row);
                else context.Entry(row).State = EntityState.Added;
            }
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Memory stays flat, and a failed batch leaves nothing tracked for the next attempt.
            context.ChangeTracker.Clear();
        }
    }
}
