using System.Diagnostics;
using System.Globalization;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// <c>--build [rows]</c>: builds the six-table store of <see cref="StreamRun"/> in memory (navigations on
/// both sides), serially and then with <c>InParallel()</c> on every core, and checks that the two are the
/// same graph by an order-sensitive checksum of every row's values and of the rows its navigations hold.
/// </summary>
public static class BuildRun
{
    public static int Run(long rows)
    {
        var customers = (long)(rows / StreamRun.RowsPerCustomer);
        var products = Math.Max(100, customers / 50);
        DataSets.DataSetBuilder DataSet() => new StoreFaker(42).DataSet().Count<StoreCustomer>(customers).Count<StoreProduct>(products);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Building a store of {customers:N0} customers and {products:N0} products in memory."));

        // Warm-up: the JIT's tiers and the GC's heap sizes, so neither run pays for them.
        _ = new StoreFaker(42).DataSet().Count<StoreCustomer>(customers / 10).InParallel().Build();
        _ = new StoreFaker(42).DataSet().Count<StoreCustomer>(customers / 10).Build();
        var threads = Environment.ProcessorCount;
        var serialTime = TimeSpan.MaxValue;
        var parallelTime = TimeSpan.MaxValue;
        var same = true;
        // Alternating, best of two each: the machine is shared, so one run alone says little.
        for (var round = 0; round < 2; round++)
        {
            var (serial, serialRun) = Timed(() => DataSet().Build());
            var serialChecksum = Checksum(serial);
            Report("serial Build()", serial.Count, serialRun);
            serial = null;
            var (parallel, parallelRun) = Timed(() => DataSet().InParallel().Build());
            Report($"InParallel() on {threads} threads", parallel.Count, parallelRun);
            same &= Checksum(parallel) == serialChecksum;
            serialTime = serialRun < serialTime ? serialRun : serialTime;
            parallelTime = parallelRun < parallelTime ? parallelRun : parallelTime;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  speedup (best of each) {serialTime.TotalSeconds / parallelTime.TotalSeconds:F2}x"));
        Console.WriteLine(same ? "  the parallel build is the serial one (order-sensitive checksum of values and navigations agrees)." : "  MISMATCH between the parallel and the serial build.");
        return same ? 0 : 1;
    }

    private static (DataSets.DataSet Data, TimeSpan Time) Timed(Func<DataSets.DataSet> build)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var data = build();
        return (data, clock.Elapsed);
    }

    private static void Report(string run, long count, TimeSpan time)
        => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {run}: {count:N0} entities in {time.TotalSeconds:F1} s = {count / time.TotalSeconds:N0} entities/s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MB"));

    /// <summary>Each row's values and the keys of the rows its navigations hold, mixed in order.</summary>
    private static ulong Checksum(DataSets.DataSet data)
    {
        var checksum = 0UL;
        foreach (var entity in data.Entities)
        {
            var row = entity switch
            {
                StoreCustomer c => StreamRun.Checksum(c) ^ (ulong)c.Orders.Count << 48 ^ (ulong)(c.Orders.Count > 0 ? c.Orders[^1].Id : 0),
                StoreOrder o => StreamRun.Checksum(o) ^ (ulong)o.StoreCustomer.Id << 20 ^ (ulong)o.Lines.Count << 50 ^ (ulong)o.History.Count << 56,
                StoreOrderLine l => StreamRun.Checksum(l) ^ (ulong)l.StoreOrder.Id << 24 ^ (ulong)l.StoreProduct.Id,
                StorePayment p => StreamRun.Checksum(p) ^ (ulong)p.StoreOrder.Id << 24,
                _ => StreamRun.Checksum(entity),
            };
            checksum = (checksum ^ row) * 0x100000001B3UL;
        }
        return checksum;
    }
}
