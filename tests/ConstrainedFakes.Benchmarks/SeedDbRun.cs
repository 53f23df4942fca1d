using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ConstrainedFakes.DataSets;
using ConstrainedFakes.EntityFrameworkCore;
using ConstrainedFakes.EntityFrameworkCore.Seeding;
using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// <c>--seed-db [--rows N] [--ef-rows M] [--rounds R] [--postgres CS]</c>: seeding throughput of the store of
/// <c>StoreGraph.cs</c> (six tables) into SQLite, or PostgreSQL with <c>--postgres</c>. Each contender writes
/// the same rows (seed 42) into a fresh, empty database of its own, schema made before the clock starts:
/// <list type="bullet">
/// <item><c>SeedAsync</c> of a data set, the clock running from before <c>Build()</c>, so generation is included;</item>
/// <item><c>SeedAsync</c> of a <c>Stream()</c>, generation included, at constant memory;</item>
/// <item>a raw bulk copy of pre-built rows: linq2db's <c>BulkCopyAsync</c>, one call per table in one transaction,
/// with the options the seeding uses, and no generation (the rows are built before the clock starts);</item>
/// <item>on PostgreSQL, the same raw bulk copy with the foreign keys and non-unique indexes dropped before and
/// re-created after, in its transaction, as <c>SeedAsync</c> does there by default;</item>
/// <item>EF Core as a typical user writes it: <c>AddRange(rows)</c> then one <c>SaveChanges()</c>, change detection
/// on (the default), pre-built rows. It takes minutes for a million rows, so it runs on a smaller store of
/// about <c>--ef-rows</c> entities, where the other two contenders run again for a same-size comparison.</item>
/// </list>
/// The contenders of one size run in alternating rounds (<c>--rounds</c>, 3 by default), so load from elsewhere on
/// the machine hits them alike; the median round counts. Every round's rows are counted back from the database; a
/// count that differs between contenders or rounds fails the run.
/// </summary>
public static class SeedDbRun
{
    public const long DefaultRows = 1_000_000;
    public const long DefaultEfRows = 100_000;
    public const int DefaultRounds = 3;
    private const long WarmUpRows = 2_000;
    private const double TargetVersusEfCore = 10.0;
    private const double TargetVersusBulkCopy = 0.7;

    private const string SeedBuilt = "SeedAsync(data set), generation included";
    private const string SeedStream = "SeedAsync(stream), generation included";
    private const string RawBulkCopy = "raw bulk copy (linq2db), pre-built rows";
    private const string RawBulkCopyRebuilt = "raw bulk copy, FKs and indexes rebuilt";
    private const string EfCore = "EF Core AddRange + SaveChanges, pre-built";

    private sealed record Contender(string Name, bool PreBuilt, Func<StoreDbContext, StoreDataSet, DataSet?, Task> Write);

    /// <summary>One contender's rounds at one store size: the rows it wrote (the same in every round) and each round's time.</summary>
    private sealed record Result(long Size, string Contender, long Rows, IReadOnlyList<TimeSpan> Rounds)
    {
        public TimeSpan Median
        {
            get
            {
                var sorted = Rounds.Order().ToArray();
                return (sorted[(sorted.Length - 1) / 2] + sorted[sorted.Length / 2]) / 2;
            }
        }

        public double RowsPerSecond => Rows / Median.TotalSeconds;

        public double SlowestRowsPerSecond => Rows / Rounds.Max().TotalSeconds;

        public double FastestRowsPerSecond => Rows / Rounds.Min().TotalSeconds;
    }

    private static readonly Contender BulkCopied = new(RawBulkCopy, true, BulkCopyAsync);
    private static readonly Contender BulkCopiedRebuilt = new(RawBulkCopyRebuilt, true, BulkCopyRebuiltAsync);
    private static readonly Contender Seeded = new(SeedBuilt, false, (context, store, _) => context.SeedAsync(store.Builder().Build()));
    private static readonly Contender Streamed = new(SeedStream, false, (context, store, _) => context.SeedAsync(store.Builder().Stream()));
    private static readonly Contender AddedRange = new(EfCore, true, AddRangeAsync);

    private static readonly Contender[] AtFullSize = [BulkCopied, Seeded, Streamed];
    private static readonly Contender[] AtEfSize = [BulkCopied, Seeded, AddedRange];

    /// <summary>On PostgreSQL, where <c>SeedAsync</c> drops and re-creates foreign keys and indexes, the raw copy runs both ways.</summary>
    private static Contender[] WithRebuilt(Contender[] contenders, string? postgres) =>
        postgres is null ? contenders : [.. contenders.Take(1), BulkCopiedRebuilt, .. contenders.Skip(1)];

