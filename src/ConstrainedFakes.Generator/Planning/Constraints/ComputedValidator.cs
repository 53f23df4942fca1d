using System;
using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Parsing;
using ConstrainedFakes.Generator.Planning.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator.Planning.Constraints;

/// <summary>Checks a <c>[Computed]</c> expression against the supported language and finds the members it reads.</summary>
internal static class ComputedValidator
{
    private static readonly HashSet<string> MathFunctions = new(StringComparer.Ordinal) { "Round", "Min", "Max", "Abs", "Floor", "Ceiling" };

    /// <summary>The members the expression reads, or the reason it is not supported.</summary>
    public static (IReadOnlyList<string> Inputs, Rejection? Problem) Validate(string expression, IReadOnlyCollection<string> numericMembers, IReadOnlyCollection<string> allMembers)
    {
        var syntax = Expressions.Parse(expression);
        if (syntax.ContainsDiagnostics || syntax.FullSpan.Length != expression.Length)
            return (Array.Empty<string>(), new Rejection(DiagnosticIds.Unsupported, $"\"{expression}\" is not a C# expression."));
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
                case IdentifierNameSyntax name when allMembers.Contains(name.Identifier.ValueText):
                    return (inputs, new Rejection(DiagnosticIds.TypeMismatch, $"'{name}' is not a non-nullable number member of the entity."));
                case IdentifierNameSyntax name:
                    var closest = MemberNames.Closest(name.Identifier.ValueText, allMembers);
                    return (inputs, new Rejection(DiagnosticIds.UnknownMember,
                        $"'{name}' is not a member of the entity{(closest is null ? "." : $"; did you mean '{closest}'?")}", closest));
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
                    return (inputs, new Rejection(DiagnosticIds.Unsupported, $"'{node}' is outside what [Computed] supports (members, numbers, + - * /, Math.Round/Min/Max/Abs/Floor/Ceiling)."));
            }
        }
        return (inputs, null);
    }

    private static bool IsMathReceiver(IdentifierNameSyntax name)
        => name.Identifier.ValueText == "Math" && name.Parent is MemberAccessExpressionSyntax access && access.Expression == name;

    private static bool IsMathFunction(IdentifierNameSyntax name)
        => name.Parent is MemberAccessExpressionSyntax access && access.Name == name && access.Expression is IdentifierNameSyntax { Identifier.ValueText: "Math" };
}
