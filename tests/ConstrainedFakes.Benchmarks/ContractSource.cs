namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// One way of making contracts: <see cref="Next"/> makes one, <see cref="Run"/> makes a batch and consumes
/// each (a checksum, and the last kept in a field) so that no work can be optimised away. Every way pays
/// the same virtual calls, so the comparison stays fair.
/// </summary>
/// <typeparam name="T">The contract type.</typeparam>
public abstract class ContractSource<T> : IContractSource where T : class
{
    /// <summary>The last contract made.</summary>
    public T? Last { get; private set; }

    /// <summary>The next contract.</summary>
    public abstract T Next();

    /// <summary>Makes <paramref name="count"/> contracts and returns a checksum over them.</summary>
    /// <param name="count">How many contracts.</param>
    public long Run(int count)
    {
        long sum = 0;
        T? last = null;
        for (var i = 0; i < count; i++)
        {
            last = Next();
            sum += Digest(last);
        }
        Last = last;
        return sum;
    }

    /// <summary>A cheap checksum of one contract (see <see cref="Checksum"/>).</summary>
    /// <param name="contract">The contract.</param>
    protected abstract long Digest(T contract);
}

/// <summary>What the benchmarks time: a batch of contracts of any type.</summary>
public interface IContractSource
{
    /// <summary>Makes <paramref name="count"/> contracts and returns a checksum over them.</summary>
    /// <param name="count">How many contracts.</param>
    long Run(int count);
}

/// <summary>A way of making <see cref="Contract"/>s.</summary>
public abstract class ContractSource : ContractSource<Contract>
{
    /// <inheritdoc/>
    protected sealed override long Digest(Contract contract) => Checksum.Of(contract);
}

/// <summary>A way of making <see cref="ConstrainedContract"/>s.</summary>
public abstract class ConstrainedContractSource : ContractSource<ConstrainedContract>
{
    /// <inheritdoc/>
    protected sealed override long Digest(ConstrainedContract contract) => Checksum.Of(contract);
}
