using System;
using System.Collections.Generic;
using System.Linq;

namespace ConstrainedFakes.Generator.Planning.Linear;

/// <summary>
/// Fourier–Motzkin elimination in reverse sampling order. Level k holds every constraint implied on
/// the variables 0..k, so once x₀..xₖ₋₁ are drawn inside their levels' bounds, xₖ's bounds at level k
/// are never empty (over the reals): sampling in order needs no backtracking.
/// </summary>
internal sealed class Projection
{
    /// <summary>More constraints than this at one level is a model too tangled to plan exactly.</summary>
    public const int MaxConstraintsPerLevel = 2_000;

    private Projection(IReadOnlyList<IReadOnlyList<LinearConstraint>> levels, IReadOnlyList<LinearConstraint> conditions)
    {
        Levels = levels;
        Conditions = conditions;
    }

    /// <summary>Levels[k]: the constraints whose last variable is k (they bound xₖ given x₀..xₖ₋₁).</summary>
    public IReadOnlyList<IReadOnlyList<LinearConstraint>> Levels { get; }

    /// <summary>Constraints left with no variable: conditions on the bounds alone (on fixed values, at run time).</summary>
    public IReadOnlyList<LinearConstraint> Conditions { get; }

    /// <summary>Projects <paramref name="constraints"/> over <paramref name="variables"/> variables; null when a level grows past the cap.</summary>
    public static Projection? Build(int variables, IEnumerable<LinearConstraint> constraints)
    {
        var current = Deduplicate(constraints);
        var levels = new IReadOnlyList<LinearConstraint>[variables];
        for (var k = variables - 1; k >= 0; k--)
        {
            levels[k] = current.Where(c => c.LastVariable == k).ToList();
            current = Eliminate(current, k);
            if (current.Count > MaxConstraintsPerLevel) return null;
        }
        return new Projection(levels, current.Where(c => c.HasParameters || c.Constant.Sign < 0).ToList());
    }

    private static List<LinearConstraint> Eliminate(List<LinearConstraint> constraints, int variable)
    {
        // Each bound scaled once so the variable's coefficient is +1 (upper) or -1 (lower): adding a pair cancels it.
        var upper = new List<LinearConstraint>();
        var lower = new List<LinearConstraint>();
        var result = new List<LinearConstraint>();
        foreach (var constraint in constraints)
        {
            var coefficient = constraint.Coefficients[variable];
            if (coefficient.Sign > 0) upper.Add(constraint.Scale(Rational.One / coefficient));
            else if (coefficient.Sign < 0) lower.Add(constraint.Scale(Rational.One / -coefficient));
            else result.Add(constraint);
        }
        foreach (var u in upper)
        {
            foreach (var l in lower) result.Add(LinearConstraint.Add(u, l));
        }
        return Deduplicate(result);
    }

    /// <summary>Normalises, drops constraints that always hold, and keeps the tightest of each shape.</summary>
    private static List<LinearConstraint> Deduplicate(IEnumerable<LinearConstraint> constraints)
    {
        // Keyed by shape; the list keeps first-seen order, so the result does not depend on hash order.
        var byShape = new Dictionary<LinearConstraint, LinearConstraint>(LinearConstraint.SameShape);
        var order = new List<LinearConstraint>();
        foreach (var declared in constraints)
        {
            var constraint = declared.Normalised();
            if (!constraint.HasVariables && !constraint.HasParameters && constraint.Constant.Sign >= 0) continue;
            if (!byShape.TryGetValue(constraint, out var existing))
            {
                byShape[constraint] = constraint;
                order.Add(constraint);
            }
            else if (constraint.Constant < existing.Constant)
            {
                byShape[constraint] = constraint;
            }
        }
        for (var i = 0; i < order.Count; i++) order[i] = byShape[order[i]];
        return order;
    }
}
