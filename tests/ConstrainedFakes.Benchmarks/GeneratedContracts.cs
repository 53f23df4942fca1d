using System.Runtime.CompilerServices;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// The faker the ConstrainedFakes generator fills in: it emits <c>BenchFaker.ContractBuilder</c> and
/// <c>BenchFaker.ConstrainedContractBuilder</c>.
/// </summary>
[ConstrainedFaker(typeof(Contract), typeof(ConstrainedContract), typeof(CorrelatedContract))]
public partial class BenchFaker;

/// <summary>
/// Way 1: the generated builder. One builder is created up front; each contract is
/// <c>builder.BuildAt(row)</c> with a row number that grows (wrapping at 2^30, far beyond any run, so
/// the int key can never overflow); nothing is cached, every call builds its row from scratch.
/// </summary>
public sealed class GeneratedContracts : ContractSource
{
    private const long RowMask = (1L << 30) - 1;

    private readonly BenchFaker.ContractBuilder _builder;
    private long _row;

    /// <summary>Creates the source with a seeded faker and one builder.</summary>
    /// <param name="seed">The faker's seed.</param>
    /// <param name="configure">Optional: fixes members (With{Member}) before timing, to see what each member costs.</param>
    public GeneratedContracts(ulong seed = 42, Func<BenchFaker.ContractBuilder, BenchFaker.ContractBuilder>? configure = null)
    {
        var builder = new BenchFaker(seed).Contract();
        _builder = configure is null ? builder : configure(builder);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override Contract Next() => _builder.BuildAt(_row++ & RowMask);
}
