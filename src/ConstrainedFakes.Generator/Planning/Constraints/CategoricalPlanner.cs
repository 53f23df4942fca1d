using System;
using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Parsing;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator.Planning.Constraints;

/// <summary>
/// Invariants over categorical members only (enums, <c>[AllowedValues]</c> strings, bools) become
/// enumerated tables of allowed combinations: exact, no redraw. Other opaque invariants stay row checks.
/// </summary>
internal static class CategoricalPlanner
{
    /// <summary>More combinations than this stay a checked invariant instead of a table.</summary>
    public const int MaxCombinations = 4096;

    public static (List<MemberPlan> Members, List<CategoricalGroup> Groups, List<OpaquePlan> Remaining) Plan(
        EntityModel entity, List<MemberPlan> members, List<OpaquePlan> opaque, LinearPlan? linear, List<ProblemPlan> problems)
    {
        var domains = members.Select(m => (m.Name, Domain: Domain(m))).Where(x => x.Domain is not null).ToDictionary(x => x.Name, x => x.Domain!);
        var candidates = opaque.Select(o => new Tie(o, Identifiers(o.Expression, entity))).ToList();
        var categorical = candidates.Where(c => c.Members.Count > 0 && c.Members.All(domains.ContainsKey)).ToList();
        var remaining = candidates.Except(categorical).Select(c => c.Invariant!).ToList();
        // The members that choose among the linear branches are drawn as one group, whose every combination
        // knows at compile time which branches it admits.
        var branches = linear is { GuardMembers.Count: > 0 } ? new Tie(null, linear.GuardMembers.ToList()) : null;
        if (branches is not null) categorical.Add(branches);

        var groups = new List<CategoricalGroup>();
        var byMember = members.ToDictionary(m => m.Name);
        foreach (var tied in Components(categorical))
        {
            var component = tied;
            var guards = branches is not null && component.Contains(branches);
            long Size() => component.SelectMany(c => c.Members).Distinct().Aggregate(1L, (product, n) => product * domains[n].Count);
            if (Size() > MaxCombinations && guards)
            {
                // The guards alone fit (the linear planner made sure); the invariants tied to them stay checked.
                remaining.AddRange(component.Where(c => c != branches).Select(c => c.Invariant!));
                component = new List<Tie> { branches! };
            }
            if (Size() > MaxCombinations)
            {
                remaining.AddRange(component.Select(c => c.Invariant!));
                continue;
            }
            var names = component.SelectMany(c => c.Members).Distinct().OrderBy(n => members.FindIndex(m => m.Name == n)).ToList();
            var invariants = component.Where(c => c.Invariant is not null).Select(c => c.Invariant!).ToList();
            var admitted = Combinations(names.Select(n => domains[n]).ToList())
                .Where(row => invariants.All(c => Evaluate(c.Expression, names, row) is true))
                .Select(row => (Row: row, Mask: guards ? Mask(linear!, names, row) : 0))
                .Where(r => !guards || r.Mask != 0)
                .ToList();
            var sources = invariants.Select(c => c.Source).Concat(guards ? linear!.Disjunctions : Enumerable.Empty<string>()).ToEquatableArray();
            if (admitted.Count == 0)
            {
                // The smallest conflicting set (a deletion filter, as for linear conflicts): each invariant dropped
                // in turn stays dropped if the rest still admits no combination.
                // The linear branches' guards (a tie with no invariant of its own) are named by their disjunctions.
                var conflict = component.Where(c => c.Invariant is not null).ToList();
                foreach (var invariant in conflict.ToList())
                {
                    var trial = conflict.Where(c => c != invariant).ToList();
                    var trialNames = trial.SelectMany(c => c.Members).Distinct().OrderBy(n => members.FindIndex(m => m.Name == n)).ToList();
                    if (trial.Count > 0 && !Combinations(trialNames.Select(n => domains[n]).ToList()).Any(row => trial.All(c => Evaluate(c.Invariant!.Expression, trialNames, row) is true)))
                        conflict = trial;
                }
                var conflictNames = conflict.SelectMany(c => c.Members).Distinct().OrderBy(n => members.FindIndex(m => m.Name == n));
                var conflictSources = conflict.Select(c => c.Invariant!.Source).Concat(guards ? linear!.Disjunctions : Enumerable.Empty<string>()).ToEquatableArray();
                problems.Add(new ProblemPlan(DiagnosticIds.Unsatisfiable, $"no combination of {string.Join(", ", conflictNames)} satisfies {string.Join("; ", conflictSources)}.",
                    conflictSources, conflictSources.Select(ProblemSite.OnType).ToEquatableArray()));
                continue;
            }
            var index = groups.Count;
            groups.Add(new CategoricalGroup(
                names.ToEquatableArray(),
                names.Select(n => byMember[n].TypeName).ToEquatableArray(),
                names.Select((_, column) => admitted.Select(r => r.Row[column].Literal).ToEquatableArray()).ToEquatableArray(),
                admitted.Select(r => r.Row.Aggregate(1.0, (w, v) => w * v.Weight)).ToEquatableArray(),
                sources,
                ConstrainedFakes.Randomness.NameHash.Of($"{entity.Name}.{string.Join("+", names)}"),
                guards ? admitted.Select(r => r.Mask).ToEquatableArray() : EquatableArray<int>.Empty));
            foreach (var name in names) byMember[name] = byMember[name] with { Sampler = new GroupSampler(index), Shape = null };
        }
        return (members.Select(m => byMember[m.Name]).ToList(), groups, remaining);
    }

