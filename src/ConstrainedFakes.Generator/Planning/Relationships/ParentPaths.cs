using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// Finds the paths through reference navigations (<c>Customer.RegisteredAt</c>) that an entity's order
/// relations, invariants and correlations read, and adds one member per path to the entity's model: a parent member seen
/// from the child, named <c>Customer_RegisteredAt</c>, with the relations and invariants rewritten to that
/// name. Every constraint planner then treats it like any member: a data set fixes it to the parent row's
/// value, and a builder used alone draws it from the parent member's own bounds.
/// </summary>
internal static class ParentPaths
{
    public static EntityModel WithParentMembers(EntityModel entity, IReadOnlyList<EntityModel> entities)
    {
        var paths = Paths(entity).Distinct().ToList();
        if (paths.Count == 0) return entity;
        var added = new List<MemberModel>();
        foreach (var path in paths)
        {
            var dot = path.IndexOf('.');
            var navigation = entity.Navigations.FirstOrDefault(n => n.Kind == NavigationKind.Reference && n.Name == path.Substring(0, dot));
            var parent = navigation is null ? null : entities.FirstOrDefault(e => e.Name == navigation.Target);
            var member = parent?.Members.FirstOrDefault(m => m.Name == path.Substring(dot + 1));
            if (member is null || entity.Members.Any(m => m.Name == Local(path)) || added.Any(m => m.Name == Local(path))) continue;
            // The parent's own declared bounds, nothing that ties it to its siblings or to its own row.
            added.Add(member with
            {
                Name = Local(path),
                IsKey = false,
                Relations = EquatableArray<RelationModel>.Empty,
                Unique = null,
                Computed = null,
                CurrentStateOf = null,
                Correlations = EquatableArray<CorrelationModel>.Empty,
                ParentNavigation = navigation!.Name,
            });
        }
        if (added.Count == 0) return entity;
        var names = new HashSet<string>(added.Select(m => m.Name));
        return entity with
        {
            Members = entity.Members
                .Select(m => m with
                {
                    Relations = m.Relations.Select(r => names.Contains(Local(r.Other)) ? r with { Other = Local(r.Other) } : r).ToEquatableArray(),
                    Correlations = m.Correlations.Select(c => names.Contains(Local(c.Other)) ? c with { Other = Local(c.Other) } : c).ToEquatableArray(),
                })
                .Concat(added)
                .ToEquatableArray(),
            Invariants = entity.Invariants.Select(i => i with { Expression = new PathRewriter(names).Visit(SyntaxFactory.ParseExpression(i.Expression))!.ToFullString() }).ToEquatableArray(),
        };
    }

    /// <summary>The member name a path takes inside the child: <c>Customer.RegisteredAt</c> becomes <c>Customer_RegisteredAt</c>.</summary>
    public static string Local(string path) => path.Replace('.', '_');

    /// <summary>The parent's member a path member reads: <c>RegisteredAt</c> of <c>Customer_RegisteredAt</c>.</summary>
    public static string ParentMember(string name, string navigation) => name.Substring(navigation.Length + 1);

    private sealed class PathRewriter : CSharpSyntaxRewriter
    {
        private readonly HashSet<string> _names;

        public PathRewriter(HashSet<string> names) => _names = names;

        public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
            => node.Expression is IdentifierNameSyntax root && _names.Contains($"{root.Identifier.ValueText}_{node.Name.Identifier.ValueText}")
                ? SyntaxFactory.IdentifierName($"{root.Identifier.ValueText}_{node.Name.Identifier.ValueText}").WithTriviaFrom(node)
                : base.VisitMemberAccessExpression(node);
    }

    /// <summary>Every dotted path the entity's relations and invariants name, whether or not it resolves.</summary>
    private static IEnumerable<string> Paths(EntityModel entity)
    {
        foreach (var relation in entity.Members.SelectMany(m => m.Relations).Where(r => r.Other.Contains(".")))
            yield return relation.Other;
        foreach (var correlation in entity.Members.SelectMany(m => m.Correlations).Where(c => c.Other.Contains(".")))
            yield return correlation.Other;
        foreach (var invariant in entity.Invariants)
        {
            var expression = SyntaxFactory.ParseExpression(invariant.Expression);
            foreach (var access in expression.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>())
            {
                if (access.Expression is IdentifierNameSyntax root && entity.Navigations.Any(n => n.Name == root.Identifier.ValueText))
                    yield return $"{root.Identifier.ValueText}.{access.Name.Identifier.ValueText}";
            }
        }
    }
}
