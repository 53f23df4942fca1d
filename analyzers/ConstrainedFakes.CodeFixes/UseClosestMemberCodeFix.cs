using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConstrainedFakes.Analyzers;
using ConstrainedFakes.Generator.Planning.Constraints;
using ConstrainedFakes.Generator.Planning.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.CodeFixes;

/// <summary>
/// CF0003: replaces a misspelt member name with the closest existing one, as <c>nameof(...)</c>, where the
/// argument is a plain member name (a string literal or <c>nameof</c> of one identifier), not an expression or path.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseClosestMemberCodeFix)), Shared]
public sealed class UseClosestMemberCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.UnknownMember);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(ConstraintAnalyzer.SuggestionProperty, out var suggestion) || suggestion is null) continue;
            if (root?.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault() is not { } attribute) continue;
            if (Misspelt(attribute, suggestion) is not { } argument) continue;
            context.RegisterCodeFix(
                CodeAction.Create($"Use nameof({suggestion})", token => Replace(context.Document, argument, suggestion, token), equivalenceKey: nameof(UseClosestMemberCodeFix)),
                diagnostic);
        }
    }

    /// <summary>The plain member-name argument closest to the suggestion (the one it corrects), or null.</summary>
    private static ExpressionSyntax? Misspelt(AttributeSyntax attribute, string suggestion)
    {
        var plain = new Dictionary<string, ExpressionSyntax>();
        foreach (var argument in attribute.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals is not null) continue;
            var name = PlainName(argument.Expression);
            if (name is not null && name != suggestion && !plain.ContainsKey(name)) plain.Add(name, argument.Expression);
        }
        return MemberNames.Closest(suggestion, plain.Keys) is { } closest ? plain[closest] : null;
    }

    private static string? PlainName(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax { Token.Value: string text } when SyntaxFacts.IsValidIdentifier(text) => text,
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" }, ArgumentList.Arguments: [{ Expression: IdentifierNameSyntax name }] } => name.Identifier.ValueText,
        _ => null,
    };

    private static async Task<Document> Replace(Document document, ExpressionSyntax argument, string suggestion, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replacement = SyntaxFactory.ParseExpression($"nameof({suggestion})").WithTriviaFrom(argument);
        return document.WithSyntaxRoot(root!.ReplaceNode(argument, replacement));
    }
}
