using System.Globalization;
using CsCheck;
using ConstrainedFakes.Building;
using ConstrainedFakes.Tests.Model;

namespace ConstrainedFakes.Tests;

/// <summary>Every declared single-member constraint holds for every row, over many seeds.</summary>
public class ConstraintTests
{
    private const int RowsPerSeed = 2_000;

    [Fact]
    public void CustomerRowsPassTheValidatorForManySeeds()
        => Gen.ULong.Sample(seed => AssertRowsValid(new TestFaker(seed).Customer(), RowsPerSeed), iter: 20);

    [Fact]
    public void AllTypesRowsPassTheValidatorForManySeeds()
        => Gen.ULong.Sample(seed => AssertRowsValid(new TestFaker(seed).AllTypes(), RowsPerSeed), iter: 20);

    [Fact]
    public void PersonAndAccountRowsPassTheValidator()
    {
        AssertRowsValid(new TestFaker(1).Person(), 5_000);
        AssertRowsValid(new TestFaker(1).Account(), 5_000);
    }

    [Fact]
    public void BoundsTheValidatorDoesNotCheckHoldToo()
    {
        var rows = new TestFaker(99).AllTypes().Build(20_000);
        Assert.All(rows, r =>
        {
            Assert.Equal(1, r.NarrowExclusiveInt);
            Assert.InRange(r.SmallMoney, -1.25m, 1.25m);
            Assert.Equal(r.SmallMoney, decimal.Round(r.SmallMoney, 3));
            Assert.Equal(r.ExclusiveDecimal, decimal.Round(r.ExclusiveDecimal, 2));
            Assert.InRange(r.ExclusiveDecimal, 0.11m, 0.19m);
            Assert.InRange(r.OpenUnit, double.Epsilon, 1.0 - 1e-16);
            Assert.InRange(r.FloatValue, 1.5f, 2.5f);
            Assert.InRange(r.LeapWindow, new DateTime(2024, 2, 28), new DateTime(2024, 2, 29, 23, 59, 59));
            Assert.Equal(DateTimeKind.Utc, r.LeapWindow.Kind);
            Assert.Equal(0, r.LeapWindow.Ticks % TimeSpan.TicksPerSecond);
            Assert.InRange(r.SubSecond, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 1, 1, 0, 0, 0, 500, TimeSpan.Zero));
            Assert.InRange(r.Day, new DateOnly(2000, 1, 2), new DateOnly(2000, 1, 3));
            Assert.InRange(r.OfficeHours, new TimeOnly(9, 0), new TimeOnly(17, 30));
            Assert.InRange(r.Duration, TimeSpan.FromMinutes(5), TimeSpan.FromHours(2));
            Assert.NotEqual(Colour.Never, r.Colour);
            Assert.DoesNotContain(r.NotTwoToFour, new[] { 2, 3, 4 });
            Assert.Contains(r.AllowedInRange, new[] { 1.5, 2.5 });
            Assert.Equal(3L, r.OnlyThree);
            Assert.Null(r.AlwaysNull);
            Assert.NotNull(r.NeverNull);
            Assert.InRange(r.ULongValue, 0UL, 1000UL);
            Assert.Equal("Blue", r.OnlyBlue);
            Assert.InRange(r.TinyEmail.Length, 6, 6);
            Assert.Contains("@", r.TinyEmail);
        });
    }

    [Fact]
    public void RatesAndWeightsAreHonoured()
    {
        const int n = 40_000;
        var rows = new TestFaker(2024).AllTypes().Build(n);
        Assert.InRange(rows.Count(r => r.Flag) / (double)n, 0.24, 0.26);
        Assert.InRange(rows.Count(r => r.MaybeInt is null) / (double)n, 0.49, 0.51);
        foreach (var colour in new[] { Colour.Red, Colour.Green, Colour.Blue })
            Assert.InRange(rows.Count(r => r.Colour == colour) / (double)n, 0.32, 0.35);

        var customers = new TestFaker(2024).Customer().Build(n);
        Assert.InRange(customers.Count(c => c.Tier == Tier.Free) / (double)n, 0.59, 0.61);
        Assert.InRange(customers.Count(c => c.Tier == Tier.Enterprise) / (double)n, 0.09, 0.11);
        Assert.InRange(customers.Count(c => c.IsActive) / (double)n, 0.79, 0.81);
        Assert.InRange(customers.Count(c => c.MiddleName is null) / (double)n, 0.29, 0.31);
        Assert.DoesNotContain(customers, c => c.Phone is null);
    }

    [Fact]
    public void FullRangesReachBothHalves()
    {
        var rows = new TestFaker(1).AllTypes().Build(1_000);
        Assert.Contains(rows, r => r.IntFull < 0);
        Assert.Contains(rows, r => r.IntFull > 0);
        Assert.Contains(rows, r => r.LongFull < int.MinValue);
        Assert.Contains(rows, r => r.LongFull > int.MaxValue);
    }

    [Fact]
    public void TextIsBuiltFromTheRowsOwnNames()
    {
        foreach (var c in new TestFaker(8).Customer().Build(500))
        {
            var local = c.Email[..c.Email.IndexOf('@')];
            Assert.Contains(Ascii(c.LastName)[..Math.Min(4, Ascii(c.LastName).Length)], local);
        }
        foreach (var p in new TestFaker(8).Person().Build(100))
            Assert.StartsWith(Ascii(p.FirstName)[..1], p.Email);
    }

    [Fact]
    public void DeniedTextIsRedrawnOrRefusedClearly()
    {
        var builder = new TestFaker(4).Ticket();
        var built = 0;
        for (var i = 0; i < 2_000; i++)
        {
            try
            {
                var ticket = builder.BuildAt(i);
                Assert.DoesNotContain(ticket.Letter, new[] { "a", "b", "c", "d", "e" });
                Assert.DoesNotContain(ticket.Country, new[] { "US", "GB", "DE" });
                built++;
            }
            catch (ConstraintViolationException e)
            {
                Assert.Contains("Letter", e.Message);
                Assert.Contains("[DeniedValues] Letter", e.Constraints);
            }
        }
        Assert.True(built > 1_900, $"only {built} of 2000 rows could be built");
    }

    [Fact]
    public void AnEntityWhoseConstraintsHaveNoSolutionThrowsNamingThem()
    {
        var e = Assert.Throws<ConstraintViolationException>(() => new TestFaker().Impossible().Build());
        Assert.Equal("Impossible", e.Entity);
        Assert.Contains("[Range(10, 5)] Backwards", e.Constraints);
        Assert.Contains("Backwards", e.Message);
        Assert.Contains("[10, 5]", e.Message);
        Assert.Contains("[AllowedValues(1.5, 2.5)] Price", e.Constraints);
    }

    private static string Ascii(string name)
        => new string(name.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static void AssertRowsValid<T>(EntityBuilder<T> builder, int rows) where T : notnull
    {
        for (var i = 0; i < rows; i++) Referee.AssertValid(builder.BuildAt(i), i);
    }
}
