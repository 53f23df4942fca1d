using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator.Planning.Constraints;

/// <summary>
/// Checks a <c>[Computed]</c> expression against the supported language and rewrites it over the row's
/// locals (member <c>Units</c> becomes local <c>units</c>, <c>Math</c> becomes <c>global::System.Math</c>).
/// </summary>
internal static class ComputedRewriter
{
    private static readonly HashSet<string> MathFunctions = new(StringComparer.Ordinal) { "Round", "Min", "Max", "Abs", "Floor", "Ceiling" };

    /// <summary>The rewritten expression and the members it reads, or the reason it is not supported.</summary>
    public static (string? Expression, IReadOnlyList<string> Inputs, string? Problem) Rewrite(string expression, IReadOnlyCollection<string> numericMembers, Func<string, string> local)
    {
        var syntax = SyntaxFactory.ParseExpression(expression);
        if (syntax.ContainsDiagnostics || syntax.FullSpan.Length != expression.Length)
            return (null, Array.Empty<string>(), $"\"{expression}\" is not a C# expression.");
        var inputs = new List<string>();
        foreach (var node in syntax.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case IdentifierNameSyntax name when IsMathReceiver(name) || IsMathFunction(name):
                    break;
                case IdentifierNameSyntax name when numericMembers.Contains(name.Identifier.ValueText):
                    if (!inputs.Contains(name.Identifier.ValueText)) inputs.Add(name.Identifier.ValueText);
                    break;
                case IdentifierNameSyntax name:
                    return (null, inputs, $"'{name}' is not a number member of the entity.");
                case MemberAccessExpressionSyntax access when access.Expression is IdentifierNameSyntax { Identifier.ValueText: "Math" } && MathFunctions.Contains(access.Name.Identifier.ValueText):
                case InvocationExpressionSyntax:
                case ArgumentListSyntax:
                case ArgumentSyntax:
                case ParenthesizedExpressionSyntax:
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression):
                case PrefixUnaryExpressionSyntax unary when unary.IsKind(SyntaxKind.UnaryMinusExpression):
                case BinaryExpressionSyntax binary when binary.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression:
                    break;
                default:
                    return (null, inputs, $"'{node}' is outside what [Computed] supports (members, numbers, + - * /, Math.Round/Min/Max/Abs/Floor/Ceiling).");
            }
        }
        var rewritten = new LocalRewriter(numericMembers, local).Visit(syntax);
        return (rewritten.ToFullString(), inputs, null);
    }

    private static bool IsMathReceiver(IdentifierNameSyntax name)
        => name.Identifier.ValueText == "Math" && name.Parent is MemberAccessExpressionSyntax access && access.Expression == name;

    private static bool IsMathFunction(IdentifierNameSyntax name)
        => name.Parent is MemberAccessExpressionSyntax access && access.Name == name && access.Expression is IdentifierNameSyntax { Identifier.ValueText: "Math" };

    private sealed class LocalRewriter : CSharpSyntaxRewriter
    {
        private readonly IReadOnlyCollection<string> _members;
        private readonly Func<string, string> _local;

        public LocalRewriter(IReadOnlyCollection<string> members, Func<string, string> local) => (_members, _local) = (members, local);

        public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node)
        {
            if (IsMathReceiver(node)) return SyntaxFactory.ParseExpression("global::System.Math").WithTriviaFrom(node);
            if (!IsMathFunction(node) && _members.Contains(node.Identifier.ValueText))
                return SyntaxFactory.IdentifierName(_local(node.Identifier.ValueText)).WithTriviaFrom(node);
            return node;
        }
    }
}
