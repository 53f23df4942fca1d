using System.Globalization;
using BenchmarkDotNet.Running;

namespace ConstrainedFakes.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>--quick</c> [<c>--breakdown</c>]: a Stopwatch comparison in well under a minute.
    /// <c>--stream</c> [<c>rows</c>]: a six-table data set streamed at constant memory, on one thread and as partitions on every core.
    /// <c>--seed-db</c> [<c>--rows N</c>] [<c>--ef-rows M</c>] [<c>--rounds R</c>] [<c>--postgres CS</c>]: seeding throughput into SQLite or PostgreSQL against EF Core and a raw bulk copy.
    /// <c>--build</c> [<c>rows</c>]: the same data set built in memory, serially and with <c>InParallel()</c>, checked to be the same graph.
    /// <c>--samples</c>: a few contracts of each entity from each way, to check that they make the same kind of data.
    /// Anything else goes to BenchmarkDotNet, e.g. <c>--filter '*'</c>.
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Contains("--quick")) return QuickRun.Run(breakdown: args.Contains("--breakdown"));
        if (args.Contains("--seed-db"))
        {
            return SeedDbRun.RunAsync(Number(args, "--rows") ?? SeedDbRun.DefaultRows, Number(args, "--ef-rows") ?? SeedDbRun.DefaultEfRows,
                    (int)(Number(args, "--rounds") ?? SeedDbRun.DefaultRounds), Value(args, "--postgres"))
                .GetAwaiter().GetResult();
        }
        if (args.Contains("--samples")) return Samples();
        if (args.Contains("--stream")) return StreamRun.Run(Number(args, "--stream") ?? 10_000_000);
        if (args.Contains("--build")) return BuildRun.Run(Number(args, "--build") ?? 2_000_000);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    /// <summary>The argument after <paramref name="name"/>, if any.</summary>
    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static long? Number(string[] args, string name) =>
        long.TryParse(Value(args, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    private static int Samples()
    {
        var ways = new (string Name, Func<Contract> Next)[]
        {
            ("Bogus", new BogusContracts(seed: 42).Next),
            ("Generated", new GeneratedContracts(seed: 42).Next),
            ("Hand-written", new HandWrittenContracts(seed: 42).Next),
        };
        foreach (var (name, next) in ways)
        {
            Console.WriteLine($"{name}:");
            for (var i = 0; i < 5; i++)
            {
                var c = next();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {c.Id,3} | {c.CompanyName,-36} | {c.ContactEmail,-34} | {c.Value,10} | {c.Discount,4} | {c.SignedAt:yyyy-MM-dd HH:mm:ss} | {c.DurationMonths,2} | {c.AnnualRevenue,12} | {c.Currency}"));
            }
        }

        var constrainedWays = new (string Name, Func<ConstrainedContract> Next)[]
        {
            ("Bogus", new BogusConstrainedContracts(seed: 42).Next),
            ("Generated", new GeneratedConstrainedContracts(seed: 42).Next),
            ("Hand-written", new HandWrittenConstrainedContracts(seed: 42).Next),
        };
        Console.WriteLine();
        Console.WriteLine("ConstrainedContract (AnnualRevenue | Value | Discount | Start | End):");
        foreach (var (name, next) in constrainedWays)
        {
            Console.WriteLine($"{name}:");
            for (var i = 0; i < 5; i++)
            {
                var c = next();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {c.Id,3} | {c.CompanyName,-36} | {c.ContactEmail,-34} | {c.AnnualRevenue,12} | {c.Value,11} | {c.Discount,10} | {c.Start:yyyy-MM-dd HH:mm:ss} | {c.End:yyyy-MM-dd HH:mm:ss} | {c.Currency}"));
            }
        }
        return 0;
    }
}
