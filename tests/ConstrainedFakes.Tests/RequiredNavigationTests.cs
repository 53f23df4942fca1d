using ConstrainedFakes.Tests.Graph;

namespace ConstrainedFakes.Tests;

public class RequiredNavigationTests
{
    [Fact]
    public void RequiredNavigationsAreSetByTheDataSet()
    {
        var data = new KennelFaker(1).DataSet().Count<Kennel>(50).Build();
        Assert.All(data.Set<Kennel>(), k =>
        {
            Assert.InRange(k.Dogs.Count, 1, 3);
            Assert.All(k.Dogs, d => Assert.Same(k, d.Kennel));
        });
        Assert.All(data.Set<Dog>(), d => Assert.Equal(d.Kennel.Id, d.KennelId));
    }

    [Fact]
    public void ARequiredAttributeOnANullableReferenceMakesTheLinkRequired()
    {
        // FakerOptions.NullRate would leave some optional links empty; a required one never is.
        var data = new MemoFaker(new FakerOptions { Seed = 4, NullRate = 0.5 }).DataSet().Count<Writer>(5).Count<Memo>(200).Build();
        Assert.All(data.Set<Memo>(), m => Assert.Contains(m.Author, data.Set<Writer>()));
    }

    [Fact]
    public void ASingleBuilderStartsARequiredCollectionEmptyAndWithSetsTheReference()
    {
        var faker = new KennelFaker(2);
        Assert.Empty(faker.Kennel().Build().Dogs);
        var kennel = faker.Kennel().Build();
        var dog = faker.Dog().WithKennel(kennel).Build();
        Assert.Same(kennel, dog.Kennel);
        Assert.Equal(kennel.Id, dog.KennelId);
    }
}
