using System;
using System.Collections.Generic;
using System.Linq;

namespace ConstrainedFakes.Generator.Planning.Linear;

/// <summary>
/// Σ aᵢ·xᵢ ≤ c + Σ pⱼ·Pⱼ over variables x (members, in sampling order) and parameters P (each
/// variable's own lower and upper bound, which fixing a member's value collapses to one point).
/// Keeping the bounds symbolic is what lets one compile-time projection serve every combination of
/// fixed members: a fixed value is just a variable whose two bounds are equal.
/// </summary>
internal sealed class LinearConstraint
{
    public LinearConstraint(Rational[] coefficients, Rational constant, Rational[] parameters, IReadOnlyCollection<int> sources)
    {
        Coefficients = coefficients;
        Constant = constant;
        Parameters = parameters;
        _sources = sources as int[] ?? sources.ToArray();
    }

    private readonly int[] _sources;

    /// <summary>aᵢ, one per variable.</summary>
    public Rational[] Coefficients { get; }

    /// <summary>c.</summary>
    public Rational Constant { get; }

    /// <summary>pⱼ, two per variable: index 2i is variable i's lower bound, 2i + 1 its upper bound.</summary>
    public Rational[] Parameters { get; }

    /// <summary>The declared constraints this one was derived from (indices into the system's list, ascending), for messages.</summary>
    public IReadOnlyCollection<int> Sources => _sources;

    public static int LowerBound(int variable) => 2 * variable;

    public static int UpperBound(int variable) => 2 * variable + 1;

    public bool HasVariables => AnyNonZero(Coefficients);

    public bool HasParameters => AnyNonZero(Parameters);

    /// <summary>The highest variable with a non-zero coefficient, or -1.</summary>
    public int LastVariable
    {
        get
        {
            for (var i = Coefficients.Length - 1; i >= 0; i--)
            {
                if (!Coefficients[i].IsZero) return i;
            }
            return -1;
        }
    }

    /// <summary>The same constraint scaled by a positive factor.</summary>
    public LinearConstraint Scale(Rational factor)
        => new(Scaled(Coefficients, factor), Constant * factor, Scaled(Parameters, factor), Sources);

    /// <summary>Scaled so its largest coefficient magnitude is 1: equal constraints then look equal.</summary>
    public LinearConstraint Normalised()
    {
        var largest = Rational.Zero;
        foreach (var c in Coefficients) largest = Max(largest, Abs(c));
        foreach (var p in Parameters) largest = Max(largest, Abs(p));
        return largest.IsZero || largest == Rational.One ? this : Scale(Rational.One / largest);
    }

    /// <summary>Compares constraints by shape (coefficients and parameters), ignoring the constant: of one shape, the tighter wins.</summary>
    public static readonly IEqualityComparer<LinearConstraint> SameShape = new ShapeComparer();

    public static LinearConstraint Add(LinearConstraint a, LinearConstraint b)
        => new(Sum(a.Coefficients, b.Coefficients), a.Constant + b.Constant, Sum(a.Parameters, b.Parameters), Union(a._sources, b._sources));

    // Plain loops: the projection calls these for every pair of bounds it combines, and LINQ's enumerators
    // were most of the analyzer's time on large models.
    private static Rational[] Scaled(Rational[] values, Rational factor)
    {
        var result = new Rational[values.Length];
        for (var i = 0; i < values.Length; i++) result[i] = values[i] * factor;
        return result;
    }

    private static Rational[] Sum(Rational[] a, Rational[] b)
    {
        var result = new Rational[a.Length];
        for (var i = 0; i < a.Length; i++) result[i] = a[i] + b[i];
        return result;
    }

    /// <summary>Two ascending index lists merged into one, each index once.</summary>
    private static int[] Union(int[] a, int[] b)
    {
        var result = new int[a.Length + b.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Length || j < b.Length)
        {
            var next = j == b.Length || i < a.Length && a[i] <= b[j] ? a[i] : b[j];
            if (i < a.Length && a[i] == next) i++;
            if (j < b.Length && b[j] == next) j++;
            result[n++] = next;
        }
        if (n < result.Length) Array.Resize(ref result, n);
        return result;
    }

    private static bool AnyNonZero(Rational[] values)
    {
        foreach (var value in values)
        {
            if (!value.IsZero) return true;
        }
        return false;
    }

    private static Rational Abs(Rational r) => r.Sign < 0 ? -r : r;

    private static Rational Max(Rational a, Rational b) => b > a ? b : a;

    private sealed class ShapeComparer : IEqualityComparer<LinearConstraint>
    {
        public bool Equals(LinearConstraint? x, LinearConstraint? y)
            => ReferenceEquals(x, y) || x is not null && y is not null && x.Coefficients.SequenceEqual(y.Coefficients) && x.Parameters.SequenceEqual(y.Parameters);

        public int GetHashCode(LinearConstraint constraint)
        {
            var hash = 17;
            foreach (var c in constraint.Coefficients) hash = unchecked(hash * 31 + c.GetHashCode());
            foreach (var p in constraint.Parameters) hash = unchecked(hash * 31 + p.GetHashCode());
            return hash;
        }
    }
}
