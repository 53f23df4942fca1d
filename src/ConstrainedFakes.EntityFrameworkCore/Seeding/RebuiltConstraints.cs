using System.Data.Common;
using System.Globalization;
using ConstrainedFakes.EntityFrameworkCore.Checks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ConstrainedFakes.EntityFrameworkCore.Seeding;

/// <summary>
/// PostgreSQL's advice for populating a database: the foreign keys and non-unique indexes of a table being seeded
/// are dropped inside the seed's transaction, before its first row, and re-created exactly as they were
/// (<c>pg_get_constraintdef</c>, <c>pg_get_indexdef</c>) before the commit. One validation of each foreign key over
/// all the rows and one sorted index build replace a trigger and an index insertion per row. The database still
/// checks every row when the foreign key comes back, and DDL is transactional: a failure anywhere rolls the drops
/// back with the rows, so the schema is never left changed. Unique indexes, keys and CHECKs stay, so a row they
/// refuse is still named at its batch.
/// </summary>
internal sealed class RebuiltConstraints(DbContext context)
{
    private const string Savepoint = "constrainedfakes_rebuild";

    private readonly HashSet<string> _tables = [];
    private readonly List<Dropped> _dropped = [];

    /// <summary>The rebuild on PostgreSQL when <see cref="SeedOptions.RecreateForeignKeysAndIndexes"/> allows, otherwise none.</summary>
    public static RebuiltConstraints? For(DbContext context, SeedOptions options) =>
        options.RecreateForeignKeysAndIndexes && context.Database.ProviderName == BulkCopyWriter.PostgreSql ? new RebuiltConstraints(context) : null;

