using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ConstrainedFakes.Generator.Emitting;

namespace ConstrainedFakes.Generator.Tests.Infrastructure;

/// <summary>Builds compilations of test sources and runs <see cref="ConstrainedFakesGenerator"/> over them in-process.</summary>
internal static class GeneratorHarness
{
    /// <summary>C# 12, the newest language Roslyn 4.8 (the generator's floor) knows; doc comments checked as in this repository.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    /// <summary>A library with nullable on and every warning wave, so a sloppy generated line shows as a warning.</summary>
    public static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        warningLevel: 9999,
        deterministic: true);

    /// <summary>
    /// Minimal stand-ins for the EF Core attributes the generator reads (it matches them by metadata name),
    /// so the tests need no EF Core reference.
    /// </summary>
    public const string EfCoreAttributes = """
        #pragma warning disable CS1591
        namespace Microsoft.EntityFrameworkCore
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class PrecisionAttribute : System.Attribute
            {
                public PrecisionAttribute(int precision, int scale) { }
                public PrecisionAttribute(int precision) { }
            }

            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class PrimaryKeyAttribute : System.Attribute
            {
                public PrimaryKeyAttribute(string propertyName, params string[] additionalPropertyNames) { }
            }
        }
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    /// <summary>The shared framework's assemblies, the annotations and the ConstrainedFakes runtime.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>A compilation of <paramref name="sources"/> (plus the EF Core attribute stand-ins), before the generator runs.</summary>
    public static CSharpCompilation Compile(params string[] sources)
        => CSharpCompilation.Create(
            "GeneratorTestInput",
            sources.Append(EfCoreAttributes).Select((source, i) => Parse(source, $"Input{i}.cs")),
            References,
            CompilationOptions);

    public static SyntaxTree Parse(string source, string path)
        => CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    /// <summary>A driver for the generator; <paramref name="trackSteps"/> records every named step for caching tests.</summary>
    public static GeneratorDriver CreateDriver(bool trackSteps = false)
        => CSharpGeneratorDriver.Create(
            [new ConstrainedFakesGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Compiles <paramref name="sources"/>, runs the generator once, and returns everything a test may look at.</summary>
    public static GeneratorRun Run(params string[] sources)
    {
        var input = Compile(sources);
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(input, out var output, out var generatorDiagnostics);
        return new GeneratorRun(input, output, driver.GetRunResult(), generatorDiagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The runtime's own assemblies only (the framework directory), not the test host's xunit and Roslyn.
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.OrdinalIgnoreCase));
        var constrainedFakes = new[]
        {
            typeof(ConstrainedFakes.ConstrainedFakerAttribute).Assembly.Location,
            typeof(ConstrainedFakes.FakerOptions).Assembly.Location,
        };
        return platform.Concat(constrainedFakes)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}

/// <summary>One generator run: the compilation before and after, the driver's result and the generator's own diagnostics.</summary>
internal sealed record GeneratorRun(
    Compilation Input,
    Compilation Output,
    GeneratorDriverRunResult Result,
    ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>The single generated file's text; fails when the generator produced no file or several.</summary>
    public string SingleGeneratedSource()
    {
        var sources = Result.Results.SelectMany(r => r.GeneratedSources).ToList();
        Assert.True(sources.Count == 1, $"Expected one generated file, got {sources.Count}: {string.Join(", ", sources.Select(s => s.HintName))}");
        return sources[0].SourceText.ToString();
    }

    /// <summary>
    /// Errors and warnings of emitting the compilation with the generated code, as readable lines. The generated
    /// bodies are compiled with nullable warnings on, as the user's compile does not (<see cref="FakerEmitter.NullableDirectives"/>).
    /// </summary>
    public IReadOnlyList<string> EmitProblems()
    {
        using var stream = new MemoryStream();
        var emitted = WithNullableWarnings().Emit(stream);
        return emitted.Diagnostics
            .Where(d => d.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error)
            .Select(Describe)
            .ToList();
    }

    /// <summary>The output with the generated files' nullable warnings on, as the generator's tests check them.</summary>
    public Compilation WithNullableWarnings()
    {
        var checkedOutput = Output;
        foreach (var tree in Result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.SyntaxTree))
        {
            var text = tree.GetText().ToString();
            Assert.Contains(FakerEmitter.NullableDirectives, text);
            var strict = text.Replace(FakerEmitter.NullableDirectives, "#nullable enable");
            checkedOutput = checkedOutput.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(strict)));
        }
        return checkedOutput;
    }

    /// <summary>The emitted assembly's bytes (the compilations are deterministic).</summary>
    public static byte[] Emitted(Compilation compilation)
    {
        using var stream = new MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        return stream.ToArray();
    }

    /// <summary>A diagnostic with its file, line and the offending source line, so a failure says what to fix.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var text = diagnostic.Location.SourceTree?.GetText().Lines[span.StartLinePosition.Line].ToString().Trim();
        return $"{diagnostic.Severity} {diagnostic.Id} at {Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1}): {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"
            + (text is null ? "" : $"\n    {text}");
    }
}
