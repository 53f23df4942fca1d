using System.Globalization;
using System.Numerics;

namespace ConstrainedFakes.EntityFrameworkCore.Checks;

/// <summary>
/// An exact fraction: coefficients such as <c>0.3m</c> or <c>/ 3</c> stay exact, so a CHECK multiplied through by
/// their common denominator compares whole numbers and never rounds a row at its bound to the wrong side.
/// </summary>
internal readonly record struct Fraction
{
    private Fraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        var divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (divisor > BigInteger.One) (numerator, denominator) = (numerator / divisor, denominator / divisor);
        Numerator = numerator;
        Denominator = denominator;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static Fraction Zero => new(BigInteger.Zero, BigInteger.One);

    public static Fraction One => new(BigInteger.One, BigInteger.One);

    public bool IsZero => Numerator.IsZero;

    public int Sign => Numerator.Sign;

    public static Fraction Of(long value) => new(value, BigInteger.One);

    public static Fraction Of(BigInteger value) => new(value, BigInteger.One);

    public static Fraction Of(BigInteger numerator, BigInteger denominator) => new(numerator, denominator);

    public static Fraction Of(decimal value)
    {
        var bits = decimal.GetBits(value);
        var magnitude = (new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32) | new BigInteger((uint)bits[0]);
        var scale = (bits[3] >> 16) & 0xFF;
        return new Fraction(bits[3] < 0 ? -magnitude : magnitude, BigInteger.Pow(10, scale));
    }

    /// <summary>A plain decimal number (digits, one point, an exponent), as written in C# without its suffix.</summary>
    public static bool TryParse(string text, out Fraction value)
    {
        value = Zero;
        var exponent = 0;
        var e = text.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            // Beyond decimal's and double's exponents a literal means nothing a column can hold; refusing it keeps the arithmetic small.
            if (!int.TryParse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent) || Math.Abs(exponent) > 400) return false;
            text = text[..e];
        }
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? text : text.Remove(point, 1);
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return false;
        exponent -= point < 0 ? 0 : text.Length - point - 1;
        var number = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        value = exponent >= 0 ? Of(number * BigInteger.Pow(10, exponent)) : Of(number, BigInteger.Pow(10, -exponent));
        return true;
    }

    public static Fraction operator +(Fraction a, Fraction b) => new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Fraction operator -(Fraction a) => new(-a.Numerator, a.Denominator);

    public static Fraction operator -(Fraction a, Fraction b) => a + -b;

    public static Fraction operator *(Fraction a, Fraction b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Fraction operator /(Fraction a, Fraction b) => b.IsZero
        ? throw new DivideByZeroException()
        : new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public override string ToString() => Denominator.IsOne
        ? Numerator.ToString(CultureInfo.InvariantCulture)
        : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";
}
