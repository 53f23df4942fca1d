using System.Runtime.CompilerServices;
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
        switch (_kind)
        {
            case Kind.Uniform:
                var span = (double)last - first + 1;
                return first + (long)Math.Min(span - 1, Math.Floor(u * span));
            case Kind.Poisson:
                return PoissonQuantile(u, WindowOf(first, last, 0, 0));
        }
        var point = Math.Floor(Quantile(u, WindowOf(first, last, (first - 0.5) * _unit, (last + 0.5) * _unit)) / _unit + 0.5);
        return point <= first ? first : point >= last ? last : (long)point;
    }

    /// <summary>The value in [<paramref name="min"/>, <paramref name="max"/>] at quantile <paramref name="u"/>, for a double member.</summary>
    /// <param name="u">A uniform in [0, 1).</param>
    /// <param name="min">The smallest feasible value.</param>
    /// <param name="max">The largest feasible value, not below <paramref name="min"/>.</param>
    public double Real(double u, double min, double max)
    {
        if (_kind == Kind.Uniform) return Math.Clamp(min + u * (max - min), min, max);
        var window = WindowOf(BitConverter.DoubleToInt64Bits(min), BitConverter.DoubleToInt64Bits(max), min, max);
        var x = Math.Round(Quantile(u, window) / _quantum) * _quantum;
        return Math.Clamp(x, min, max);
    }

    /// <summary>
    /// Where <paramref name="point"/> lies in the distribution truncated to [<paramref name="first"/>,
    /// <paramref name="last"/>]: the quantile in (0, 1) at its cell's middle, the inverse of <see cref="Units"/>.
    /// A fixed value's quantile, so the members correlated with it can be conditioned on it.
    /// </summary>
    /// <param name="point">A lattice point, in units.</param>
    /// <param name="first">The smallest point.</param>
    /// <param name="last">The largest point.</param>
    public double QuantileOf(long point, long first, long last)
    {
        if (last <= first) return 0.5;
        point = Math.Clamp(point, first, last);
        switch (_kind)
        {
            case Kind.Uniform:
                return (point - first + 0.5) / ((double)last - first + 1);
            case Kind.Poisson:
                var window = WindowOf(first, last, 0, 0);
                var k = Math.Min(point, (long)window.High);
                var middle = (PoissonTail(k - 1, window.Flipped) + PoissonTail(k, window.Flipped)) / 2;
                return Inside((middle - window.From) / (window.To - window.From));
            default:
                return QuantileOf(point * _unit, WindowOf(first, last, (first - 0.5) * _unit, (last + 0.5) * _unit));
        }
    }

    /// <summary>As <see cref="QuantileOf(long, long, long)"/> for a double member's value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="min">The smallest feasible value.</param>
    /// <param name="max">The largest feasible value.</param>
    public double QuantileOf(double value, double min, double max)
    {
        if (!(max > min)) return 0.5;
        value = Math.Clamp(value, min, max);
        return _kind == Kind.Uniform ? Inside((value - min) / (max - min))
            : QuantileOf(value, WindowOf(BitConverter.DoubleToInt64Bits(min), BitConverter.DoubleToInt64Bits(max), min, max));
    }

    private double QuantileOf(double x, Window window)
    {
        switch (_kind)
        {
            case Kind.Normal:
            case Kind.LogNormal:
                var z = _kind == Kind.Normal ? (x - _a) / _b : x <= 0 ? double.NegativeInfinity : (Math.Log(x) - _a) / _b;
                if (window.Flipped) z = -z;
                var p = window.To > window.From ? (MathNet.Numerics.Distributions.Normal.CDF(0, 1, z) - window.From) / (window.To - window.From) : 0.5;
                return Inside(window.Flipped ? 1 - p : p);
            default:
                return window.High <= window.Low || window.From == 0 ? 0.5 : Inside(double.ExpM1(-_a * (Math.Max(x, window.Low) - window.Low)) / window.From);
        }
    }

    /// <summary>A quantile kept strictly inside (0, 1), where Φ⁻¹ is finite.</summary>
    private static double Inside(double p) => Math.Clamp(p, 1e-12, 1 - 1e-12);

    /// <summary>
    /// The truncation's constants for one interval: the CDF at its ends, in the form each distribution inverts.
    /// They depend on the bounds alone, and a member bounded by its own range only meets the same bounds in every
    /// row, so the first window is kept: two CDF evaluations saved per draw. A row whose bounds move (read from
    /// another member) computes its own as a value, allocating nothing, and leaves the kept one alone, so the
    /// threads of a parallel build that share this marginal never replace each other's.
    /// </summary>
    /// <param name="First">The key's low end (a lattice point, or a double's bits).</param>
    /// <param name="Last">The key's high end.</param>
    /// <param name="Low">Normal and LogNormal: the standardised low end (mirrored); Exponential: the interval's start.</param>
    /// <param name="High">Normal and LogNormal: the standardised high end (mirrored); Exponential: its end.</param>
    /// <param name="From">The CDF (or tail) at the low end; Exponential: expm1(−rate · length).</param>
    /// <param name="To">The CDF (or tail) at the high end.</param>
    /// <param name="Flipped">Normal and LogNormal: mirrored into the lower tail; Poisson: counted by the upper tail.</param>
    private readonly record struct Window(long First, long Last, double Low, double High, double From, double To, bool Flipped);

    /// <summary>Boxed so that it is published whole: a struct field could be read half written by another thread.</summary>
    private StrongBox<Window>? _kept;

    private Window WindowOf(long first, long last, double lo, double hi)
    {
        if (_kept is { } kept && kept.Value.First == first && kept.Value.Last == last) return kept.Value;
        Window window;
        switch (_kind)
        {
            case Kind.Normal:
                window = Standard(first, last, (lo - _a) / _b, (hi - _a) / _b);
                break;
            case Kind.LogNormal:
                window = Standard(first, last, lo <= 0 ? double.NegativeInfinity : (Math.Log(lo) - _a) / _b, hi <= 0 ? double.NegativeInfinity : (Math.Log(hi) - _a) / _b);
                break;
            case Kind.Exponential:
                var from = Math.Max(lo, 0);
                window = new Window(first, last, from, hi, hi <= from ? 0 : double.ExpM1(-_a * (hi - from)), 0, false);
                break;
            default:
                // Poisson: 40 standard deviations above the mean, or 64 points past a start beyond it (each less likely
                // than the one before), the remaining mass is below 1e-150: the search need not go further.
                var low = Math.Max(first, 0);
                var high = Math.Max(low, Math.Min(last, Math.Max(low, (long)(_a + 40 * Math.Sqrt(_a))) + 64));
                var upper = low > _a;
                window = new Window(first, last, low, high, PoissonTail(low - 1, upper), PoissonTail(high, upper), upper);
                break;
        }
        _kept ??= new StrongBox<Window>(window);
        return window;
    }

    /// <summary>[a, b] of the standard normal, mirrored into the lower tail when it lies above 0, with Φ at both ends.</summary>
    private static Window Standard(long first, long last, double a, double b)
    {
        var mirrored = a > 0;
        if (mirrored) (a, b) = (-b, -a);
        return new Window(first, last, a, b, MathNet.Numerics.Distributions.Normal.CDF(0, 1, a), MathNet.Numerics.Distributions.Normal.CDF(0, 1, b), mirrored);
    }

    /// <summary>The continuous distribution truncated to its window, at quantile u.</summary>
    private double Quantile(double u, Window window)
    {
        switch (_kind)
        {
            case Kind.Normal:
                return _a + _b * TruncatedStandardNormal(u, window);
            case Kind.LogNormal:
                return window.High == double.NegativeInfinity ? 0 : Math.Exp(_a + _b * TruncatedStandardNormal(u, window));
            default:
                // Memoryless: Exp truncated to [lo, hi] is lo + Exp truncated to [0, hi - lo], in closed form.
                return window.High <= window.Low ? window.Low : window.Low - double.LogP1(u * window.From) / _a;
        }
    }

    /// <summary>
    /// The standard normal truncated to the window at quantile u. An interval in the upper tail is mirrored into the
    /// lower one, where Φ keeps its relative precision; one so far out that no double resolves its mass (the
    /// density there is flat to many digits) is spread evenly.
    /// </summary>
    private static double TruncatedStandardNormal(double u, Window window)
    {
        var (a, b, pa, pb) = (window.Low, window.High, window.From, window.To);
        if (window.Flipped) u = 1 - u;
        var z = pb > pa ? MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, pa + u * (pb - pa)) : double.NaN;
        if (!double.IsFinite(z)) z = double.IsNegativeInfinity(a) ? b : a + u * (b - a);
        return window.Flipped ? -z : z;
    }

    /// <summary>The smallest k in the window whose truncated CDF reaches u, by bisection on Poisson's CDF.</summary>
    private long PoissonQuantile(double u, Window window)
    {
        var (low, high) = ((long)window.Low, (long)window.High);
        if (high <= low) return low;
        var target = window.From + u * (window.To - window.From);
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            var tail = PoissonTail(middle, window.Flipped);
            if (window.Flipped ? tail <= target : tail >= target) high = middle;
            else low = middle + 1;
        }
        return low;
    }

    /// <summary>
    /// P(X ≤ k), or P(X &gt; k) when <paramref name="upper"/>: above the mean the upper tail keeps its precision,
    /// below it the CDF does.
    /// </summary>
    private double PoissonTail(long k, bool upper)
        => k < 0 ? (upper ? 1 : 0) : upper ? SpecialFunctions.GammaLowerRegularized(k + 1, _a) : SpecialFunctions.GammaUpperRegularized(k + 1, _a);
}
