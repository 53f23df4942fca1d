using ConstrainedFakes.Tests.Model;

namespace ConstrainedFakes.Tests;

public class FixedValueTests
{
    [Fact]
    public void AFixedValueAppearsInEveryRowAndTheRestIsStillSampled()
    {
        var rows = new TestFaker(1).Customer().WithAge(30).WithTier(Tier.Enterprise).Build(100);
        Assert.All(rows, c => Assert.Equal(30, c.Age));
        Assert.All(rows, c => Assert.Equal(Tier.Enterprise, c.Tier));
        Assert.True(rows.Select(c => c.Email).Distinct().Count() > 90);
    }

    [Fact]
    public void FixedNamesFlowIntoTheEmail()
    {
        var c = new TestFaker(1).Customer().WithFirstName("Ada").WithLastName("Lovelace").Build();
        Assert.Contains("lovelace", c.Email);
    }

    [Fact]
    public void FixingAMemberDoesNotShiftTheOthers()
    {
        var free = new TestFaker(9).Customer().BuildAt(17);
        var fixedAge = new TestFaker(9).Customer().WithAge(99).BuildAt(17);
        Assert.Equal(free.Email, fixedAge.Email);
        Assert.Equal(free.Balance, fixedAge.Balance);
        Assert.Equal(free.CreatedAt, fixedAge.CreatedAt);
    }

    [Fact]
    public void NullCanBeFixedOnANullableMember()
    {
        var rows = new TestFaker(1).Customer().WithPhone(null).Build(10);
        Assert.All(rows, c => Assert.Null(c.Phone));
    }

    [Theory]
    [InlineData(17)]
    [InlineData(121)]
    public void AValueOutsideTheRangeIsRefusedNamingMemberConstraintAndValue(int age)
    {
        var e = Assert.Throws<ConstraintViolationException>(() => new TestFaker().Customer().WithAge(age).Build());
        Assert.Equal("Customer", e.Entity);
        Assert.Contains("[Range(18, 120)] Age", e.Constraints);
        Assert.Contains($"Age = {age}", e.Message);
    }

    [Fact]
    public void StringConstraintsAreCheckedOnFixedValues()
    {
        var builder = new TestFaker().Customer();
        Assert.Throws<ConstraintViolationException>(() => builder.WithFirstName(new string('x', 41)));
        Assert.Throws<ConstraintViolationException>(() => builder.WithFirstName("  "));
        Assert.Throws<ConstraintViolationException>(() => builder.WithFirstName(null!));
        var e = Assert.Throws<ConstraintViolationException>(() => builder.WithCurrency("JPY"));
        Assert.Contains("\"JPY\"", e.Message);
        Assert.Contains("AllowedValues", e.Message);
    }

    [Fact]
    public void PrecisionAndDateRangesAreCheckedOnFixedValues()
    {
        var builder = new TestFaker().Customer();
        Assert.Throws<ConstraintViolationException>(() => builder.WithBalance(1.005m));
        Assert.Throws<ConstraintViolationException>(() => builder.WithBalance(-0.01m));
        Assert.Throws<ConstraintViolationException>(() => builder.WithCreatedAt(new DateTime(2020, 12, 31)));
        Assert.Equal(1.01m, builder.WithBalance(1.01m).Build().Balance);
        var exclusive = new TestFaker().AllTypes();
        Assert.Throws<ConstraintViolationException>(() => exclusive.WithLeapWindow(new DateTime(2024, 3, 1)));
        Assert.Throws<ConstraintViolationException>(() => exclusive.WithDay(new DateOnly(2000, 1, 1)));
        Assert.Throws<ConstraintViolationException>(() => exclusive.WithNotTwoToFour(3));
        Assert.Equal(0.15m, exclusive.WithExclusiveDecimal(0.15m).Build().ExclusiveDecimal);
    }
}
