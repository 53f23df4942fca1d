using static ConstrainedFakes.Analyzers.Tests.Infrastructure.AnalyzerHarness;

namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>
/// Many-to-many skip navigations and composite keys, as the compile-and-run tests build them: two collections
/// that point at each other are no cycle (CF0008), and a key of several members is no problem.
/// </summary>
public sealed class RelationshipShapeTests
{
    [Fact]
    public void Many_to_many_and_composite_keys_report_nothing()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "RelationshipModels");
        var sources = Directory.GetFiles(directory, "*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Assert.Equal(2, sources.Length);
        var diagnostics = Analyze(sources);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Fact]
    public void A_self_many_to_many_reports_nothing()
    {
        var diagnostics = Analyze("""
            public class Person
            {
                public long Id { get; set; }
                [System.ComponentModel.DataAnnotations.Schema.InverseProperty(nameof(Followers)), Count(0, 3)]
                public List<Person> Following { get; } = new();
                public List<Person> Followers { get; } = new();
            }
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }
}
