using System.Diagnostics;
using ConstrainedFakes;
using ConstrainedFakes.DataSets;
using System.Data.Common;
using ConstrainedFakes.EntityFrameworkCore;
using ConstrainedFakes.Reports;
using Npgsql;
using Shop.Data;
using Microsoft.EntityFrameworkCore;
using Shop.Seeding;
using Spectre.Console;

namespace Shop;

/// <summary>One run of the sample: (re)create the database, generate, write, and report what was written and where.</summary>
public static class ShopRun
{
    /// <summary>How each table's size follows from <c>--rows</c>, for the summary table.</summary>
    private static readonly Dictionary<string, string> Rules = new()
    {
        ["Customers"] = "--rows",
        ["Products"] = $"rows / 4, at least {ShopScale.MinProducts}",
        ["Orders"] = "0–8 per customer, 3 on average",
        ["OrderLines"] = "1–5 per order, 2 on average",
        ["Payments"] = "1 per order",
        ["OrderEvents"] = "1–4 per order: its status history",
        ["Contracts"] = "0–2 per customer, 0.4 on average",
    };

    /// <param name="rows">Customers to generate.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="database">The SQLite file, when <paramref name="postgres"/> is not given.</param>
    /// <param name="postgres">A PostgreSQL connection string to seed instead of a SQLite file.</param>
    /// <returns>0 on success, 1 when the database could not be written.</returns>
    public static async Task<int> RunAsync(int rows, ulong seed, string database, string? postgres)
    {
        var path = Path.GetFullPath(database);
        var fileIsOurs = false;
        var target = postgres is null ? Markup.Escape(path) : Markup.Escape(DescribePostgres(postgres));
        // Written to a file or a CI log there is no terminal to fit, and Spectre may still measure the terminal the
        // command was typed in (piped through cat, say): lay the output out for 80 columns.
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = RedirectedWidth;
        try
        {
            AnsiConsole.MarkupLine($"[bold]ConstrainedFakes Shop sample[/]: seed [blue]{seed}[/], [blue]{rows:N0}[/] customers");
            DbContextOptions<ShopDbContext> options;
            if (postgres is null)
            {
                if (Path.GetDirectoryName(path) is { } directory) Directory.CreateDirectory(directory);
                if (ShopSeeder.DeleteExisting(path)) AnsiConsole.MarkupLine($"Deleted the existing database at [grey]{target}[/].");
                fileIsOurs = true;
                options = new DbContextOptionsBuilder<ShopDbContext>().UseSqlite(ShopSeeder.SqliteConnectionString(path)).Options;
            }
            else
            {
                options = new DbContextOptionsBuilder<ShopDbContext>().UseNpgsql(postgres).Options;
            }

            var clock = Stopwatch.StartNew();
            var data = Generate(seed, rows);
            var generated = clock.Elapsed;

            clock.Restart();
            var counts = await WriteAsync(options, data);
            var written = clock.Elapsed;

            PrintSummary(counts, seed, rows, target, generated, written);
            WriteReport(data, seed, path);
            return 0;
        }
        catch (Exception exception) when (exception is ConstraintViolationException or SeedException or DbException or DbUpdateException
            or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            // Nothing half-written is left behind: the transaction rolled back, and a SQLite file made here is removed.
            if (fileIsOurs)
            {
                try { ShopSeeder.DeleteExisting(path); }
                catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { }
            }
            Error.MarkupLine($"[red]Could not create the shop database at {target}:[/] {Markup.Escape(exception.Message)}");
            return 1;
        }
    }

