using ConstrainedFakes.Tests.Model;

namespace ConstrainedFakes.Tests;

public class SmokeTests
{
    [Fact]
    public void Builds()
    {
        var faker = new TestFaker(42);
        var c = faker.Customer().Build();
        Assert.NotNull(c.Email);
    }
}
