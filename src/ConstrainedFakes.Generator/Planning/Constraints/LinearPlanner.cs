using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Linear;

namespace ConstrainedFakes.Generator.Planning.Constraints;

/// <summary>
/// Collects an entity's order relations and invariants as linear inequalities over its members,
/// projects them (Fourier–Motzkin, <see cref="Projection"/>) and turns each level into emitted bounds.
/// </summary>
internal static class LinearPlanner
{
    /// <summary>The plan (null when the entity declares no cross-member constraint), or the problems that stop it.</summary>
    public static (LinearPlan? Plan, IReadOnlyList<ProblemPlan> Problems) Plan(EntityModel entity, IReadOnlyList<MemberPlan> members, List<OpaquePlan> opaque)
    {
        var problems = new List<ProblemPlan>();
        var quantities = entity.Members.Where(m => QuantityOf(m.Type.Kind) is not null).ToDictionary(m => m.Name, m => QuantityOf(m.Type.Kind)!.Value);
        var inequalities = new List<DeclaredInequality>();
        foreach (var member in entity.Members)
        {
            foreach (var relation in member.Relations)
            {
                var declared = $"{relation.Declared} {member.Name}";
                if (Relation(member, relation, quantities, declared, entity) is { } problem) problems.Add(new ProblemPlan(problem, new[] { declared }.ToEquatableArray()));
                else inequalities.Add(Inequality(member.Name, relation, quantities[member.Name], declared));
            }
        }
        foreach (var invariant in entity.Invariants)
        {
            var (parsed, problem) = InvariantParser.Parse(invariant.Expression, invariant.Declared, quantities);
            if (problem is null)
            {
                inequalities.AddRange(parsed);
                continue;
            }
            // Outside the linear class: a checked, redrawn invariant (C7) if it is a well-typed boolean at all.
            var opaqueProblem = OpaqueCheck.Validate(invariant.Expression, entity);
            if (opaqueProblem is null) opaque.Add(new OpaquePlan(OpaqueCheck.QualifyEnums(invariant.Expression, entity), invariant.Declared));
            else problems.Add(new ProblemPlan($"{invariant.Declared}: {opaqueProblem}", new[] { invariant.Declared }.ToEquatableArray()));
        }
        if (inequalities.Count == 0 || problems.Count > 0) return (null, problems);

        var variables = entity.Members.Where(m => inequalities.Any(i => i.Form.Terms.TryGetValue(m.Name, out var c) && !c.IsZero)).ToList();
        var byName = members.ToDictionary(m => m.Name);
        foreach (var variable in variables)
        {
            if (!byName.TryGetValue(variable.Name, out var plan)) return (null, problems);
            if (Unsupported(variable, plan) is { } reason)
                problems.Add(new ProblemPlan($"{variable.Name}: {reason}", inequalities.Where(i => i.Form.Terms.ContainsKey(variable.Name)).Select(i => i.Source).Distinct().ToEquatableArray()));
        }
        if (problems.Count > 0) return (null, problems);

        var domains = variables.Select(v => Domain(byName[v.Name])).ToList();
        var sources = inequalities.Select(i => i.Source).Distinct().ToList();
        var constraints = new List<LinearConstraint>();
        for (var i = 0; i < variables.Count; i++) constraints.AddRange(DomainConstraints(i, variables.Count, sources, OwnBounds(variables[i])));
        foreach (var inequality in inequalities) constraints.Add(ToConstraint(inequality, variables, domains, sources));

        var projection = Projection.Build(variables.Count, constraints);
        if (projection is null)
        {
            problems.Add(new ProblemPlan($"the cross-member constraints are too many to plan exactly (over {Projection.MaxConstraintsPerLevel} derived constraints).", sources.ToEquatableArray()));
            return (null, problems);
        }
        foreach (var condition in projection.Conditions)
        {
            if (Evaluate(condition, domains) < Rational.Zero)
            {
                var conflict = condition.Sources.Select(s => sources[s]).ToEquatableArray();
                problems.Add(new ProblemPlan($"these constraints have no solution together: {string.Join("; ", conflict)}.", conflict));
            }
        }
        if (problems.Count > 0) return (null, problems);

        var planned = variables.Select((v, k) => new LinearVariable(
            v.Name, v.Type.Kind, domains[k].Step.ToDecimalLiteral(), domains[k].Minimum.ToDecimalLiteral(), domains[k].Maximum.ToDecimalLiteral(),
            projection.Levels[k].Where(c => c.Coefficients[k].Sign < 0).Select(c => Bound(c, k, variables)).Distinct().ToEquatableArray(),
            projection.Levels[k].Where(c => c.Coefficients[k].Sign > 0).Select(c => Bound(c, k, variables)).Distinct().ToEquatableArray()));
        // A condition on one member's own two bounds (its minimum below its maximum) always holds: a fixed
        // value is checked against the member's range when it is set.
        var conditions = projection.Conditions.Where(c => Enumerable.Range(0, c.Parameters.Length).Where(j => !c.Parameters[j].IsZero).Select(j => j / 2).Distinct().Count() > 1).Select(c => new BoundCondition(Affine(c.Constant, c.Parameters, Rational.One, variables), c.Sources.Select(s => sources[s]).ToEquatableArray()));
        return (new LinearPlan(planned.ToEquatableArray(), conditions.ToEquatableArray(), inequalities.Select(i => i.Source).Distinct().ToEquatableArray()), problems);
    }

