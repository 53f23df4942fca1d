using System;
using System.Globalization;
using System.Numerics;

namespace ConstrainedFakes.Generator.Planning.Linear;

/// <summary>An exact fraction, so eliminating variables never loses a last digit (0.3 stays 3/10).</summary>
internal readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    public static readonly Rational Zero = new(BigInteger.Zero, BigInteger.One);
    public static readonly Rational One = new(BigInteger.One, BigInteger.One);

    private readonly BigInteger _denominator;

    private Rational(BigInteger numerator, BigInteger denominator)
    {
        Numerator = numerator;
        _denominator = denominator;
    }

    public BigInteger Numerator { get; }

    /// <summary>Always positive; <c>default(Rational)</c> reads as 0.</summary>
    public BigInteger Denominator => _denominator.IsZero ? BigInteger.One : _denominator;

    public bool IsZero => Numerator.IsZero;

    public int Sign => Numerator.Sign;

    public static Rational Of(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException();
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return gcd.IsOne || gcd.IsZero ? Create(numerator, denominator) : Create(numerator / gcd, denominator / gcd);
    }

    public static Rational Of(long value) => Create(value, BigInteger.One);

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

    private static Rational Create(BigInteger numerator, BigInteger denominator) => new(numerator, denominator);

    // Constraints are sparse (most coefficients zero) and mostly whole: these shortcuts skip the greatest
    // common divisor where the result is already in lowest terms, which is most of the projection's work.
    public static Rational operator +(Rational a, Rational b)
        => a.IsZero ? b : b.IsZero ? a
            : a.Denominator.IsOne && b.Denominator.IsOne ? Create(a.Numerator + b.Numerator, BigInteger.One)
            : Of(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    public static Rational operator -(Rational a, Rational b) => b.IsZero ? a : a + -b;
    public static Rational operator -(Rational a) => Create(-a.Numerator, a.Denominator);
    public static Rational operator *(Rational a, Rational b)
        => a.IsZero || b.IsZero ? Zero
            : a.Denominator.IsOne && b.Denominator.IsOne ? Create(a.Numerator * b.Numerator, BigInteger.One)
            : Of(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
    public static Rational operator /(Rational a, Rational b) => Of(a.Numerator * b.Denominator, a.Denominator * b.Numerator);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    /// <summary>The smallest whole number at least this value.</summary>
    public BigInteger Ceiling()
    {
        var quotient = BigInteger.DivRem(Numerator, Denominator, out var remainder);
        return remainder.Sign > 0 ? quotient + 1 : quotient;
    }

    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    public override int GetHashCode() => unchecked(Numerator.GetHashCode() * 31 + Denominator.GetHashCode());

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
}
