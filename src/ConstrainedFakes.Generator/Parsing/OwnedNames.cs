using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>
/// Renames what a type's constraints name when owned objects become columns of their owner's row: a path
/// through an owned reference (<c>Destination.Floor</c>) becomes the owner's member (<c>Destination_Floor</c>),
/// and an owned type's members become the owner's when the type is held in a property (<c>Floor</c> of the
/// <c>Destination</c> becomes <c>Destination_Floor</c>). Order relations, correlations, <c>[Computed]</c> and
/// <c>[Invariant]</c> expressions are renamed alike, so every planner reads one set of names.
/// </summary>
internal static class OwnedNames
{
    /// <summary>The paths through <paramref name="owned"/> that the type's own constraints may name, each with the member it becomes.</summary>
    public static Dictionary<string, string> Paths(IEnumerable<OwnedReferenceModel> owned)
        => owned.SelectMany(o => o.AllMembers()).GroupBy(m => m.Path).ToDictionary(g => g.Key, g => g.First().Name);

    /// <summary>Every name in <paramref name="names"/>, prefixed as the members of an owned object held in <paramref name="property"/>.</summary>
    public static Dictionary<string, string> Under(string property, IEnumerable<string> names)
        => names.Distinct().ToDictionary(n => n, n => property + "_" + n);

    /// <summary>The member with what its relations, correlations and computed expression name renamed by <paramref name="renames"/>.</summary>
    public static MemberModel Rename(MemberModel m, IReadOnlyDictionary<string, string> renames, ISet<string> enumValues)
        => m with
        {
            Relations = m.Relations.Select(r => renames.TryGetValue(r.Other, out var other) ? r with { Other = other } : r).ToEquatableArray(),
            Correlations = m.Correlations.Select(c => renames.TryGetValue(c.Other, out var other) ? c with { Other = other } : c).ToEquatableArray(),
            Computed = m.Computed is { } computed ? computed with { Expression = Rename(computed.Expression, renames, enumValues) } : null,
        };

    /// <summary>The invariants with the names they read renamed by <paramref name="renames"/>.</summary>
    public static List<InvariantModel> Rename(IEnumerable<InvariantModel> invariants, IReadOnlyDictionary<string, string> renames, ISet<string> enumValues)
        => invariants.Select(i => i with { Expression = Rename(i.Expression, renames, enumValues) }).ToList();

    /// <summary>
    /// Enum values as written in expressions (<c>Tier.Gold</c>) of the members' enum types: a member named as its
    /// enum type (<c>Tier Tier</c>) is not renamed where it names the type.
    /// </summary>
    public static HashSet<string> EnumValues(IEnumerable<MemberModel> members)
        => new(members.Where(m => m.Type.Kind == ScalarKind.Enum)
            .SelectMany(m => m.Type.EnumMembers.Select(e => SimpleName(m.Type.FullName) + "." + e.Name)));

    private static string SimpleName(string fullName) => fullName.Substring(fullName.LastIndexOf('.') + 1);

    /// <summary>An expression with its member names and paths renamed; text that is not C# is left as written, for the planner to report.</summary>
    private static string Rename(string expression, IReadOnlyDictionary<string, string> renames, ISet<string> enumValues)
    {
        if (renames.Count == 0) return expression;
        var syntax = Expressions.Parse(expression);
        return syntax.ContainsDiagnostics || syntax.FullSpan.Length != expression.Length ? expression : new Rewriter(renames, enumValues).Visit(syntax)!.ToFullString();
    }

    private sealed class Rewriter : CSharpSyntaxRewriter
    {
        private readonly IReadOnlyDictionary<string, string> _renames;
        private readonly ISet<string> _enumValues;

        public Rewriter(IReadOnlyDictionary<string, string> renames, ISet<string> enumValues) => (_renames, _enumValues) = (renames, enumValues);

        public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
        {
            var path = Dotted(node);
            if (path is not null && _renames.TryGetValue(path, out var name)) return SyntaxFactory.IdentifierName(name).WithTriviaFrom(node);
            return path is not null && _enumValues.Contains(path) ? node : base.VisitMemberAccessExpression(node);
        }

        public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node)
        {
            var qualified = node.Parent is MemberAccessExpressionSyntax access && access.Name == node || node.Parent is AliasQualifiedNameSyntax or QualifiedNameSyntax;
            return !qualified && _renames.TryGetValue(node.Identifier.ValueText, out var name) ? SyntaxFactory.IdentifierName(name).WithTriviaFrom(node) : node;
        }

        /// <summary><c>A.B.C</c> for a chain of simple names, else null.</summary>
        private static string? Dotted(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression) && Dotted(access.Expression) is { } left
                => left + "." + access.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
