using CsCheck;
using ConstrainedFakes.Tests.Model;

namespace ConstrainedFakes.Tests;

/// <summary>Disjunctions planned as conditional bounds: every row keeps every case split, with and without fixed values.</summary>
public class DisjunctionTests
{
    private static void AssertCreditLine(CreditLine c, long row)
    {
        Assert.True(c.MonthlyIncome > 0m || c.RequestedAmount <= 5000m, $"row {row}: income {c.MonthlyIncome}, amount {c.RequestedAmount}");
        Assert.True(c.Grade == Grade.Gold || c.Rate <= 0.15m, $"row {row}: {c.Grade} at {c.Rate}");
        Assert.True(!c.Secured || c.RequestedAmount <= 4m * c.MonthlyIncome, $"row {row}: secured {c.RequestedAmount} on {c.MonthlyIncome}");
        Assert.True(c.Decided <= c.Filed.AddDays(10) || c.Grade != Grade.Standard, $"row {row}: {c.Grade} {c.Filed:O} .. {c.Decided:O}");
        Assert.True(c.Decided > c.Filed, $"row {row}: {c.Filed:O} .. {c.Decided:O}");
        Referee.AssertValid(c, row);
    }

    [Fact]
    public void CreditLinesKeepEveryDisjunctionOverManySeeds()
        => Gen.ULong.Sample(seed =>
        {
            var builder = new TestFaker(seed).CreditLine();
            for (var i = 0; i < 5_000; i++) AssertCreditLine(builder.BuildAt(i), i);
        }, iter: 20);

    [Fact]
    public void EveryCaseOfEachDisjunctionOccurs()
    {
        var rows = new TestFaker(7).CreditLine().Build(20_000);
        // Not just the safe side of each disjunction: both sides are reached.
        Assert.Contains(rows, c => c.MonthlyIncome < 100m && c.RequestedAmount > 5000m);
        Assert.Contains(rows, c => c.RequestedAmount > 5000m);
        Assert.Contains(rows, c => c.Grade == Grade.Gold && c.Rate > 0.15m);
        Assert.Contains(rows, c => c.Secured && c.RequestedAmount > 20_000m);
        Assert.Contains(rows, c => c.Grade != Grade.Standard && c.Decided > c.Filed.AddDays(10));
        // A guard met by its category does not skew the numbers: Gold rates spread over the whole range.
        var gold = rows.Where(c => c.Grade == Grade.Gold).Select(c => c.Rate).ToList();
        Assert.InRange(gold.Count(r => r > 0.15m) / (double)gold.Count, 0.45, 0.58);
        Assert.InRange(rows.Count(c => c.Grade == Grade.Gold) / 20_000.0, 0.31, 0.36);
    }

    [Fact]
    public void FixedValuesChooseTheCasesThatAdmitThem()
    {
        // A rate above 0.15 leaves Gold as the only grade; no income leaves only small amounts.
        Assert.All(new TestFaker(3).CreditLine().WithRate(0.2m).Build(2_000), (c, i) => { AssertCreditLine(c, i); Assert.Equal(Grade.Gold, c.Grade); });
        Assert.All(new TestFaker(3).CreditLine().WithMonthlyIncome(0m).Build(2_000), (c, i) =>
        {
            AssertCreditLine(c, i);
            Assert.True(c.RequestedAmount <= 5000m);
            Assert.False(c.Secured);
        });
        var filed = new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.All(new TestFaker(3).CreditLine().WithGrade(Grade.Standard).WithFiled(filed).Build(2_000), (c, i) =>
        {
            AssertCreditLine(c, i);
            Assert.InRange(c.Decided, filed.AddSeconds(1), filed.AddDays(10));
        });
        Assert.All(new TestFaker(3).CreditLine().WithSecured(true).WithRequestedAmount(40_000m).Build(2_000), (c, i) =>
        {
            AssertCreditLine(c, i);
            Assert.True(c.MonthlyIncome >= 10_000m);
        });
    }

