using BenchmarkDotNet.Attributes;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// The BenchmarkDotNet comparison: each invocation makes <see cref="N"/> contracts, so the reported time
/// and allocation are per contract. Bogus is the baseline.
/// </summary>
[MemoryDiagnoser]
public class ContractBenchmarks
{
    /// <summary>Contracts per invocation.</summary>
    public const int N = 1000;

    private BogusContracts _bogus = null!;
    private GeneratedContracts _generated = null!;
    private HandWrittenContracts _handWritten = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bogus = new BogusContracts(seed: 42);
        _generated = new GeneratedContracts(seed: 42);
        _handWritten = new HandWrittenContracts(seed: 42);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public long Bogus() => _bogus.Run(N);

    [Benchmark(OperationsPerInvoke = N)]
    public long Generated() => _generated.Run(N);

    [Benchmark(OperationsPerInvoke = N)]
    public long HandWritten() => _handWritten.Run(N);
}
