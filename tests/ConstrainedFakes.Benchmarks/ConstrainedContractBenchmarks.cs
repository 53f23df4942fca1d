using BenchmarkDotNet.Attributes;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// The BenchmarkDotNet comparison for <see cref="ConstrainedContract"/> (ranges and three cross-member
/// invariants): each invocation makes <see cref="ContractBenchmarks.N"/> contracts, so the reported time
/// and allocation are per contract. Bogus is the baseline.
/// </summary>
[MemoryDiagnoser]
public class ConstrainedContractBenchmarks
{
    private const int N = ContractBenchmarks.N;

    private BogusConstrainedContracts _bogus = null!;
    private GeneratedConstrainedContracts _generated = null!;
    private HandWrittenConstrainedContracts _handWritten = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bogus = new BogusConstrainedContracts(seed: 42);
        _generated = new GeneratedConstrainedContracts(seed: 42);
        _handWritten = new HandWrittenConstrainedContracts(seed: 42);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public long Bogus() => _bogus.Run(N);

    [Benchmark(OperationsPerInvoke = N)]
    public long Generated() => _generated.Run(N);

    [Benchmark(OperationsPerInvoke = N)]
    public long HandWritten() => _handWritten.Run(N);
}