    [Fact]
    public void FixedValuesThatLeaveNoCaseThrowNamingConstraintsAndValues()
    {
        var e = Assert.Throws<ConstraintViolationException>(() => new TestFaker().CreditLine().WithGrade(Grade.Silver).WithRate(0.2m).Build());
        Assert.Equal("CreditLine", e.Entity);
        Assert.Contains("[Invariant(\"Grade == Grade.Gold || Rate <= 0.15m\")]", e.Constraints);
        Assert.Contains("Grade = Silver", e.Message);
        Assert.Contains("Rate = 0.2", e.Message);

        var money = Assert.Throws<ConstraintViolationException>(() => new TestFaker().CreditLine().WithMonthlyIncome(0m).WithRequestedAmount(6000m).Build());
        Assert.Contains("[Invariant(\"MonthlyIncome > 0m || RequestedAmount <= 5000m\")]", money.Constraints);
        Assert.Contains("MonthlyIncome = 0", money.Message);
        Assert.Contains("RequestedAmount = 6000", money.Message);

        var secured = Assert.Throws<ConstraintViolationException>(() => new TestFaker().CreditLine().WithSecured(true).WithMonthlyIncome(100m).WithRequestedAmount(1000m).Build());
        Assert.Contains("Secured = True", secured.Message);
    }

    private static readonly int[] Values = { 0, 1, 2, 3 };

    private static bool Holds(int x, int y, int z) => x + y >= 3 && (x <= 1 || y <= 1) && (x != 3 || (z >= 2 && z <= y + 2)) && z != x;

    private static readonly (int X, int Y, int Z)[] FeasiblePoints =
        Values.SelectMany(x => Values.SelectMany(y => Values.Select(z => (x, y, z)))).Where(p => Holds(p.x, p.y, p.z)).ToArray();

    [Fact]
    public void ATightRegionHoldsOverManySeeds()
        => Gen.ULong.Sample(seed =>
        {
            var builder = new TestFaker(seed).Lattice();
            for (var i = 0; i < 5_000; i++)
            {
                var l = builder.BuildAt(i);
                Assert.True(Holds(l.X, l.Y, l.Z), $"seed {seed} row {i}: ({l.X}, {l.Y}, {l.Z})");
            }
        }, iter: 20);

    [Fact]
    public void ATightRegionIsCoveredExactly()
    {
        var rows = new TestFaker(11).Lattice().Build(20_000);
        Assert.All(rows, (l, i) => Assert.True(Holds(l.X, l.Y, l.Z), $"row {i}: ({l.X}, {l.Y}, {l.Z})"));
        // Every feasible point is reached, and nothing else.
        Assert.Equal(FeasiblePoints.OrderBy(p => p).ToArray(), rows.Select(l => (l.X, l.Y, l.Z)).Distinct().OrderBy(p => p).ToArray());
    }

    /// <summary>
    /// Every subset of fixed members with every value: rows keep the fixed values and every constraint when
    /// some feasible point agrees with them, and Build throws exactly when none does.
    /// </summary>
    [Fact]
    public void EveryFixedCombinationOfATightRegionBuildsOrThrowsAsItShould()
    {
        for (var subset = 0; subset < 8; subset++)
        {
            foreach (var x in Values) foreach (var y in Values) foreach (var z in Values)
            {
                var fixedX = (subset & 1) != 0;
                var fixedY = (subset & 2) != 0;
                var fixedZ = (subset & 4) != 0;
                if (!fixedX && x > 0 || !fixedY && y > 0 || !fixedZ && z > 0) continue;
                var builder = new TestFaker((ulong)(subset * 64 + x * 16 + y * 4 + z)).Lattice();
                if (fixedX) builder.WithX(x);
                if (fixedY) builder.WithY(y);
                if (fixedZ) builder.WithZ(z);
                var agreeing = FeasiblePoints.Where(p => (!fixedX || p.X == x) && (!fixedY || p.Y == y) && (!fixedZ || p.Z == z)).ToList();
                if (agreeing.Count == 0)
                {
                    var e = Assert.Throws<ConstraintViolationException>(() => builder.Build());
                    Assert.Equal("Lattice", e.Entity);
                    Assert.Contains("fixed values", e.Message);
                    continue;
                }
                var rows = builder.Build(300);
                Assert.All(rows, l =>
                {
                    Assert.True(Holds(l.X, l.Y, l.Z), $"fixed {subset} ({x}, {y}, {z}): ({l.X}, {l.Y}, {l.Z})");
                    Assert.True((!fixedX || l.X == x) && (!fixedY || l.Y == y) && (!fixedZ || l.Z == z));
                });
                Assert.Subset(agreeing.ToHashSet(), rows.Select(l => (l.X, l.Y, l.Z)).ToHashSet());
            }
        }
    }

