using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// The quick comparison (<c>--quick</c>): no BenchmarkDotNet. First it builds <see cref="VerifiedRows"/>
/// constrained contracts each way and counts the rows that break each constraint (all must be 0; the exit
/// code is 1 otherwise). Then, for each entity (<see cref="Contract"/>, <see cref="ConstrainedContract"/>),
/// each way is warmed up and timed in repeated batches of <see cref="Batch"/> contracts for about
/// <see cref="MeasuredPerWay"/> in all. The time is taken in short rounds that alternate between the ways,
/// so a burst of load from elsewhere on the machine hits all of them alike instead of skewing the ratios.
/// With <c>--breakdown</c> it also times each generated builder with one member at a time fixed through
/// <c>With{Member}</c>: the time saved is what sampling that member costs.
/// </summary>
public static class QuickRun
{
    private const int Batch = global::ConstrainedFakes.Benchmarks.Batch.Size;
    private const double TargetVersusBogus = 10.0;
    private const double TargetVersusHandWritten = 0.5;

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MeasuredPerWay = TimeSpan.FromSeconds(3);
    private const int Rounds = 6;
    private static readonly TimeSpan BreakdownWarmUp = TimeSpan.FromSeconds(0.25);
    private static readonly TimeSpan BreakdownPerVariant = TimeSpan.FromSeconds(1.2);
    private const int BreakdownRounds = 4;
    private const int VerifiedRows = 10_000;

    /// <summary>Everything checksummed, printed at the end so that nothing measured is dead code.</summary>
    private static long s_sink;

    public static int Run(bool breakdown)
    {
        var total = Stopwatch.StartNew();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ConstrainedFakes quick benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {RuntimeInformation.FrameworkDescription}, " +
            $"{RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores{(Debugger.IsAttached ? ", DEBUGGER ATTACHED" : "")}"));
#if DEBUG
        Console.WriteLine("WARNING: Debug build; run with -c Release for meaningful numbers.");
