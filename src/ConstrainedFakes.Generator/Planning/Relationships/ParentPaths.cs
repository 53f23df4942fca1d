using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// Finds the paths through reference navigations (<c>Customer.RegisteredAt</c>, or <c>Policy.Holder.RegisteredAt</c>
/// through the parent's own reference) that an entity's order relations, invariants and correlations read, and adds
/// one member per path to the entity's model: a parent member seen from the child, named <c>Customer_RegisteredAt</c>,
/// with the relations and invariants rewritten to that name. Every constraint planner then treats it like any member:
/// a data set fixes it to the value on the parent row (or the parent's parent), and a builder used alone draws it from
/// the far member's own bounds.
/// </summary>
internal static class ParentPaths
{
    /// <param name="entity">The entity.</param>
    /// <param name="entities">Every entity of the faker, to follow the paths through.</param>
    /// <param name="asked">Paths the entity's children ask it to keep within bounds, beyond those it reads itself.</param>
    public static EntityModel WithParentMembers(EntityModel entity, IReadOnlyList<EntityModel> entities, IEnumerable<string>? asked = null)
    {
        var paths = Paths(entity).Concat(asked ?? Enumerable.Empty<string>()).Distinct().ToList();
        if (paths.Count == 0) return entity;
        var added = new List<MemberModel>();
        foreach (var path in paths)
        {
            var segments = path.Split('.');
            if (entity.Members.Any(m => m.Name == Local(path)) || added.Any(m => m.Name == Local(path))) continue;
            // Through the references, one entity at a time, to the one that holds the last segment.
            EntityModel? holder = entity;
            string? holderType = null;
            for (var i = 0; i < segments.Length - 1 && holder is not null; i++)
            {
                var navigation = holder.Navigations.FirstOrDefault(n => n.Kind == NavigationKind.Reference && n.Name == segments[i]);
                holderType = navigation?.TargetFullName;
                holder = navigation is null ? null : entities.FirstOrDefault(e => e.Name == navigation.Target);
            }
            var member = holder?.Members.FirstOrDefault(m => m.Name == segments[segments.Length - 1]);
            if (member is null) continue;
            // The far member's own declared bounds, nothing that ties it to its siblings or to its own row.
            added.Add(member with
            {
                Name = Local(path),
                IsKey = false,
                Relations = EquatableArray<RelationModel>.Empty,
                Unique = null,
                Computed = null,
                CurrentStateOf = null,
                Correlations = EquatableArray<CorrelationModel>.Empty,
                ParentNavigation = segments[0],
                ParentPath = path.Substring(segments[0].Length + 1),
                ParentType = holderType,
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

    /// <summary>
    /// The navigations from the row to the entity that holds a parent member: <c>Policy</c> for
    /// <c>Policy</c> and <c>RegisteredAt</c>, <c>Policy.Holder</c> for <c>Policy</c> and <c>Holder.RegisteredAt</c>.
    /// </summary>
    public static string Holder(string navigation, string path)
        => path.IndexOf('.') < 0 ? navigation : $"{navigation}.{path.Substring(0, path.LastIndexOf('.'))}";

    /// <summary>The member a path ends at: <c>RegisteredAt</c> of <c>Holder.RegisteredAt</c>.</summary>
    public static string HeldMember(string path) => path.Substring(path.LastIndexOf('.') + 1);

    private sealed class PathRewriter : CSharpSyntaxRewriter
    {
        private readonly HashSet<string> _names;

        public PathRewriter(HashSet<string> names) => _names = names;

        public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
            => Dotted(node) is { } path && _names.Contains(Local(path))
                ? SyntaxFactory.IdentifierName(Local(path)).WithTriviaFrom(node)
                : base.VisitMemberAccessExpression(node);
    }

    /// <summary><c>A.B.C</c> for a chain of plain member accesses on a name, else null.</summary>
    private static string? Dotted(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression) && Dotted(access.Expression) is { } left
            => $"{left}.{access.Name.Identifier.ValueText}",
        _ => null,
    };

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
            // Every chain from a navigation (Policy.Holder, Policy.Holder.RegisteredAt, ...AddDays): only those
            // that end at a member resolve.
            foreach (var access in expression.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>())
            {
                if (Dotted(access) is { } path && entity.Navigations.Any(n => n.Name == path.Substring(0, path.IndexOf('.'))))
                    yield return path;
            }
        }
    }
}
