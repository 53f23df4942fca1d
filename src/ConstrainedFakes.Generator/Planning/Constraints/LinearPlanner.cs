using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;
using ConstrainedFakes.Generator.Planning.Linear;

namespace ConstrainedFakes.Generator.Planning.Constraints;

/// <summary>
/// Collects an entity's order relations and invariants as linear inequalities over its members,
/// projects them (Fourier–Motzkin, <see cref="Projection"/>) and turns each level into emitted bounds.
/// </summary>
internal static class LinearPlanner
{
    /// <summary>More branches than this (choices of the disjunctions' cases) leave the disjunctions checked invariants.</summary>
    public const int MaxBranches = 16;

    /// <summary>
    /// The plan (null when the entity declares no cross-member constraint), or the problems that stop it;
    /// <paramref name="required"/> are what the entity's children ask of it, planned with its own.
    /// </summary>
    public static (LinearPlan? Plan, IReadOnlyList<ProblemPlan> Problems) Plan(EntityModel entity, IReadOnlyList<MemberPlan> members, List<OpaquePlan> opaque, IReadOnlyList<DeclaredInequality>? required = null)
    {
        var (quantities, byName, inequalities, disjunctive, sites, problems) = Collect(entity, members, opaque);
        EquatableArray<ProblemSite> SitesOf(IEnumerable<string> texts) => Sites(sites, texts);
        if (problems.Count > 0) return (null, problems);
        if (required is not null) inequalities.AddRange(required);
        // A constraint on a nullable member holds when it is null (as a database CHECK does): one more case.
        bool CanBeNull(string member) => byName.TryGetValue(member, out var plan) && plan.NullRate is not null;
        var onNullable = inequalities.Where(i => i.Form.Terms.Any(t => !t.Value.IsZero && CanBeNull(t.Key))).ToList();
        inequalities.RemoveAll(onNullable.Contains);
        var vacuous = onNullable.GroupBy(i => i.Source)
            .Select(g => Branching.WithNullCases(new Disjunction(new[] { new Disjunct(Array.Empty<string>(), g.ToList()) }, g.Key), CanBeNull)).ToList();
        var choices = disjunctive.SelectMany(d => d.Disjunctions).Select(d => Branching.WithNullCases(d, CanBeNull)).Concat(vacuous).ToList();
        var guardMembers = choices.SelectMany(d => d.Cases).SelectMany(c => c.Guards).SelectMany(g => CategoricalPlanner.Identifiers(g, entity)).Distinct().ToList();
        if (choices.Aggregate(1L, (n, d) => n * d.Cases.Count) > MaxBranches
            || guardMembers.Aggregate(1L, (n, m) => n * CategoricalPlanner.Domain(byName[m])!.Count) > CategoricalPlanner.MaxCombinations)
        {
            // Too many branches to plan one by one: the disjunctions stay checked invariants (C7).
            foreach (var (invariant, _) in disjunctive) Checked(invariant, entity, opaque, problems, sites);
            if (problems.Count > 0) return (null, problems);
            disjunctive.Clear();
            choices = vacuous;
            guardMembers.Clear();
            if (choices.Aggregate(1L, (n, d) => n * d.Cases.Count) > MaxBranches)
            {
                var involved = vacuous.Select(d => d.Source).ToList();
                problems.Add(new ProblemPlan(DiagnosticIds.Unsupported, $"the constraints on nullable members need more than {MaxBranches} cases to plan.", involved.ToEquatableArray(), SitesOf(involved)));
                return (null, problems);
            }
        }
        var nullable = choices.SelectMany(d => d.Cases).Select(c => c.Null).OfType<string>().Distinct()
            .OrderBy(n => entity.Members.ToList().FindIndex(m => m.Name == n)).ToList();
        var disjunctionLinear = choices.SelectMany(d => d.Cases).SelectMany(c => c.Inequalities).ToList();
        if (inequalities.Count == 0 && disjunctionLinear.Count == 0) return (null, problems);

        var variables = entity.Members.Where(m => inequalities.Concat(disjunctionLinear).Any(i => i.Form.Terms.TryGetValue(m.Name, out var c) && !c.IsZero)).ToList();
        foreach (var variable in variables)
        {
            if (!byName.TryGetValue(variable.Name, out var plan)) return (null, problems);
            if (Unsupported(variable, plan) is { } reason)
            {
                var involved = inequalities.Where(i => i.Form.Terms.ContainsKey(variable.Name)).Select(i => i.Source).Distinct().ToList();
                problems.Add(new ProblemPlan(DiagnosticIds.Unsupported, $"{variable.Name}: {reason}", involved.ToEquatableArray(), SitesOf(involved)));
            }
        }
        if (problems.Count > 0) return (null, problems);

        var domains = variables.Select(v => Domain(byName[v.Name])).ToList();
        var sources = inequalities.Concat(disjunctionLinear).Select(i => i.Source).Distinct().ToList();
        var common = new List<LinearConstraint>();
        for (var i = 0; i < variables.Count; i++)
        {
            var own = OwnBounds(variables[i]);
            sites[own] = ProblemSite.On(variables[i].Name, variables[i].Range?.Declared);
            common.AddRange(DomainConstraints(i, variables.Count, sources, own));
        }
        common.AddRange(inequalities.Select(i => ToConstraint(i, variables, domains, sources)));

        var branches = new List<(string Guard, (int Null, int Value) Nulls, Projection Projection)>();
        var conflicts = new List<LinearConstraint>();
        foreach (var choice in Branching.Choices(choices))
        {
            var system = common.Concat(choice.SelectMany(c => c.Case.Inequalities).Select(i => ToConstraint(i, variables, domains, sources)));
            // Solved in each member's lattice units (cents for money at scale 2, ticks for times), so the bounds
            // are exact integer arithmetic at run time.
            var projection = Projection.Build(variables.Count, system.Select(c => InUnits(c, domains)));
            if (projection is null)
            {
                problems.Add(new ProblemPlan(DiagnosticIds.Unsupported, $"the cross-member constraints are too many to plan exactly (over {Projection.MaxConstraintsPerLevel} derived constraints).",
                    sources.ToEquatableArray(), SitesOf(sources)));
                return (null, problems);
            }
            var violated = projection.Conditions.Where(c => Evaluate(c, domains) < Rational.Zero).ToList();
            if (violated.Count > 0) conflicts.AddRange(violated);
            else branches.Add((Branching.Guard(choice), Branching.NullPattern(choice, nullable), projection));
        }
        if (branches.Count == 0)
        {
            // No choice of cases has a solution: name each conflict (the disjunctions' own sources among them).
            // Without disjunctions, each is shrunk to a smallest set that still conflicts, and a chain of
            // differences says how far it falls short.
            var system = common.Select(c => InUnits(c, domains)).ToList();
            var named = new HashSet<string>(StringComparer.Ordinal);
            foreach (var condition in conflicts)
            {
                var smallest = choices.Count == 0
                    ? Conflicts.Smallest(condition.Sources, system, variables.Count, c => Evaluate(c, domains) < Rational.Zero)
                    : condition.Sources.OrderBy(s => s).ToList();
                var conflict = smallest.Select(s => sources[s]).ToList();
                if (!named.Add(string.Join("\n", conflict))) continue;
                var shortfall = choices.Count == 0 ? Shortfall(smallest, system, variables, domains) : null;
                problems.Add(new ProblemPlan(DiagnosticIds.Unsatisfiable,
                    $"these constraints have no solution together: {string.Join("; ", conflict)}{(shortfall is null ? "" : $" (added up, they fall short by {shortfall})")}.",
                    conflict.ToEquatableArray(), SitesOf(conflict)));
            }
            return (null, problems);
        }

        try
        {
            var planned = variables.Select((v, k) => new LinearVariable(
                v.Name, v.Type.Kind, byName[v.Name].Sampler is DecimalSampler d ? d.Scale : 0,
                domains[k].Step, domains[k].AnyUnit, domains[k].Minimum, domains[k].Maximum)).ToEquatableArray();
            var solved = branches.Select(b => (b.Guard,
                Bounds: variables.Select((_, k) => new VariableBounds(
                    b.Projection.Levels[k].Where(c => c.Coefficients[k].Sign < 0).Select(c => Bound(c, k, variables, domains)).Distinct().ToEquatableArray(),
                    b.Projection.Levels[k].Where(c => c.Coefficients[k].Sign > 0).Select(c => Bound(c, k, variables, domains)).Distinct().ToEquatableArray())).ToEquatableArray(),
                Conditions: Conditions(b.Projection, variables, domains, sources))).ToList();
            // Conditions every branch shares are checked once, as for a single system; the rest rule branches out.
            var shared = solved.Skip(1).Aggregate(solved[0].Conditions.AsEnumerable(), (all, b) => all.Intersect(b.Conditions)).ToEquatableArray();
            var planBranches = solved.Select(b => new LinearBranch(b.Guard, b.Bounds, b.Conditions.Except(shared).ToEquatableArray())).ToEquatableArray();
            var disjunctionSources = disjunctive.Select(d => d.Invariant.Declared).Concat(vacuous.Select(d => d.Source)).Distinct().ToEquatableArray();
            // For each pattern of nulls, the branches whose null cases it meets.
            var nullMasks = nullable.Count == 0 ? EquatableArray<int>.Empty : Enumerable.Range(0, 1 << nullable.Count)
                .Select(pattern => branches.Select((b, i) => (pattern & b.Nulls.Null) == b.Nulls.Null && (pattern & b.Nulls.Value) == 0 ? 1 << i : 0).Aggregate(0, (mask, bit) => mask | bit))
                .ToEquatableArray();
            return (new LinearPlan(planned, planBranches, shared, inequalities.Concat(disjunctionLinear).Select(i => i.Source).Distinct().ToEquatableArray(),
                disjunctionSources, guardMembers.ToEquatableArray(), ConstrainedFakes.Randomness.NameHash.Of($"{entity.Name}.<branch>"),
                nullable.ToEquatableArray(), nullMasks), problems);
        }
        catch (OverflowException)
        {
            problems.Add(new ProblemPlan(DiagnosticIds.Unsupported, "the cross-member constraints need coefficients beyond 64 bits in the members' units.",
                sources.ToEquatableArray(), SitesOf(sources)));
            return (null, problems);
        }
    }