#endif
        Console.WriteLine(Invariant(
            $"Each way: {WarmUp.TotalSeconds:0.#} s warm-up, then batches of {Batch} contracts for {MeasuredPerWay.TotalSeconds:0.#} s ({Rounds} alternating rounds)."));
        Console.WriteLine();

        // Before any timing: the constrained rows of every way must keep every constraint.
        var violations = Verify();
        Console.WriteLine();

        Console.WriteLine("Contract: 9 members, ranges only (Contract.cs)");
        Compare(
            new Timing("Bogus Faker<T>.Generate()", new BogusContracts(seed: 42).Run),
            new Timing("Generated builder.BuildAt(i)", new GeneratedContracts(seed: 42).Run),
            new Timing("Hand-written (SplitMix64)", new HandWrittenContracts(seed: 42).Run));

        Console.WriteLine();
        Console.WriteLine("ConstrainedContract: 9 members, ranges and 3 cross-member invariants (ConstrainedContract.cs)");
        Compare(
            new Timing("Bogus Faker<T>.Generate()", new BogusConstrainedContracts(seed: 42).Run),
            new Timing("Generated builder.BuildAt(i)", new GeneratedConstrainedContracts(seed: 42).Run),
            new Timing("Hand-written (SplitMix64)", new HandWrittenConstrainedContracts(seed: 42).Run));

        Console.WriteLine();
        Console.WriteLine("CorrelatedContract: Contract's members with skewed marginals and a four-member copula (CorrelatedContract.cs)");
        Console.WriteLine("Bogus keeps Contract's uniform, uncorrelated rules; there is no hand-written way.");
        CompareWithBogus(
            new Timing("Bogus Faker<T>.Generate()", new BogusCorrelatedContracts().Run),
            new Timing("Generated builder.BuildAt(i)", new GeneratedCorrelatedContracts().Run));

        if (breakdown)
        {
            Breakdown();
            ConstrainedBreakdown();
        }

        Console.WriteLine();
        Console.WriteLine(Invariant($"(checksum {s_sink}; took {total.Elapsed.TotalSeconds:0.0} s)"));
        if (violations > 0)
        {
            Console.WriteLine(Invariant($"FAILED: {violations} constraint violations in the rows checked above."));
            return 1;
        }
        return 0;
    }

    /// <summary>Correlated generation must stay at least this much faster than Bogus' uncorrelated rules.</summary>
    private const double CorrelatedTargetVersusBogus = 5.0;

    /// <summary>Times two ways in alternating rounds and prints the table and the ratio against its target.</summary>
    private static void CompareWithBogus(Timing bogus, Timing generated)
    {
        Timing[] ways = [bogus, generated];
        Measure(ways, WarmUp, MeasuredPerWay, Rounds);
        PrintTable(ways, bogus);
        var versusBogus = generated.PerSecond / bogus.PerSecond;
        Console.WriteLine(Invariant($"generated / Bogus        = {versusBogus,6:0.00}x   target >= {CorrelatedTargetVersusBogus:0.0}x : {Verdict(versusBogus >= CorrelatedTargetVersusBogus)}"));
    }

    private static void PrintTable(Timing[] ways, Timing bogus)
    {
        Console.WriteLine($"| {"Way",-30} | {"objects/s",12} | {"ns/object",9} | {"median ns",9} | {"B/object",8} | {"vs Bogus",8} |");
        Console.WriteLine($"|{new string('-', 32)}|{new string('-', 14)}|{new string('-', 11)}|{new string('-', 11)}|{new string('-', 10)}|{new string('-', 10)}|");
        foreach (var way in ways)
        {
            Console.WriteLine(Invariant(
                $"| {way.Name,-30} | {way.PerSecond,12:N0} | {way.NsPerObject,9:0.0} | {way.MedianNs,9:0.0} | {way.BytesPerObject,8:0} | {way.PerSecond / bogus.PerSecond,7:0.00}x |"));
        }
        Console.WriteLine();
    }

    /// <summary>Times the three ways in alternating rounds and prints the table and the ratios against the targets.</summary>
    private static void Compare(Timing bogus, Timing generated, Timing handWritten)
    {
        Timing[] ways = [bogus, generated, handWritten];
        Measure(ways, WarmUp, MeasuredPerWay, Rounds);
        PrintTable(ways, bogus);

        var versusBogus = generated.PerSecond / bogus.PerSecond;
        var versusHandWritten = generated.PerSecond / handWritten.PerSecond;
        Console.WriteLine(Invariant($"generated / Bogus        = {versusBogus,6:0.00}x   target >= {TargetVersusBogus:0.0}x : {Verdict(versusBogus >= TargetVersusBogus)}"));
        Console.WriteLine(Invariant($"generated / hand-written = {versusHandWritten,6:0.00}x   target >= {TargetVersusHandWritten:0.0}x : {Verdict(versusHandWritten >= TargetVersusHandWritten)}"));
        Console.WriteLine(Invariant($"(by median batch: {bogus.MedianNs / generated.MedianNs:0.00}x and {handWritten.MedianNs / generated.MedianNs:0.00}x)"));
    }

    /// <summary>
    /// Before any timing: builds <see cref="VerifiedRows"/> constrained contracts each way and counts the rows
    /// that break each invariant and each member's constraints. Returns the total; every count must be 0.
    /// </summary>
    private static int Verify()
    {
        var generated = new GeneratedConstrainedContracts(seed: 42);
        var bogus = new BogusConstrainedContracts(seed: 42);
        var handWritten = new HandWrittenConstrainedContracts(seed: 42);
        int[][] counts =
        [
            ConstraintCheck.Violations(Rows(bogus.Next)),
            ConstraintCheck.Violations(Rows(generated.Next)),
            ConstraintCheck.Violations(Rows(handWritten.Next)),
        ];
        var names = ConstraintCheck.Checks.Select(c => c.Name).Append(ConstraintCheck.DistinctKeys).ToList();
        var width = names.Max(n => n.Length);

        Console.WriteLine(Invariant($"ConstrainedContract constraint check, before timing: {VerifiedRows:N0} rows from each way; rows that break each constraint (all must be 0):"));
        Console.WriteLine($"| {"Constraint".PadRight(width)} | {"Bogus",6} | {"Generated",9} | {"Hand-written",12} |");
        Console.WriteLine($"|{new string('-', width + 2)}|{new string('-', 8)}|{new string('-', 11)}|{new string('-', 14)}|");
        for (var i = 0; i < names.Count; i++)
        {
            Console.WriteLine(Invariant($"| {names[i].PadRight(width)} | {counts[0][i],6} | {counts[1][i],9} | {counts[2][i],12} |"));
        }
        var total = counts.Sum(c => c.Sum());
        Console.WriteLine(total == 0 ? "All three ways: 0 violations." : Invariant($"VIOLATIONS: {total} in all."));
        return total;

        static List<ConstrainedContract> Rows(Func<ConstrainedContract> next)
        {
            var rows = new List<ConstrainedContract>(VerifiedRows);
            for (var i = 0; i < VerifiedRows; i++) rows.Add(next());
            return rows;
        }
    }

    /// <summary>Times the generated builder with each member fixed in turn: the drop is that member's cost.</summary>
    private static void Breakdown()
    {
        var signed = new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var variants = new (string Name, Func<BenchFaker.ContractBuilder, BenchFaker.ContractBuilder>? Fix)[]
        {
            ("(nothing fixed)", null),
            ("Id", b => b.WithId(1)),
            ("CompanyName", b => b.WithCompanyName("Acme Ltd")),
            ("ContactEmail", b => b.WithContactEmail("jane.doe@example.com")),
            ("Value", b => b.WithValue(5000m)),
            ("Discount", b => b.WithDiscount(0.1m)),
            ("SignedAt", b => b.WithSignedAt(signed)),
            ("DurationMonths", b => b.WithDurationMonths(12)),
            ("AnnualRevenue", b => b.WithAnnualRevenue(1000000m)),
            ("Currency", b => b.WithCurrency("EUR")),
            ("(all nine fixed)", b => b.WithId(1).WithCompanyName("Acme Ltd").WithContactEmail("jane.doe@example.com").WithValue(5000m)
                .WithDiscount(0.1m).WithSignedAt(signed).WithDurationMonths(12).WithAnnualRevenue(1000000m).WithCurrency("EUR")),
        };
        PrintBreakdown("Contract", variants.Select(v => new Timing(v.Name, new GeneratedContracts(seed: 42, v.Fix).Run)).ToArray());
    }

    /// <summary>The same for the constrained entity; fixing a member in a constraint skips its draw, not its bounds.</summary>
    private static void ConstrainedBreakdown()
    {
        var start = new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var variants = new (string Name, Func<BenchFaker.ConstrainedContractBuilder, BenchFaker.ConstrainedContractBuilder>? Fix)[]
        {
            ("(nothing fixed)", null),
            ("Id", b => b.WithId(1)),
            ("CompanyName", b => b.WithCompanyName("Acme Ltd")),
            ("ContactEmail", b => b.WithContactEmail("jane.doe@example.com")),
            ("AnnualRevenue", b => b.WithAnnualRevenue(1000000m)),
            ("Value", b => b.WithValue(5000m)),
            ("Discount", b => b.WithDiscount(100m)),
            ("Start", b => b.WithStart(start)),
            ("End", b => b.WithEnd(end)),
            ("Currency", b => b.WithCurrency("EUR")),
            ("(all nine fixed)", b => b.WithId(1).WithCompanyName("Acme Ltd").WithContactEmail("jane.doe@example.com").WithAnnualRevenue(1000000m)
                .WithValue(5000m).WithDiscount(100m).WithStart(start).WithEnd(end).WithCurrency("EUR")),
        };
        PrintBreakdown("ConstrainedContract", variants.Select(v => new Timing(v.Name, new GeneratedConstrainedContracts(seed: 42, v.Fix).Run)).ToArray());
    }

    private static void PrintBreakdown(string entity, Timing[] timings)
    {
        Measure(timings, BreakdownWarmUp, BreakdownPerVariant, BreakdownRounds);

        Console.WriteLine();
        Console.WriteLine($"Generated {entity} builder, one member fixed at a time with With{{Member}}(...) (median batch; saved = cost of sampling that member):");
        Console.WriteLine($"| {"Fixed member",-18} | {"median ns",9} | {"saved ns",8} | {"B/object",8} | {"saved B",7} |");
        Console.WriteLine($"|{new string('-', 20)}|{new string('-', 11)}|{new string('-', 10)}|{new string('-', 10)}|{new string('-', 9)}|");
        var all = timings[0];
        foreach (var t in timings)
        {
            Console.WriteLine(Invariant(
                $"| {t.Name,-18} | {t.MedianNs,9:0.0} | {all.MedianNs - t.MedianNs,8:0.0} | {t.BytesPerObject,8:0} | {all.BytesPerObject - t.BytesPerObject,7:0} |"));
        }
    }

    /// <summary>Warms every way up, then times them in <paramref name="rounds"/> alternating rounds.</summary>
    private static void Measure(Timing[] ways, TimeSpan warmUp, TimeSpan perWay, int rounds)
    {
        foreach (var way in ways) way.WarmUp(warmUp);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var way in ways) way.Time(perWay / rounds);
        }
    }

    private static string Verdict(bool met) => met ? "MET" : "NOT MET";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Batches of one way, and what they took.</summary>
    private sealed class Timing(string name, Func<int, long> batch)
    {
        private readonly List<long> _batchTicks = [];
        private long _ticks;
        private long _allocated;

        public string Name { get; } = name;

        private double Objects => (double)_batchTicks.Count * Batch;

        public double PerSecond => Objects / ((double)_ticks / Stopwatch.Frequency);

        public double NsPerObject => 1e9 / PerSecond;

        public double MedianNs
        {
            get
            {
                var sorted = _batchTicks.Order().ToList();
                return sorted[sorted.Count / 2] * 1e9 / Stopwatch.Frequency / Batch;
            }
        }

        public double BytesPerObject => _allocated / Objects;

        public void WarmUp(TimeSpan duration)
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < duration) s_sink += batch(Batch);
        }

        /// <summary>Runs whole batches until <paramref name="duration"/> has passed.</summary>
        public void Time(TimeSpan duration)
        {
            // Start each round from a collected heap, so one way's garbage is not collected on another's time.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            var last = start;
            var limit = (long)(duration.TotalSeconds * Stopwatch.Frequency);
            do
            {
                s_sink += batch(Batch);
                var now = Stopwatch.GetTimestamp();
                _batchTicks.Add(now - last);
                last = now;
            } while (last - start < limit);
            _ticks += last - start;
            _allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        }
    }
}
