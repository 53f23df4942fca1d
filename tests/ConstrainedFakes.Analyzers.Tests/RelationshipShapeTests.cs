using static ConstrainedFakes.Analyzers.Tests.Infrastructure.AnalyzerHarness;

namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>
/// Many-to-many skip navigations, composite keys and owned types, as the compile-and-run tests build them: two
/// collections that point at each other are no cycle (CF0008), a key of several members is no problem, and an owned
/// type's members (a relation between them among them) are planned as the owner's.
/// </summary>
public sealed class RelationshipShapeTests
{
    [Fact]
    public void Many_to_many_composite_keys_and_owned_types_report_nothing()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "RelationshipModels");
        var sources = Directory.GetFiles(directory, "*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Assert.Equal(3, sources.Length);
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

    [Fact]
    public void A_conflict_inside_an_owned_type_is_reported_once_at_the_owned_type()
    {
        var diagnostics = Analyze("""
            [Microsoft.EntityFrameworkCore.Owned]
            public class Window
            {
                [Range(10, 20)] public int From { get; set; }
                [GreaterThan(nameof(From)), Range(0, 5)] public int To { get; set; }
            }

            public class Visit
            {
                public int Id { get; set; }
                public Window Window { get; set; } = null!;
            }

            [ConstrainedFaker(typeof(Visit))]
            public partial class VisitFaker;
            """);
        // Not again at Visit through its Window_From and Window_To columns.
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0002", diagnostic.Id);
        Assert.Equal("GreaterThan(nameof(From))", At(diagnostic));
        Assert.StartsWith("Window: these constraints have no solution together:", Message(diagnostic), StringComparison.Ordinal);
    }
}