    /// <summary>
    /// The entity's relations and invariants read as linear inequalities, disjunctions to plan by cases, and
    /// checked invariants (added to <paramref name="opaque"/>); every source text with where it is declared.
    /// </summary>
    private static (Dictionary<string, Quantity> Quantities, Dictionary<string, MemberPlan> ByName, List<DeclaredInequality> Inequalities,
        List<(InvariantModel Invariant, IReadOnlyList<Disjunction> Disjunctions)> Disjunctive, Dictionary<string, ProblemSite> Sites, List<ProblemPlan> Problems)
        Collect(EntityModel entity, IReadOnlyList<MemberPlan> members, List<OpaquePlan> opaque)
    {
        var problems = new List<ProblemPlan>();
        var quantities = entity.Members.Where(m => QuantityOf(m.Type.Kind) is not null).ToDictionary(m => m.Name, m => QuantityOf(m.Type.Kind)!.Value);
        var byName = members.ToDictionary(m => m.Name);
        var categorical = members.Where(m => CategoricalPlanner.Domain(m) is not null).Select(m => m.Name).ToList();
        var inequalities = new List<DeclaredInequality>();
        var disjunctive = new List<(InvariantModel Invariant, IReadOnlyList<Disjunction> Disjunctions)>();
        // Every source text (as messages show it) and where it is declared, for the analyzer.
        var sites = new Dictionary<string, ProblemSite>(StringComparer.Ordinal);
        foreach (var member in entity.Members)
        {
            foreach (var relation in member.Relations)
            {
                var declared = $"{relation.Declared} {member.Name}";
                sites[declared] = ProblemSite.On(member.Name, relation.Declared);
                if (Relation(member, relation, quantities, declared, entity) is { } problem)
                    problems.Add(new ProblemPlan(problem.Id, problem.Message, new[] { declared }.ToEquatableArray(), new[] { sites[declared] }.ToEquatableArray(), problem.Suggestion));
                else inequalities.Add(Inequality(member.Name, relation, quantities[member.Name], declared));
            }
        }
        foreach (var invariant in entity.Invariants)
        {
            sites[invariant.Declared] = ProblemSite.OnType(invariant.Declared);
            var (parsed, problem) = InvariantParser.Parse(invariant.Expression, invariant.Declared, quantities);
            if (problem is null)
            {
                inequalities.AddRange(parsed);
                continue;
            }
            // A disjunction with a linear case becomes conditional bounds; one over categories only is a table (C4).
            var disjunctions = DisjunctionParser.Parse(invariant.Expression, invariant.Declared, quantities, categorical);
            var linearCases = disjunctions?.SelectMany(d => d.Cases).SelectMany(c => c.Inequalities).ToList();
            if (linearCases is { Count: > 0 }
                && linearCases.SelectMany(i => i.Form.Terms.Keys).All(m => byName.TryGetValue(m, out var plan) && Unsupported(entity.Members.First(x => x.Name == m), plan) is null)
                && disjunctions!.SelectMany(d => d.Cases).SelectMany(c => c.Guards).All(g => OpaqueCheck.Validate(g, entity) is null))
            {
                disjunctive.Add((invariant, disjunctions.Select(d => d with { Cases = d.Cases.Select(c => c with { Guards = c.Guards.Select(g => OpaqueCheck.QualifyEnums(g, entity)).ToList() }).ToList() }).ToList()));
                continue;
            }
            Checked(invariant, entity, opaque, problems, sites);
        }
        return (quantities, byName, inequalities, disjunctive, sites, problems);
    }

