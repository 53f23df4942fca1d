extern alias generator;

using System.Diagnostics;
using System.Text;
using ConstrainedFakes.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;
using SourceGenerator = generator::ConstrainedFakes.Generator.ConstrainedFakesGenerator;

namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>Runs alone, after the other tests, so the timing is not shared with them.</summary>
[CollectionDefinition(nameof(SpeedTests), DisableParallelization = true)]
public sealed class SpeedCollection;

/// <summary>What the analyzer and generator add to a compile of a 50-entity model with 200 constraints.</summary>
[Collection(nameof(SpeedTests))]
public sealed class SpeedTests(ITestOutputHelper output)
{
    /// <summary>50 entities, each with 2 ranges, 1 order relation and 1 linear invariant (200 constraints), and a faker naming them all.</summary>
    public static string SyntheticModel()
    {
        var source = new StringBuilder("namespace Synthetic;\n");
        for (var i = 0; i < 50; i++)
        {
            source.AppendLine($$"""
                [Invariant("Discount <= 0.3m * Value")]
                public class Entity{{i}}
                {
                    public int Id { get; set; }
                    [Range(0, {{1000 + i}})] public decimal Value { get; set; }
                    public decimal Discount { get; set; }
                    [Range(typeof(DateTime), "2024-01-01", "2024-12-31")] public DateTime Start { get; set; }
                    [GreaterThan(nameof(Start))] public DateTime End { get; set; }
                    public string Name { get; set; } = "";
                }
                """);
        }
        source.AppendLine($"[ConstrainedFaker({string.Join(", ", Enumerable.Range(0, 50).Select(i => $"typeof(Entity{i})"))})]");
        source.AppendLine("public partial class SyntheticFaker;");
        return source.ToString();
    }

    [Fact]
    public void Analyzer_and_generator_together_stay_within_a_generous_bound()
    {
        var compilation = AnalyzerHarness.Compile(SyntheticModel());
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        // Warm up JIT and the shared framework's metadata, then take the best of five: the machine is shared.
        Measure(compilation);
        var best = Enumerable.Range(0, 5).Select(_ => Measure(compilation)).MinBy(t => t.Analyzer + t.Generator);
        output.WriteLine($"50 entities, 200 constraints: analyzer {best.Analyzer.TotalMilliseconds:0} ms + generator {best.Generator.TotalMilliseconds:0} ms");
        Assert.True(best.Analyzer + best.Generator < TimeSpan.FromSeconds(2), $"analyzer {best.Analyzer}, generator {best.Generator}");
    }

    /// <summary>
    /// The analyzer's own execution time as the compiler's telemetry counts it (binding the user's code is the
    /// compile's cost, not ours), and the generator's wall time on a fresh driver.
    /// </summary>
    private static (TimeSpan Analyzer, TimeSpan Generator) Measure(Compilation compilation)
    {
        var analyzer = new ConstraintAnalyzer();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers([analyzer], options);
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var analyzerTime = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
        var watch = Stopwatch.StartNew();
        CSharpGeneratorDriver.Create(new SourceGenerator()).RunGenerators(compilation);
        return (analyzerTime, watch.Elapsed);
    }
}