    public static async Task<int> RunAsync(long rows, long efRows, int rounds, string? postgres)
    {
        var provider = postgres is null ? "SQLite (a file, foreign keys on)" : "PostgreSQL";
        // The table is meant to be pasted into the docs: never wrapped, also when the output is redirected.
        if (AnsiConsole.Profile.Width < 200) AnsiConsole.Profile.Width = 200;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ConstrainedFakes seeding benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores; {provider}."));
#if DEBUG
        Console.WriteLine("WARNING: Debug build; run with -c Release for meaningful numbers.");
#endif
        if (postgres is not null) Console.WriteLine($"Server: {await ServerVersionAsync(postgres)}");

        // JIT, linq2db's mapping and the providers' first connections, at a size too small to matter; not reported.
        foreach (var contender in WithRebuilt(AtFullSize, postgres).Append(AddedRange)) await MeasureAsync(contender, StoreDataSet.About(WarmUpRows), postgres);

        Console.WriteLine($"Load average at the start: {LoadAverage()}");
        var results = new List<Result>();
        var consistent = true;
        foreach (var (size, contenders) in new[] { (rows, WithRebuilt(AtFullSize, postgres)), (efRows, WithRebuilt(AtEfSize, postgres)) })
        {
            var store = StoreDataSet.About(size);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Store of about {size:N0} entities: {store.Customers:N0} customers, {store.Products:N0} products, and their orders, order lines, payments and order events; {rounds} rounds, contenders alternating."));
            var measured = contenders.ToDictionary(c => c, _ => new List<(long Rows, TimeSpan Elapsed)>());
            for (var round = 1; round <= rounds; round++)
            {
                foreach (var contender in contenders)
                {
                    Console.Write($"  round {round}: {contender.Name} ... ");
                    var (written, elapsed) = await MeasureAsync(contender, store, postgres);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{written:N0} rows in {elapsed.TotalSeconds:F1} s"));
                    measured[contender].Add((written, elapsed));
                }
            }
            // Every round of every contender must have written the same rows.
            consistent &= measured.Values.SelectMany(m => m).Select(m => m.Rows).Distinct().Count() == 1;
            results.AddRange(contenders.Select(c => new Result(size, c.Name, measured[c][0].Rows, measured[c].Select(m => m.Elapsed).ToArray())));
        }
        Console.WriteLine($"Load average at the end: {LoadAverage()}");

        Print(results);
        if (!consistent) Console.WriteLine("MISMATCH: contenders or rounds of the same size wrote different numbers of rows.");
        return consistent ? 0 : 1;
    }

    private static async Task<(long Rows, TimeSpan Elapsed)> MeasureAsync(Contender contender, StoreDataSet store, string? postgres)
    {
        var data = contender.PreBuilt ? store.Builder().Build() : null;
        await using var database = await BenchDatabase.CreateAsync(postgres);
        TimeSpan elapsed;
        await using (var context = database.NewContext())
        {
            // Garbage from the previous contender or from building the rows is not this contender's to collect.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            await contender.Write(context, store, data);
            elapsed = clock.Elapsed;
        }
        await using var check = database.NewContext();
        return (await check.CountRowsAsync(), elapsed);
    }

    /// <summary>One linq2db bulk copy per table, parents first, in one transaction, with the options the seeding's bulk path uses.</summary>
    private static Task BulkCopyAsync(StoreDbContext context, StoreDataSet _, DataSet? data) => BulkCopyAsync(context, data!, rebuild: false);

    /// <summary>
    /// The same bulk copy with the tables' foreign keys and non-unique indexes dropped before and re-created after, in the
    /// transaction, as <c>SeedAsync</c> does on PostgreSQL (the same code): the competitor of a seeding that rebuilds them.
    /// </summary>
    private static Task BulkCopyRebuiltAsync(StoreDbContext context, StoreDataSet _, DataSet? data) => BulkCopyAsync(context, data!, rebuild: true);

    private static async Task BulkCopyAsync(StoreDbContext context, DataSet data, bool rebuild)
    {
        LinqToDBForEFTools.Initialize();
        var options = new BulkCopyOptions
        {
            BulkCopyType = context.Database.IsNpgsql() ? BulkCopyType.ProviderSpecific : BulkCopyType.MultipleRows,
            KeepIdentity = true,
            MaxBatchSize = SeedOptions.DefaultBatchSize,
        };
        await using var transaction = await context.Database.BeginTransactionAsync();
        var rebuilt = rebuild ? new RebuiltConstraints(context) : null;
        await CopyAsync<StoreCustomer>();
        await CopyAsync<StoreProduct>();
        await CopyAsync<StoreOrder>();
        await CopyAsync<StoreOrderLine>();
        await CopyAsync<StorePayment>();
        await CopyAsync<StoreOrderEvent>();
        if (rebuilt is not null) await rebuilt.RecreateAsync(transaction, CancellationToken.None);
        await transaction.CommitAsync();

        async Task CopyAsync<T>() where T : class
        {
            var entityType = context.Model.FindEntityType(typeof(T))!;
            if (rebuilt is not null) await rebuilt.DropAsync(new SeedTable(entityType, entityType.GetTableName()!), transaction, CancellationToken.None);
            await context.BulkCopyAsync(options, data.Set<T>());
        }
    }

