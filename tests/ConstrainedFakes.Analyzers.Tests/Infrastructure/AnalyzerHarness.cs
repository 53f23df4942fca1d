using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConstrainedFakes.Analyzers.Tests.Infrastructure;

/// <summary>Compiles test sources and runs <see cref="ConstraintAnalyzer"/> over them with <c>WithAnalyzers</c>, concurrently, as the IDE does.</summary>
internal static class AnalyzerHarness
{
    /// <summary>C# 12, the newest language Roslyn 4.8 (the analyzer's floor) knows.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        deterministic: true);

    /// <summary>What every test source may use without saying so.</summary>
    public const string Usings = """
        global using System;
        global using System.Collections.Generic;
        global using System.ComponentModel.DataAnnotations;
        global using ConstrainedFakes;
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static CSharpCompilation Compile(params string[] sources)
        => CSharpCompilation.Create(
            "AnalyzerTestInput",
            sources.Append(Usings).Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, $"Input{i}.cs")),
            References,
            CompilationOptions);

    /// <summary>The analyzer's diagnostics, in source order; fails the test if the analyzer threw.</summary>
    public static IReadOnlyList<Diagnostic> Analyze(params string[] sources) => Analyze(Compile(sources));

    public static IReadOnlyList<Diagnostic> Analyze(Compilation compilation)
    {
        var run = Run(compilation);
        Assert.True(run.Exceptions.Count == 0, "The analyzer threw: " + string.Join("\n", run.Exceptions));
        return run.Diagnostics;
    }

    /// <summary>The analyzer's diagnostics and any exception it threw (the robustness corpus inspects both).</summary>
    public static AnalyzerRun Run(Compilation compilation)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = compilation.WithAnalyzers([new ConstraintAnalyzer()], options)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .OrderBy(d => d.Location.SourceTree?.FilePath).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id)
            .ToList();
        return new AnalyzerRun(diagnostics, exceptions.ToList());
    }

    /// <summary>Every class of the compilation's source with <c>[ConstrainedFaker]</c>, and that attribute.</summary>
    public static IEnumerable<(INamedTypeSymbol Faker, AttributeData Attribute)> Fakers(Compilation compilation)
        => from tree in compilation.SyntaxTrees
           from declaration in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>()
           let faker = compilation.GetSemanticModel(tree).GetDeclaredSymbol(declaration) as INamedTypeSymbol
           let attribute = faker?.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "ConstrainedFakerAttribute")
           where attribute is not null
           select (faker!, attribute!);

    /// <summary>The source text a diagnostic points at, e.g. <c>Range(10, 5)</c>.</summary>
    public static string At(Diagnostic diagnostic) => diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One line per diagnostic, for failure messages.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics)
        => string.Join("\n", diagnostics.Select(d => $"{d.Id} at '{(d.Location.IsInSource ? At(d) : "?")}': {Message(d)}"));

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.OrdinalIgnoreCase));
        var libraries = new[]
        {
            typeof(ConstrainedFakes.ConstrainedFakerAttribute).Assembly.Location,
            typeof(ConstrainedFakes.FakerOptions).Assembly.Location,
            typeof(Microsoft.EntityFrameworkCore.PrecisionAttribute).Assembly.Location,
            typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly.Location,
        };
        return platform.Concat(libraries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}

/// <summary>One analyzer run: its diagnostics and the exceptions it threw (reported to users as AD0001).</summary>
internal sealed record AnalyzerRun(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions);
