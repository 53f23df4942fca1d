using System.Runtime.ExceptionServices;

namespace ConstrainedFakes.DataSets;

// Parallel Build: the partitions of Stream(partition, partitions), made on threads of their own, table by
// table, joined in partition order after each table so that the next table's rows can point at any row.
public abstract partial class DataSetBuilder
{
    /// <summary>How many threads <see cref="Build"/> makes the rows on: 1 unless <see cref="InParallel"/> was called.</summary>
    protected int Parallelism { get; private set; } = 1;

    /// <summary>
    /// Makes <see cref="Build"/> use <paramref name="degreeOfParallelism"/> threads. The data set is exactly the
    /// serial one: the same rows with the same values, the same navigations on both sides, the same order in
    /// <see cref="DataSet.Entities"/>, <see cref="DataSet.Set{T}"/> and every collection navigation, and the
    /// same exception when a row cannot be made. <see cref="Stream()"/> is not affected: make its parts
    /// with <see cref="Stream(int, int)"/> instead.
    /// </summary>
    /// <param name="degreeOfParallelism">The number of threads, or 0 for one per core (<see cref="Environment.ProcessorCount"/>).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is negative.</exception>
    public DataSetBuilder InParallel(int degreeOfParallelism = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(degreeOfParallelism);
        Parallelism = degreeOfParallelism == 0 ? Environment.ProcessorCount : degreeOfParallelism;
        return this;
    }

    /// <summary>Gives this builder the table sizes of <paramref name="other"/>, so that it makes a part of the same data set.</summary>
    /// <param name="other">The builder whose data set is being built.</param>
    protected void SizedLike(DataSetBuilder other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (type, count) in other._counts) _counts[type] = count;
    }

    /// <summary>
    /// Runs <paramref name="parts"/> parts of the rows at once, each on its own thread, in step: after every
    /// table each part calls the action it was given, and once all parts have, <paramref name="join"/> runs
    /// (on one of them) with the table's number before any part goes on.
    /// </summary>
    /// <param name="parts">How many parts, 2 or more.</param>
    /// <param name="rows">A part's rows, given the part and the action to call after each table.</param>
    /// <param name="join">Joins table number i of every part, in partition order.</param>
    /// <exception cref="Exception">The exception of the first part (in partition order) whose rows failed: the one a serial build throws, since each part runs every table to its end or to its own first failure.</exception>
    protected static void RunInParts(int parts, Func<int, Action, IEnumerable<object>> rows, Action<int> join)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 2);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(join);
        using var failed = new CancellationTokenSource();
        var table = 0;
        using var barrier = new Barrier(parts, _ => join(table++));
        var failures = new Exception?[parts];
        void Run(int part)
        {
            try
            {
                foreach (var _ in rows(part, () => barrier.SignalAndWait(failed.Token))) { }
            }
            catch (OperationCanceledException) when (failed.IsCancellationRequested)
            {
                // Another part failed: this one stops at the end of the table, its failure is the one reported.
            }
            catch (Exception e)
            {
                failures[part] = e;
                failed.Cancel();
            }
        }
        // Threads of their own, not the thread pool: every part must run at once, or the first to wait would wait forever.
        var threads = Enumerable.Range(1, parts - 1).Select(p => new Thread(() => Run(p)) { IsBackground = true, Name = $"DataSet part {p}" }).ToArray();
        foreach (var thread in threads) thread.Start();
        Run(0);
        foreach (var thread in threads) thread.Join();
        if (failures.FirstOrDefault(f => f is not null) is { } first) ExceptionDispatchInfo.Capture(first).Throw();
    }
}
