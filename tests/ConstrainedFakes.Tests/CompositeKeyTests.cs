using ConstrainedFakes.Reports;
using ConstrainedFakes.Tests.Graph;

namespace ConstrainedFakes.Tests;

public class CompositeKeyTests
{
    private static DataSets.DataSetBuilder School(ulong seed) => new SchoolFaker(seed).DataSet().Count<Course>(400).Count<Student>(12);

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(77UL)]
    public void AJoinEntityKeyedByItsTwoForeignKeysNeverRepeatsAPair(ulong seed)
    {
        var data = School(seed).Build();
        var enrollments = data.Set<Enrollment>();
        Assert.Equal(enrollments.Count, enrollments.Select(e => (e.CourseId, e.StudentId)).Distinct().Count());
        foreach (var course in data.Set<Course>())
        {
            Assert.InRange(course.Enrollments.Count, 1, 5);
            Assert.All(course.Enrollments, e => Assert.Same(course, e.Course));
        }
        Assert.All(enrollments, e =>
        {
            Assert.Equal(e.Student.Id, e.StudentId);
            Assert.Contains(e, e.Student.Enrollments);
            Assert.InRange(e.Grade, 0, 20);
        });
        // Every count of 1 to 5 occurs, so some course has five distinct students of twelve.
        Assert.Contains(data.Set<Course>(), c => c.Enrollments.Count == 5);
    }

    [Fact]
    public void AKeyOfAForeignKeyAndANumberIsDistinctByItsNumber()
    {
        var sessions = School(3).Build().Set<Session>();
        Assert.NotEmpty(sessions);
        Assert.Equal(sessions.Count, sessions.Select(s => (s.CourseId, s.Number)).Distinct().Count());
        Assert.All(sessions, s => Assert.Equal(s.Course.Id, s.CourseId));
    }

    [Fact]
    public void TheReportChecksTheCompositeKeysAsDeclared()
    {
        var report = FidelityReport.Measure(School(4).Build());
        Assert.True(report.IsClean, report.ToJson());
        var checks = report.Entities.Single(e => e.Entity == "Enrollment").Checks;
        var key = Assert.Single(checks, c => c.Kind == CheckKind.Unique && c.Member == "CourseId, StudentId");
        Assert.Equal("[PrimaryKey(\"CourseId\", \"StudentId\")]", key.Constraint);
        Assert.True(key.Checked > 0);
        Assert.Contains(report.Entities.Single(e => e.Entity == "Session").Checks, c => c.Kind == CheckKind.Unique && c.Member == "CourseId, Number");
    }

    [Fact]
    public void TooFewStudentsForDistinctPairsIsRefusedNamingTheKey()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new SchoolFaker(1).DataSet().Count<Course>(100).Count<Student>(3).Build());
        Assert.Contains("[PrimaryKey(nameof(CourseId), nameof(StudentId))]", error.Message);
    }

    [Fact]
    public void ACompositeKeyOfTwoPickedParentsIsRefused()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new LikeFaker(1).DataSet().Build());
        Assert.Contains("Like [PrimaryKey(nameof(ReaderId), nameof(StudentId))]", error.Message);
    }

    [Fact]
    public void ACompositeForeignKeyIsRefused()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new CertificateFaker(1).DataSet().Build());
        Assert.Contains("Certificate.Enrollment has a composite foreign key (CourseId, StudentId)", error.Message);
    }
}
