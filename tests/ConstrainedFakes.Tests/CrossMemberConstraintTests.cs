using CsCheck;
using ConstrainedFakes.Tests.Model;

namespace ConstrainedFakes.Tests;

/// <summary>Order relations and [Invariant]s hold for every row, with and without fixed values.</summary>
public class CrossMemberConstraintTests
{
    private static void AssertContract(Contract c)
    {
        Assert.True(c.Value <= 0.5m * c.AnnualRevenue, $"Value {c.Value} > 0.5 × {c.AnnualRevenue}");
        Assert.True(c.Discount <= 0.3m * c.Value, $"Discount {c.Discount} > 0.3 × {c.Value}");
        Assert.True(c.End >= c.Start.AddDays(30) && c.End <= c.Start.AddDays(1095), $"{c.Start:O} .. {c.End:O}");
        Assert.True(c.Licences >= c.Seats, $"Licences {c.Licences} < Seats {c.Seats}");
        Assert.Equal(c.Value, decimal.Round(c.Value, 2));
        Assert.Equal(c.Discount, decimal.Round(c.Discount, 2));
        Assert.Equal(0, c.Start.Ticks % TimeSpan.TicksPerSecond);
    }

    [Fact]
    public void ContractsKeepEveryInvariantOverManySeeds()
        => Gen.ULong.Sample(seed =>
        {
            var builder = new TestFaker(seed).Contract();
            for (var i = 0; i < 5_000; i++)
            {
                var contract = builder.BuildAt(i);
                AssertContract(contract);
                Referee.AssertValid(contract, i);
            }
        }, iter: 20);

    [Fact]
    public void ATightChainOfStrictRelationsHolds()
    {
        var rows = new TestFaker(3).Milestones().Build(20_000);
        Assert.All(rows, m =>
        {
            Assert.True(m.A < m.B && m.B < m.C && m.C < m.D && m.D < m.E && m.E < m.F, $"{m.A} {m.B} {m.C} {m.D} {m.E} {m.F}");
            Assert.InRange(m.A, 0, 5);
            Assert.InRange(m.F, 5, 10);
            // Three strictly increasing days in a three-day window: only one way.
            Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3)), (m.Opened, m.Reviewed, m.Closed));
        });
        // Every feasible start is reached, not just the extremes.
        Assert.Equal(6, rows.Select(m => m.A).Distinct().Count());
    }

    [Fact]
    public void AFixedLaterMemberConditionsTheEarlierOnes()
    {
        var end = new DateTime(2022, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var rows = new TestFaker(5).Contract().WithEnd(end).Build(2_000);
        Assert.All(rows, c =>
        {
            AssertContract(c);
            Assert.Equal(end, c.End);
            // Start >= 2022-01-01 and End >= Start + 30 days.
            Assert.InRange(c.Start, new DateTime(2022, 1, 1), end.AddDays(-30));
        });
    }

    [Fact]
    public void FixedMoneyConditionsBothSides()
    {
        var rows = new TestFaker(6).Contract().WithValue(1_000_000m).Build(2_000);
        Assert.All(rows, c =>
        {
            AssertContract(c);
            Assert.True(c.AnnualRevenue >= 2_000_000m);
            Assert.True(c.Discount <= 300_000m);
        });
        Assert.Contains(rows, c => c.Discount > 250_000m);
    }

    [Fact]
    public void EveryCombinationOfFixedMembersOfASmallModelWorks()
    {
        // Seats ≤ Licences: fix either, both, or none.
        Assert.All(new TestFaker(1).Contract().WithSeats(12).Build(200), c => Assert.Equal((12, 12), (c.Seats, c.Licences)));
        Assert.All(new TestFaker(1).Contract().WithLicences(1).Build(200), c => Assert.Equal((1, 1), (c.Seats, c.Licences)));
        Assert.All(new TestFaker(1).Contract().WithLicences(7).Build(500), c => Assert.InRange(c.Seats, 1, 7));
        Assert.All(new TestFaker(1).Contract().WithSeats(3).WithLicences(9).Build(10), c => Assert.Equal((3, 9), (c.Seats, c.Licences)));
    }

    [Fact]
    public void FixedValuesWithNoSolutionThrowNamingConstraintsAndValues()
    {
        var e = Assert.Throws<ConstraintViolationException>(() => new TestFaker().Contract().WithSeats(9).WithLicences(4).Build());
        Assert.Equal("Contract", e.Entity);
        Assert.Contains("[GreaterThanOrEqual(nameof(Seats))] Licences", e.Constraints);
        Assert.Contains("Seats = 9", e.Message);
        Assert.Contains("Licences = 4", e.Message);

        var dates = Assert.Throws<ConstraintViolationException>(() => new TestFaker().Contract()
            .WithStart(new DateTime(2024, 1, 1)).WithEnd(new DateTime(2024, 1, 15)).Build());
        Assert.Contains(dates.Constraints, c => c.Contains("Start.AddDays(30)"));
        Assert.Contains("Start = 2024-01-01", dates.Message);

        var money = Assert.Throws<ConstraintViolationException>(() => new TestFaker().Contract().WithAnnualRevenue(100_000m).WithValue(60_000m).Build());
        Assert.Contains(money.Constraints, c => c.Contains("0.5m * AnnualRevenue"));
        Assert.Contains("AnnualRevenue = 100000", money.Message);
        Assert.Contains("Value = 60000", money.Message);
    }

    [Fact]
    public void AFixedDecimalFinerThanItsLatticeIsRefused()
    {
        // Cross-member constraints are solved in cents for Discount ([Precision(12, 2)]): a tenth of a cent has no unit.
        var e = Assert.Throws<ConstraintViolationException>(() => new TestFaker().Contract().WithDiscount(10.005m));
        Assert.Contains("Discount = 10.005", e.Message);
        Assert.Equal(10.01m, new TestFaker().Contract().WithDiscount(10.01m).Build().Discount);
    }

    [Fact]
    public void ARefusedFixedDecimalLeavesTheBuilderAsItWas()
    {
        // Refused before anything is set: the builder goes on sampling Discount, as one that was never asked.
        var builder = new TestFaker(3).Contract();
        Assert.Throws<ConstraintViolationException>(() => builder.WithDiscount(10.005m));
        Assert.Equal(new TestFaker(3).Contract().Build(50).Select(c => c.Discount), builder.Build(50).Select(c => c.Discount));
    }

    [Fact]
    public void FixingAConstrainedMemberAgainAfterAFailureWorks()
    {
        var builder = new TestFaker().Contract().WithSeats(9).WithLicences(4);
        Assert.Throws<ConstraintViolationException>(() => builder.Build());
        Assert.Equal(10, builder.WithLicences(10).Build().Licences);
    }
}

