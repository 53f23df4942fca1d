namespace ConstrainedFakes.Reports;

/// <summary>Builds the <see cref="CheckFigure"/>s that measured checks keep: bounded in size whatever the rows, and the same for the same data.</summary>
internal static class Figures
{
    private const int MaxBins = 30;
    private const int MaxLatticeBins = 40;

    /// <summary>
    /// Bins over the declared range where it is finite, else over the values: one bin per point of a lattice
    /// with few points, else equal widths. <paramref name="cdf"/> is P(X ≤ x), read at whole numbers on a lattice.
    /// </summary>
    public static HistogramFigure? Histogram(IReadOnlyList<double> values, double low, double high, bool isLattice, Func<double, double>? cdf)
    {
        // An infinite or NaN double (from a database, say) has no bin; the check's own figures still count it.
        values = values.Where(double.IsFinite).ToArray();
        if (values.Count == 0) return null;
        low = double.IsFinite(low) ? Math.Min(low, values.Min()) : values.Min();
        high = double.IsFinite(high) ? Math.Max(high, values.Max()) : values.Max();
        double start, width;
        int bins;
        if (isLattice)
        {
            var points = Math.Floor(high) - Math.Ceiling(low) + 1;
            var step = Math.Max(1, Math.Ceiling(points / MaxLatticeBins));
            (start, width, bins) = (Math.Ceiling(low) - 0.5, step, (int)Math.Ceiling(points / step));
        }
        else if (high > low) (start, width, bins) = (low, (high - low) / MaxBins, MaxBins);
        else (start, width, bins) = (low - 0.5, 1, 1);

        var counts = new long[bins];
        foreach (var value in values) counts[Math.Clamp((int)Math.Floor((value - start) / width), 0, bins - 1)]++;
        var at = (Func<double, double>)(x => cdf is null ? double.NaN : isLattice ? cdf(Math.Ceiling(x) - 1) : cdf(x));
        return new HistogramFigure(Enumerable.Range(0, bins).Select(b =>
        {
            var (from, to) = (start + b * width, start + (b + 1) * width);
            double? expected = cdf is null ? null : Math.Round(values.Count * (at(to) - at(from)), 2);
            return new HistogramBin(from, to, counts[b], expected is { } e && double.IsFinite(e) ? e : null);
        }).ToArray());
    }

    /// <summary>Every k-th pair of finite numbers, in row order, so that at most <see cref="ScatterFigure.MaxPoints"/> remain.</summary>
    public static ScatterFigure? Scatter(string xName, string yName, IReadOnlyList<double> xs, IReadOnlyList<double> ys, FigureUnit xUnit, FigureUnit yUnit)
    {
        var finite = Enumerable.Range(0, xs.Count).Where(i => double.IsFinite(xs[i]) && double.IsFinite(ys[i])).ToArray();
        if (finite.Length == 0) return null;
        var k = (finite.Length + ScatterFigure.MaxPoints - 1) / ScatterFigure.MaxPoints;
        var kept = finite.Where((_, i) => i % k == 0).ToArray();
        return new ScatterFigure(xName, yName, kept.Select(i => xs[i]).ToArray(), kept.Select(i => ys[i]).ToArray(), xUnit, yUnit);
    }

    /// <summary>What <see cref="StatisticChecks.Number"/> makes of a value of this type.</summary>
    public static FigureUnit UnitOf(Type? type) => (type is null ? null : Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(DateTime) || t == typeof(DateTimeOffset) => FigureUnit.Ticks,
        var t when t == typeof(DateOnly) => FigureUnit.DayNumber,
        _ => FigureUnit.Number,
    };
}
