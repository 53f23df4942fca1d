using BenchmarkDotNet.Attributes;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// The BenchmarkDotNet comparison, once per entity: each invocation makes <see cref="Batch.Size"/>
/// contracts, so the reported time and allocation are per contract. Bogus is the baseline.
/// </summary>
/// <typeparam name="TBogus">Bogus <c>Faker&lt;T&gt;</c> rules.</typeparam>
/// <typeparam name="TGenerated">The generated builder.</typeparam>
/// <typeparam name="THandWritten">Hand-written straight-line code.</typeparam>
[MemoryDiagnoser]
[GenericTypeArguments(typeof(BogusContracts), typeof(GeneratedContracts), typeof(HandWrittenContracts))]
[GenericTypeArguments(typeof(BogusConstrainedContracts), typeof(GeneratedConstrainedContracts), typeof(HandWrittenConstrainedContracts))]
public class ContractBenchmarks<TBogus, TGenerated, THandWritten>
    where TBogus : IContractSource
    where TGenerated : IContractSource
    where THandWritten : IContractSource
{
    private IContractSource _bogus = null!;
    private IContractSource _generated = null!;
    private IContractSource _handWritten = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bogus = WithDefaults<TBogus>();
        _generated = WithDefaults<TGenerated>();
        _handWritten = WithDefaults<THandWritten>();
    }

    /// <summary>A way made by its constructor with every argument left at its default (seed 42). Set-up is not timed.</summary>
    private static IContractSource WithDefaults<TSource>()
    {
        var constructor = typeof(TSource).GetConstructors()[0];
        var defaults = constructor.GetParameters().Select(_ => Type.Missing).ToArray();
        return (IContractSource)constructor.Invoke(System.Reflection.BindingFlags.OptionalParamBinding, null, defaults, null);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch.Size)]
    public long Bogus() => _bogus.Run(Batch.Size);

    [Benchmark(OperationsPerInvoke = Batch.Size)]
    public long Generated() => _generated.Run(Batch.Size);

    [Benchmark(OperationsPerInvoke = Batch.Size)]
    public long HandWritten() => _handWritten.Run(Batch.Size);
}

/// <summary>How many contracts one timed batch makes.</summary>
public static class Batch
{
    /// <summary>Contracts per batch (and per BenchmarkDotNet invocation).</summary>
    public const int Size = 1000;
}
