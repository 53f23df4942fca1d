using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConstrainedFakes.Generator.Planning.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.CodeFixes;

/// <summary>CF0001: swaps the two bounds of a <c>[Range]</c>, <c>[Length]</c>, <c>[Count]</c> or <c>[StringLength]</c> written the wrong way round.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SwapBoundsCodeFix)), Shared]
public sealed class SwapBoundsCodeFix : CodeFixProvider
{
    private const string Title = "Swap the bounds";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.EmptyBounds);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault() is not { } attribute) continue;
            if (Bounds(attribute) is not var (min, max) || !IsBackwards(min.Expression, max.Expression)) continue;
            context.RegisterCodeFix(
                CodeAction.Create(Title, token => Swap(context.Document, min, max, token), equivalenceKey: nameof(SwapBoundsCodeFix)),
                diagnostic);
        }
    }

    /// <summary>The arguments holding the lower and the upper bound, or null when the attribute has no such pair.</summary>
    private static (AttributeArgumentSyntax Min, AttributeArgumentSyntax Max)? Bounds(AttributeSyntax attribute)
    {
        var arguments = attribute.ArgumentList?.Arguments ?? default;
        var positional = arguments.Where(a => a.NameEquals is null && a.NameColon is null).ToList();
        var name = attribute.Name.ToString().Split('.').Last();
        if (name.EndsWith("Attribute")) name = name.Substring(0, name.Length - "Attribute".Length);
        switch (name)
        {
            case "Range" when positional.Count == 3:
                return (positional[1], positional[2]);
            case "Range" or "Length" or "Count" when positional.Count == 2:
                return (positional[0], positional[1]);
            case "StringLength" when positional.Count == 1 && arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "MinimumLength") is { } minimum:
                return (minimum, positional[0]);
            default:
                return null;
        }
    }

    /// <summary>Whether both bounds are literals and the first is above the second (so swapping gives a non-empty range).</summary>
    private static bool IsBackwards(ExpressionSyntax min, ExpressionSyntax max)
    {
        if (Number(min) is { } low && Number(max) is { } high) return low > high;
        return min is LiteralExpressionSyntax { Token.Value: string a } && max is LiteralExpressionSyntax { Token.Value: string b } && string.CompareOrdinal(a, b) > 0;
    }

    private static double? Number(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax { Token.Value: var value } when value is int or long or double or float or decimal or uint or ulong => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
        PrefixUnaryExpressionSyntax minus when minus.IsKind(SyntaxKind.UnaryMinusExpression) => -Number(minus.Operand),
        _ => null,
    };

    private static async Task<Document> Swap(Document document, AttributeArgumentSyntax min, AttributeArgumentSyntax max, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var swapped = root!.ReplaceNodes(new SyntaxNode[] { min.Expression, max.Expression }, (original, _) =>
            original == min.Expression ? max.Expression.WithTriviaFrom(min.Expression) : min.Expression.WithTriviaFrom(max.Expression));
        return document.WithSyntaxRoot(swapped);
    }
}
