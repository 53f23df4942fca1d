using MathNet.Numerics;

namespace ConstrainedFakes.Sampling;

/// <summary>
/// A member's marginal distribution (<c>[Normal]</c>, <c>[LogNormal]</c>, <c>[Exponential]</c>, <c>[Poisson]</c>,
/// or uniform), truncated exactly to each row's feasible interval by the inverse CDF:
/// x = F⁻¹(F(L) + u·(F(U) − F(L))), never by clamping or rejection. Every value is increasing in u, so a copula's
/// uniform keeps its rank. The generated builder holds one per member, as a static field.
/// </summary>
/// <remarks>
/// On a lattice (integers, decimals in units of 10^-scale) each point takes the mass of its cell
/// [k − ½, k + ½]·unit, so the truncated distribution is exact on the points; the transcendental functions
/// only decide a point, so a last-bit difference between platforms changes a value only when the quantile
/// lands within that bit of a cell's edge. Doubles are rounded to a power-of-two quantum about 2^-30 of the
/// distribution's scale, for the same reason.
/// </remarks>
public sealed class Marginal
{
    private enum Kind
    {
        Uniform,
        Normal,
        LogNormal,
        Exponential,
        Poisson,
    }

    private readonly Kind _kind;
    private readonly double _a;
    private readonly double _b;
    private readonly double _unit;
    private readonly double _quantum;

    private Marginal(Kind kind, double a, double b, double unit, double scale)
    {
        _kind = kind;
        _a = a;
        _b = b;
        _unit = unit;
        // A power of two, exact in binary: rounding to it is the same on every platform.
        _quantum = Math.ScaleB(1.0, Math.ILogB(scale) - 30);
    }

    /// <summary>Uniform on the lattice or the interval (a copula's uniform used as it is).</summary>
    public static Marginal Uniform { get; } = new(Kind.Uniform, 0, 0, 1, 1);

    /// <summary>Normal(<paramref name="mean"/>, <paramref name="stdDev"/>²).</summary>
    /// <param name="mean">The mean.</param>
    /// <param name="stdDev">The standard deviation, above zero.</param>
    /// <param name="unit">The value of one lattice unit (1, or 10^-scale for a decimal), or 0 for a double.</param>
    public static Marginal Normal(double mean, double stdDev, double unit) => new(Kind.Normal, mean, stdDev, unit, stdDev);

    /// <summary>LogNormal: ln x is Normal(<paramref name="mu"/>, <paramref name="sigma"/>²).</summary>
    /// <param name="mu">The mean of ln x.</param>
    /// <param name="sigma">The standard deviation of ln x, above zero.</param>
    /// <param name="unit">The value of one lattice unit, or 0 for a double.</param>
    public static Marginal LogNormal(double mu, double sigma, double unit) => new(Kind.LogNormal, mu, sigma, unit, Math.Exp(mu));

    /// <summary>Exponential with the given rate (mean 1 / rate), on x ≥ 0.</summary>
    /// <param name="rate">The rate, above zero.</param>
    /// <param name="unit">The value of one lattice unit, or 0 for a double.</param>
    public static Marginal Exponential(double rate, double unit) => new(Kind.Exponential, rate, 0, unit, 1 / rate);

    /// <summary>Poisson(<paramref name="lambda"/>) on the whole numbers 0, 1, 2, ...</summary>
    /// <param name="lambda">The mean, above zero.</param>
    public static Marginal Poisson(double lambda) => new(Kind.Poisson, lambda, 0, 1, 1);

