using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Parsing;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;
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
        var read = new HashSet<string>();
        foreach (var path in paths)
        {
            var segments = path.Split('.');
            // A member of the entity's own named so (Account_AnnualRevenue), or a path already read under that name
            // (A.B_C before A_B.C), leaves the path unread: the rules reading it are refused (Clash), never read from that member.
            if (entity.Members.Any(m => m.Name == Local(path)) || added.Any(m => m.Name == Local(path))) continue;
            // Through the references, one entity at a time, to the one that holds the rest of the path: one of its
            // members, or a member of its owned objects (Limits.Max), which its model holds as Limits_Max.
            EntityModel? holder = entity;
            string? holderType = null;
            var held = 1;
            (MemberModel Member, OwnedPath? Owned)? found = null;
            for (; held < segments.Length && holder is not null; held++)
            {
                var navigation = holder.Navigations.FirstOrDefault(n => n.Kind == NavigationKind.Reference && n.Name == segments[held - 1]);
                holderType = navigation?.TargetFullName;
                holder = navigation is null ? null : entities.FirstOrDefault(e => e.Name == navigation.Target);
                if (holder is not null && Held(holder, segments, held) is { } match)
                {
                    found = match;
                    break;
                }
            }
            if (found is not { } resolved) continue;
            var (member, owned) = resolved;
            read.Add(path);
            var throughNull = owned is { ThroughNullable: true };
            // The far member's own declared bounds, nothing that ties it to its siblings or to its own row. Inside an
            // owned object that may be null, so may the value read: a rule through it then does not apply.
            added.Add(member with
            {
                Name = Local(path),
                IsKey = false,
                IsNullable = member.IsNullable || throughNull,
                NullRate = member.NullRate ?? (throughNull ? owned!.NullRate : null),
                Relations = EquatableArray<RelationModel>.Empty,
                Unique = null,
                Computed = null,
                CurrentStateOf = null,
                Correlations = EquatableArray<CorrelationModel>.Empty,
                ParentNavigation = segments[0],
                ParentPath = string.Join(".", segments.Skip(1).Take(held - 1).Concat(new[] { member.Name })),
                ParentType = holderType,
                HeldPath = owned?.Path,
            });
        }
        if (added.Count == 0) return entity;
        // Rules are rewritten for exactly the paths read, not for every path with the same local name: another path
        // that flattens alike (A_B.C next to A.B_C) stays as written, and its rules are refused (Clash).
        return entity with
        {
            Members = entity.Members
                .Select(m => m with
                {
                    Relations = m.Relations.Select(r => read.Contains(r.Other) ? r with { Other = Local(r.Other) } : r).ToEquatableArray(),
                    Correlations = m.Correlations.Select(c => read.Contains(c.Other) ? c with { Other = Local(c.Other) } : c).ToEquatableArray(),
                })
                .Concat(added)
                .ToEquatableArray(),
            Invariants = entity.Invariants.Select(i => i with { Expression = new PathRewriter(read).Visit(Expressions.Parse(i.Expression))!.ToFullString() }).ToEquatableArray(),
        };
    }

    /// <summary>
    /// The member of <paramref name="holder"/> that the path's segments from <paramref name="start"/> on name: its own
    /// member (one segment left), or a member of its owned objects (<c>Limits.Max</c>, <c>Charter.Fees.Cap</c>) with
    /// its path; null when they name neither.
    /// </summary>
    private static (MemberModel Member, OwnedPath? Owned)? Held(EntityModel holder, string[] segments, int start)
    {
        if (segments.Length - start == 1)
            return holder.Members.FirstOrDefault(m => m.Name == segments[start]) is { } own ? (own, null) : null;
        var path = string.Join(".", segments.Skip(start));
        foreach (var owned in holder.Owned)
        {
            if (OwnedPath.Find(owned, path, false, null) is not { } found) continue;
            return holder.Members.FirstOrDefault(m => m.Name == found.Member) is { } member ? (member, found) : null;
        }
        return null;
    }

    /// <summary>A member of an owned object as the holder's model names it (<c>Limits_Max</c>), its path on the holder (<c>Limits.Max</c>), and whether an owned object on the way may be null, with that object's <c>[Nulls]</c>.</summary>
    private sealed record OwnedPath(string Member, string Path, bool ThroughNullable, DeclaredNumber? NullRate)
    {
        public static OwnedPath? Find(OwnedReferenceModel owned, string path, bool throughNullable, DeclaredNumber? nullRate)
        {
            if (!path.StartsWith(owned.Path + ".", System.StringComparison.Ordinal)) return null;
            if (owned.IsNullable && !throughNullable) (throughNullable, nullRate) = (true, owned.NullRate);
            var rest = path.Substring(owned.Path.Length + 1);
            if (owned.Members.Contains(rest)) return new OwnedPath(owned.MemberName(rest), path, throughNullable, nullRate);
            return owned.Owned.Select(inner => Find(inner, path, throughNullable, nullRate)).FirstOrDefault(f => f is not null);
        }
    }

    /// <summary>
    /// CF0011 when the entity has a member named as the path through its reference navigation would be: a member of its
    /// own (<c>Account_AnnualRevenue</c> next to a rule on <c>Account.AnnualRevenue</c>), or another parent path read
    /// under that name (<c>A.B_C</c> next to <c>A_B.C</c>). The builder cannot hold both, and reading the other would
    /// misread the rule, so the rule is refused, naming both; null otherwise.
    /// </summary>
    public static Rejection? Clash(EntityModel entity, string path)
    {
        var dot = path.IndexOf('.');
        if (dot <= 0 || !entity.Navigations.Any(n => n.Kind == NavigationKind.Reference && n.Name == path.Substring(0, dot))) return null;
        var local = Local(path);
        if (entity.Members.Any(m => m.ParentNavigation is null && m.Name == local))
            return new Rejection(DiagnosticIds.FakerDeclaration, $"'{local}' and the parent's {path} would get the same name in its builder ({local}); rename one");
        return entity.Members.FirstOrDefault(m => m.ParentNavigation is not null && m.Name == local) is { } other
            && Written(other.ParentNavigation!, other.ParentPath!, other.HeldPath) is var otherPath && otherPath != path
            ? new Rejection(DiagnosticIds.FakerDeclaration, $"the parents' {otherPath} and {path} would get the same name in its builder ({local}); rename one")
            : null;
    }

    /// <summary>
    /// CF0011 for each parent on the way of a path the entity reads further up (<c>Adjuster.Office.Limit</c>) that has a
    /// member of its own named as the rest of the path would be in it (<c>Office_Limit</c> on Adjuster): asked to keep the
    /// path within the entity's bounds, it would bound that member instead, so it is not asked and the data set refuses.
    /// </summary>
    /// <param name="entity">The entity, with its parent members (<see cref="WithParentMembers"/>).</param>
    /// <param name="entities">Every entity of the faker, as parsed.</param>
    public static IEnumerable<DataSetProblem> ClashesOnTheWay(EntityModel entity, IReadOnlyList<EntityModel> entities)
    {
        foreach (var member in entity.Members.Where(m => m.ParentNavigation is not null && m.ParentPath!.IndexOf('.') >= 0))
        {
            var (holder, navigation, rest) = (entity, member.ParentNavigation!, member.ParentPath!);
            while (rest.IndexOf('.') is var dot && dot >= 0
                && holder.Navigations.FirstOrDefault(n => n.Kind == NavigationKind.Reference && n.Name == navigation) is { } step
                && entities.FirstOrDefault(e => e.Name == step.Target) is { } parent)
            {
                if (Clash(parent, rest) is { } clash)
                    yield return new DataSetProblem($"{parent.Name}: {clash.Message} ({entity.Name} reads {Written(member.ParentNavigation!, member.ParentPath!, member.HeldPath)}).",
                        parent.Name, ProblemSite.On(Local(rest), null), clash.Id);
                (holder, navigation, rest) = (parent, rest.Substring(0, dot), rest.Substring(dot + 1));
            }
        }
    }

    /// <summary>The member name a path takes inside the child: <c>Customer.RegisteredAt</c> becomes <c>Customer_RegisteredAt</c>.</summary>
    public static string Local(string path) => path.Replace('.', '_');

    /// <summary>
    /// The navigations from the row to the entity that holds a parent member: <c>Policy</c> for
    /// <c>Policy</c> and <c>RegisteredAt</c>, <c>Policy.Holder</c> for <c>Policy</c> and <c>Holder.RegisteredAt</c>.
    /// </summary>
    public static string Holder(string navigation, string path)
        => path.IndexOf('.') < 0 ? navigation : $"{navigation}.{path.Substring(0, path.LastIndexOf('.'))}";

    /// <summary>The path as the user wrote it: <c>Ledger.Limits.Max</c> for the member <c>Limits_Max</c> of the holder <c>Ledger</c>.</summary>
    public static string Written(string navigation, string path, string? heldPath)
        => heldPath is null ? $"{navigation}.{path}" : $"{Holder(navigation, path)}.{heldPath}";

    /// <summary>The member a path ends at: <c>RegisteredAt</c> of <c>Holder.RegisteredAt</c>.</summary>
    public static string HeldMember(string path) => path.Substring(path.LastIndexOf('.') + 1);

    private sealed class PathRewriter : CSharpSyntaxRewriter
    {
        private readonly HashSet<string> _paths;

        public PathRewriter(HashSet<string> paths) => _paths = paths;

        public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
            => Dotted(node) is { } path && _paths.Contains(path)
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
            var expression = Expressions.Parse(invariant.Expression);
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
