using ConstrainedFakes.Randomness;

namespace ConstrainedFakes.DataSets;

// Picks skewed by [Popularity]: a Zipf rank, then the row of that rank.
public abstract partial class DataSetBuilder
{
    /// <summary>Which parent row (of <paramref name="parents"/>) row <paramref name="row"/> links to, by <paramref name="popularity"/>.</summary>
    /// <param name="stream">The link's stream.</param>
    /// <param name="row">The child's row.</param>
    /// <param name="parents">How many parent rows there are.</param>
    /// <param name="link">The link, for the message when there are none.</param>
    /// <param name="popularity">The parents' popularity.</param>
    /// <param name="scattered">Whether the ranks are spread over the parents by a keyed permutation (a pool), or are the rows themselves (a self-reference: the earliest rows are the most popular).</param>
    /// <exception cref="ConstraintViolationException">There is no parent row to link to.</exception>
    protected static long Pick(ulong stream, long row, long parents, string link, Popularity popularity, bool scattered)
    {
        ArgumentNullException.ThrowIfNull(popularity);
        if (parents <= 0) throw EmptyParents(link);
        var draw = 1;
        return RowOfRank(stream, popularity.Rank(stream, row, parents, ref draw), parents, scattered);
    }

    /// <summary>
    /// Which parent the <paramref name="ordinal"/>-th child of owner row <paramref name="ownerRow"/> links to, by
    /// <paramref name="popularity"/> and distinct among the owner's children (see <see cref="Popularity.DistinctRank"/>).
    /// </summary>
    /// <param name="stream">The link's stream.</param>
    /// <param name="ownerRow">The owner's row.</param>
    /// <param name="ordinal">The child's place among its owner's children.</param>
    /// <param name="parents">How many parent rows there are.</param>
    /// <param name="link">The link, for the message when there are too few.</param>
    /// <param name="index">The unique index that asks for distinct parents, as declared.</param>
    /// <param name="popularity">The parents' popularity.</param>
    /// <exception cref="ConstraintViolationException">The owner has more children than there are parents to pick.</exception>
    protected static long PickDistinct(ulong stream, long ownerRow, int ordinal, long parents, string link, string index, Popularity popularity)
    {
        ArgumentNullException.ThrowIfNull(popularity);
        if (ordinal >= parents) throw TooFewParents(parents, link, index);
        return RowOfRank(stream, popularity.DistinctRank(stream, ownerRow, ordinal, parents), parents, scattered: true);
    }

    /// <summary>
    /// Which row of the other side the <paramref name="ordinal"/>-th link of row <paramref name="row"/> of a
    /// many-to-many leads to, by <paramref name="popularity"/> and distinct among the row's links (see
    /// <see cref="Popularity.DistinctRank"/>; its draws come after draw 0, the number of links).
    /// </summary>
    /// <param name="stream">The many-to-many's stream.</param>
    /// <param name="row">The row that picks.</param>
    /// <param name="ordinal">The link's place among the row's links.</param>
    /// <param name="targets">How many rows the other side has.</param>
    /// <param name="join">The many-to-many, for the message when there are too few.</param>
    /// <param name="count">The <c>[Count]</c> that asked for the links, for the message.</param>
    /// <param name="popularity">The other side's popularity.</param>
    /// <exception cref="ConstraintViolationException">The row has more links than the other side has rows.</exception>
    protected static long PickJoined(ulong stream, long row, int ordinal, long targets, string join, string count, Popularity popularity)
    {
        ArgumentNullException.ThrowIfNull(popularity);
        if (ordinal >= targets) throw TooFewTargets(targets, join, count, ordinal);
        return RowOfRank(stream, popularity.DistinctRank(stream, row, ordinal, targets), targets, scattered: true);
    }

    // The permutation's key is the link's own, not a row's: a parent has one rank for every child that picks it.
    private static long RowOfRank(ulong stream, long rank, long parents, bool scattered)
        => scattered ? (long)KeyedPermutation.Permute(CounterRng.RowKey(stream, -1), (ulong)rank, (ulong)parents) : rank;
}