    private static Quantity? QuantityOf(ScalarKind kind) => kind switch
    {
        ScalarKind.DateTime or ScalarKind.DateTimeOffset or ScalarKind.DateOnly or ScalarKind.TimeOnly => Quantity.Instant,
        ScalarKind.TimeSpan => Quantity.Duration,
        ScalarKind.Decimal or ScalarKind.Double or ScalarKind.Single => Quantity.Number,
        _ when MemberPlanner.IsInteger(kind) => Quantity.Number,
        _ => null,
    };

    private static string? Relation(MemberModel member, RelationModel relation, IReadOnlyDictionary<string, Quantity> quantities, string declared, EntityModel entity)
    {
        if (!quantities.TryGetValue(member.Name, out var own)) return $"{declared}: {member.Name} is not a number, date or time.";
        if (relation.Other.Contains(".")) return $"{declared}: '{relation.Other}' is a path; paths through navigations need relationships, which are not supported yet.";
        if (!quantities.TryGetValue(relation.Other, out var other))
        {
            var closest = Closest(relation.Other, entity.Members.Select(m => m.Name));
            return entity.Members.Any(m => m.Name == relation.Other)
                ? $"{declared}: {relation.Other} is not a number, date or time."
                : $"{declared}: {entity.Name} has no member '{relation.Other}'{(closest is null ? "" : $"; did you mean '{closest}'?")}";
        }
        return own == other ? null : $"{declared}: {member.Name} and {relation.Other} are not the same kind of quantity.";
    }

    private static DeclaredInequality Inequality(string member, RelationModel relation, Quantity quantity, string declared)
    {
        // member > other  ⇔  other − member < 0, and so on: everything on one side, compared with zero.
        var memberMinusOther = new LinearForm(new Dictionary<string, Rational> { [member] = Rational.One, [relation.Other] = -Rational.One }, Rational.Zero, quantity);
        return relation.Kind switch
        {
            RelationKind.GreaterThan => new DeclaredInequality(memberMinusOther.Negated(), true, declared),
            RelationKind.GreaterThanOrEqual => new DeclaredInequality(memberMinusOther.Negated(), false, declared),
            RelationKind.LessThan => new DeclaredInequality(memberMinusOther, true, declared),
            _ => new DeclaredInequality(memberMinusOther, false, declared),
        };
    }

    private static string? Unsupported(MemberModel member, MemberPlan plan)
    {
        if (member.IsNullable) return "nullable members in cross-member constraints are not supported yet.";
        return plan.Sampler switch
        {
            IntegerSampler { Excluded.Count: 0 } or DecimalSampler { ExcludedUnits.Count: 0 } or TemporalSampler => null,
            RealSampler => "double and float members in cross-member constraints are not supported yet; use decimal.",
            KeySampler => "a key cannot take part in cross-member constraints.",
            UniqueSampler => "[Unique] members in cross-member constraints are not supported yet.",
            ComputedSampler => "[Computed] members in cross-member constraints are not supported yet; declare the range on the member itself.",
            _ => "members with [AllowedValues] or [DeniedValues] in cross-member constraints are not supported yet.",
        };
    }

    /// <summary>A variable's lattice and own bounds, in value units (ticks for dates and times).</summary>
    private sealed record VariableDomain(Rational Step, Rational Minimum, Rational Maximum);

    private static VariableDomain Domain(MemberPlan plan) => plan.Sampler switch
    {
        IntegerSampler i => new VariableDomain(Rational.One, Rational.Of(i.Min), Rational.Of(i.Max)),
        DecimalSampler d => new VariableDomain(Rational.Of(BigInteger.One, BigInteger.Pow(10, d.Scale)),
            Rational.Of(d.MinUnits, BigInteger.Pow(10, d.Scale)), Rational.Of(d.MaxUnits, BigInteger.Pow(10, d.Scale))),
        TemporalSampler t => new VariableDomain(Rational.Of(t.TicksPerUnit), Rational.Of(t.MinUnits) * Rational.Of(t.TicksPerUnit), Rational.Of(t.MaxUnits) * Rational.Of(t.TicksPerUnit)),
        _ => throw new InvalidOperationException($"{plan.Name} has no lattice."),
    };