    /// <summary>Members tied by an invariant, or (no invariant) by the guards of the linear branches.</summary>
    private sealed record Tie(OpaquePlan? Invariant, List<string> Members);

    /// <summary>The branches a combination admits, one bit each: those whose guard it meets.</summary>
    private static int Mask(LinearPlan linear, List<string> names, Value[] row)
        => linear.Branches.Select((b, i) => Evaluate(b.Guard, names, row) is true ? 1 << i : 0).Aggregate(0, (mask, bit) => mask | bit);

    /// <summary>A categorical value: its C# literal (also its identity) and its own weight.</summary>
    internal sealed record Value(string Literal, double Weight);

    /// <summary>The member's values with their weights, when it is categorical (enum, <c>[AllowedValues]</c> text, bool); else null.</summary>
    public static IReadOnlyList<Value>? Domain(MemberPlan member) => member.TypeName.EndsWith("?") ? null : member.Sampler switch
    {
        ChoiceSampler choice when !choice.Values.Any(v => v.All(c => char.IsDigit(c) || c is '.' or '-')) =>
            choice.Values.Select((v, i) => new Value(v, choice.CumulativeWeights.Count == 0 ? 1.0
                : choice.CumulativeWeights[i] - (i == 0 ? 0 : choice.CumulativeWeights[i - 1]))).ToList(),
        BoolSampler b => new[] { new Value("true", b.Probability), new Value("false", 1 - b.Probability) },
        _ => null,
    };

    /// <summary>The entity's members an expression reads (not the names inside qualified enum values).</summary>
    public static List<string> Identifiers(string expression, EntityModel entity)
        => Expressions.Parse(expression).DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
            .Where(n => !(n.Parent is MemberAccessExpressionSyntax access && access.Name == n) && n.Parent is not AliasQualifiedNameSyntax)
            .Select(n => n.Identifier.ValueText)
            .Where(name => entity.Members.Any(m => m.Name == name))
            .Distinct().ToList();

    /// <summary>Invariants that share a member end up in one group.</summary>
    private static IEnumerable<List<Tie>> Components(List<Tie> invariants)
    {
        var left = invariants.ToList();
        while (left.Count > 0)
        {
            var component = new List<Tie> { left[0] };
            left.RemoveAt(0);
            for (var grew = true; grew;)
            {
                var joining = left.Where(i => i.Members.Any(m => component.Any(c => c.Members.Contains(m)))).ToList();
                grew = joining.Count > 0;
                component.AddRange(joining);
                left.RemoveAll(joining.Contains);
            }
            yield return component;
        }
    }

    private static IEnumerable<Value[]> Combinations(List<IReadOnlyList<Value>> domains)
    {
        IEnumerable<Value[]> rows = new[] { Array.Empty<Value>() };
        foreach (var domain in domains) rows = rows.SelectMany(row => domain.Select(value => row.Append(value).ToArray())).ToList();
        return rows;
    }

    /// <summary>The expression's value for one combination: literals compared by their C# text; null when it cannot tell.</summary>
    private static object? Evaluate(string expression, List<string> members, Value[] row)
    {
        object? Eval(ExpressionSyntax syntax) => syntax switch
        {
            ParenthesizedExpressionSyntax p => Eval(p.Expression),
            LiteralExpressionSyntax l when l.IsKind(SyntaxKind.TrueLiteralExpression) => true,
            LiteralExpressionSyntax l when l.IsKind(SyntaxKind.FalseLiteralExpression) => false,
            LiteralExpressionSyntax l when l.IsKind(SyntaxKind.StringLiteralExpression) => SymbolDisplay.FormatLiteral(l.Token.ValueText, quote: true),
            IdentifierNameSyntax n when members.IndexOf(n.Identifier.ValueText) is var i and >= 0 => row[i].Literal is "true" or "false" ? row[i].Literal == "true" : row[i].Literal,
            MemberAccessExpressionSyntax enumValue => enumValue.ToString(),
            PrefixUnaryExpressionSyntax negation when negation.IsKind(SyntaxKind.LogicalNotExpression) => Eval(negation.Operand) is bool b ? !b : null,
            BinaryExpressionSyntax both when both.IsKind(SyntaxKind.LogicalAndExpression) => Eval(both.Left) is bool l ? (l ? Eval(both.Right) as bool? : false) : null,
            BinaryExpressionSyntax either when either.IsKind(SyntaxKind.LogicalOrExpression) => Eval(either.Left) is bool l ? (l ? true : Eval(either.Right) as bool?) : null,
            BinaryExpressionSyntax eq when eq.IsKind(SyntaxKind.EqualsExpression) => Equals(Eval(eq.Left), Eval(eq.Right)),
            BinaryExpressionSyntax ne when ne.IsKind(SyntaxKind.NotEqualsExpression) => !Equals(Eval(ne.Left), Eval(ne.Right)),
            _ => null,
        };
        return Eval(Expressions.Parse(expression));
    }
}
