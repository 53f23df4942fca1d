using System;
using System.Collections.Generic;
using System.Linq;

namespace ConstrainedFakes.Generator.Planning.Linear;

/// <summary>
/// Shrinks a conflicting set of declared constraints to an irreducible one (a deletion filter): each
/// source is dropped in turn, and stays dropped if the rest still has no solution. What remains is a
/// set in which every constraint is needed for the conflict, which is what a person can act on.
/// </summary>
internal static class Conflicts
{
    /// <summary>Larger sets are reported as found: each trial is a projection, and a big conflict is rare.</summary>
    public const int MaxSources = 16;

    /// <param name="found">The sources of a violated condition of the whole system.</param>
    /// <param name="constraints">The system, each constraint derived from one source.</param>
    /// <param name="variables">The number of variables.</param>
    /// <param name="violated">Whether a condition (a constraint left with no variable) fails for the declared bounds.</param>
    public static IReadOnlyList<int> Smallest(IReadOnlyCollection<int> found, IReadOnlyList<LinearConstraint> constraints, int variables, Func<LinearConstraint, bool> violated)
    {
        var kept = found.OrderBy(s => s).ToList();
        if (kept.Count > MaxSources) return kept;
        foreach (var source in kept.ToList())
        {
            var trial = kept.Where(s => s != source).ToList();
            if (HasNoSolution(trial, constraints, variables, violated)) kept = trial;
        }
        return kept;
    }

    /// <summary>
    /// How far the sources fall short when added up: the most negative value a condition of their projection
    /// takes for the declared bounds (in the members' units), or null when it cannot be told.
    /// </summary>
    public static Rational? Shortfall(IReadOnlyList<int> sources, IReadOnlyList<LinearConstraint> constraints, int variables, Func<LinearConstraint, Rational> evaluate)
    {
        var values = Projection.Build(variables, Subset(sources, constraints))?.Conditions.Select(evaluate).Where(v => v.Sign < 0).ToList();
        return values is { Count: > 0 } ? -values.Min() : null;
    }

    private static bool HasNoSolution(List<int> sources, IReadOnlyList<LinearConstraint> constraints, int variables, Func<LinearConstraint, bool> violated)
        => Projection.Build(variables, Subset(sources, constraints)) is { } projection && projection.Conditions.Any(violated);

    private static List<LinearConstraint> Subset(IReadOnlyList<int> sources, IReadOnlyList<LinearConstraint> constraints)
        => constraints.Where(c => c.Sources.All(sources.Contains)).ToList();
}
