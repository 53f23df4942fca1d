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
                else Add(context.Entry(row), context.Database.ProviderName == BulkCopyWriter.Sqlite);
            }
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Memory stays flat, and a failed batch leaves nothing tracked for the next attempt.
            context.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Marks the row added with its owned objects (their columns are the row's) and the elements of its owned
    /// collections (rows of their own table, keyed by the row), and nothing else it leads to.
    /// </summary>
    /// <param name="entry">The row.</param>
    /// <param name="numbersElements">
    /// Whether to number each owned collection's elements 1, 2, ... in the store-generated part of their key: SQLite
    /// generates no value for a column of a composite key (EF Core issue 26521), so EF Core alone cannot insert them.
    /// </param>
    private static void Add(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, bool numbersElements)
    {
        entry.State = EntityState.Added;
        foreach (var owned in entry.References.Where(r => r.Metadata.TargetEntityType.IsOwned() && r.CurrentValue is not null))
            Add(owned.TargetEntry!, numbersElements);
        foreach (var owned in entry.Collections.Where(c => c.Metadata.TargetEntityType.IsOwned() && c.CurrentValue is not null))
        {
            var ordinal = 0;
            foreach (var element in owned.CurrentValue!)
            {
                var elementEntry = owned.FindEntry(element)!;
                Add(elementEntry, numbersElements);
                ordinal++;
                if (!numbersElements) continue;
                foreach (var key in elementEntry.Metadata.FindPrimaryKey()!.Properties.Where(p => !p.IsForeignKey() && p.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never && p.ClrType == typeof(int)))
                {
                    var property = elementEntry.Property(key.Name);
                    property.CurrentValue = ordinal;
                    property.IsTemporary = false;
                }
            }
        }
    }
}
