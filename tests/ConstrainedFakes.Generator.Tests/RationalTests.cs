using System.Numerics;
using ConstrainedFakes.Generator.Planning.Linear;
using CsCheck;

namespace ConstrainedFakes.Generator.Tests;

/// <summary>
/// The planner's fractions keep small values in longs and fall back to BigIntegers past them: every operation
/// must give what exact fraction arithmetic gives, on both sides of that line and across it.
/// </summary>
public sealed class RationalTests
{
    /// <summary>Small parts, ticks-sized parts and parts at the edges of a long, with either sign.</summary>
    private static readonly Gen<BigInteger> Part = Gen.OneOf(
        Gen.Long[-1000, 1000].Select(v => (BigInteger)v),
        Gen.Long[-700_000_000_000_000_000, 700_000_000_000_000_000].Select(v => (BigInteger)v),
        Gen.Long[-5, 5].Select(v => (BigInteger)long.MaxValue + v),
        Gen.Long[-5, 5].Select(v => (BigInteger)long.MinValue + v),
        Gen.Long[1, long.MaxValue].Select(v => (BigInteger)v * v));

    private static readonly Gen<(BigInteger Numerator, BigInteger Denominator)> Fraction =
        Gen.Select(Part, Part.Where(d => !d.IsZero), (n, d) => (n, d));

    [Fact]
    public void Arithmetic_and_order_agree_with_exact_fractions()
    {
        Gen.Select(Fraction, Fraction).Sample(pair =>
        {
            var ((an, ad), (bn, bd)) = pair;
            var a = Rational.Of(an, ad);
            var b = Rational.Of(bn, bd);
            AssertIs(an * bd + bn * ad, ad * bd, a + b);
            AssertIs(an * bd - bn * ad, ad * bd, a - b);
            AssertIs(an * bn, ad * bd, a * b);
            if (!bn.IsZero) AssertIs(an * bd, ad * bn, a / b);
            AssertIs(-an, ad, -a);
            var expected = (an * bd * Sign(ad * bd)).CompareTo(bn * ad * Sign(ad * bd));
            Assert.Equal(expected, Math.Sign(a.CompareTo(b)));
            Assert.Equal(expected == 0, a == b);
            if (expected == 0) Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.Equal(Ceiling(an, ad), a.Ceiling());
        }, iter: 20_000, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Default_reads_as_zero_and_equals_zero()
    {
        Assert.True(default(Rational).IsZero);
        Assert.Equal(Rational.Zero, default);
        Assert.Equal(BigInteger.One, default(Rational).Denominator);
        Assert.Equal(Rational.One, default(Rational) + Rational.One);
    }

    [Fact]
    public void Values_past_a_long_come_back_within_it_in_lowest_terms()
    {
        var big = Rational.Of(long.MaxValue) + Rational.Of(long.MaxValue);
        Assert.Equal((BigInteger)long.MaxValue * 2, big.Numerator);
        var back = big * (Rational.One / Rational.Of(2));
        Assert.Equal(Rational.Of(long.MaxValue), back);
        Assert.Equal(Rational.Of(long.MinValue), -Rational.Of(long.MaxValue) - Rational.One);
        Assert.Equal("3/7", Rational.Of(3, 7).ToString());
        Assert.Equal("0.3", Rational.Of(3, 10).ToString());
    }

    private static void AssertIs(BigInteger numerator, BigInteger denominator, Rational actual)
    {
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsZero && !gcd.IsOne) (numerator, denominator) = (numerator / gcd, denominator / gcd);
        Assert.Equal(numerator, actual.Numerator);
        Assert.Equal(numerator.IsZero ? BigInteger.One : denominator, actual.Denominator);
        Assert.Equal(Rational.Of(numerator, denominator), actual);
    }

    private static int Sign(BigInteger value) => value.Sign;

    private static BigInteger Ceiling(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        return remainder.Sign > 0 ? quotient + 1 : quotient;
    }
}