    /// <summary>The lattice point in [<paramref name="first"/>, <paramref name="last"/>] (in units) at quantile <paramref name="u"/>.</summary>
    /// <param name="u">A uniform in [0, 1).</param>
    /// <param name="first">The smallest feasible point.</param>
    /// <param name="last">The largest feasible point, not below <paramref name="first"/>.</param>
    public long Units(double u, long first, long last)
    {
        if (first == last) return first;
        double point;
        switch (_kind)
        {
            case Kind.Uniform:
                var span = (double)last - first + 1;
                return first + (long)Math.Min(span - 1, Math.Floor(u * span));
            case Kind.Poisson:
                return PoissonQuantile(u, first, last);
            default:
                point = Math.Floor(Quantile(u, (first - 0.5) * _unit, (last + 0.5) * _unit) / _unit + 0.5);
                break;
        }
        return point <= first ? first : point >= last ? last : (long)point;
    }

    /// <summary>The value in [<paramref name="min"/>, <paramref name="max"/>] at quantile <paramref name="u"/>, for a double member.</summary>
    /// <param name="u">A uniform in [0, 1).</param>
    /// <param name="min">The smallest feasible value.</param>
    /// <param name="max">The largest feasible value, not below <paramref name="min"/>.</param>
    public double Real(double u, double min, double max)
    {
        if (_kind == Kind.Uniform) return Math.Clamp(min + u * (max - min), min, max);
        var x = Math.Round(Quantile(u, min, max) / _quantum) * _quantum;
        return Math.Clamp(x, min, max);
    }

    /// <summary>The continuous distribution truncated to [lo, hi], at quantile u.</summary>
    private double Quantile(double u, double lo, double hi)
    {
        switch (_kind)
        {
            case Kind.Normal:
                return _a + _b * TruncatedStandardNormal(u, (lo - _a) / _b, (hi - _a) / _b);
            case Kind.LogNormal:
                if (hi <= 0) return hi;
                var low = lo <= 0 ? double.NegativeInfinity : (Math.Log(lo) - _a) / _b;
                return Math.Exp(_a + _b * TruncatedStandardNormal(u, low, (Math.Log(hi) - _a) / _b));
            default:
                // Memoryless: Exp truncated to [lo, hi] is lo + Exp truncated to [0, hi - lo], in closed form.
                var from = Math.Max(lo, 0);
                if (hi <= from) return from;
                return from - double.LogP1(u * double.ExpM1(-_a * (hi - from))) / _a;
        }
    }

    /// <summary>
    /// The standard normal truncated to [a, b] at quantile u. An interval in the upper tail is mirrored into the
    /// lower one, where Φ keeps its relative precision; one so far out that no double resolves its mass (the
    /// density there is flat to many digits) is spread evenly.
    /// </summary>
    private static double TruncatedStandardNormal(double u, double a, double b)
    {
        var mirrored = a > 0;
        if (mirrored) (a, b, u) = (-b, -a, 1 - u);
        var (pa, pb) = (MathNet.Numerics.Distributions.Normal.CDF(0, 1, a), MathNet.Numerics.Distributions.Normal.CDF(0, 1, b));
        var z = pb > pa ? MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, pa + u * (pb - pa)) : double.NaN;
        if (!double.IsFinite(z)) z = double.IsNegativeInfinity(a) ? b : a + u * (b - a);
        return mirrored ? -z : z;
    }

    /// <summary>The smallest k in [first, last] whose truncated CDF reaches u, by bisection on Poisson's CDF.</summary>
    private long PoissonQuantile(double u, long first, long last)
    {
        first = Math.Max(first, 0);
        if (last <= first) return first;
        // Above the mean the upper tail P(X > k) keeps its precision; below it the CDF does.
        var upper = first > _a;
        double Tail(long k) => k < 0 ? (upper ? 1 : 0) : upper ? SpecialFunctions.GammaLowerRegularized(k + 1, _a) : SpecialFunctions.GammaUpperRegularized(k + 1, _a);
        var (from, to) = (Tail(first - 1), Tail(last));
        var target = from + u * (to - from);
        var (low, high) = (first, last);
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (upper ? Tail(middle) <= target : Tail(middle) >= target) high = middle;
            else low = middle + 1;
        }
        return low;
    }
}
