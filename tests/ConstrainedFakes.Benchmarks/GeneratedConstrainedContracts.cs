using System.Runtime.CompilerServices;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// Way 1 for <see cref="ConstrainedContract"/>: the generated <c>BenchFaker.ConstrainedContractBuilder</c>,
/// used exactly as <see cref="GeneratedContracts"/> uses the unconstrained one.
/// </summary>
public sealed class GeneratedConstrainedContracts : ConstrainedContractSource
{
    private const long RowMask = (1L << 30) - 1;

    private readonly BenchFaker.ConstrainedContractBuilder _builder;
    private long _row;

    /// <summary>Creates the source with a seeded faker and one builder.</summary>
    /// <param name="seed">The faker's seed.</param>
    /// <param name="configure">Optional: fixes members (With{Member}) before timing, to see what each member costs.</param>
    public GeneratedConstrainedContracts(ulong seed = 42, Func<BenchFaker.ConstrainedContractBuilder, BenchFaker.ConstrainedContractBuilder>? configure = null)
    {
        var builder = new BenchFaker(seed).ConstrainedContract();
        _builder = configure is null ? builder : configure(builder);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override ConstrainedContract Next() => _builder.BuildAt(_row++ & RowMask);
}
