using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ConstrainedFakes.Analyzers.Tests.Infrastructure;

/// <summary>Runs a code fix (one diagnostic, or fix-all in the document) in an <see cref="AdhocWorkspace"/> and returns the fixed source.</summary>
internal static class CodeFixHarness
{
    /// <summary>The source after the first offered fix for the first fixable diagnostic; null when no fix is offered.</summary>
    public static async Task<string?> FixFirst(CodeFixProvider provider, string source)
    {
        var document = CreateDocument(source);
        foreach (var diagnostic in await Fixable(provider, document))
        {
            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            if (actions.Count > 0) return await Apply(actions[0], document);
        }
        return null;
    }

    /// <summary>The source after the provider's fix-all in the document, for the given equivalence key.</summary>
    public static async Task<string> FixAll(CodeFixProvider provider, string source, string equivalenceKey)
    {
        var document = CreateDocument(source);
        var context = new FixAllContext(document, provider, FixAllScope.Document, equivalenceKey, provider.FixableDiagnosticIds,
            new AnalyzerDiagnostics(), CancellationToken.None);
        var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
        Assert.NotNull(action);
        return await Apply(action!, document);
    }

    private static Document CreateDocument(string source)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Fixed", "Fixed", LanguageNames.CSharp,
            compilationOptions: AnalyzerHarness.CompilationOptions, parseOptions: AnalyzerHarness.ParseOptions, metadataReferences: AnalyzerHarness.References));
        workspace.AddDocument(project.Id, "Usings.cs", SourceText.From(AnalyzerHarness.Usings));
        return workspace.AddDocument(project.Id, "Input.cs", SourceText.From(source));
    }

    private static async Task<IReadOnlyList<Diagnostic>> Fixable(CodeFixProvider provider, Document document)
    {
        var compilation = await document.Project.GetCompilationAsync();
        var tree = await document.GetSyntaxTreeAsync();
        return AnalyzerHarness.Analyze(compilation!)
            .Where(d => provider.FixableDiagnosticIds.Contains(d.Id) && d.Location.SourceTree == tree)
            .ToList();
    }

    private static async Task<string> Apply(CodeAction action, Document document)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return (await solution.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }

    /// <summary>Fix-all asks for the diagnostics itself: the analyzer's, per document or project.</summary>
    private sealed class AnalyzerDiagnostics : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return (await GetAllDiagnosticsAsync(document.Project, cancellationToken)).Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => AnalyzerHarness.Analyze((await project.GetCompilationAsync(cancellationToken))!);
    }
}
