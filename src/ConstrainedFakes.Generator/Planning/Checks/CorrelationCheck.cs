using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Constraints;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>
/// <c>[Correlated]</c>: the other member must exist (CF0003) and both be numbers or dates (CF0005); the
/// coefficient must lie in [-1, 1], and an entity's coefficients together must form a positive
/// semidefinite matrix, else the message gives the nearest valid one (CF0006).
/// </summary>
internal static class CorrelationCheck
{
    /// <remarks>
    /// A correlation the generator cannot plan (an unknown or unordered member, a NaN) is a problem of the
    /// plan, reported from there; this adds what only advice needs: coefficients past ±1, which the generator
    /// clamps, and a matrix that is not positive semidefinite, with the nearest valid one.
    /// </remarks>
    public static IEnumerable<Finding> Check(EntityModel entity)
    {
        var members = entity.Members.ToDictionary(m => m.Name);
        var valid = new List<DeclaredCorrelation>();
        var correlations = entity.Members.SelectMany(m => m.Correlations.Select(c => new DeclaredCorrelation(m.Name, c.Other, c.Rho, c.Declared)));
        foreach (var correlation in correlations)
        {
            // Paths through navigations are the relationships' business; nothing to check here yet.
            if (correlation.Other.Contains(".") || double.IsNaN(correlation.Coefficient)) continue;
            if (!members.TryGetValue(correlation.Other, out var other) || !IsOrdered(other.Type.Kind)
                || !members.TryGetValue(correlation.Member, out var own) || !IsOrdered(own.Type.Kind)) continue;
            if (!(correlation.Coefficient >= -1 && correlation.Coefficient <= 1))
            {
                yield return new Finding(DiagnosticIds.Correlation,
                    $"{correlation.Member}: the coefficient {Format(correlation.Coefficient)} of {correlation.Declared} is outside [-1, 1].", ProblemSite.OnMember(correlation.Member, correlation.Declared));
                continue;
            }
            if (correlation.Other != correlation.Member) valid.Add(correlation);
        }
        if (Matrix(valid) is { } finding) yield return finding;
    }

    /// <summary>A <c>[Correlated(other, rho)]</c> with the member that carries it.</summary>
    private sealed record DeclaredCorrelation(string Member, string Other, double Coefficient, string Declared);

    private static Finding? Matrix(List<DeclaredCorrelation> correlations)
    {
        var names = correlations.SelectMany(c => new[] { c.Member, c.Other }).Distinct().ToList();
        if (names.Count < 3) return null;
        var matrix = new double[names.Count, names.Count];
        for (var i = 0; i < names.Count; i++) matrix[i, i] = 1;
        var pairs = new List<(int I, int J)>();
        foreach (var c in correlations)
        {
            var (i, j) = (names.IndexOf(c.Member), names.IndexOf(c.Other));
            if (pairs.Contains((i, j)) || pairs.Contains((j, i))) continue;
            pairs.Add((i, j));
            matrix[i, j] = matrix[j, i] = c.Coefficient;
        }
        if (Correlation.CorrelationMatrix.IsPositiveSemidefinite(matrix)) return null;
        var nearest = Correlation.CorrelationMatrix.Nearest(matrix);
        var declared = string.Join(", ", pairs.Select(p => $"{names[p.I]}~{names[p.J]} {Format(matrix[p.I, p.J])}"));
        var valid = string.Join(", ", pairs.Select(p => $"{names[p.I]}~{names[p.J]} {Format(Math.Round(nearest[p.I, p.J], 2))}"));
        return new Finding(DiagnosticIds.Correlation,
            $"the correlations {declared} cannot hold together (their matrix is not positive semidefinite); the nearest valid ones are {valid}.",
            correlations.Select(c => ProblemSite.On(c.Member, c.Declared)).ToEquatableArray());
    }

    private static bool IsOrdered(ScalarKind kind) => kind is ScalarKind.Decimal or ScalarKind.Double or ScalarKind.Single
        or ScalarKind.DateTime or ScalarKind.DateTimeOffset or ScalarKind.DateOnly or ScalarKind.TimeOnly or ScalarKind.TimeSpan
        || MemberPlanner.IsInteger(kind);

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
