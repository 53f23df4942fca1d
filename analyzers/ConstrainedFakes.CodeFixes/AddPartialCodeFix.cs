using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConstrainedFakes.Analyzers;
using ConstrainedFakes.Generator.Planning.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace ConstrainedFakes.CodeFixes;

/// <summary>CF0011: makes a faker declared without <c>partial</c> (and the types it is nested in) partial.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFix)), Shared]
public sealed class AddPartialCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.FakerDeclaration);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics.Where(d => d.Properties.ContainsKey(ConstraintAnalyzer.MissingPartialProperty)))
        {
            if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault() is not { } declaration) continue;
            context.RegisterCodeFix(
                CodeAction.Create("Make the faker partial", token => AddPartial(context.Document, declaration, token), equivalenceKey: nameof(AddPartialCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> AddPartial(Document document, TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        foreach (var type in declaration.AncestorsAndSelf().OfType<TypeDeclarationSyntax>())
        {
            var modifiers = editor.Generator.GetModifiers(type);
            if (!modifiers.IsPartial) editor.SetModifiers(type, modifiers.WithPartial(true));
        }
        return editor.GetChangedDocument();
    }
}
