using System.Reflection;
using MathNet.Numerics.Distributions;

namespace ConstrainedFakes.Reports;

/// <summary>
/// A member's declared marginal (<c>[Normal]</c>, <c>[LogNormal]</c>, <c>[Exponential]</c>, <c>[Poisson]</c>),
/// and the same distribution truncated to the member's declared range, which is what rows should follow when
/// no cross-member constraint binds.
/// </summary>
internal sealed record DeclaredDistribution(string Declaration, Func<double, double> Cdf, Func<double, double> Quantile, bool IsDiscrete)
{
    public static DeclaredDistribution? Of(PropertyInfo member)
    {
        if (member.GetCustomAttribute<NormalAttribute>() is { } normal)
            return new($"[Normal({F(normal.Mean)}, {F(normal.StdDev)})]", x => Normal.CDF(normal.Mean, normal.StdDev, x), p => Normal.InvCDF(normal.Mean, normal.StdDev, p), false);
        if (member.GetCustomAttribute<LogNormalAttribute>() is { } logNormal)
            return new($"[LogNormal({F(logNormal.Mu)}, {F(logNormal.Sigma)})]", x => x <= 0 ? 0 : LogNormal.CDF(logNormal.Mu, logNormal.Sigma, x), p => LogNormal.InvCDF(logNormal.Mu, logNormal.Sigma, p), false);
        if (member.GetCustomAttribute<ExponentialAttribute>() is { } exponential)
            return new($"[Exponential({F(exponential.Rate)})]", x => x <= 0 ? 0 : Exponential.CDF(exponential.Rate, x), p => Exponential.InvCDF(exponential.Rate, p), false);
        if (member.GetCustomAttribute<PoissonAttribute>() is { } poisson)
            return new($"[Poisson({F(poisson.Lambda)})]", x => x < 0 ? 0 : Poisson.CDF(poisson.Lambda, Math.Floor(x)), _ => double.NaN, true);
        return null;
    }

    /// <summary>
    /// Truncated to [low, high]; on integers each point takes its cell [k − ½, k + ½] (as the samplers do),
    /// and a discrete distribution its own mass.
    /// </summary>
    public Truncation Truncated(double low, double high, bool onIntegers)
    {
        var cell = onIntegers && !IsDiscrete ? 0.5 : 0.0;
        var below = IsDiscrete ? Cdf(low - 1) : Cdf(low - cell);
        var mass = Cdf(high + cell) - below;
        return new Truncation(x => mass <= 0 ? double.NaN : Math.Clamp((Cdf(x + cell) - below) / mass, 0, 1), onIntegers || IsDiscrete, Moments(low, high, below, mass));
    }

    /// <summary>Mean and standard deviation of the truncated distribution: by its points for a discrete one, else by 4,000 midpoint quantiles.</summary>
    private (double Mean, double StandardDeviation) Moments(double low, double high, double below, double mass)
    {
        IEnumerable<(double X, double W)> points;
        if (IsDiscrete)
        {
            var from = Math.Max(0, double.IsFinite(low) ? low : 0);
            var to = double.IsFinite(high) ? high : from + 1_000;
            points = Enumerable.Range(0, (int)Math.Min(to - from + 1, 100_000)).Select(k => from + k).Select(k => (k, Cdf(k) - Cdf(k - 1)));
        }
        else
        {
            const int steps = 4_000;
            points = Enumerable.Range(0, steps).Select(k => (Quantile(below + mass * (k + 0.5) / steps), 1.0));
        }
        var list = points.ToArray();
        var total = list.Sum(p => p.W);
        var mean = list.Sum(p => p.X * p.W) / total;
        return (mean, Math.Sqrt(list.Sum(p => p.W * (p.X - mean) * (p.X - mean)) / total));
    }

    private static string F(double value) => ReportData.Format(value);

    /// <summary>A truncated distribution: its CDF and moments.</summary>
    public sealed record Truncation(Func<double, double> Cdf, bool IsLattice, (double Mean, double StandardDeviation) Moments)
    {
        public double Mean => Moments.Mean;

        public double StandardDeviation => Moments.StandardDeviation;

        /// <summary>The largest distance between the empirical and the declared CDF, over sorted values.</summary>
        public double KolmogorovSmirnov(IReadOnlyList<double> sorted)
        {
            var n = sorted.Count;
            var d = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (IsLattice)
                {
                    // Compare the step functions at each distinct point, after its last occurrence.
                    if (i + 1 < n && sorted[i + 1] == sorted[i]) continue;
                    d = Math.Max(d, Math.Abs((i + 1) / (double)n - Cdf(sorted[i])));
                }
                else
                {
                    var f = Cdf(sorted[i]);
                    d = Math.Max(d, Math.Max((i + 1) / (double)n - f, f - i / (double)n));
                }
            }
            return d;
        }
    }
}
