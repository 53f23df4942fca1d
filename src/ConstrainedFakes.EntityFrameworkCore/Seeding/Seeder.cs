using System.Data.Common;
using ConstrainedFakes.EntityFrameworkCore.Checks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ConstrainedFakes.EntityFrameworkCore.Seeding;

/// <summary>
/// One seeding: rows in the order given (parents first), cut into batches of one table, all in one transaction
/// (its own, or a savepoint in the caller's).
/// A table that already holds rows is refused, so seeding never touches existing rows and a second seed never
/// duplicates. A failed batch is rolled back to its savepoint and replayed row by row to name the row to blame.
/// </summary>
internal sealed class Seeder
{
    private const string BatchSavepoint = "constrainedfakes_batch";
    private const string SeedSavepoint = "constrainedfakes_seed";

    private readonly DbContext _context;
    private readonly SeedOptions _options;
    private readonly IReadOnlyDictionary<object, long>? _totals;
    private readonly IProgress<SeedProgress>? _progress;
    private readonly ForwardReferences _writer;
    private readonly ModelCrossCheck _modelCheck;
    private readonly ChangeTrackerWriter _changeTracker;
    private readonly RebuiltConstraints? _rebuilt;
    private readonly Dictionary<SeedTable, long> _written = [];
    private readonly List<SeedTable> _tables = [];
    private readonly List<object> _batch;
    private SeedTable? _current;

