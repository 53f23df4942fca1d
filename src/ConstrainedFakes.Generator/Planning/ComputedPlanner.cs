using System;
using System.Numerics;
using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Parsing;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;
using ConstrainedFakes.Generator.Planning.Constraints;

namespace ConstrainedFakes.Generator.Planning;

/// <summary>Turns <c>[Computed]</c> members into <see cref="ComputedSampler"/>s drawn after their inputs.</summary>
internal static class ComputedPlanner
{
    public static List<MemberPlan> Plan(EntityModel entity, List<MemberPlan> members, List<ProblemPlan> problems)
    {
        var numeric = entity.Members.Where(m => IsNumber(m.Type.Kind) && !m.IsNullable).Select(m => m.Name).ToList();
        var models = entity.Members.ToDictionary(m => m.Name);
        return members.Select(plan =>
        {
            if (models[plan.Name].Computed is not { } computed) return plan;
            var declared = $"{computed.Declared} {plan.Name}";
            var (inputs, problem) = ComputedValidator.Validate(computed.Expression, numeric, models.Keys);
            problem ??= !IsNumber(models[plan.Name].Type.Kind) || models[plan.Name].IsNullable ? new Rejection(DiagnosticIds.TypeMismatch, "a computed member must be a non-nullable number.") : null;
            problem ??= inputs.Contains(plan.Name) ? new Rejection(DiagnosticIds.Unsupported, "it reads itself.") : null;
            if (problem is null)
            {
                var own = models[plan.Name].Range is null ? null : Lattice(plan.Sampler);
                return plan with { Sampler = new ComputedSampler(computed.Expression, inputs.ToEquatableArray(), own), Shape = null };
            }
            problems.Add(new ProblemPlan(problem.Id, $"{declared}: {problem.Message}", new[] { declared }.ToEquatableArray(),
                ProblemSite.OnMember(plan.Name, computed.Declared), problem.Suggestion));
            return plan;
        }).ToList();
    }

    /// <summary>Moves each computed member after the computed members it reads; a cycle is a problem.</summary>
    public static List<string> OrderComputed(List<string> order, IReadOnlyList<MemberPlan> members, List<ProblemPlan> problems)
    {
        var computed = members.Where(m => m.Sampler is ComputedSampler).ToDictionary(m => m.Name, m => ((ComputedSampler)m.Sampler).Inputs);
        if (computed.Count == 0) return order;
        var result = order.Where(n => !computed.ContainsKey(n)).ToList();
        var pending = order.Where(computed.ContainsKey).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(n => computed[n].All(input => !pending.Contains(input)));
            if (ready is null)
            {
                problems.Add(new ProblemPlan(DiagnosticIds.Unsupported, $"[Computed] members read each other in a cycle: {string.Join(", ", pending)}.",
                    pending.Select(p => $"[Computed] {p}").ToEquatableArray(), pending.Select(p => new ProblemSite(p, null)).ToEquatableArray()));
                return result.Concat(pending).ToList();
            }
            result.Add(ready);
            pending.Remove(ready);
        }
        return result;
    }

    /// <summary>
    /// Gives the two factors of a ranged <c>[Computed("A * B")]</c> bounds that keep the product in range: the
    /// first factor in [max(A₁, R₁/B₂), min(A₂, R₂/B₁)], the second in [max(B₁, R₁/a), min(B₂, R₂/a)], all
    /// in whole units. Exact for positive factors; anything else stays a checked, redrawn computed member.
    /// </summary>
    public static List<MemberPlan> ProjectProducts(List<MemberPlan> members, LinearPlan? linear)
    {
        var byName = members.ToDictionary(m => m.Name);
        foreach (var product in members.Where(m => m.Sampler is ComputedSampler { Range: not null }).ToList())
        {
            var computed = (ComputedSampler)product.Sampler;
            var range = computed.Range!;
            if (Factors(computed.Expression) is not var (a, b) || a == b) continue;
            if (!byName.TryGetValue(a, out var left) || !byName.TryGetValue(b, out var right)) continue;
            // A factor with a distribution or a correlation of its own keeps it; the product is checked instead.
            if (left.Marginal is not null || right.Marginal is not null) continue;
            if (linear?.Variables.Any(v => v.Member == a || v.Member == b) == true) continue;
            if (Lattice(left.Sampler) is not { } l || Lattice(right.Sampler) is not { } r || l.Minimum <= 0 || r.Minimum <= 0 || range.Minimum < 0) continue;
            // The product's range in units of 10^-(scaleA + scaleB), which is what the two factors' units multiply to.
            var shift = l.Scale + r.Scale - range.Scale;
            if (Rescale(range.Minimum, shift, ceiling: true) is not { } productMin || Rescale(range.Maximum, shift, ceiling: false) is not { } productMax) continue;
            var leftFirst = members.IndexOf(left) < members.IndexOf(right);
            byName[a] = left with { Sampler = new FactorSampler(b, leftFirst, l, r, productMin, productMax, product.Name), Shape = null };
            byName[b] = right with { Sampler = new FactorSampler(a, !leftFirst, r, l, productMin, productMax, product.Name), Shape = null };
        }
        return members.Select(m => byName[m.Name]).ToList();
    }

    private static (string, string)? Factors(string expression)
    {
        var syntax = Expressions.Parse(expression);
        while (syntax is Microsoft.CodeAnalysis.CSharp.Syntax.ParenthesizedExpressionSyntax p) syntax = p.Expression;
        return syntax is Microsoft.CodeAnalysis.CSharp.Syntax.BinaryExpressionSyntax
        {
            RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.MultiplyExpression,
            Left: Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax left,
            Right: Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax right,
        } ? (left.Identifier.ValueText, right.Identifier.ValueText) : null;
    }

    /// <summary>A lattice sampler's own bounds in units, with its decimal scale.</summary>
    private static LatticeRange? Lattice(SamplerPlan sampler) => sampler switch
    {
        IntegerSampler { Excluded.Count: 0 } i => new LatticeRange(i.Min, i.Max, 0),
        DecimalSampler { ExcludedUnits.Count: 0 } d => new LatticeRange(d.MinUnits, d.MaxUnits, d.Scale),
        _ => null,
    };

    /// <summary>units × 10^shift, rounded up or down to a whole number; null when it does not fit in 64 bits.</summary>
    private static long? Rescale(long units, int shift, bool ceiling)
    {
        var power = BigInteger.Pow(10, Math.Abs(shift));
        var value = shift >= 0 ? units * power : BigInteger.DivRem(units, power, out var remainder) + (remainder.Sign != 0 && (remainder.Sign > 0) == ceiling ? (ceiling ? 1 : -1) : 0);
        return value >= long.MinValue && value <= long.MaxValue ? (long)value : null;
    }

    private static bool IsNumber(ScalarKind kind) => kind is ScalarKind.Decimal or ScalarKind.Double or ScalarKind.Single || MemberPlanner.IsInteger(kind);
}
