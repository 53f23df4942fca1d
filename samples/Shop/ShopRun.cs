using System.Diagnostics;
using ConstrainedFakes;
using ConstrainedFakes.DataSets;
using Microsoft.Data.Sqlite;
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
    };

    /// <returns>0 on success, 1 when the database could not be written.</returns>
    public static int Run(int rows, ulong seed, string database)
    {
        var path = Path.GetFullPath(database);
        var fileIsOurs = false;
        try
        {
            AnsiConsole.MarkupLine($"[bold]ConstrainedFakes Shop sample[/]: seed [blue]{seed}[/], [blue]{rows:N0}[/] customers");
            if (Path.GetDirectoryName(path) is { } directory) Directory.CreateDirectory(directory);
            if (ShopSeeder.DeleteExisting(path)) AnsiConsole.MarkupLine($"Deleted the existing database at [grey]{Markup.Escape(path)}[/].");
            fileIsOurs = true;

            var clock = Stopwatch.StartNew();
            var data = Generate(seed, rows);
            var generated = clock.Elapsed;

            clock.Restart();
            var counts = Write(path, data);
            var written = clock.Elapsed;

            PrintSummary(counts, seed, rows, path, generated, written);
            WriteReport(data, seed, path);
            return 0;
        }
        catch (Exception exception) when (exception is ConstraintViolationException or DbUpdateException or SqliteException
            or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // Nothing half-written is left behind: the transaction rolled back, and the file is ours to remove.
            if (fileIsOurs)
            {
                try { ShopSeeder.DeleteExisting(path); }
                catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { }
            }
            Error.MarkupLine($"[red]Could not create the shop database at {Markup.Escape(path)}:[/] {Markup.Escape(exception.Message)}");
            return 1;
        }
    }

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

    private static IReadOnlyList<TableCount> Write(string path, DataSet data)
    {
        if (!Interactive)
        {
            var tableClock = new Stopwatch();
            return ShopSeeder.Seed(path, data, (table, done, total) =>
            {
                if (done == 0) tableClock.Restart();
                if (done == total) Console.WriteLine($"  wrote     {table,-10} {total,10:N0} rows in {tableClock.Elapsed.TotalSeconds:F2} s");
            });
        }
        IReadOnlyList<TableCount> counts = [];
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                counts = ShopSeeder.Seed(path, data, (table, done, total) =>
                {
                    if (!tasks.TryGetValue(table, out var task))
                        tasks[table] = task = context.AddTask($"writing {table}", maxValue: Math.Max(total, 1));
                    task.Value = total == 0 ? 1 : done;
                });
            });
        return counts;
    }

    /// <summary>The fidelity report of the data written, and the manifest that makes it again, both next to the database.</summary>
    private static void WriteReport(DataSet data, ulong seed, string path)
    {
        var report = FidelityReport.Measure(data);
        AnsiConsole.Write(report.ToTable());
        File.WriteAllText(Path.ChangeExtension(path, ".fidelity.json"), report.ToJson());
        var manifest = Path.ChangeExtension(path, ".manifest.json");
        File.WriteAllText(manifest, GenerationManifest.Create(data, new FakerOptions { Seed = seed }).ToJson());
        AnsiConsole.MarkupLine($"Fidelity report and manifest: [green]{Markup.Escape(Path.ChangeExtension(path, ".fidelity.json"))}[/], [green]{Markup.Escape(manifest)}[/]");
    }

    private static void PrintSummary(IReadOnlyList<TableCount> counts, ulong seed, int rows, string path, TimeSpan generated, TimeSpan written)
    {
        var table = new Table().Title($"Shop database (seed {seed}, --rows {rows:N0})")
            .AddColumn("Table").AddColumn(new TableColumn("Rows").RightAligned()).AddColumn("Size rule");
        foreach (var count in counts) table.AddRow(count.Table, count.Rows.ToString("N0"), Markup.Escape(Rules[count.Table]));
        table.AddRow("[bold]Total[/]", $"[bold]{counts.Sum(c => (long)c.Rows):N0}[/]", "");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"Generated in {generated.TotalSeconds:F2} s, written in {written.TotalSeconds:F2} s (one transaction, foreign keys on).");
        AnsiConsole.MarkupLine($"Database: [green]{Markup.Escape(path)}[/]");
    }
}
