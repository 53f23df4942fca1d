using ConstrainedFakes.Building;
using ConstrainedFakes.Randomness;

namespace ConstrainedFakes.DataSets;

/// <summary>
/// The shape every generated <c>DataSetBuilder</c> shares: table sizes set by <see cref="Count{T}"/>, and the
/// draws that link rows (children per parent, which parent, null or not), each a pure function of the seed,
/// the link and the row, so a row's parents never depend on how much else was generated.
/// </summary>
public abstract partial class DataSetBuilder
{
    /// <summary>Rows of a table sized by <see cref="Count{T}"/> when no count is given.</summary>
    public const long DefaultCount = 100;

    private readonly IReadOnlyDictionary<Type, string?> _countable;
    private readonly Dictionary<Type, long> _counts = new();

    /// <summary>Creates a builder over the faker's context.</summary>
    /// <param name="context">The faker's context (seed and options).</param>
    /// <param name="countable">Every entity type of the faker, with null when <see cref="Count{T}"/> sizes its table, else why it does not.</param>
    protected DataSetBuilder(FakerContext context, IReadOnlyDictionary<Type, string?> countable)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(countable);
        Context = context;
        _countable = countable;
    }

    /// <summary>The faker's context.</summary>
    protected FakerContext Context { get; }

    /// <summary>Sets how many rows a root or pool table has (<see cref="DefaultCount"/> when not set).</summary>
    /// <typeparam name="T">An entity type whose rows are not made per parent row.</typeparam>
    /// <param name="count">The number of rows, 0 or more.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not an entity of the faker, or its rows follow a <c>[Count]</c> on a parent.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public DataSetBuilder Count<T>(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (!_countable.TryGetValue(typeof(T), out var whyNot))
            throw new ArgumentException(
                $"{typeof(T).Name} is not an entity of this faker; its entities are {string.Join(", ", _countable.Keys.Select(t => t.Name))}.", nameof(T));
        if (whyNot is not null) throw new ArgumentException(whyNot, nameof(T));
        _counts[typeof(T)] = count;
        return this;
    }

    /// <summary>Builds the whole data set in memory, navigations on both sides set.</summary>
    /// <exception cref="ConstraintViolationException">An entity's constraints have no solution, or a required parent table is empty.</exception>
    public abstract DataSet Build();

    /// <summary>
    /// The same entities as <see cref="Build"/>, in the same order, one at a time and at constant memory:
    /// foreign keys are set, navigations are not (a streamed row does not keep its parent alive).
    /// </summary>
    public IEnumerable<object> Stream() => StreamPartition(0, 1);

    /// <summary>
    /// One of <paramref name="partitions"/> parts of <see cref="Stream()"/>: each root table's rows split into
    /// contiguous ranges, with their children. The parts, table by table in partition order, are exactly the
    /// rows of the whole stream, so they can be made on separate threads or machines.
    /// </summary>
    /// <param name="partition">Which part, from 0.</param>
    /// <param name="partitions">How many parts, 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partitions"/> is below 1, or <paramref name="partition"/> is not in [0, partitions).</exception>
    public IEnumerable<object> Stream(int partition, int partitions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(partition);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(partition, partitions);
        return StreamPartition(partition, partitions);
    }

    /// <summary>One part of the stream; the arguments are checked.</summary>
    /// <param name="partition">Which part.</param>
    /// <param name="partitions">How many parts.</param>
    protected abstract IEnumerable<object> StreamPartition(int partition, int partitions);

    /// <summary>The rows [first, end) of <paramref name="count"/> that part <paramref name="partition"/> of <paramref name="partitions"/> makes.</summary>
    /// <param name="count">The table's rows.</param>
    /// <param name="partition">Which part.</param>
    /// <param name="partitions">How many parts.</param>
    protected static (long First, long End) Share(long count, int partition, int partitions)
        => ((long)((Int128)count * partition / partitions), (long)((Int128)count * (partition + 1) / partitions));

    /// <summary>The number of rows of a root or pool table.</summary>
    /// <param name="type">The entity type.</param>
    protected long RowCount(Type type) => _counts.TryGetValue(type, out var count) ? count : DefaultCount;

    /// <summary>How many children parent row <paramref name="parentRow"/> has: uniform in [min, max], or from <paramref name="cumulative"/> weights of min, min + 1, ...</summary>
    /// <param name="stream">The link's stream.</param>
    /// <param name="parentRow">The parent's row.</param>
    /// <param name="min">The fewest children.</param>
    /// <param name="max">The most children.</param>
    /// <param name="cumulative">Running sums of the weights of each count from min, or null for uniform.</param>
    protected static int ChildCount(ulong stream, long parentRow, int min, int max, double[]? cumulative)
        => Sampling.Sample.Count(stream, parentRow, min, max, cumulative);

    /// <summary>Which parent row (of <paramref name="parents"/>) row <paramref name="row"/> links to.</summary>
    /// <param name="stream">The link's stream.</param>
    /// <param name="row">The child's row.</param>
    /// <param name="parents">How many parent rows there are (more than 0).</param>
    /// <param name="link">The link, for the message when there are none.</param>
    /// <exception cref="ConstraintViolationException">There is no parent row to link to.</exception>
    protected static long Pick(ulong stream, long row, long parents, string link)
    {
        if (parents <= 0) throw EmptyParents(link);
        return (long)CounterRng.NextBelow(stream, row, 1, (ulong)parents);
    }

    /// <summary>
    /// Which parent the <paramref name="ordinal"/>-th child of owner row <paramref name="ownerRow"/> links to,
    /// distinct among the owner's children: the ordinal-th value of a permutation keyed by the owner's row.
    /// </summary>
    /// <param name="stream">The link's stream.</param>
    /// <param name="ownerRow">The owner's row.</param>
    /// <param name="ordinal">The child's place among its owner's children.</param>
    /// <param name="parents">How many parent rows there are.</param>
    /// <param name="link">The link, for the message when there are too few.</param>
    /// <param name="index">The unique index that asks for distinct parents, as declared.</param>
    /// <exception cref="ConstraintViolationException">The owner has more children than there are parents to pick.</exception>
    protected static long PickDistinct(ulong stream, long ownerRow, int ordinal, long parents, string link, string index)
    {
        if (ordinal >= parents) throw TooFewParents(parents, link, index);
        return (long)KeyedPermutation.Permute(CounterRng.RowKey(stream, ownerRow), (ulong)ordinal, (ulong)parents);
    }

    /// <summary>
    /// Which row of the other side the <paramref name="ordinal"/>-th link of row <paramref name="row"/> of a
    /// many-to-many leads to, distinct among the row's links: the ordinal-th value of a permutation keyed by the
    /// row, on a draw of its own (draw 0 is the number of links).
    /// </summary>
    /// <param name="stream">The many-to-many's stream.</param>
    /// <param name="row">The row that picks.</param>
    /// <param name="ordinal">The link's place among the row's links.</param>
    /// <param name="targets">How many rows the other side has.</param>
    /// <param name="join">The many-to-many, for the message when there are too few.</param>
    /// <param name="count">The <c>[Count]</c> that asked for the links, for the message.</param>
    /// <exception cref="ConstraintViolationException">The row has more links than the other side has rows.</exception>
    protected static long PickJoined(ulong stream, long row, int ordinal, long targets, string join, string count)
    {
        if (ordinal >= targets) throw TooFewTargets(targets, join, count, ordinal);
        return (long)KeyedPermutation.Permute(CounterRng.NextFromRowKey(CounterRng.RowKey(stream, row), 1), (ulong)ordinal, (ulong)targets);
    }

    private static ConstraintViolationException EmptyParents(string link)
        => new(link.Split('.')[0], [link], $"{link} is required, but its parent table is empty: give that table at least one row with Count<T>(n).");

    private static ConstraintViolationException TooFewTargets(long targets, string join, string count, int ordinal)
        => new(join.Split('.')[0], [count],
            $"{join}: a row drew {ordinal + 1} or more distinct links, but the other side has {targets} rows; give it more rows with Count<T>(n), or lower the [Count].");

    private static ConstraintViolationException TooFewParents(long parents, string link, string index)
        => new(link.Split('.')[0], [index],
            $"{index} asks each owner's children for distinct {link} parents, but one has more children than the {parents} parent rows; give the parent table more rows with Count<T>(n).");

    /// <summary>Whether an optional link of row <paramref name="row"/> is left empty.</summary>
    /// <param name="stream">The link's stream.</param>
    /// <param name="row">The child's row.</param>
    /// <param name="rate">The null rate; NaN for the options' rate.</param>
    protected bool IsNull(ulong stream, long row, double rate)
        => Sampling.Sample.IsNull(stream, row, double.IsNaN(rate) ? Context.Options.NullRate : rate);

    /// <summary>Running sums of Poisson(<paramref name="mean"/>) weights of min, min + 1, ..., max (the distribution truncated to [min, max]).</summary>
    /// <param name="min">The fewest.</param>
    /// <param name="max">The most.</param>
    /// <param name="mean">The Poisson mean, positive.</param>
    protected static double[] PoissonCumulative(int min, int max, double mean) => Sampling.Sample.PoissonCumulative(min, max, mean);

    /// <summary>Poisson(<paramref name="mean"/>) weights of min, min + 1, ..., max, relative to the most likely one.</summary>
    /// <remarks>Products and quotients only, no exp or factorial: exact on every platform, and no weight overflows or underflows.</remarks>
    internal static double[] PoissonWeights(int min, int max, double mean)
    {
        var weights = new double[max - min + 1];
        var mode = Math.Clamp((int)Math.Floor(mean), min, max);
        weights[mode - min] = 1.0;
        var weight = 1.0;
        for (var k = mode + 1; k <= max; k++) weights[k - min] = weight = weight * mean / k;
        weight = 1.0;
        for (var k = mode - 1; k >= min; k--) weights[k - min] = weight = weight * (k + 1) / mean;
        return weights;
    }
}