    /// <summary>What EF Core's documentation shows for adding many rows: add them all, save once (which runs in one transaction).</summary>
    private static async Task AddRangeAsync(StoreDbContext context, StoreDataSet _, DataSet? data)
    {
        context.AddRange(data!.Entities);
        await context.SaveChangesAsync();
    }

    private static void Print(IReadOnlyList<Result> results)
    {
        var table = new Table().Border(TableBorder.Markdown)
            .AddColumn("Store size").AddColumn("Contender")
            .AddColumn(new TableColumn("Rows").RightAligned()).AddColumn(new TableColumn("Median s").RightAligned())
            .AddColumn(new TableColumn("Rows/s (median)").RightAligned()).AddColumn(new TableColumn("Rows/s (slowest–fastest)").RightAligned())
            .AddColumn(new TableColumn("vs raw bulk copy").RightAligned());
        foreach (var result in results)
        {
            var bulk = Find(results, result.Size, RawBulkCopy);
            table.AddRow(
                Invariant($"~{result.Size:N0}"), Markup.Escape(result.Contender), Invariant($"{result.Rows:N0}"),
                Invariant($"{result.Median.TotalSeconds:F1}"), Invariant($"{result.RowsPerSecond:N0}"),
                Invariant($"{result.SlowestRowsPerSecond:N0}–{result.FastestRowsPerSecond:N0}"),
                Invariant($"{result.RowsPerSecond / bulk.RowsPerSecond:F2}x"));
        }
        AnsiConsole.WriteLine();
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine();

        var full = results[0].Size;
        var small = results[^1].Size;
        var seeded = Find(results, full, SeedBuilt).RowsPerSecond;
        var streamed = Find(results, full, SeedStream).RowsPerSecond;
        var bulkCopied = Find(results, full, RawBulkCopy).RowsPerSecond;
        var seededSmall = Find(results, small, SeedBuilt).RowsPerSecond;
        var efCore = Find(results, small, EfCore).RowsPerSecond;
        Console.WriteLine(Ratio($"SeedAsync(data set) / raw bulk copy at ~{full:N0}", seeded / bulkCopied, TargetVersusBulkCopy));
        Console.WriteLine(Ratio($"SeedAsync(stream)   / raw bulk copy at ~{full:N0}", streamed / bulkCopied, TargetVersusBulkCopy));
        if (results.Any(r => r.Contender == RawBulkCopyRebuilt))
        {
            var rebuilt = Find(results, full, RawBulkCopyRebuilt).RowsPerSecond;
            Console.WriteLine(Ratio($"SeedAsync(data set) / raw bulk copy, FKs and indexes rebuilt at ~{full:N0}", seeded / rebuilt, TargetVersusBulkCopy));
            Console.WriteLine(Ratio($"SeedAsync(stream)   / raw bulk copy, FKs and indexes rebuilt at ~{full:N0}", streamed / rebuilt, TargetVersusBulkCopy));
            Console.WriteLine(Invariant($"(raw bulk copy, FKs and indexes rebuilt / EF Core at ~{small:N0}: {Find(results, small, RawBulkCopyRebuilt).RowsPerSecond / efCore:F1}x)"));
        }
        Console.WriteLine(Invariant($"(raw bulk copy / EF Core at ~{small:N0}: {Find(results, small, RawBulkCopy).RowsPerSecond / efCore:F1}x)"));
        Console.WriteLine(Ratio($"SeedAsync(data set) / EF Core       at ~{small:N0}", seededSmall / efCore, TargetVersusEfCore));
        Console.WriteLine(Invariant($"(SeedAsync(data set) at ~{full:N0} / EF Core at ~{small:N0}, rows/s: {seeded / efCore:F1}x)"));
    }

    private static Result Find(IEnumerable<Result> results, long size, string contender) =>
        results.First(r => r.Size == size && r.Contender == contender);

    private static string Ratio(string what, double ratio, double target) =>
        Invariant($"{what} = {ratio,6:F2}x   target >= {target:0.0#}x : {(ratio >= target ? "MET" : "NOT MET")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The machine's 1-, 5- and 15-minute load averages, where Linux tells them: on a shared machine they say how much else ran.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static async Task<string> ServerVersionAsync(string server)
    {
        await using var connection = new Npgsql.NpgsqlConnection(server);
        await connection.OpenAsync();
        return "PostgreSQL " + connection.PostgreSqlVersion;
    }
}
