using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Parsing;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator.Planning.Constraints;

/// <summary>
/// Each declared <c>[Invariant]</c>, and each <c>[Computed]</c> member's expression, as a check over a finished
/// row, for the fidelity report: the expression as written, with its members read from the row and its paths
/// from the row's parents, and nothing else (never the bounds the planner projected from it), so the report
/// judges the data by the declaration itself. A computed member's check is that its stored value equals the
/// expression, cast to the member's type as the builder casts it.
/// </summary>
internal static class InvariantChecks
{
    /// <summary>The checks of an entity whose model already carries its parent paths as members.</summary>
    public static EquatableArray<InvariantCheckPlan> Plan(EntityModel entity)
    {
        var checks = new List<InvariantCheckPlan>();
        var members = entity.Members.Select(m => m.Name).ToList();
        var owned = OwnedMembers(entity);
        foreach (var invariant in entity.Invariants)
        {
            var qualified = OpaqueCheck.QualifyEnums(invariant.Expression, entity);
            // The same owned type may be held twice: its invariant is told with the reference it holds on.
            var declared = invariant.OwnedBy is null ? invariant.Declared : $"{invariant.Declared} on {invariant.OwnedBy}";
            if (Inputs(qualified, entity, null, owned) is { } inputs)
                checks.Add(new InvariantCheckPlan(declared, inputs, RowExpression.OverLocals(qualified, members, Local)));
        }
        foreach (var member in entity.Members.Where(m => m.Computed is not null && !m.IsNullable))
        {
            var computed = member.Computed!;
            if (Inputs(computed.Expression, entity, member.Name, owned) is not { } inputs) continue;
            var body = $"{Local(member.Name)} == ({member.Type.FullName})({RowExpression.OverLocals(computed.Expression, members, Local)})";
            checks.Add(new InvariantCheckPlan(computed.Declared, inputs, body, owned.TryGetValue(member.Name, out var path) ? path.Path : member.Name));
        }
        return checks.ToEquatableArray();
    }

    /// <summary>The members an expression reads (and the computed member itself, if any), in declaration order; null when a path's parent is unknown.</summary>
    private static EquatableArray<CheckInput>? Inputs(string expression, EntityModel entity, string? computed,
        IReadOnlyDictionary<string, (string Path, bool InNullable)> owned)
    {
        var members = entity.Members.Select(m => m.Name).ToList();
        var used = new HashSet<string>(Expressions.Parse(expression).DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
            .Where(n => !(n.Parent is MemberAccessExpressionSyntax access && access.Name == n) && members.Contains(n.Identifier.ValueText))
            .Select(n => n.Identifier.ValueText));
        if (computed is not null) used.Add(computed);
        var inputs = entity.Members.Where(m => used.Contains(m.Name)).Select(m => Input(m, owned)).ToList();
        return inputs.Any(i => i is null) ? null : inputs.Select(i => i!).ToEquatableArray();
    }

    /// <summary>The local a member is read into inside a check.</summary>
    public static string Local(string member) => "m_" + member;

    /// <summary>The owned objects' members: each one's path from the row, and whether an owned object on it may be null.</summary>
    private static Dictionary<string, (string Path, bool InNullable)> OwnedMembers(EntityModel entity)
    {
        var members = new Dictionary<string, (string Path, bool InNullable)>();
        void Add(OwnedReferenceModel owned, bool inNullable)
        {
            inNullable |= owned.IsNullable;
            foreach (var member in owned.Members) members[owned.MemberName(member)] = (owned.Path + "." + member, inNullable);
            foreach (var inner in owned.Owned) Add(inner, inNullable);
        }
        foreach (var owned in entity.Owned) Add(owned, false);
        return members;
    }

    private static CheckInput? Input(MemberModel member, IReadOnlyDictionary<string, (string Path, bool InNullable)> owned)
    {
        if (owned.TryGetValue(member.Name, out var ownedPath)) return new CheckInput(member.Name, null, null, ownedPath.Path, member.IsNullable || ownedPath.InNullable);
        if (member.ParentNavigation is not { } navigation) return new CheckInput(member.Name, null, null, member.Name, member.IsNullable);
        if (member.ParentPath is not { } path || member.ParentType is not { } holder) return null;
        return new CheckInput(member.Name, Relationships.ParentPaths.Holder(navigation, path), holder, member.HeldPath ?? Relationships.ParentPaths.HeldMember(path), member.IsNullable);
    }
}

/// <summary>One invariant's check, or one computed member's.</summary>
/// <param name="Declared">The attribute as written.</param>
/// <param name="Inputs">The members and parent members it reads.</param>
/// <param name="Body">The expression over the inputs' locals.</param>
/// <param name="Computed">The <c>[Computed]</c> member (its path, for an owned object's) whose stored value the check compares with its expression; null for an invariant.</param>
internal sealed record InvariantCheckPlan(string Declared, EquatableArray<CheckInput> Inputs, string Body, string? Computed = null);

/// <summary>A value an invariant check reads: a member of the row, or a member of one of its parents.</summary>
/// <param name="Name">The member's name in the entity's model (<c>Account_AnnualRevenue</c> for a path).</param>
/// <param name="Navigation">The reference navigations to the parent that holds the member (<c>Policy</c>, <c>Policy.Holder</c>), or null for the row's own member.</param>
/// <param name="ParentType">The parent's fully qualified type, or null.</param>
/// <param name="Member">The member read on the row or on the parent; a dotted path into the row's owned objects (<c>Destination.Floor</c>).</param>
/// <param name="IsNullable">Whether it, or an owned object on its path, can be null (the invariant then does not apply to the row).</param>
internal sealed record CheckInput(string Name, string? Navigation, string? ParentType, string Member, bool IsNullable);
