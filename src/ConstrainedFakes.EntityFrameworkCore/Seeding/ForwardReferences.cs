using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ConstrainedFakes.EntityFrameworkCore.Seeding;

/// <summary>
/// Optional foreign keys that point forward, to a table not seeded yet: a cycle of keys that a data set breaks
/// at an optional one (a department's head is an employee, and employees belong to departments). Such a
/// row is written with the key (and its navigation) null, then set back at once, so the data set keeps its
/// values; once every row is in, an UPDATE per row sets the key in the database, in the same transaction.
/// </summary>
internal sealed class ForwardReferences(DbContext context, RowWriter inner) : RowWriter
{
    private readonly HashSet<IEntityType> _seen = [];
    private readonly List<Pending> _pending = [];

    /// <summary>
    /// The same keys held back over another writer (a failed batch replayed row by row), so that a row is
    /// judged without its forward keys, as it was written; what it holds back is never set, since the
    /// seeding is rolled back.
    /// </summary>
    public ForwardReferences Over(RowWriter other)
    {
        var replay = new ForwardReferences(context, other);
        replay._seen.UnionWith(_seen);
        return replay;
    }

    public override async Task WriteAsync(SeedTable table, IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        _seen.Add(table.EntityType);
        var forward = table.EntityType.GetForeignKeys()
            .Where(k => !k.IsRequired && k.PrincipalEntityType != table.EntityType && !_seen.Contains(k.PrincipalEntityType.GetRootType()) && !_seen.Contains(k.PrincipalEntityType))
            .Where(k => k.Properties.All(p => p.PropertyInfo is not null))
            .Select(k => (Key: k, Navigation: k.DependentToPrincipal?.PropertyInfo))
            .ToArray();
        if (forward.Length == 0)
        {
            await inner.WriteAsync(table, rows, cancellationToken).ConfigureAwait(false);
            return;
        }
        var held = new List<(object Row, IForeignKey Key, object?[] Values, System.Reflection.PropertyInfo? Navigation, object? Parent)>();
        foreach (var row in rows)
        {
            foreach (var (key, navigation) in forward)
            {
                var values = key.Properties.Select(p => p.PropertyInfo!.GetValue(row)).ToArray();
                if (values.All(v => v is null)) continue;
                held.Add((row, key, values, navigation, navigation?.GetValue(row)));
                foreach (var property in key.Properties) property.PropertyInfo!.SetValue(row, null);
                navigation?.SetValue(row, null);
            }
        }
        try
        {
            await inner.WriteAsync(table, rows, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var (row, key, values, navigation, parent) in held)
            {
                for (var i = 0; i < values.Length; i++) key.Properties[i].PropertyInfo!.SetValue(row, values[i]);
                navigation?.SetValue(row, parent);
            }
        }
        if (held.Count == 0) return;
        var primary = table.EntityType.FindPrimaryKey()!.Properties;
        foreach (var (row, key, values, _, _) in held)
            _pending.Add(new Pending(table, key, values, primary.Select(p => p.PropertyInfo!.GetValue(row)).ToArray()));
    }

    /// <summary>Sets every held key in the database (the connection is open, the seeding's transaction current).</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (!context.Database.IsRelational())
        {
            await FinishTrackedAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        var sql = context.GetService<ISqlGenerationHelper>();
        foreach (var pending in _pending)
        {
            var entityType = pending.Table.EntityType;
            var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
            var set = pending.Key.Properties.Select((p, i) => $"{sql.DelimitIdentifier(p.GetColumnName(store)!)} = {Parameter(command, sql, p, "v" + i, pending.Values[i])}");
            var where = entityType.FindPrimaryKey()!.Properties.Select((p, i) => $"{sql.DelimitIdentifier(p.GetColumnName(store)!)} = {Parameter(command, sql, p, "k" + i, pending.PrimaryKey[i])}");
            command.CommandText = $"UPDATE {sql.DelimitIdentifier(entityType.GetTableName()!, entityType.GetSchema())} SET {string.Join(", ", set)} WHERE {string.Join(" AND ", where)}";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        _pending.Clear();
    }

    /// <summary>A provider with no SQL: each row found by its key through EF Core, its held keys set, one <c>SaveChanges</c>.</summary>
    private async Task FinishTrackedAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0) return;
        foreach (var pending in _pending)
        {
            var row = await context.FindAsync(pending.Table.EntityType.ClrType, pending.PrimaryKey, cancellationToken).ConfigureAwait(false)
                ?? throw new SeedException(pending.Table.Name, null, "a row written with a key held back was not found again.");
            var entry = context.Entry(row);
            for (var i = 0; i < pending.Values.Length; i++) entry.Property(pending.Key.Properties[i]).CurrentValue = pending.Values[i];
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        context.ChangeTracker.Clear();
        _pending.Clear();
    }

    private static string Parameter(DbCommand command, ISqlGenerationHelper sql, IProperty property, string name, object? value)
    {
        // The property's own type mapping converts the value (value converters included) as EF Core would.
        command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable));
        return sql.GenerateParameterNamePlaceholder(name);
    }

    private sealed record Pending(SeedTable Table, IForeignKey Key, object?[] Values, object?[] PrimaryKey);
}
