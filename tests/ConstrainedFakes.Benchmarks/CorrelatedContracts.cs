using System.Runtime.CompilerServices;
using Bogus;

namespace ConstrainedFakes.Benchmarks;

/// <summary>A way of making <see cref="CorrelatedContract"/>s.</summary>
public abstract class CorrelatedContractSource : ContractSource<CorrelatedContract>
{
    /// <inheritdoc/>
    protected sealed override long Digest(CorrelatedContract contract) => Checksum.Of(contract);
}

/// <summary>
/// The generated <c>BenchFaker.CorrelatedContractBuilder</c>: skewed marginals truncated to the ranges and a
/// four-member Gaussian copula, used as <see cref="GeneratedContracts"/> uses the plain one.
/// </summary>
public sealed class GeneratedCorrelatedContracts : CorrelatedContractSource
{
    private const long RowMask = (1L << 30) - 1;

    private readonly BenchFaker.CorrelatedContractBuilder _builder = new BenchFaker(42).CorrelatedContract();
    private long _row;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override CorrelatedContract Next() => _builder.BuildAt(_row++ & RowMask);
}

/// <summary>Bogus' baseline for the correlated contract: the uncorrelated, uniform rules of <see cref="BogusContracts"/>.</summary>
public sealed class BogusCorrelatedContracts : CorrelatedContractSource
{
    private readonly Faker<CorrelatedContract> _faker = BogusContracts.Rules<CorrelatedContract>(seed: 42);

    /// <inheritdoc/>
    public override CorrelatedContract Next() => _faker.Generate();
}
