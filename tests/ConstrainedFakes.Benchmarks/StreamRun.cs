using System.Diagnostics;
using System.Globalization;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// <c>--stream [rows]</c>: streams a six-table store data set of about <c>rows</c> entities (10 million by
/// default) and reports rows per second and the process's peak working set; then the same rows made as
/// partitions on every core, checked to be the same rows by a checksum.
/// </summary>
public static class StreamRun
{
    /// <summary>Entities per customer on average: 3 orders, each with about 2.3 lines, 1 payment and 3.2 events.</summary>
    internal const double RowsPerCustomer = 20.5;

    public static int Run(long rows)
    {
        var store = StoreDataSet.About(rows);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Streaming a store of {store.Customers:N0} customers and {store.Products:N0} products (about {rows:N0} entities in six tables)."));
        var clock = Stopwatch.StartNew();
        var (count, checksum) = Consume(store.Builder().Stream());
        var serial = clock.Elapsed;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  one thread:  {count:N0} entities in {serial.TotalSeconds:F1} s = {count / serial.TotalSeconds:N0} entities/s; peak working set {peak / (1024.0 * 1024):F0} MB"));

        var partitions = Environment.ProcessorCount;
        clock.Restart();
        var parts = new (long Count, ulong Checksum)[partitions];
        Parallel.For(0, partitions, p => parts[p] = Consume(store.Builder().Stream(p, partitions)));
        var parallel = clock.Elapsed;
        var partCount = parts.Sum(p => p.Count);
        var partChecksum = parts.Aggregate(0UL, (sum, p) => sum + p.Checksum);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {partitions} partitions on {partitions} threads: {partCount:N0} entities in {parallel.TotalSeconds:F1} s = {partCount / parallel.TotalSeconds:N0} entities/s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MB"));
        var same = partCount == count && partChecksum == checksum;
        Console.WriteLine(same ? "  the partitions made exactly the rows of the whole stream (count and order-free checksum agree)." : "  MISMATCH between the partitions and the whole stream.");
        return same ? 0 : 1;
    }

    /// <summary>Counts the entities and sums a hash of each one's keys and foreign keys (order-free, so partitions can be summed).</summary>
    private static (long Count, ulong Checksum) Consume(IEnumerable<object> entities)
    {
        long count = 0;
        ulong checksum = 0;
        foreach (var entity in entities)
        {
            count++;
            checksum += Checksum(entity);
        }
        return (count, checksum);
    }

    /// <summary>A hash of one entity's keys, foreign keys and a few values.</summary>
    internal static ulong Checksum(object entity)
        => entity switch
        {
            StoreCustomer c => Mix(1, (ulong)c.Id, (ulong)c.RegisteredAt.Ticks),
            StoreProduct p => Mix(2, (ulong)p.Id, (ulong)(p.UnitPrice * 100)),
            StoreOrder o => Mix(3, (ulong)o.Id, (ulong)o.StoreCustomerId ^ (ulong)o.PlacedAt.Ticks ^ (ulong)o.Status),
            StoreOrderLine l => Mix(4, (ulong)l.Id, (ulong)l.StoreOrderId ^ ((ulong)l.StoreProductId << 32) ^ (ulong)(l.UnitPrice * 100)),
            StorePayment p => Mix(5, (ulong)p.Id, (ulong)p.StoreOrderId),
            StoreOrderEvent e => Mix(6, (ulong)e.Id, (ulong)e.StoreOrderId ^ (ulong)e.At.Ticks ^ (ulong)e.Status),
            _ => throw new InvalidOperationException(entity.GetType().Name),
        };

    private static ulong Mix(ulong table, ulong key, ulong values)
    {
        var z = table * 0x9E3779B97F4A7C15UL ^ key * 0xBF58476D1CE4E5B9UL ^ values;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