    private static EquatableArray<ProblemSite> Sites(Dictionary<string, ProblemSite> sites, IEnumerable<string> texts)
        => texts.Select(t => sites.TryGetValue(t, out var site) ? site : new ProblemSite(null, null)).ToEquatableArray();

    /// <summary>An invariant outside the planned classes: a checked, redrawn invariant (C7) if it is a well-typed boolean at all.</summary>
    private static void Checked(InvariantModel invariant, EntityModel entity, List<OpaquePlan> opaque, List<ProblemPlan> problems, Dictionary<string, ProblemSite> sites)
    {
        if (OpaqueCheck.Validate(invariant.Expression, entity) is { } problem)
            problems.Add(new ProblemPlan(problem.Id, $"{invariant.Declared}: {problem.Message}", new[] { invariant.Declared }.ToEquatableArray(),
                new[] { sites[invariant.Declared] }.ToEquatableArray(), problem.Suggestion));
        else
            opaque.Add(new OpaquePlan(OpaqueCheck.QualifyEnums(invariant.Expression, entity), invariant.Declared));
    }

    /// <summary>
    /// A condition that only compares one member's own two bounds (its minimum below its maximum, c·(max − min) ≥ k)
    /// always holds: it holds for the declared bounds, and a fixed value, checked against the member's range when it
    /// is set, makes it 0 ≥ k. Every other condition (one member's bound against a constant, as in a branch's
    /// <c>Rate &lt;= 0.15m</c>, or several members' bounds) is checked at run time.
    /// </summary>
    private static List<BoundCondition> Conditions(Projection projection, IReadOnlyList<MemberModel> variables, IReadOnlyList<VariableDomain> domains, List<string> sources)
        => projection.Conditions
            .Where(c => !ComparesOwnBounds(c))
            .Select(c => new BoundCondition(Integer(c.Constant, c.Parameters, Enumerable.Repeat(Rational.Zero, variables.Count).ToArray(), Rational.One, false, variables, domains),
                c.Sources.Select(s => sources[s]).ToEquatableArray()))
            .Distinct()
            .ToList();

