using System.ComponentModel.DataAnnotations;
using System.Reflection;
using MathNet.Numerics.Statistics;

namespace ConstrainedFakes.Reports;

/// <summary>
/// What is measured rather than enforced: null rates against <c>[Nulls]</c>, achieved against target Spearman
/// for <c>[Correlated]</c>, and each declared marginal's mean, standard deviation and Kolmogorov–Smirnov statistic.
/// </summary>
internal static class StatisticChecks
{
    private const int Digits = 4;

    public static IEnumerable<ConstraintCheck> Of(ReportData data, EntityShape shape, IReadOnlyList<object> rows)
    {
        foreach (var member in shape.Properties)
        {
            if (member.GetCustomAttribute<NullsAttribute>() is { } nulls)
                yield return Nulls(shape, rows, member, nulls);
            foreach (var correlated in member.GetCustomAttributes<CorrelatedAttribute>())
                yield return Correlation(data, shape, rows, member, correlated);
            if (DeclaredDistribution.Of(member) is { } distribution)
                yield return Marginal(rows, member, distribution);
        }
    }

    private static ConstraintCheck Nulls(EntityShape shape, IReadOnlyList<object> rows, PropertyInfo member, NullsAttribute nulls)
    {
        var link = shape.Links.FirstOrDefault(l => l.Navigation == member);
        var empty = rows.Count(row => member.GetValue(row) is null && (link is null || link.KeyOf(row) is null));
        return new ConstraintCheck
        {
            Kind = CheckKind.Nulls,
            Member = member.Name,
            Constraint = $"[Nulls({ReportData.Format(nulls.Rate)})]",
            Checked = rows.Count,
            Target = nulls.Rate,
            Achieved = rows.Count == 0 ? null : Math.Round(empty / (double)rows.Count, Digits),
        };
    }

    private static ConstraintCheck Correlation(ReportData data, EntityShape shape, IReadOnlyList<object> rows, PropertyInfo member, CorrelatedAttribute correlated)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        Type? otherType = null;
        foreach (var row in rows)
        {
            var (found, other) = data.Read(shape, row, correlated.Other);
            if (!found || Number(member.GetValue(row)) is not { } x || Number(other) is not { } y) continue;
            xs.Add(x);
            ys.Add(y);
            otherType ??= other!.GetType();
        }
        return new ConstraintCheck
        {
            Kind = CheckKind.Correlation,
            Member = member.Name,
            Constraint = $"[Correlated({correlated.Other}, {ReportData.Format(correlated.Rho)})]",
            Checked = xs.Count,
            Target = correlated.Rho,
            Achieved = xs.Count < 2 ? null : Math.Round(MathNet.Numerics.Statistics.Correlation.Spearman(xs, ys), Digits),
            Figure = Figures.Scatter(member.Name, correlated.Other, xs, ys, Figures.UnitOf(member.PropertyType), Figures.UnitOf(otherType)),
        };
    }

    private static ConstraintCheck Marginal(IReadOnlyList<object> rows, PropertyInfo member, DeclaredDistribution distribution)
    {
        var values = rows.Select(r => Number(member.GetValue(r))).OfType<double>().Order().ToArray();
        var range = member.GetCustomAttribute<RangeAttribute>();
        var (low, high) = (Number(range?.Minimum) ?? double.NegativeInfinity, Number(range?.Maximum) ?? double.PositiveInfinity);
        var underlying = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
        var truncated = distribution.Truncated(low, high, onIntegers: underlying != typeof(decimal) && underlying != typeof(double) && underlying != typeof(float));
        return new ConstraintCheck
        {
            Kind = CheckKind.Marginal,
            Member = member.Name,
            Constraint = distribution.Declaration,
            Checked = values.Length,
            Target = Math.Round(truncated.Mean, Digits),
            TargetStandardDeviation = Math.Round(truncated.StandardDeviation, Digits),
            Achieved = values.Length == 0 ? null : Math.Round(values.Mean(), Digits),
            StandardDeviation = values.Length < 2 ? null : Math.Round(values.StandardDeviation(), Digits),
            KolmogorovSmirnov = values.Length == 0 ? null : Math.Round(truncated.KolmogorovSmirnov(values), Digits),
            Figure = Figures.Histogram(values, low, high, truncated.IsLattice, truncated.Cdf),
        };
    }

    /// <summary>A number, date or time as a double (dates in ticks), for ranks and moments; null for anything else.</summary>
    public static double? Number(object? value) => value switch
    {
        null or string or bool or Enum => null,
        DateTime date => date.Ticks,
        DateTimeOffset offset => offset.UtcTicks,
        DateOnly day => day.DayNumber,
        TimeOnly time => time.Ticks,
        TimeSpan span => span.Ticks,
        IConvertible convertible => convertible.ToDouble(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