public class UnsatisfiableModelTests
{
    [Fact]
    public void ConstraintsWithNoSolutionTogetherAreNamed()
    {
        var e = Assert.Throws<ConstraintViolationException>(() => new TestFaker().Backdated().Build());
        Assert.Contains("[GreaterThan(nameof(Start))] End", e.Constraints);
        Assert.Contains(e.Constraints, c => c.Contains("\"2025-01-01\"") && c.EndsWith("Start"));
        Assert.Contains(e.Constraints, c => c.Contains("\"2024-12-31\"") && c.EndsWith("End"));
        Assert.Contains("no solution together", e.Message);
    }

    [Fact]
    public void AMisspeltMemberIsNamedWithTheClosestOne()
    {
        var e = Assert.Throws<ConstraintViolationException>(() => new TestFaker().Misspelt().Build());
        Assert.Contains("'Strat'", e.Message);
        Assert.Contains("did you mean 'Start'?", e.Message);
    }
}

public class FixedValueCombinationTests
{
    private static readonly int[] Feasible = { 0, 2, 4, 6, 8, 10 };

    /// <summary>All 64 subsets of a strict six-member chain fixed to a feasible assignment: the rest always fits around them.</summary>
    [Fact]
    public void EverySubsetOfFixedMembersOfAChainWorks()
    {
        for (var subset = 0; subset < 64; subset++)
        {
            var builder = new TestFaker((ulong)subset).Milestones();
            var setters = new Func<int, TestFaker.MilestonesBuilder>[] { builder.WithA, builder.WithB, builder.WithC, builder.WithD, builder.WithE, builder.WithF };
            for (var member = 0; member < 6; member++)
            {
                if ((subset & (1 << member)) != 0) setters[member](Feasible[member]);
            }
            foreach (var m in builder.Build(200))
            {
                var values = new[] { m.A, m.B, m.C, m.D, m.E, m.F };
                for (var member = 0; member < 6; member++)
                {
                    if ((subset & (1 << member)) != 0) Assert.Equal(Feasible[member], values[member]);
                    if (member > 0) Assert.True(values[member - 1] < values[member], $"subset {subset}: {string.Join(" < ", values)}");
                }
            }
        }
    }

    [Fact]
    public void AHundredThousandRowsKeepEveryConstraint()
    {
        var builder = new TestFaker(100).Contract();
        for (var i = 0; i < 100_000; i++)
        {
            var c = builder.BuildAt(i);
            Assert.True(c.Value <= 0.5m * c.AnnualRevenue && c.Discount <= 0.3m * c.Value && c.Licences >= c.Seats
                && c.End >= c.Start.AddDays(30) && c.End <= c.Start.AddDays(1095), $"row {i}");
        }
    }
}