    /// <summary>The server and database of a PostgreSQL connection string, without its password.</summary>
    private static string DescribePostgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL database {builder.Database ?? builder.Username} on {builder.Host}:{builder.Port}";
    }

    /// <summary>The width of a log or a file: the fidelity report's table is laid out to fit it.</summary>
    private const int RedirectedWidth = 80;

    private static readonly IAnsiConsole Error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    private static bool Interactive => AnsiConsole.Profile.Capabilities.Interactive;

    private static DataSet Generate(ulong seed, int rows)
    {
        if (!Interactive)
        {
            return ShopGenerator.Generate(seed, rows, (table, count) => Console.WriteLine($"  generated {table.Name,-10} {count,10:N0} rows"));
        }
        DataSet? data = null;
        AnsiConsole.Status().Start("Generating...", status =>
            data = ShopGenerator.Generate(seed, rows, (table, count) =>
            {
                AnsiConsole.MarkupLine($"  generated {table.Name,-10} {count,10:N0} rows");
                status.Status($"Generating (done: {table.Name})...");
            }));
        return data!;
    }

    private static async Task<IReadOnlyList<TableCount>> WriteAsync(DbContextOptions<ShopDbContext> options, DataSet data)
    {
        if (!Interactive)
        {
            // Tables are written one after the other: each one's time runs from the end of the previous one.
            var tableClock = Stopwatch.StartNew();
            return await ShopSeeder.SeedAsync(options, data, new ProgressReport(progress =>
            {
                if (progress.Rows != progress.Total) return;
                Console.WriteLine($"  wrote     {progress.Table,-10} {progress.Rows,10:N0} rows in {tableClock.Elapsed.TotalSeconds:F2} s");
                tableClock.Restart();
            }));
        }
        IReadOnlyList<TableCount> counts = [];
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                counts = await ShopSeeder.SeedAsync(options, data, new ProgressReport(progress =>
                {
                    if (!tasks.TryGetValue(progress.Table, out var task))
                        tasks[progress.Table] = task = context.AddTask($"writing {progress.Table}", maxValue: Math.Max(progress.Total ?? 1, 1));
                    task.Value = progress.Rows;
                }));
            });
        return counts;
    }

    /// <summary>Reports on the seeding's own thread, as each batch lands (Progress&lt;T&gt; would post them later).</summary>
    private sealed class ProgressReport(Action<SeedProgress> report) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => report(value);
    }

    /// <summary>The fidelity report of the data written (JSON and an HTML page with plots), and the manifest that makes it again, next to the database.</summary>
    private static void WriteReport(DataSet data, ulong seed, string path)
    {
        var report = FidelityReport.Measure(data);
        AnsiConsole.Write(report.ToTable());
        File.WriteAllText(Path.ChangeExtension(path, ".fidelity.json"), report.ToJson());
        var page = Path.ChangeExtension(path, ".report.html");
        HtmlReport.Write(report, page, $"Shop fidelity report (seed {seed})");
        var manifest = Path.ChangeExtension(path, ".manifest.json");
        File.WriteAllText(manifest, GenerationManifest.Create(data, new FakerOptions { Seed = seed }).ToJson());
        AnsiConsole.MarkupLine($"Fidelity report, its page and the manifest: [green]{Markup.Escape(Path.ChangeExtension(path, ".fidelity.json"))}[/], [green]{Markup.Escape(page)}[/], [green]{Markup.Escape(manifest)}[/]");
    }

    private static void PrintSummary(IReadOnlyList<TableCount> counts, ulong seed, int rows, string target, TimeSpan generated, TimeSpan written)
    {
        var table = new Table().Title($"Shop database (seed {seed}, --rows {rows:N0})")
            .AddColumn("Table").AddColumn(new TableColumn("Rows").RightAligned()).AddColumn("Size rule");
        foreach (var count in counts) table.AddRow(count.Table, count.Rows.ToString("N0"), Markup.Escape(Rules[count.Table]));
        table.AddRow("[bold]Total[/]", $"[bold]{counts.Sum(c => (long)c.Rows):N0}[/]", "");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"Generated in {generated.TotalSeconds:F2} s, written in {written.TotalSeconds:F2} s (one transaction, foreign keys and CHECK constraints on).");
        AnsiConsole.MarkupLine($"Database: [green]{target}[/]");
    }
}