    private static bool ComparesOwnBounds(LinearConstraint condition)
    {
        var members = Enumerable.Range(0, condition.Parameters.Length).Where(j => !condition.Parameters[j].IsZero).Select(j => j / 2).Distinct().ToList();
        return members.Count == 1 && (condition.Parameters[LinearConstraint.LowerBound(members[0])] + condition.Parameters[LinearConstraint.UpperBound(members[0])]).IsZero;
    }

    /// <summary>
    /// Effective ranges and implied constraints (CF0010, advice only) are looked for in components of at most
    /// this many members: each is a projection of its own, and a tangled component would make the analyzer slow
    /// on every keystroke for an info message.
    /// </summary>
    public const int MaxAdvisoryVariables = 6;

    /// <summary>
    /// The entity's plain system (no disjunctions, no nullable members: those have cases of their own), for
    /// advice that needs it whole; null when there is none or problems stop it (the plan reports those).
    /// </summary>
    public static LinearSystem? AdvisorySystem(EntityModel entity, IReadOnlyList<MemberPlan> members)
    {
        var (_, byName, inequalities, disjunctive, sites, problems) = Collect(entity, members, new List<OpaquePlan>());
        if (problems.Count > 0 || inequalities.Count == 0 || disjunctive.Count > 0) return null;
        var variables = entity.Members.Where(m => inequalities.Any(i => i.Form.Terms.TryGetValue(m.Name, out var c) && !c.IsZero)).ToList();
        if (variables.Any(v => !byName.TryGetValue(v.Name, out var plan) || plan.NullRate is not null || Unsupported(v, plan) is not null)) return null;
        var domains = variables.Select(v => Domain(byName[v.Name])).ToList();
        var sources = inequalities.Select(i => i.Source).Distinct().ToList();
        var constraints = new List<LinearConstraint>();
        for (var i = 0; i < variables.Count; i++)
        {
            var own = OwnBounds(variables[i]);
            sites[own] = ProblemSite.On(variables[i].Name, variables[i].Range?.Declared);
            constraints.AddRange(DomainConstraints(i, variables.Count, sources, own));
        }
        constraints.AddRange(inequalities.Select(i => ToConstraint(i, variables, domains, sources)));
        return new LinearSystem(variables, domains, sources, constraints.Select(c => InUnits(c, domains)).ToList(), byName, texts => Sites(sites, texts),
            inequalities.Select(i => i.Source).Distinct().ToEquatableArray());
    }

    /// <summary>
    /// The range each constrained member with a declared <c>[Range]</c> can take given all the others (over the
    /// reals, in its units), with its own range: the projection redone with that member first, so its level holds
    /// every bound implied on it.
    /// </summary>
    public static IEnumerable<EffectiveRange> EffectiveRanges(LinearSystem system)
    {
        for (var k = 0; k < system.Variables.Count; k++)
        {
            if (system.Variables[k].Range is null) continue;
            // Variable k first, then the variables tied to it, in their order: the rest cannot narrow it.
            var columns = new[] { k }.Concat(Component(system, new[] { k }).Where(i => i != k).OrderBy(i => i)).ToList();
            if (columns.Count > MaxAdvisoryVariables) continue;
            var (constraints, domains) = Over(system, columns);
            if (Projection.Build(columns.Count, constraints) is not { } projection) continue;
            Rational? low = null, high = null;
            foreach (var bound in projection.Levels[0])
            {
                // a·x ≤ c + Σp·P, so x ≤ (…)/a for a > 0 and x ≥ (…)/a for a < 0.
                var value = Evaluate(bound, domains) / bound.Coefficients[0];
                if (bound.Coefficients[0].Sign > 0) high = high is null || value < high ? value : high;
                else low = low is null || value > low ? value : low;
            }
            var own = system.Domains[k];
            if (low is null || high is null) continue;
            yield return new EffectiveRange(system.Variables[k], own.Minimum, own.Maximum, low.Value, high.Value);
        }
    }