    /// <param name="context">The context to seed.</param>
    /// <param name="options">Batch size and bulk path.</param>
    /// <param name="totals">Rows per table when known in advance, by <see cref="SeedTable.Key(object)"/>.</param>
    /// <param name="progress">Told after each batch.</param>
    public Seeder(DbContext context, SeedOptions options, IReadOnlyDictionary<object, long>? totals, IProgress<SeedProgress>? progress)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));
        _context = context;
        _options = options;
        _totals = totals;
        _progress = progress;
        _writer = new ForwardReferences(context, RowWriter.For(context, options));
        _modelCheck = new ModelCrossCheck(context, totals?.Where(t => t.Value > 0).Select(t => t.Key).OfType<Type>() ?? []);
        _changeTracker = new ChangeTrackerWriter(context);
        _rebuilt = RebuiltConstraints.For(context, options);
        _batch = new List<object>(options.BatchSize);
    }

    public async Task<IReadOnlyList<SeedProgress>> RunAsync(IEnumerable<object> rows, CancellationToken cancellationToken)
    {
        var database = _context.Database;
        var detectChanges = _context.ChangeTracker.AutoDetectChangesEnabled;
        _context.ChangeTracker.AutoDetectChangesEnabled = false;
        var relational = database.IsRelational();
        if (relational) await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Inside the caller's transaction (EF Core's own seeding may run in one), a savepoint stands in for it:
            // a failure undoes this seed and nothing else, and committing stays the caller's.
            var owned = database.CurrentTransaction is null;
            var transaction = !relational ? NoTransaction.Instance
                : database.CurrentTransaction ?? await database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (!owned && !transaction.SupportsSavepoints)
                throw new InvalidOperationException("Seeding within an open transaction needs savepoints, which this provider does not support; seed outside the transaction.");
            try
            {
                if (!owned) await transaction.CreateSavepointAsync(SeedSavepoint, cancellationToken).ConfigureAwait(false);
                foreach (var row in rows)
                {
                    ArgumentNullException.ThrowIfNull(row, nameof(rows));
                    if (_current?.Holds(row) != true) await SwitchTableAsync(row, transaction, cancellationToken).ConfigureAwait(false);
                    _batch.Add(_current!.Prepare(row));
                    if (_batch.Count == _options.BatchSize) await FlushAsync(transaction, cancellationToken).ConfigureAwait(false);
                }
                await FlushAsync(transaction, cancellationToken).ConfigureAwait(false);
                await _writer.FinishAsync(cancellationToken).ConfigureAwait(false);
                if (_rebuilt is not null) await _rebuilt.RecreateAsync(transaction, cancellationToken).ConfigureAwait(false);
                await AdvanceSequencesAsync(cancellationToken).ConfigureAwait(false);
                if (owned) await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                else await transaction.ReleaseSavepointAsync(SeedSavepoint, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                if (owned) await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                else await transaction.RollbackToSavepointAsync(SeedSavepoint, CancellationToken.None).ConfigureAwait(false);
                if (exception is OperationCanceledException or ArgumentNullException) throw;
                if (transaction == NoTransaction.Instance) throw new SeedException(_current?.Name ?? "(none)", "seeding stopped.", exception);
                if (exception is SeedException) throw;
                throw new SeedException(_current?.Name ?? "(none)", null, "the database refused a batch.", exception);
            }
            finally
            {
                if (owned) await transaction.DisposeAsync().ConfigureAwait(false);
            }
            return _tables.Select(t => new SeedProgress(t.RowType, t.Name, _written[t], _written[t])).ToArray();
        }
        finally
        {
            _context.ChangeTracker.Clear();
            _context.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
            if (relational) await database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private async Task SwitchTableAsync(object row, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        await FlushAsync(transaction, cancellationToken).ConfigureAwait(false);
        _current = _tables.FirstOrDefault(t => t.Holds(row));
        if (_current is not null) return;

        _current = SeedTable.For(_context, row);
        _modelCheck.Verify(_current.EntityType);
        var existing = await CountRowsAsync(_current, cancellationToken).ConfigureAwait(false);
        if (existing > 0)
        {
            throw new SeedException(_current.Name, null,
                $"the table already holds {existing} rows. Seeding never deletes or updates existing rows, and refuses a non-empty table so that seeding twice does not duplicate.");
        }
        if (_rebuilt is not null) await _rebuilt.DropAsync(_current, transaction, cancellationToken).ConfigureAwait(false);
        _tables.Add(_current);
        _written[_current] = 0;
    }

    private async Task FlushAsync(IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        if (_batch.Count == 0 || _current is null) return;
        var table = _current;
        if (transaction.SupportsSavepoints) await transaction.CreateSavepointAsync(BatchSavepoint, cancellationToken).ConfigureAwait(false);
        try
        {
            // The bulk path cannot map a join table's property bags, nor an owned type's columns.
            await (table.NeedsChangeTracker ? (RowWriter)_changeTracker : _writer).WriteAsync(table, _batch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && transaction.SupportsSavepoints)
        {
            await transaction.RollbackToSavepointAsync(BatchSavepoint, CancellationToken.None).ConfigureAwait(false);
            throw await BlameAsync(table, exception, cancellationToken).ConfigureAwait(false);
        }
        if (transaction.SupportsSavepoints) await transaction.ReleaseSavepointAsync(BatchSavepoint, cancellationToken).ConfigureAwait(false);

        _written[table] += _batch.Count;
        _batch.Clear();
        _progress?.Report(new SeedProgress(table.RowType, table.Name, _written[table], _totals?.GetValueOrDefault(table.Key())));
    }

    /// <summary>Replays the failed batch one row at a time through EF Core to find the first row the database refuses.</summary>
    private async Task<SeedException> BlameAsync(SeedTable table, Exception batchFailure, CancellationToken cancellationToken)
    {
        var oneByOne = _writer.Over(_changeTracker);
        for (var i = 0; i < _batch.Count; i++)
        {
            try
            {
                await oneByOne.WriteAsync(table, [_batch[i]], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return new SeedException(table.Name, table.Describe(_batch[i], _written[table] + i), "the database refused the row.", exception);
            }
        }
        return new SeedException(table.Name, null, "the database refused a batch whose rows it accepts one by one.", batchFailure);
    }

    private Task<long> CountRowsAsync(SeedTable table, CancellationToken cancellationToken) =>
        TableRows.CountAsync(_context, table.EntityType, cancellationToken);

    /// <summary>
    /// Keys were written as given, which does not move PostgreSQL's identity sequences: set each past the
    /// largest key seeded, so the application's own inserts do not collide with seeded rows.
    /// </summary>
    private async Task AdvanceSequencesAsync(CancellationToken cancellationToken)
    {
        if (_context.Database.ProviderName != BulkCopyWriter.PostgreSql) return;
        var sql = _context.GetService<ISqlGenerationHelper>();
        foreach (var table in _tables)
        {
            var tableName = sql.DelimitIdentifier(table.EntityType.GetTableName()!, table.EntityType.GetSchema());
            var identifier = StoreObjectIdentifier.Table(table.EntityType.GetTableName()!, table.EntityType.GetSchema());
            foreach (var key in table.EntityType.FindPrimaryKey()?.Properties ?? [])
            {
                if (key.ValueGenerated == ValueGenerated.Never) continue;
                if (Type.GetTypeCode(Nullable.GetUnderlyingType(key.ClrType) ?? key.ClrType) is not (TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64)) continue;
                var columnName = key.GetColumnName(identifier)!;
                var column = sql.DelimitIdentifier(columnName);
                await ScalarAsync(
                    $"SELECT setval(pg_get_serial_sequence({CheckDialect.Text(tableName)}, {CheckDialect.Text(columnName)}), (SELECT MAX({column}) FROM {tableName}))",
                    cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken) => TableRows.ScalarAsync(_context, sql, cancellationToken);
}