    /// <summary>
    /// Drops the foreign keys and non-unique indexes of <paramref name="table"/>, which the seeder found empty. Only what
    /// the current user may re-create exactly is dropped: a table it does not own, or a constraint or index with
    /// something attached (a comment, a tablespace, statistics, a dependent object, partitions), is left in place,
    /// and its table is seeded with it, row by row, as without the rebuild.
    /// </summary>
    public async Task DropAsync(SeedTable table, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        var entityType = table.EntityType;
        var name = context.GetService<ISqlGenerationHelper>().DelimitIdentifier(entityType.GetTableName()!, entityType.GetSchema());
        if (!_tables.Add(name)) return;
        var found = await FindAsync(table, name, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0) return;
        await transaction.CreateSavepointAsync(Savepoint, cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var dropped in found) await ExecuteAsync(dropped.Drop, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException)
        {
            // Something the catalogue query did not foresee refused the drop: the table keeps everything, and is
            // seeded as it would be without the rebuild.
            await transaction.RollbackToSavepointAsync(Savepoint, CancellationToken.None).ConfigureAwait(false);
            return;
        }
        await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken).ConfigureAwait(false);
        _dropped.AddRange(found);
    }

    /// <summary>
    /// Re-creates everything dropped, indexes first (no row can fail them), then each foreign key, which validates
    /// every seeded row. A foreign key that fails names its constraint and the first row it refuses.
    /// </summary>
    public async Task RecreateAsync(IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var dropped in _dropped.OrderBy(d => d.IsForeignKey))
        {
            await transaction.CreateSavepointAsync(Savepoint, cancellationToken).ConfigureAwait(false);
            try
            {
                await ExecuteAsync(dropped.Create, cancellationToken).ConfigureAwait(false);
            }
            catch (DbException exception)
            {
                // The failed statement aborted the transaction; back at the savepoint, it can still find the row.
                await transaction.RollbackToSavepointAsync(Savepoint, CancellationToken.None).ConfigureAwait(false);
                throw await BlameAsync(dropped, exception, cancellationToken).ConfigureAwait(false);
            }
            await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken).ConfigureAwait(false);
        }
        _dropped.Clear();
    }

    private async Task<List<Dropped>> FindAsync(SeedTable table, string name, CancellationToken cancellationToken)
    {
        var relation = $"{CheckDialect.Text(name)}::regclass";
        // The table must be a plain one the current user owns (ALTER TABLE and DROP INDEX need ownership).
        const string owned = "t.relkind = 'r' AND NOT t.relispartition AND pg_has_role(t.relowner, 'USAGE')";
        var sql = $"""
            SELECT con.conname::text,
                   format('ALTER TABLE %s DROP CONSTRAINT %I', con.conrelid::regclass, con.conname),
                   format('ALTER TABLE %s ADD CONSTRAINT %I %s', con.conrelid::regclass, con.conname, pg_get_constraintdef(con.oid)),
                   con.confrelid::regclass::text,
                   ARRAY(SELECT quote_ident(a.attname) FROM unnest(con.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o),
                   ARRAY(SELECT quote_ident(a.attname) FROM unnest(con.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o)
            FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid
            WHERE con.conrelid = {relation} AND con.contype = 'f' AND con.convalidated AND con.conparentid = 0 AND {owned}
              AND has_table_privilege(con.confrelid, 'REFERENCES')
              AND obj_description(con.oid, 'pg_constraint') IS NULL
            UNION ALL
            SELECT ic.relname::text, format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid), NULL, NULL, NULL
            FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
            WHERE i.indrelid = {relation} AND NOT i.indisunique AND NOT i.indisprimary AND NOT i.indisexclusion
              AND i.indisvalid AND i.indisready AND i.indislive AND NOT i.indisclustered AND NOT i.indisreplident
              AND ic.reltablespace = 0 AND {owned}
              AND obj_description(i.indexrelid, 'pg_class') IS NULL
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
              AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = i.indexrelid AND a.attstattarget >= 0)
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.refclassid = 'pg_class'::regclass AND d.refobjid = i.indexrelid)
            """;
        var found = new List<Dropped>();
        await using var command = Command(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var reference = reader.IsDBNull(3) ? null : new Reference((string[])reader.GetValue(4), reader.GetString(3), (string[])reader.GetValue(5));
            found.Add(new Dropped(table, name, reader.GetString(0), reader.GetString(1), reader.GetString(2), reference));
        }
        return found;
    }

    /// <summary>The first row a foreign key refuses, found by the rule's own columns (MATCH SIMPLE: a null column passes).</summary>
    private async Task<SeedException> BlameAsync(Dropped dropped, DbException failure, CancellationToken cancellationToken)
    {
        if (dropped.Reference is not { } reference) return new SeedException(dropped.Table.Name, null, $"re-creating {dropped.Name} after the rows were copied failed.", failure);
        var why = $"the foreign key {dropped.Name}, re-created after the rows were copied, refused a row.";
        var sql = context.GetService<ISqlGenerationHelper>();
        var store = StoreObjectIdentifier.Table(dropped.Table.EntityType.GetTableName()!, dropped.Table.EntityType.GetSchema());
        var key = dropped.Table.EntityType.FindPrimaryKey()?.Properties.Select(p => "c." + sql.DelimitIdentifier(p.GetColumnName(store)!)) ?? [];
        var columns = reference.Columns;
        var parentColumns = reference.ParentColumns;
        var query = $"""
            SELECT {string.Join(", ", key.Concat(columns.Select(c => "c." + c)))} FROM {dropped.TableName} c
            WHERE {string.Join(" AND ", columns.Select(c => $"c.{c} IS NOT NULL"))}
              AND NOT EXISTS (SELECT 1 FROM {reference.Parent} p WHERE {string.Join(" AND ", columns.Select((c, i) => $"p.{parentColumns[i]} = c.{c}"))})
            LIMIT 1
            """;
        await using var command = Command(query);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return new SeedException(dropped.Table.Name, null, why, failure);
        var values = Enumerable.Range(0, reader.FieldCount)
            .Select(i => $"{reader.GetName(i)} = {Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}")
            .ToArray();
        var keyCount = values.Length - columns.Length;
        return new SeedException(
            dropped.Table.Name, $"({string.Join(", ", values.Take(keyCount))})",
            $"{why} Its {string.Join(", ", values.Skip(keyCount))} is no key of {reference.Parent}.", failure);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private DbCommand Command(string sql)
    {
        var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    /// <summary>A foreign key's columns and the columns of the table it refers to, quoted, in the key's order.</summary>
    private sealed record Reference(string[] Columns, string Parent, string[] ParentColumns);

    /// <summary>A dropped foreign key (with its <see cref="Reference"/>) or index, and the statements that drop and re-create it.</summary>
    private sealed record Dropped(SeedTable Table, string TableName, string Name, string Drop, string Create, Reference? Reference)
    {
        public bool IsForeignKey => Reference is not null;
    }
}
