using System;
using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning.Correlation;

/// <summary>
/// Turns an entity's <c>[Correlated(nameof(Other), rho)]</c> declarations into one Gaussian copula: the latent
/// correlation matrix (2·sin(π·ρ/6) per Spearman target, 0 where none is declared), made positive definite by
/// the nearest correlation matrix when it is not, and its Cholesky factor, emitted as constants. Each correlated
/// member then takes its quantile from the copula instead of its own stream.
/// </summary>
internal static class CopulaPlanner
{
    /// <summary>The members with their copula quantiles, the copula, and notes on declarations left unapplied.</summary>
    public static (List<MemberPlan> Members, CopulaPlan? Copula, List<string> Notes) Plan(EntityModel entity, List<MemberPlan> members, List<ProblemPlan> problems)
    {
        var notes = new List<string>();
        var byName = members.ToDictionary(m => m.Name);
        var pairs = new List<(string A, string B, double Rho, string Source)>();
        foreach (var member in entity.Members)
        {
            foreach (var correlation in member.Correlations)
            {
                var source = $"{correlation.Declared} {member.Name}";
                // A path that names a parent's member has become a member of this entity (ParentPaths); one still
                // dotted does not resolve to a reference navigation's member.
                var problem = Relationships.ParentPaths.Clash(entity, correlation.Other);
                if (correlation.Other.Contains(".") && problem is null)
                {
                    notes.Add($"{source} is not applied: '{correlation.Other}' is not a number or date member of a parent reached through a reference navigation.");
                    continue;
                }
                problem ??= Problem(entity, byName, member.Name, correlation);
                if (problem is not null)
                {
                    problems.Add(new ProblemPlan(problem.Id, $"{member.Name}: {problem.Message}", new[] { source }.ToEquatableArray(),
                        new[] { ProblemSite.On(member.Name, correlation.Declared) }.ToEquatableArray(), problem.Suggestion));
                    continue;
                }
                // Outside [-1, 1] means "as strong as possible" (the analyzer warns); the copula takes the nearest valid target.
                pairs.Add((member.Name, correlation.Other, Math.Max(-1, Math.Min(1, correlation.Rho)), source));
            }
        }
        if (pairs.Count == 0) return (members, null, notes);

        var names = members.Select(m => m.Name).Where(n => pairs.Any(p => p.A == n || p.B == n)).ToList();
        var n = names.Count;
        var latent = new double[n, n];
        for (var i = 0; i < n; i++) latent[i, i] = 1;
        foreach (var group in pairs.GroupBy(p => (Math.Min(names.IndexOf(p.A), names.IndexOf(p.B)), Math.Max(names.IndexOf(p.A), names.IndexOf(p.B)))))
        {
            // Declared from both sides: their mean.
            var r = CorrelationMatrix.Latent(group.Average(p => p.Rho));
            latent[group.Key.Item1, group.Key.Item2] = latent[group.Key.Item2, group.Key.Item1] = r;
        }
        var cholesky = CorrelationMatrix.Cholesky(latent);
        var adjusted = cholesky is null;
        cholesky ??= CorrelationMatrix.Cholesky(CorrelationMatrix.Nearest(latent));
        if (cholesky is null)
        {
            problems.Add(new ProblemPlan(DiagnosticIds.Correlation, "the declared correlations have no nearest positive definite correlation matrix.",
                pairs.Select(p => p.Source).ToEquatableArray(), pairs.Select(p => ProblemSite.On(p.A, null)).ToEquatableArray()));
            return (members, null, notes);
        }
        var rows = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, i + 1).Select(j => cholesky[i, j]).ToEquatableArray()).ToEquatableArray();
        var planned = members.Select(m => !names.Contains(m.Name) ? m
            : m with { Marginal = (m.Marginal ?? new MarginalPlan(null, double.NaN, double.NaN, 0, false)) with { FromCopula = true } }).ToList();
        return (planned, new CopulaPlan(names.ToEquatableArray(), rows, pairs.Select(p => p.Source).ToEquatableArray(), adjusted), notes);
    }

    /// <summary>Why a declared correlation cannot be planned, under its diagnostic ID, or null.</summary>
    private static Rejection? Problem(EntityModel entity, IReadOnlyDictionary<string, MemberPlan> byName, string member, CorrelationModel correlation)
    {
        if (double.IsNaN(correlation.Rho)) return new(DiagnosticIds.Correlation, $"the coefficient NaN of {correlation.Declared} is outside [-1, 1].");
        if (correlation.Other == member) return new(DiagnosticIds.Correlation, $"{correlation.Declared} correlates {member} with itself.");
        if (entity.Members.All(m => m.Name != correlation.Other))
        {
            var closest = Constraints.MemberNames.Closest(correlation.Other, entity.Members.Select(m => m.Name));
            return new(DiagnosticIds.UnknownMember, $"{entity.Name} has no member '{correlation.Other}'{(closest is null ? "" : $"; did you mean '{closest}'?")}", closest);
        }
        foreach (var name in new[] { member, correlation.Other })
        {
            var type = entity.Members.First(m => m.Name == name).Type;
            if (!IsOrdered(type.Kind)) return new(DiagnosticIds.TypeMismatch, $"{correlation.Declared} needs two numbers or dates, and {name} is {type.FullName}.");
            if (byName.TryGetValue(name, out var plan) && !Correlatable(plan.Sampler))
                return new(DiagnosticIds.Correlation, $"{correlation.Declared}: {name} is not a number or a date drawn on its own (keys, [Unique], [Computed], [AllowedValues], [DeniedValues], text and flags cannot be correlated).");
        }
        return null;
    }

    private static bool IsOrdered(ScalarKind kind) => kind is ScalarKind.Decimal or ScalarKind.Double or ScalarKind.Single
        or ScalarKind.DateTime or ScalarKind.DateTimeOffset or ScalarKind.DateOnly or ScalarKind.TimeOnly or ScalarKind.TimeSpan
        || MemberPlanner.IsInteger(kind);

    private static bool Correlatable(SamplerPlan sampler)
        => sampler is IntegerSampler { Excluded.Count: 0 } or DecimalSampler { ExcludedUnits.Count: 0 } or RealSampler or TemporalSampler;
}
