using System.Collections.Concurrent;
using System.Reflection;
using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Seeding;

/// <summary>
/// The bulk path through linq2db.EntityFrameworkCore, which maps rows with the EF Core model (columns, value
/// converters) and joins the context's open transaction: multi-row inserts on SQLite, binary COPY on PostgreSQL.
/// Keys are written as given (<c>KeepIdentity</c>), since the data set's foreign keys refer to them.
/// </summary>
internal sealed class BulkCopyWriter : RowWriter
{
    internal const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";
    public const string PostgreSql = "Npgsql.EntityFrameworkCore.PostgreSQL";

    private static readonly MethodInfo WriteTypedMethod =
        typeof(BulkCopyWriter).GetMethod(nameof(WriteTypedAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private static readonly ConcurrentDictionary<Type, MethodInfo> WriteTyped = new();

    private readonly DbContext _context;
    private readonly BulkCopyOptions _options;

    static BulkCopyWriter() => LinqToDBForEFTools.Initialize();

    public BulkCopyWriter(DbContext context, SeedOptions options)
    {
        _context = context;
        _options = new BulkCopyOptions
        {
            BulkCopyType = context.Database.ProviderName == PostgreSql ? BulkCopyType.ProviderSpecific : BulkCopyType.MultipleRows,
            KeepIdentity = true,
            MaxBatchSize = options.BatchSize,
        };
    }

    public static bool Supports(DbContext context) => context.Database.ProviderName is Sqlite or PostgreSql;

    public override Task WriteAsync(SeedTable table, IReadOnlyList<object> rows, CancellationToken cancellationToken) =>
        (Task)WriteTyped.GetOrAdd(table.RowType, type => WriteTypedMethod.MakeGenericMethod(type))
            .Invoke(this, [rows, cancellationToken])!;

    private Task WriteTypedAsync<T>(IReadOnlyList<object> rows, CancellationToken cancellationToken) where T : class =>
        _context.BulkCopyAsync(_options, rows.Cast<T>(), cancellationToken);
}