    /// <summary>
    /// The declared cross-member constraints the others already imply, each with the ones that imply it: for
    /// a Σaᵢxᵢ ≤ c of the source, a new variable t ≤ Σaᵢxᵢ is projected first over the rest of the system, and
    /// the source is implied when every upper bound t can reach stays within c (over the reals).
    /// </summary>
    public static IEnumerable<ImpliedConstraint> ImpliedConstraints(LinearSystem system)
    {
        foreach (var source in system.Declared)
        {
            var index = system.Sources.IndexOf(source);
            var mine = system.Constraints.Where(c => c.Sources.Count == 1 && c.Sources.Contains(index)).ToList();
            var columns = Component(system, mine.SelectMany(c => Enumerable.Range(0, c.Coefficients.Length).Where(i => !c.Coefficients[i].IsZero))).OrderBy(i => i).ToList();
            if (columns.Count > MaxAdvisoryVariables) continue;
            var (constraints, domains) = Over(system, columns);
            var count = columns.Count;
            var own = constraints.Where(c => c.Sources.Count == 1 && c.Sources.Contains(index)).ToList();
            var rest = constraints.Where(c => !c.Sources.Contains(index)).ToList();
            var by = new HashSet<int>();
            var implied = own.Count > 0;
            foreach (var constraint in own)
            {
                // t first, then the members: t − Σaᵢxᵢ ≤ 0, and the rest of the system with a zero column for t.
                Rational[] Widen(Rational first, Rational[] coefficients) => new[] { first }.Concat(coefficients).ToArray();
                Rational[] NoParameters(Rational[] parameters) => new[] { Rational.Zero, Rational.Zero }.Concat(parameters).ToArray();
                var target = new LinearConstraint(Widen(Rational.One, constraint.Coefficients.Select(c => -c).ToArray()), Rational.Zero,
                    NoParameters(constraint.Parameters.Select(_ => Rational.Zero).ToArray()), System.Array.Empty<int>());
                var widened = rest.Select(c => new LinearConstraint(Widen(Rational.Zero, c.Coefficients), c.Constant, NoParameters(c.Parameters), c.Sources)).Append(target);
                var withTarget = new[] { new VariableDomain(Rational.One, 1, 0, 0, false) }.Concat(domains).ToList();
                var highest = Projection.Build(count + 1, widened)?.Levels[0]
                    .Where(c => c.Coefficients[0].Sign > 0)
                    .Select(c => (Value: Evaluate(c, withTarget) / c.Coefficients[0], c.Sources))
                    .OrderBy(b => b.Value).FirstOrDefault();
                if (highest is not { Sources: not null } bound || bound.Value > constraint.Constant)
                {
                    implied = false;
                    break;
                }
                by.UnionWith(bound.Sources);
            }
            if (implied)
                yield return new ImpliedConstraint(source, system.SitesOf(new[] { source })[0],
                    by.OrderBy(i => i).Select(i => system.Sources[i]).ToEquatableArray());
        }
    }

