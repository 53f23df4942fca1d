using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
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
            var (inputs, problem) = ComputedValidator.Validate(computed.Expression, numeric);
            problem ??= !IsNumber(models[plan.Name].Type.Kind) || models[plan.Name].IsNullable ? "a computed member must be a non-nullable number." : null;
            problem ??= inputs.Contains(plan.Name) ? "it reads itself." : null;
            if (problem is null) return plan with { Sampler = new ComputedSampler(computed.Expression, inputs.ToEquatableArray()), Shape = null };
            problems.Add(new ProblemPlan($"{declared}: {problem}", new[] { declared }.ToEquatableArray()));
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
                problems.Add(new ProblemPlan($"[Computed] members read each other in a cycle: {string.Join(", ", pending)}.", pending.Select(p => $"[Computed] {p}").ToEquatableArray()));
                return result.Concat(pending).ToList();
            }
            result.Add(ready);
            pending.Remove(ready);
        }
        return result;
    }

    private static bool IsNumber(ScalarKind kind) => kind is ScalarKind.Decimal or ScalarKind.Double or ScalarKind.Single || MemberPlanner.IsInteger(kind);
}
