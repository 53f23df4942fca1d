using ConstrainedFakes.Analyzers;
using static ConstrainedFakes.Analyzers.Tests.Infrastructure.AnalyzerHarness;

namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>
/// Composite foreign keys: a <c>[ForeignKey]</c> naming a member the entity does not have is CF0003 (a single name
/// with the closest member for the code fix, a list with a hint per missing name), and a cycle through composite
/// foreign keys whose parts are all non-nullable is a cycle of required references (CF0008).
/// </summary>
public sealed class CompositeForeignKeyTests
{
    /// <summary>An explicit join entity keyed by its two foreign keys, the parent of the composite foreign keys here and in <see cref="DataSetProblemTests"/>.</summary>
    internal const string Enrollment = """
        [Microsoft.EntityFrameworkCore.PrimaryKey(nameof(CourseId), nameof(StudentId))]
        public class Enrollment { public int CourseId { get; set; } public int StudentId { get; set; } }
        """;

    [Fact]
    public void A_foreign_key_list_naming_a_missing_member_is_CF0003_at_the_attribute()
    {
        var diagnostics = Analyze(Enrollment, """
            public class Certificate
            {
                public int Id { get; set; }
                public int CourseId { get; set; }
                public int StudentId { get; set; }
                [System.ComponentModel.DataAnnotations.Schema.ForeignKey("CourseId, StudnetId")] public Enrollment Enrollment { get; set; } = null!;
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0003", diagnostic.Id);
        Assert.Equal("System.ComponentModel.DataAnnotations.Schema.ForeignKey(\"CourseId, StudnetId\")", At(diagnostic));
        Assert.Contains("Certificate has no member 'StudnetId'. did you mean 'StudentId' for 'StudnetId'?", Message(diagnostic));
        // A list is no plain member name: the code fix would not know what to write.
        Assert.False(diagnostic.Properties.ContainsKey(ConstraintAnalyzer.SuggestionProperty));
    }

    [Fact]
    public void A_single_foreign_key_naming_a_missing_member_suggests_the_closest()
    {
        var diagnostics = Analyze("""
            public class Customer { public int Id { get; set; } }
            public class Order
            {
                public int Id { get; set; }
                public int CustomerId { get; set; }
                [System.ComponentModel.DataAnnotations.Schema.ForeignKey("CustmerId")] public Customer Customer { get; set; } = null!;
            }
            [ConstrainedFaker(typeof(Order))] public partial class ShopFaker;
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0003", diagnostic.Id);
        Assert.Equal("CustomerId", diagnostic.Properties[ConstraintAnalyzer.SuggestionProperty]);
    }

    [Fact]
    public void A_foreign_key_list_naming_existing_members_reports_nothing()
    {
        var diagnostics = Analyze(Enrollment, """
            public class Certificate
            {
                public int Id { get; set; }
                public int CourseId { get; set; }
                public int StudentId { get; set; }
                [System.ComponentModel.DataAnnotations.Schema.ForeignKey("CourseId, StudentId")] public Enrollment Enrollment { get; set; } = null!;
            }
            [ConstrainedFaker(typeof(Certificate))] public partial class SchoolFaker;
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Theory]
    [InlineData("int", "a cycle of required foreign keys")]
    [InlineData("int?", "a cycle of foreign keys whose optional links own their rows or are composite")]
    public void A_cycle_through_a_composite_foreign_key_is_refused_even_when_its_parts_are_nullable(string partType, string expected)
    {
        var diagnostics = Analyze($$"""
            [Microsoft.EntityFrameworkCore.PrimaryKey(nameof(CourseId), nameof(Number))]
            public class Lesson
            {
                public int CourseId { get; set; }
                public int Number { get; set; }
                public Room? Room { get; set; }
                public int RoomId { get; set; }
            }
            public class Room
            {
                public int Id { get; set; }
                public {{partType}} FirstLessonCourseId { get; set; }
                public {{partType}} FirstLessonNumber { get; set; }
                public Lesson? FirstLesson { get; set; }
            }
            [ConstrainedFaker(typeof(Lesson), typeof(Room))] public partial class TimetableFaker;
            """);
        // A composite foreign key cannot point back (its parts do not exist before the parent's row), so the data set refuses both.
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0008", diagnostic.Id);
        Assert.Contains(expected, Message(diagnostic));
        Assert.Contains("Room.FirstLesson", Message(diagnostic));
    }

    [Fact]
    public void The_principal_of_a_one_to_one_by_a_composite_foreign_key_is_no_cycle()
    {
        var diagnostics = Analyze(Enrollment.Replace("public int StudentId { get; set; } }", "public int StudentId { get; set; } public Badge Badge { get; set; } = null!; }"), """
            public class Badge
            {
                public int Id { get; set; }
                public int EnrollmentCourseId { get; set; }
                public int EnrollmentStudentId { get; set; }
                public Enrollment Enrollment { get; set; } = null!;
            }
            [ConstrainedFaker(typeof(Enrollment), typeof(Badge))] public partial class SchoolFaker;
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }
}
