using ConstrainedFakes.DataSets;
using ConstrainedFakes.Tests.Graph;

namespace ConstrainedFakes.Tests;

public class GenerationManifestTests
{
    private static DataSet Build(FakerOptions options)
        => new GraphFaker(options).DataSet().Count<Account>(80).Count<Employee>(15).Count<Product>(20).Count<Region>(4).Build();

    [Fact]
    public void TheManifestRoundTripsThroughJson()
    {
        var options = new FakerOptions { Seed = 42, NullRate = 0.1 };
        var manifest = GenerationManifest.Create(Build(options), options);
        var json = manifest.ToJson();
        var read = GenerationManifest.FromJson(json);
        Assert.Equal(manifest, read);
        Assert.Equal(json, read.ToJson());
        Assert.Contains("\"seed\": 42", json);
        Assert.Equal(80, manifest.Counts.Single(c => c.Entity == "Account").Rows);
        Assert.Equal(64, manifest.DataHash.Length);
        Assert.Equal(32, manifest.ModelFingerprint.Length);
    }

    [Fact]
    public void TheSameOptionsRegenerateExactlyTheSameData()
    {
        var options = new FakerOptions { Seed = 7 };
        var manifest = GenerationManifest.FromJson(GenerationManifest.Create(Build(options), options).ToJson());
        Assert.Empty(manifest.Verify(Build(manifest.Options)));
    }

    [Fact]
    public void AnotherSeedOrAChangedRowIsADifference()
    {
        var options = new FakerOptions { Seed = 7 };
        var manifest = GenerationManifest.Create(Build(options), options);
        Assert.Contains(manifest.Verify(Build(options with { Seed = 8 })), d => d.StartsWith("the data differs", StringComparison.Ordinal));

        var changed = Build(options);
        changed.Set<InvoiceLine>()[0].Quantity++;
        var difference = Assert.Single(manifest.Verify(changed));
        Assert.StartsWith("the data differs", difference);
    }

    [Fact]
    public void AnotherModelHasAnotherFingerprintAndCounts()
    {
        var options = new FakerOptions { Seed = 7 };
        var graph = GenerationManifest.Create(Build(options), options);
        var claims = new ClaimFaker(options).DataSet().Count<Claim>(10).Build();
        var differences = graph.Verify(claims);
        Assert.Contains(differences, d => d.StartsWith("the declared model changed", StringComparison.Ordinal));
        Assert.Contains(differences, d => d == "Account is no longer an entity of the data set.");
        Assert.Contains(differences, d => d == "Claim is a new entity of the data set.");
        Assert.Equal(GenerationManifest.Create(claims, options).ModelFingerprint, GenerationManifest.Create(new ClaimFaker(3).DataSet().Count<Claim>(5).Build(), options).ModelFingerprint);
    }
}
