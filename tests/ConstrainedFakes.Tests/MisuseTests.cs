using ConstrainedFakes.Tests.Model;

namespace ConstrainedFakes.Tests;

public class MisuseTests
{
    [Fact]
    public void NegativeCountsAndIndexesAreRefused()
    {
        var builder = new TestFaker().Customer();
        var count = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Build(-1));
        Assert.Equal("count", count.ParamName);
        var index = Assert.Throws<ArgumentOutOfRangeException>(() => builder.BuildAt(-1));
        Assert.Equal("index", index.ParamName);
    }

    [Fact]
    public void ZeroRowsIsAnEmptyList() => Assert.Empty(new TestFaker().Customer().Build(0));

    [Fact]
    public void BadOptionsAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TestFaker(new FakerOptions { NullRate = 1.5 }));
        Assert.Throws<ArgumentException>(() => new TestFaker(new FakerOptions { Locale = "" }));
        Assert.Throws<ArgumentException>(() => new TestFaker(new FakerOptions { Locale = "xx_NOPE" }));
        Assert.Throws<ArgumentNullException>(() => new TestFaker(null!));
    }

    [Fact]
    public void OptionsNullRateAppliesToNullableMembersWithoutTheirOwn()
    {
        var rows = new TestFaker(new FakerOptions { Seed = 1, NullRate = 0.5 }).Customer().Build(4_000);
        Assert.InRange(rows.Count(c => c.Phone is null) / 4000.0, 0.45, 0.55);
        Assert.DoesNotContain(rows, c => c.Email is null);
    }

    [Fact]
    public void OtherLocalesDrawTheirOwnNames()
    {
        var german = new TestFaker(new FakerOptions { Seed = 1, Locale = "de" }).Customer().Build(200);
        var english = new TestFaker(1).Customer().Build(200);
        Assert.NotEqual(german.Select(c => c.LastName), english.Select(c => c.LastName));
        Assert.All(german, c => Referee.AssertValid(c, c.Id));
    }
}
