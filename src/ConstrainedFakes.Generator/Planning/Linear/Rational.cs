using System;
using System.Globalization;
using System.Numerics;

namespace ConstrainedFakes.Generator.Planning.Linear;

/// <summary>An exact fraction, so eliminating variables never loses a last digit (0.3 stays 3/10).</summary>
/// <remarks>
/// Always in lowest terms with a positive denominator. Almost every value the planner meets (coefficients,
/// cents, ticks) fits in a long, and a <see cref="BigInteger"/> past 32 bits is an allocation per operation:
/// such values are kept as two longs and computed with overflow checks, and only a value that outgrows them
/// is kept, and computed, as BigIntegers. The form is canonical (a value that fits is never kept big), so
/// equality compares the fields.
/// </remarks>
internal readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    public static readonly Rational Zero = new(0, 1);
    public static readonly Rational One = new(1, 1);

    private readonly long _numerator;

    /// <summary>0 in <c>default(Rational)</c>, which reads as 0/1.</summary>
    private readonly long _denominator;

    private readonly Big? _big;

    private Rational(long numerator, long denominator)
    {
        _numerator = numerator;
        _denominator = denominator;
        _big = null;
    }

    private Rational(Big big)
    {
        _numerator = 0;
        _denominator = 0;
        _big = big;
    }

    public BigInteger Numerator => _big is { } big ? big.Numerator : _numerator;

    /// <summary>Always positive.</summary>
    public BigInteger Denominator => _big is { } big ? big.Denominator : SmallDenominator;

    // Zero always fits in a long, so a big value is never zero.
    public bool IsZero => _big is null && _numerator == 0;

    public int Sign => _big is { } big ? big.Numerator.Sign : Math.Sign(_numerator);

    private long SmallDenominator => _denominator == 0 ? 1 : _denominator;

    public static Rational Of(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException();
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return gcd.IsOne || gcd.IsZero ? Create(numerator, denominator) : Create(numerator / gcd, denominator / gcd);
    }

    public static Rational Of(long value) => Small(value, 1);

    /// <summary>The exact value of a decimal.</summary>
    public static Rational Of(decimal value)
    {
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        var magnitude = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        if (bits[3] < 0) magnitude = -magnitude;
        return Of(magnitude, BigInteger.Pow(10, scale));
    }

    public static bool TryParse(string text, out Rational value)
    {
        value = Zero;
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return false;
        value = Of(number);
        return true;
    }

    public static Rational operator +(Rational a, Rational b)
    {
        if (a.IsZero) return b;
        if (b.IsZero) return a;
        if (a._big is null && b._big is null)
        {
            long ad = a.SmallDenominator, bd = b.SmallDenominator;
            if (ad == 1 && bd == 1)
            {
                if (TryAdd(a._numerator, b._numerator, out var sum)) return Small(sum, 1);
            }
            else
            {
                // a/ad + b/bd over the least common denominator ad·(bd/g).
                var g = Gcd(ad, bd);
                if (TryMultiply(a._numerator, bd / g, out var left) && TryMultiply(b._numerator, ad / g, out var right)
                    && TryAdd(left, right, out var numerator) && TryMultiply(ad, bd / g, out var denominator))
                    return Reduced(numerator, denominator);
            }
        }
        return Of(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    }

    public static Rational operator -(Rational a, Rational b) => b.IsZero ? a : a + -b;

    // A small numerator is never long.MinValue (Small keeps that one big), so negating it cannot overflow.
    public static Rational operator -(Rational a) => a._big is { } big ? Create(-big.Numerator, big.Denominator) : new Rational(-a._numerator, a.SmallDenominator);

    public static Rational operator *(Rational a, Rational b)
    {
        if (a.IsZero || b.IsZero) return Zero;
        if (a._big is null && b._big is null)
        {
            // Cross-reduced first, so the product is already in lowest terms.
            long ad = a.SmallDenominator, bd = b.SmallDenominator;
            var g1 = Gcd(Math.Abs(a._numerator), bd);
            var g2 = Gcd(Math.Abs(b._numerator), ad);
            if (TryMultiply(a._numerator / g1, b._numerator / g2, out var numerator) && TryMultiply(ad / g2, bd / g1, out var denominator))
                return Small(numerator, denominator);
        }
        return Of(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
    }

    public static Rational operator /(Rational a, Rational b)
    {
        if (b.IsZero) throw new DivideByZeroException();
        var reciprocal = b._big is { } big
            ? Of(big.Denominator, big.Numerator)
            : b._numerator < 0 ? new Rational(-b.SmallDenominator, -b._numerator) : new Rational(b.SmallDenominator, b._numerator);
        return a * reciprocal;
    }

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    /// <summary>The smallest whole number at least this value.</summary>
    public BigInteger Ceiling()
    {
        if (_big is null)
        {
            // Division truncates towards zero: a positive remainder means the quotient is below the value.
            var quotient = _numerator / SmallDenominator;
            return _numerator % SmallDenominator > 0 ? quotient + 1 : quotient;
        }
        var whole = BigInteger.DivRem(Numerator, Denominator, out var remainder);
        return remainder.Sign > 0 ? whole + 1 : whole;
    }

    public int CompareTo(Rational other)
    {
        if (_big is null && other._big is null)
        {
            if (SmallDenominator == other.SmallDenominator) return _numerator.CompareTo(other._numerator);
            if (TryMultiply(_numerator, other.SmallDenominator, out var left) && TryMultiply(other._numerator, SmallDenominator, out var right))
                return left.CompareTo(right);
        }
        return (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
    }

    public bool Equals(Rational other)
        => _big is null && other._big is null
            ? _numerator == other._numerator && SmallDenominator == other.SmallDenominator
            : Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    public override int GetHashCode()
        => _big is { } big
            ? unchecked(big.Numerator.GetHashCode() * 31 + big.Denominator.GetHashCode())
            : unchecked(_numerator.GetHashCode() * 31 + SmallDenominator.GetHashCode());

    private static Rational Create(BigInteger numerator, BigInteger denominator)
        => numerator > long.MinValue && numerator <= long.MaxValue && denominator <= long.MaxValue
            ? new Rational((long)numerator, (long)denominator)
            : new Rational(new Big(numerator, denominator));

    /// <summary>An already reduced fraction with a positive denominator.</summary>
    private static Rational Small(long numerator, long denominator)
        => numerator == long.MinValue ? new Rational(new Big(numerator, denominator)) : new Rational(numerator, denominator);

    /// <summary>A fraction with a positive denominator, brought to lowest terms.</summary>
    private static Rational Reduced(long numerator, long denominator)
    {
        if (numerator == long.MinValue) return Of(numerator, denominator);
        var gcd = Gcd(Math.Abs(numerator), denominator);
        return gcd <= 1 ? Small(numerator, denominator) : Small(numerator / gcd, denominator / gcd);
    }

    /// <summary>Both arguments non-negative; 0 only when both are.</summary>
    private static long Gcd(long a, long b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }

    private static bool TryMultiply(long a, long b, out long product)
    {
        product = 0;
        if (a == 0 || b == 0) return true;
        if (a == long.MinValue || b == long.MinValue || Math.Abs(a) > long.MaxValue / Math.Abs(b)) return false;
        product = a * b;
        return true;
    }

    private static bool TryAdd(long a, long b, out long sum)
    {
        sum = unchecked(a + b);
        // It overflowed exactly when both operands have one sign and the sum the other.
        return ((a ^ sum) & (b ^ sum)) >= 0;
    }

    private bool TryToDecimal(out decimal value)
    {
        value = 0;
        var denominator = Denominator;
        // Exact only when the denominator divides a power of ten of at most 28 digits.
        var scale = 0;
        var power = BigInteger.One;
        while (scale <= 28 && !(power % denominator).IsZero)
        {
            power *= 10;
            scale++;
        }
        if (scale > 28) return false;
        var scaled = Numerator * (power / denominator);
        if (BigInteger.Abs(scaled) > new BigInteger(decimal.MaxValue)) return false;
        value = (decimal)scaled / (decimal)power;
        return true;
    }

    public override string ToString()
        => Denominator.IsOne ? Numerator.ToString(CultureInfo.InvariantCulture) : TryToDecimal(out var d) ? d.ToString(CultureInfo.InvariantCulture) : $"{Numerator}/{Denominator}";

    /// <summary>A value beyond a long, in lowest terms with a positive denominator.</summary>
    private sealed class Big
    {
        public Big(BigInteger numerator, BigInteger denominator)
        {
            Numerator = numerator;
            Denominator = denominator;
        }

        public BigInteger Numerator { get; }

        public BigInteger Denominator { get; }
    }
}
