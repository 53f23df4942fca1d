using System;
using System.Collections.Generic;
using System.Linq;
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
        EntityModel entity, List<MemberPlan> members, List<OpaquePlan> opaque, List<ProblemPlan> problems)
    {
        var domains = members.Where(m => !m.TypeName.EndsWith("?")).Select(m => (m.Name, Domain: Domain(m))).Where(x => x.Domain is not null)
            .ToDictionary(x => x.Name, x => x.Domain!);
        var candidates = opaque.Select(o => (Invariant: o, Members: Identifiers(o.Expression, entity))).ToList();
        var categorical = candidates.Where(c => c.Members.Count > 0 && c.Members.All(domains.ContainsKey)).ToList();
        var remaining = candidates.Except(categorical).Select(c => c.Invariant).ToList();

        var groups = new List<CategoricalGroup>();
        var byMember = members.ToDictionary(m => m.Name);
        foreach (var component in Components(categorical))
        {
            var names = component.SelectMany(c => c.Members).Distinct().OrderBy(n => members.FindIndex(m => m.Name == n)).ToList();
            var size = names.Aggregate(1L, (product, n) => product * domains[n].Count);
            if (size > MaxCombinations)
            {
                remaining.AddRange(component.Select(c => c.Invariant));
                continue;
            }
            var rows = Combinations(names.Select(n => domains[n]).ToList())
                .Where(row => component.All(c => Evaluate(c.Invariant.Expression, names, row) is true))
                .ToList();
            var sources = component.Select(c => c.Invariant.Source).ToEquatableArray();
            if (rows.Count == 0)
            {
                // The smallest conflicting set (a deletion filter, as for linear conflicts): each invariant dropped
                // in turn stays dropped if the rest still admits no combination.
                var conflict = component.ToList();
                foreach (var invariant in component)
                {
                    var trial = conflict.Where(c => c != invariant).ToList();
                    var trialNames = trial.SelectMany(c => c.Members).Distinct().OrderBy(n => members.FindIndex(m => m.Name == n)).ToList();
                    if (trial.Count > 0 && !Combinations(trialNames.Select(n => domains[n]).ToList()).Any(row => trial.All(c => Evaluate(c.Invariant.Expression, trialNames, row) is true)))
                        conflict = trial;
                }
                var conflictNames = conflict.SelectMany(c => c.Members).Distinct().OrderBy(n => members.FindIndex(m => m.Name == n));
                var conflictSources = conflict.Select(c => c.Invariant.Source).ToEquatableArray();
                problems.Add(new ProblemPlan(DiagnosticIds.Unsatisfiable, $"no combination of {string.Join(", ", conflictNames)} satisfies {string.Join("; ", conflictSources)}.",
                    conflictSources, conflictSources.Select(ProblemSite.OnType).ToEquatableArray()));
                continue;
            }
            var index = groups.Count;
            groups.Add(new CategoricalGroup(
                names.ToEquatableArray(),
                names.Select(n => byMember[n].TypeName).ToEquatableArray(),
                names.Select((_, column) => rows.Select(r => r[column].Literal).ToEquatableArray()).ToEquatableArray(),
                rows.Select(r => r.Aggregate(1.0, (w, v) => w * v.Weight)).ToEquatableArray(),
                sources,
                ConstrainedFakes.Randomness.NameHash.Of($"{entity.Name}.{string.Join("+", names)}")));
            foreach (var name in names) byMember[name] = byMember[name] with { Sampler = new GroupSampler(index), Shape = null };
        }
        return (members.Select(m => byMember[m.Name]).ToList(), groups, remaining);
    }

    /// <summary>A categorical value: its C# literal (also its identity) and its own weight.</summary>
    private sealed record Value(string Literal, double Weight);

    private static IReadOnlyList<Value>? Domain(MemberPlan member) => member.Sampler switch
    {
        ChoiceSampler choice when !choice.Values.Any(v => v.All(c => char.IsDigit(c) || c is '.' or '-')) =>
            choice.Values.Select((v, i) => new Value(v, choice.CumulativeWeights.Count == 0 ? 1.0
                : choice.CumulativeWeights[i] - (i == 0 ? 0 : choice.CumulativeWeights[i - 1]))).ToList(),
        BoolSampler b => new[] { new Value("true", b.Probability), new Value("false", 1 - b.Probability) },
        _ => null,
    };

    private static List<string> Identifiers(string expression, EntityModel entity)
        => SyntaxFactory.ParseExpression(expression).DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
            .Where(n => !(n.Parent is MemberAccessExpressionSyntax access && access.Name == n) && n.Parent is not AliasQualifiedNameSyntax)
            .Select(n => n.Identifier.ValueText)
            .Where(name => entity.Members.Any(m => m.Name == name))
            .Distinct().ToList();

    /// <summary>Invariants that share a member end up in one group.</summary>
    private static IEnumerable<List<(OpaquePlan Invariant, List<string> Members)>> Components(List<(OpaquePlan Invariant, List<string> Members)> invariants)
    {
        var left = invariants.ToList();
        while (left.Count > 0)
        {
            var component = new List<(OpaquePlan Invariant, List<string> Members)> { left[0] };
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
        return Eval(SyntaxFactory.ParseExpression(expression));
    }
}