    private static string OwnBounds(MemberModel member) => member.Range is { } range ? $"{range.Declared} {member.Name}" : $"the default range of {member.Name}";

    private static IEnumerable<LinearConstraint> DomainConstraints(int variable, int count, List<string> sources, string source)
    {
        var index = sources.IndexOf(source);
        if (index < 0)
        {
            sources.Add(source);
            index = sources.Count - 1;
        }
        Rational[] Unit(Rational value) => Enumerable.Range(0, count).Select(i => i == variable ? value : Rational.Zero).ToArray();
        Rational[] Parameter(int which, Rational value) => Enumerable.Range(0, 2 * count).Select(i => i == which ? value : Rational.Zero).ToArray();
        yield return new LinearConstraint(Unit(Rational.One), Rational.Zero, Parameter(LinearConstraint.UpperBound(variable), Rational.One), new[] { index });
        yield return new LinearConstraint(Unit(-Rational.One), Rational.Zero, Parameter(LinearConstraint.LowerBound(variable), -Rational.One), new[] { index });
    }

    /// <summary>Σ cᵢxᵢ + k ≤ 0 becomes Σ cᵢxᵢ ≤ −k; a strict one leaves a gap of the finest lattice step among its members.</summary>
    private static LinearConstraint ToConstraint(DeclaredInequality inequality, IReadOnlyList<MemberModel> variables, IReadOnlyList<VariableDomain> domains, List<string> sources)
    {
        var coefficients = variables.Select(v => inequality.Form.Terms.TryGetValue(v.Name, out var c) ? c : Rational.Zero).ToArray();
        var constant = -inequality.Form.Constant;
        if (inequality.IsStrict)
            constant -= Enumerable.Range(0, variables.Count).Where(i => !coefficients[i].IsZero).Select(i => Finest(variables[i].Type.Kind, domains[i])).Min();
        return new LinearConstraint(coefficients, constant, new Rational[2 * variables.Count], new[] { sources.IndexOf(inequality.Source) });
    }

    /// <summary>The smallest step a value can move: a tick for dates and times (sampled on seconds, but fixed values may be finer), the lattice otherwise.</summary>
    private static Rational Finest(ScalarKind kind, VariableDomain domain)
        => kind is ScalarKind.DateTime or ScalarKind.DateTimeOffset or ScalarKind.TimeOnly or ScalarKind.TimeSpan ? Rational.One : domain.Step;

    /// <summary>The bound on variable k given by one constraint: (c + Σp·P − Σ_{i&lt;k} aᵢxᵢ) / aₖ.</summary>
    private static AffineBound Bound(LinearConstraint constraint, int k, IReadOnlyList<MemberModel> variables)
    {
        var divisor = constraint.Coefficients[k];
        var bound = Affine(constraint.Constant, constraint.Parameters, divisor, variables);
        var terms = bound.Terms.ToList();
        for (var i = 0; i < k; i++)
        {
            if (!constraint.Coefficients[i].IsZero)
                terms.Add(new AffineTerm((-constraint.Coefficients[i] / divisor).ToDecimalLiteral(), variables[i].Name, AffineOperand.Value));
        }
        return new AffineBound(bound.Constant, terms.ToEquatableArray());
    }

    private static AffineBound Affine(Rational constant, Rational[] parameters, Rational divisor, IReadOnlyList<MemberModel> variables)
    {
        var terms = new List<AffineTerm>();
        for (var j = 0; j < parameters.Length; j++)
        {
            if (parameters[j].IsZero) continue;
            terms.Add(new AffineTerm((parameters[j] / divisor).ToDecimalLiteral(), variables[j / 2].Name, j % 2 == 0 ? AffineOperand.Minimum : AffineOperand.Maximum));
        }
        return new AffineBound((constant / divisor).ToDecimalLiteral(), terms.ToEquatableArray());
    }

    private static Rational Evaluate(LinearConstraint condition, IReadOnlyList<VariableDomain> domains)
    {
        var value = condition.Constant;
        for (var j = 0; j < condition.Parameters.Length; j++)
        {
            if (!condition.Parameters[j].IsZero)
                value += condition.Parameters[j] * (j % 2 == 0 ? domains[j / 2].Minimum : domains[j / 2].Maximum);
        }
        return value;
    }

    /// <summary>The name closest to <paramref name="name"/> by edit distance, if any is close enough to be a typo.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
        => candidates.Select(c => (Name: c, Distance: EditDistance(name.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(2, name.Length / 3))
            .OrderBy(c => c.Distance).Select(c => c.Name).FirstOrDefault();

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
