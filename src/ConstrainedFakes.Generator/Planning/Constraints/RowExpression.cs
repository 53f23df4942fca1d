using System;
using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator.Planning.Constraints;

/// <summary>
/// A user's C# expression (a <c>[Computed]</c> value, a checked invariant) rewritten to run inside a
/// builder: member names become the row's locals, <c>Math</c> becomes <c>global::System.Math</c>.
/// Names that are part of a qualified name (<c>global::Shop.Tier.Gold</c>) are left alone.
/// </summary>
internal static class RowExpression
{
    public static string OverLocals(string expression, IReadOnlyCollection<string> members, Func<string, string> local)
        => new Rewriter(members, local).Visit(Expressions.Parse(expression))!.ToFullString();

    private sealed class Rewriter : CSharpSyntaxRewriter
    {
        private readonly IReadOnlyCollection<string> _members;
        private readonly Func<string, string> _local;

        public Rewriter(IReadOnlyCollection<string> members, Func<string, string> local) => (_members, _local) = (members, local);

        public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node)
        {
            var qualified = node.Parent is MemberAccessExpressionSyntax access && access.Name == node || node.Parent is AliasQualifiedNameSyntax;
            if (qualified) return node;
            if (node.Identifier.ValueText == "Math" && node.Parent is MemberAccessExpressionSyntax)
                return SyntaxFactory.ParseExpression("global::System.Math").WithTriviaFrom(node);
            return _members.Contains(node.Identifier.ValueText)
                ? SyntaxFactory.IdentifierName(_local(node.Identifier.ValueText)).WithTriviaFrom(node)
                : node;
        }
    }
}
