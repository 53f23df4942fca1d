using Microsoft.CodeAnalysis;
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
    public void Many_to_many_composite_keys_and_owned_types_report_only_the_shapes_the_data_set_refuses()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "RelationshipModels");
        var sources = Directory.GetFiles(directory, "*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Assert.Equal(6, sources.Length);
        var diagnostics = Analyze(sources);
        // The compile-and-run tests' three deliberately refused fakers (LikeFaker, DiplomaFaker, StoreFaker), each once, where it is declared.
        Assert.True(diagnostics.Count == 3, Describe(diagnostics));
        Assert.All(diagnostics, d => Assert.Equal("CF0008", d.Id));
        Assert.Equal("PrimaryKey(nameof(ReaderId), nameof(StudentId))", At(diagnostics[0]));
        Assert.StartsWith("Like: Like [PrimaryKey(nameof(ReaderId), nameof(StudentId))]: a unique index over foreign keys alone", Message(diagnostics[0]));
        Assert.Equal("Enrollment", At(diagnostics[1]));
        Assert.StartsWith("Diploma: Diploma.Enrollment has the foreign key (CourseId), but Enrollment's key (CourseId, StudentId) has 2 members", Message(diagnostics[1]));
        Assert.Equal("ShelfCrate", At(diagnostics[2]));
        Assert.Equal("ShelfCrate: Shelf.Crates ↔ Crate.Shelves through ShelfCrate: ShelfCrate has no foreign key to Crate (CrateId).", Message(diagnostics[2]));
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

    [Fact]
    public void A_conflict_in_the_element_of_a_collection_inside_owned_objects_is_reported_once_at_the_element_type()
    {
        var diagnostics = Analyze("""
            [Microsoft.EntityFrameworkCore.Owned]
            [Invariant("Low > High + 60")]
            public class Bin
            {
                [Range(0, 50)] public int Low { get; set; }
                [Range(0, 50)] public int High { get; set; }
            }

            [Microsoft.EntityFrameworkCore.Owned]
            public class Aisle
            {
                public string Code { get; set; } = "";
                [Count(0, 3)] public List<Bin> Bins { get; set; } = new();
            }

            [Microsoft.EntityFrameworkCore.Owned]
            public class Yard
            {
                [Range(1, 9)] public int Gates { get; set; }
                public List<Bin> Spares { get; set; } = new();
            }

            public class Warehouse
            {
                public int Id { get; set; }
                public Yard Yard { get; set; } = null!;
                [Count(1, 3)] public List<Aisle> Aisles { get; set; } = new();
            }

            [ConstrainedFaker(typeof(Warehouse))]
            public partial class WarehouseFaker;
            """);
        // Not again at Warehouse through Yard.Spares, nor at Aisle through Bins.
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0002", diagnostic.Id);
        Assert.Equal("Invariant(\"Low > High + 60\")", At(diagnostic));
        Assert.StartsWith("Bin: these constraints have no solution together:", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_conflict_in_an_invariant_of_an_owned_type_inside_an_owned_type_is_reported_once_at_the_invariant()
    {
        var diagnostics = Analyze("""
            [Microsoft.EntityFrameworkCore.Owned]
            [Invariant("North > East + 60")]
            public class Point
            {
                [Range(0, 50)] public int North { get; set; }
                [Range(0, 50)] public int East { get; set; }
            }

            [Microsoft.EntityFrameworkCore.Owned]
            public class Spot
            {
                public Point Point { get; set; } = null!;
                public string Name { get; set; } = "";
            }

            public class Visit
            {
                public int Id { get; set; }
                public Spot Spot { get; set; } = null!;
                [Nulls(0.5)] public Spot? Other { get; set; }
                [Range(0, 5)] public int Guests { get; set; }
            }

            [ConstrainedFaker(typeof(Visit))]
            public partial class VisitFaker;
            """);
        // Not again at Visit through Spot_Point_North and Other_Point_North.
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0002", diagnostic.Id);
        Assert.Equal("Invariant(\"North > East + 60\")", At(diagnostic));
        Assert.StartsWith("Point: these constraints have no solution together:", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_conflict_in_the_element_type_of_an_owned_collection_from_a_compiled_assembly_is_reported_at_the_collection()
    {
        var library = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "OwnedLibrary",
            new[] { """
                [Microsoft.EntityFrameworkCore.Owned]
                [Invariant("North > East + 60")]
                public class Point
                {
                    [Range(0, 50)] public int North { get; set; }
                    [Range(0, 50)] public int East { get; set; }
                }
                """, Infrastructure.AnalyzerHarness.Usings }.Select(s => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(s, Infrastructure.AnalyzerHarness.ParseOptions)),
            Infrastructure.AnalyzerHarness.References,
            Infrastructure.AnalyzerHarness.CompilationOptions);
        const string ownerSource = """
            public class Track
            {
                public int Id { get; set; }
                [Count(1, 3)] public List<Point> Points { get; set; } = new();
                [Range(0, 5)] public int Laps { get; set; }
            }

            [ConstrainedFaker(typeof(Track))]
            public partial class TrackFaker;
            """;
        var diagnostic = Assert.Single(Analyze(Compile(ownerSource).AddReferences(Compiled(library))));
        Assert.Equal("CF0002", diagnostic.Id);
        Assert.Equal("Points", At(diagnostic));
        Assert.StartsWith("Track: Points: the owned Point: these constraints have no solution together:", Message(diagnostic), StringComparison.Ordinal);
        // From a referenced project's source, the owned type's own analysis (in that project) tells it, not the owner's.
        Assert.Empty(Analyze(Compile(ownerSource).AddReferences(library.ToMetadataReference())));
    }

    /// <summary>The library as a compiled assembly, read from metadata as a package's would be (not as a project's source).</summary>
    private static MetadataReference Compiled(Compilation library)
    {
        using var image = new MemoryStream();
        var emitted = library.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
