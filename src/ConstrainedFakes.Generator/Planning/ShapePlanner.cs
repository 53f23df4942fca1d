using System;
using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning;

/// <summary>
/// Decides which members get extra mass on their bounds (<c>[EdgeCases]</c>: bounded numbers, dates and
/// times, declared with a <c>[Range]</c> or in a cross-member constraint) and around a threshold (<c>[Threshold]</c>).
/// </summary>
internal static class ShapePlanner
{
    public static List<MemberPlan> Shape(EntityModel entity, List<MemberPlan> members, LinearPlan? linear, List<ProblemPlan> problems)
    {
        var edgeRate = entity.EdgeCases?.Value ?? 0;
        if (entity.EdgeCases is { } edge && !(edge.Value >= 0 && edge.Value <= 1))
        {
            problems.Add(new ProblemPlan(DiagnosticIds.Unsupported, $"{edge.Declared}: the rate {Literals.Invariant(edge.Value)} is not between 0 and 1.",
                new[] { edge.Declared }.ToEquatableArray(), new[] { ProblemSite.OnType(edge.Declared) }.ToEquatableArray()));
            return members;
        }
        var models = entity.Members.ToDictionary(m => m.Name);
        return members.Select(plan => plan with { Shape = ShapeOf(models[plan.Name], plan, linear?.Variables.Any(v => v.Member == plan.Name) == true, edgeRate, problems) }).ToList();
    }

    private static ShapePlan? ShapeOf(MemberModel member, MemberPlan plan, bool isLinear, double edgeRate, List<ProblemPlan> problems)
    {
        var onLattice = isLinear || plan.Sampler is IntegerSampler { Excluded.Count: 0 } or DecimalSampler { ExcludedUnits.Count: 0 } or TemporalSampler;
        var edge = onLattice && (member.Range is not null || isLinear) ? edgeRate : 0;
        long? threshold = null;
        if (member.Threshold is { } declared)
        {
            var units = ThresholdUnits(plan.Sampler, declared.Value);
            var why = units is null ? "applies to integer and decimal members"
                : !(member.ThresholdRate >= 0 && member.ThresholdRate <= 1) ? $"has a probability {Literals.Invariant(member.ThresholdRate)} that is not between 0 and 1"
                : null;
            if (why is not null)
            {
                problems.Add(new ProblemPlan(units is null ? DiagnosticIds.TypeMismatch : DiagnosticIds.Unsupported, $"{member.Name}: {declared.Declared} {why}.",
                    new[] { $"{declared.Declared} {member.Name}" }.ToEquatableArray(), ProblemSite.OnMember(member.Name, declared.Declared)));
                return null;
            }
            threshold = units;
        }
        return edge > 0 || threshold is not null ? new ShapePlan(edge, threshold, threshold is null ? 0 : member.ThresholdRate) : null;
    }

    /// <summary>The threshold on the member's lattice: the integer itself, or units of 10^-scale for a decimal.</summary>
    private static long? ThresholdUnits(SamplerPlan sampler, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) > 1e15) return null;
        return sampler switch
        {
            IntegerSampler => (long)Math.Round(value),
            DecimalSampler d => (long)Math.Round(BoundReader.Scale((decimal)value, d.Scale)),
            _ => null,
        };
    }
}