    [Fact]
    public void ACaseOutsideTheDeclaredRangeIsDroppedAtCompileTime()
        => Assert.All(new TestFaker(4).Pinned().Build(1_000), p => Assert.Equal(100m, p.Amount));

    [Fact]
    public void ADisjunctionNoCaseOfWhichFitsIsNamed()
    {
        var e = Assert.Throws<ConstraintViolationException>(() => new TestFaker().Hopeless().Build());
        Assert.Contains("[Invariant(\"A > 10 || B > 10\")]", e.Constraints);
        Assert.Contains("no solution together", e.Message);
    }
}

/// <summary>Nullable members in cross-member constraints: the constraint applies whenever the member has a value.</summary>
public class NullableConstraintTests
{
    private static void AssertSubscription(Subscription s, long row)
    {
        Assert.True(s.Discount is null || s.Discount <= 0.2m * s.Price, $"row {row}: {s.Discount} on {s.Price}");
        Assert.True(s.Discount is null || s.Billing == Billing.Annual || s.Discount <= 10m, $"row {row}: {s.Billing} {s.Discount}");
        Assert.True(s.End is null || s.End > s.Start, $"row {row}: {s.Start:O} .. {s.End:O}");
        Referee.AssertValid(s, row);
    }

    [Fact]
    public void SubscriptionsKeepEveryConstraintOverManySeeds()
        => Gen.ULong.Sample(seed =>
        {
            var builder = new TestFaker(seed).Subscription();
            for (var i = 0; i < 5_000; i++) AssertSubscription(builder.BuildAt(i), i);
        }, iter: 20);

    [Fact]
    public void ConstraintsHoldWheneverTheMembersHaveValues()
    {
        var rows = new TestFaker(13).Subscription().Build(20_000);
        Assert.All(rows, (s, i) => AssertSubscription(s, i));
        // The null rates are as declared: a null is a choice of its own, not a way out of a constraint.
        Assert.InRange(rows.Count(s => s.Discount is null) / 20_000.0, 0.48, 0.52);
        Assert.InRange(rows.Count(s => s.End is null) / 20_000.0, 0.28, 0.32);
        // Values use their whole room: monthly discounts up to 10, annual ones up to a fifth of the price.
        Assert.Contains(rows, s => s.Billing == Billing.Annual && s.Discount > 50m);
        Assert.Contains(rows, s => s.Billing == Billing.Monthly && s.Discount > 9m);
    }

    [Fact]
    public void FixedValuesAndNullsConditionTheRest()
    {
        Assert.All(new TestFaker(2).Subscription().WithDiscount(50m).Build(1_000), (s, i) =>
        {
            AssertSubscription(s, i);
            Assert.Equal(Billing.Annual, s.Billing);
            Assert.True(s.Price >= 250m);
        });
        Assert.All(new TestFaker(2).Subscription().WithDiscount(null).WithPrice(10m).Build(500), (s, i) =>
        {
            AssertSubscription(s, i);
            Assert.Null(s.Discount);
        });
        var start = new DateTime(2024, 12, 31, 0, 0, 0, DateTimeKind.Utc);
        Assert.All(new TestFaker(2).Subscription().WithStart(start).Build(500), (s, i) => { AssertSubscription(s, i); Assert.True(s.End is null || s.End > start); });
        // A discount of 150 needs a price of 750, beyond the range; fixed again to null, the member is free.
        var builder = new TestFaker(2).Subscription().WithDiscount(150m);
        Assert.Throws<ConstraintViolationException>(() => builder.Build());
        Assert.All(builder.WithDiscount(null).Build(200), (s, i) => { AssertSubscription(s, i); Assert.Null(s.Discount); });
    }

    [Fact]
    public void FixedValuesWithNoSolutionThrowNamingThem()
    {
        var e = Assert.Throws<ConstraintViolationException>(() => new TestFaker().Subscription().WithDiscount(50m).WithBilling(Billing.Monthly).Build());
        Assert.Contains("Discount = 50", e.Message);
        Assert.Contains("Billing = Monthly", e.Message);
        var price = Assert.Throws<ConstraintViolationException>(() => new TestFaker().Subscription().WithDiscount(30m).WithPrice(100m).Build());
        Assert.Contains("[Invariant(\"Discount <= 0.2m * Price\")]", price.Constraints);
        Assert.Contains("Price = 100", price.Message);
    }
}