    /// <summary>
    /// How far a chain or cycle of differences (x − y ≤ c and bounds, the C1 class) falls short when added up,
    /// in words, when every member it involves has one unit (ticks for dates and times, one lattice unit for
    /// numbers); null otherwise, since a general linear combination has no natural scale.
    /// </summary>
    private static string? Shortfall(IReadOnlyList<int> sources, List<LinearConstraint> constraints, List<MemberModel> variables, List<VariableDomain> domains)
    {
        var subset = constraints.Where(c => c.Sources.All(sources.Contains)).ToList();
        static bool IsDifference(LinearConstraint c)
        {
            var terms = c.Coefficients.Where(a => !a.IsZero).ToList();
            return terms.Count == 1 || terms.Count == 2 && terms[0] == -terms[1];
        }
        if (!subset.All(IsDifference)) return null;
        var involved = subset.SelectMany(c => Enumerable.Range(0, c.Coefficients.Length).Where(i => !c.Coefficients[i].IsZero)).Distinct().ToList();
        if (involved.Count == 0) return null;
        var quantities = involved.Select(i => QuantityOf(variables[i].Type.Kind)).Distinct().ToList();
        var units = involved.Select(i => domains[i].Unit).Distinct().ToList();
        if (quantities.Count != 1 || units.Count != 1) return null;
        if (Conflicts.Shortfall(sources, constraints, variables.Count, c => Evaluate(c, domains)) is not { } shortfall) return null;
        if (quantities[0] == Quantity.Number)
        {
            var amount = shortfall * units[0];
            return ((double)amount.Numerator / (double)amount.Denominator).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
        }
        var ticks = (long)BigInteger.Min(shortfall.Ceiling(), long.MaxValue);
        return ticks % TimeSpan.TicksPerDay == 0 ? $"{ticks / TimeSpan.TicksPerDay} day{(ticks == TimeSpan.TicksPerDay ? "" : "s")}"
            : ticks < TimeSpan.TicksPerSecond ? $"{ticks} tick{(ticks == 1 ? "" : "s")}"
            : TimeSpan.FromTicks(ticks).ToString("c", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The variables tied to the seeds through constraints that share members (the seeds included).</summary>
    private static HashSet<int> Component(LinearSystem system, IEnumerable<int> seeds)
    {
        var component = new HashSet<int>(seeds);
        var queue = new Queue<int>(component);
        while (queue.Count > 0)
        {
            var variable = queue.Dequeue();
            foreach (var constraint in system.Constraints.Where(c => !c.Coefficients[variable].IsZero))
            {
                for (var i = 0; i < constraint.Coefficients.Length; i++)
                {
                    if (!constraint.Coefficients[i].IsZero && component.Add(i)) queue.Enqueue(i);
                }
            }
        }
        return component;
    }

    /// <summary>
    /// The system's constraints on the given variables alone (a closed component), columns in that order, with their
    /// domains. Advice is about the declared bounds, so each own bound is folded into the constant: a third of the
    /// columns for the projections to carry.
    /// </summary>
    private static (List<LinearConstraint> Constraints, List<VariableDomain> Domains) Over(LinearSystem system, IReadOnlyList<int> columns)
    {
        var included = new HashSet<int>(columns);
        var constraints = system.Constraints
            .Where(c => Enumerable.Range(0, c.Coefficients.Length).Where(i => !c.Coefficients[i].IsZero).All(included.Contains))
            .Select(c => new LinearConstraint(
                columns.Select(i => c.Coefficients[i]).ToArray(), Evaluate(c, system.Domains),
                new Rational[2 * columns.Count], c.Sources))
            .Where(c => c.HasVariables)
            .ToList();
        return (constraints, columns.Select(i => system.Domains[i]).ToList());
    }

    private static Quantity? QuantityOf(ScalarKind kind) => kind switch
    {
        ScalarKind.DateTime or ScalarKind.DateTimeOffset or ScalarKind.DateOnly or ScalarKind.TimeOnly => Quantity.Instant,
        ScalarKind.TimeSpan => Quantity.Duration,
        ScalarKind.Decimal or ScalarKind.Double or ScalarKind.Single => Quantity.Number,
        _ when MemberPlanner.IsInteger(kind) => Quantity.Number,
        _ => null,
    };

    private static Rejection? Relation(MemberModel member, RelationModel relation, IReadOnlyDictionary<string, Quantity> quantities, string declared, EntityModel entity)
    {
        if (!quantities.TryGetValue(member.Name, out var own)) return new(DiagnosticIds.TypeMismatch, $"{declared}: {member.Name} is not a number, date or time.");
        if (relation.Other.Contains(".") && !quantities.ContainsKey(relation.Other))
            return Relationships.ParentPaths.Clash(entity, relation.Other) is { } clash
                ? clash with { Message = $"{declared}: {clash.Message}" }
                : new(DiagnosticIds.UnknownMember, $"{declared}: '{relation.Other}' is not a date, time or number member of a parent reached through a reference navigation of {entity.Name}.");
        if (!quantities.TryGetValue(relation.Other, out var other))
        {
            if (entity.Members.Any(m => m.Name == relation.Other)) return new(DiagnosticIds.TypeMismatch, $"{declared}: {relation.Other} is not a number, date or time.");
            var closest = MemberNames.Closest(relation.Other, entity.Members.Where(m => m.ParentNavigation is null).Select(m => m.Name));
            return new(DiagnosticIds.UnknownMember, $"{declared}: {entity.Name} has no member '{relation.Other}'{(closest is null ? "" : $"; did you mean '{closest}'?")}", closest);
        }
        return own == other ? null : new(DiagnosticIds.TypeMismatch, $"{declared}: {member.Name} and {relation.Other} are not the same kind of quantity.");
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

    /// <summary>
    /// The system: variables, their domains, every source (declared constraints, then own bounds), the constraints
    /// in units, the members' plans, where each source is declared, and the declared cross-member constraints alone.
    /// </summary>
    internal sealed record LinearSystem(
        List<MemberModel> Variables,
        List<VariableDomain> Domains,
        List<string> Sources,
        List<LinearConstraint> Constraints,
        Dictionary<string, MemberPlan> ByName,
        Func<IEnumerable<string>, EquatableArray<ProblemSite>> SitesOf,
        EquatableArray<string> Declared);

    /// <summary>
    /// A variable's unit (the value of one unit: 1, 10^-scale for a decimal, one tick for dates and times), its
    /// lattice step and own bounds in units, and whether a window narrower than a step may take any unit.
    /// </summary>
    internal sealed record VariableDomain(Rational Unit, long Step, long Minimum, long Maximum, bool AnyUnit);

    private static VariableDomain Domain(MemberPlan plan) => plan.Sampler switch
    {
        IntegerSampler i => new VariableDomain(Rational.One, 1, i.Min, i.Max, false),
        DecimalSampler d => new VariableDomain(Rational.Of(BigInteger.One, BigInteger.Pow(10, d.Scale)), 1, d.MinUnits, d.MaxUnits, false),
        TemporalSampler t => new VariableDomain(Rational.One, t.TicksPerUnit, t.MinUnits * t.TicksPerUnit, t.MaxUnits * t.TicksPerUnit, t.Kind != ScalarKind.DateOnly),
        _ => throw new InvalidOperationException($"{plan.Name} has no lattice."),
    };

    /// <summary>The constraint over units: variable k's column (and its two bounds') scaled by its unit.</summary>
    private static LinearConstraint InUnits(LinearConstraint constraint, IReadOnlyList<VariableDomain> domains)
    {
        var coefficients = new Rational[constraint.Coefficients.Length];
        for (var k = 0; k < coefficients.Length; k++) coefficients[k] = constraint.Coefficients[k] * domains[k].Unit;
        var parameters = new Rational[constraint.Parameters.Length];
        for (var j = 0; j < parameters.Length; j++) parameters[j] = constraint.Parameters[j] * domains[j / 2].Unit;
        return new(coefficients, constraint.Constant, parameters, constraint.Sources);
    }

    private static string OwnBounds(MemberModel member)
    {
        // A parent's member reads as the path the user wrote.
        var name = member.ParentNavigation is { } navigation ? Relationships.ParentPaths.Written(navigation, member.ParentPath!, member.HeldPath) : member.Name;
        return member.Range is { } range ? $"{range.Declared} {name}" : $"the default range of {name}";
    }

    private static IEnumerable<LinearConstraint> DomainConstraints(int variable, int count, List<string> sources, string source)
    {
        var index = sources.IndexOf(source);
        if (index < 0)
        {
            sources.Add(source);
            index = sources.Count - 1;
        }
        Rational[] Unit(Rational value)
        {
            var coefficients = new Rational[count];
            coefficients[variable] = value;
            return coefficients;
        }
        Rational[] Parameter(int which, Rational value)
        {
            var parameters = new Rational[2 * count];
            parameters[which] = value;
            return parameters;
        }
        yield return new LinearConstraint(Unit(Rational.One), Rational.Zero, Parameter(LinearConstraint.UpperBound(variable), Rational.One), new[] { index });
        yield return new LinearConstraint(Unit(-Rational.One), Rational.Zero, Parameter(LinearConstraint.LowerBound(variable), -Rational.One), new[] { index });
    }

    /// <summary>Σ cᵢxᵢ + k ≤ 0 becomes Σ cᵢxᵢ ≤ −k; a strict one leaves a gap of the smallest unit among its members.</summary>
    private static LinearConstraint ToConstraint(DeclaredInequality inequality, IReadOnlyList<MemberModel> variables, IReadOnlyList<VariableDomain> domains, List<string> sources)
    {
        var coefficients = variables.Select(v => inequality.Form.Terms.TryGetValue(v.Name, out var c) ? c : Rational.Zero).ToArray();
        var constant = -inequality.Form.Constant;
        if (inequality.IsStrict)
        {
            // With no member left (1 > 2), any gap decides it: k < 0 holds as it is, k ≥ 0 fails with a gap of one.
            var units = Enumerable.Range(0, variables.Count).Where(i => !coefficients[i].IsZero).Select(i => domains[i].Unit).ToList();
            constant -= units.Count > 0 ? units.Min() : constant.Sign > 0 ? Rational.Zero : Rational.One;
        }
        return new LinearConstraint(coefficients, constant, new Rational[2 * variables.Count], new[] { sources.IndexOf(inequality.Source) });
    }

    /// <summary>
    /// The bound on variable k given by one constraint, aₖxₖ ≤ c + Σp·P − Σ_{i&lt;k} aᵢxᵢ, made whole: an upper
    /// bound ⌊(…)/aₖ⌋ when aₖ &gt; 0, a lower bound ⌈−(…)/|aₖ|⌉ when aₖ &lt; 0.
    /// </summary>
    private static IntegerBound Bound(LinearConstraint constraint, int k, IReadOnlyList<MemberModel> variables, IReadOnlyList<VariableDomain> domains)
    {
        var values = new Rational[constraint.Coefficients.Length];
        for (var i = 0; i < k; i++) values[i] = -constraint.Coefficients[i];
        var coefficient = constraint.Coefficients[k];
        return Integer(constraint.Constant, constraint.Parameters, values, coefficient.Sign < 0 ? -coefficient : coefficient, coefficient.Sign < 0, variables, domains);
    }

    /// <summary>
    /// (constant + Σ pⱼPⱼ + Σ vᵢxᵢ) / divisor, negated for a lower bound, scaled by the least common
    /// denominator and reduced by the greatest common divisor, so every number is whole and small.
    /// </summary>
    /// <remarks>Plain loops over arrays: every bound of every member of every entity comes through here, on each keystroke in the IDE.</remarks>
    private static IntegerBound Integer(Rational constant, Rational[] parameters, Rational[] values, Rational divisor, bool negate, IReadOnlyList<MemberModel> variables, IReadOnlyList<VariableDomain> domains)
    {
        // The constant first, then each non-zero coefficient with the variable whose bound or value it multiplies.
        var numbers = new List<(Rational Coefficient, int Variable, AffineOperand Operand)>(1 + parameters.Length + values.Length)
        {
            (negate ? -constant : constant, -1, AffineOperand.Value),
        };
        for (var j = 0; j < parameters.Length; j++)
        {
            if (!parameters[j].IsZero) numbers.Add((negate ? -parameters[j] : parameters[j], j / 2, j % 2 == 0 ? AffineOperand.Minimum : AffineOperand.Maximum));
        }
        for (var i = 0; i < values.Length; i++)
        {
            if (!values[i].IsZero) numbers.Add((negate ? -values[i] : values[i], i, AffineOperand.Value));
        }

        var denominator = divisor.Denominator;
        foreach (var number in numbers) denominator = Lcm(denominator, number.Coefficient.Denominator);
        var whole = new BigInteger[numbers.Count];
        for (var i = 0; i < whole.Length; i++) whole[i] = numbers[i].Coefficient.Numerator * (denominator / numbers[i].Coefficient.Denominator);
        var wholeDivisor = divisor.Numerator * (denominator / divisor.Denominator);
        var gcd = wholeDivisor;
        foreach (var value in whole) gcd = BigInteger.GreatestCommonDivisor(gcd, BigInteger.Abs(value));
        if (gcd > BigInteger.One)
        {
            for (var i = 0; i < whole.Length; i++) whole[i] /= gcd;
            wholeDivisor /= gcd;
        }

        var terms = new IntegerTerm[whole.Length - 1];
        for (var i = 1; i < whole.Length; i++) terms[i - 1] = new IntegerTerm(checked((long)whole[i]), variables[numbers[i].Variable].Name, numbers[i].Operand);
        var constantPart = checked((long)whole[0]);
        return new IntegerBound(constantPart, terms.ToEquatableArray(), checked((long)wholeDivisor), IsWide(constantPart, terms, numbers, domains));
    }

    /// <summary>
    /// Whether the sum can get past 2^62, from each member's own bounds (the emitted code then sums in 128 bits):
    /// counted in longs, where a step that would overflow is already past it.
    /// </summary>
    private static bool IsWide(long constant, IntegerTerm[] terms, List<(Rational Coefficient, int Variable, AffineOperand Operand)> numbers, IReadOnlyList<VariableDomain> domains)
    {
        const long limit = 1L << 62;
        if (constant == long.MinValue) return true;
        var sum = Math.Abs(constant);
        for (var i = 0; i < terms.Length; i++)
        {
            var domain = domains[numbers[i + 1].Variable];
            var coefficient = terms[i].Coefficient;
            if (coefficient == long.MinValue || domain.Minimum == long.MinValue || domain.Maximum == long.MinValue) return true;
            var size = Math.Abs(coefficient);
            var bound = Math.Max(Math.Abs(domain.Minimum), Math.Abs(domain.Maximum));
            if (bound > (long.MaxValue - sum) / size) return true;
            sum += size * bound;
        }
        return sum > limit;
    }

    private static BigInteger Lcm(BigInteger a, BigInteger b) => a / BigInteger.GreatestCommonDivisor(a, b) * b;

    private static Rational Evaluate(LinearConstraint condition, IReadOnlyList<VariableDomain> domains)
    {
        var value = condition.Constant;
        for (var j = 0; j < condition.Parameters.Length; j++)
        {
            if (!condition.Parameters[j].IsZero)
                value += condition.Parameters[j] * Rational.Of(j % 2 == 0 ? domains[j / 2].Minimum : domains[j / 2].Maximum);
        }
        return value;
    }
}
