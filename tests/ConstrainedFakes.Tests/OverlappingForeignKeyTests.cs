using ConstrainedFakes.DataSets;
using ConstrainedFakes.Reports;
using ConstrainedFakes.Testing.School;
using ConstrainedFakes.Tests.Gradebook;

namespace ConstrainedFakes.Tests;

/// <summary>A member that two links set (a link's key that is a part of another's composite key): both parents agree on it by construction.</summary>
public class OverlappingForeignKeyTests
{
    private static DataSetBuilder Gradebook(ulong seed) => new GradebookFaker(seed).DataSet().Count<Course>(120).Count<Student>(15).Count<Appeal>(300);

    public static TheoryData<ulong> Seeds() => [1UL, 2UL, 3UL, 42UL, 77UL, 1234UL, 0xDEADBEEFUL, ulong.MaxValue];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryNavigationHoldsTheParentItsKeysName(ulong seed)
    {
        var data = Gradebook(seed).Build();
        var enrollments = data.Set<Enrollment>().ToDictionary(e => (e.CourseId, e.StudentId));
        var marks = data.Set<Mark>();
        Assert.NotEmpty(marks);
        Assert.All(marks, m =>
        {
            Assert.Same(enrollments[(m.CourseId, m.StudentId)], m.Enrollment);
            Assert.Same(m.Enrollment.Course, m.Course);
            Assert.Same(m.Enrollment.Student, m.Student);
            Assert.Equal((m.Course.Id, m.Student.Id), (m.CourseId, m.StudentId));
            Assert.Contains(m, m.Enrollment.Marks);
            Assert.Contains(m, m.Course.Marks);
        });
        // The course's marks are exactly those of its enrollments, in row order.
        Assert.All(data.Set<Course>(), c => Assert.Equal(c.Enrollments.SelectMany(e => e.Marks), c.Marks));
        Assert.Equal([0, 1, 2, 3], enrollments.Values.Select(e => e.Marks.Count).Distinct().Order());

        var appeals = data.Set<Appeal>();
        Assert.All(appeals, a =>
        {
            Assert.Equal(a.Course.Id, a.CourseId);
            Assert.InRange(a.Seat, 1, a.Course.Capacity);
            if (a.Enrollment is null)
            {
                Assert.Null(a.StudentId);
                return;
            }
            Assert.Same(enrollments[(a.CourseId, a.StudentId!.Value)], a.Enrollment);
            Assert.Same(a.Enrollment.Course, a.Course);
        });
        Assert.InRange(appeals.Count(a => a.Enrollment is null), 50, 130);   // [Nulls(0.3)] of 300
        // Without an enrollment the course is drawn on its own, so appeals reach courses of every size.
        Assert.True(appeals.Where(a => a.Enrollment is null).Select(a => a.CourseId).Distinct().Count() > 40);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(42UL)]
    public void AStreamAndAParallelBuildGiveTheBuiltRows(ulong seed)
    {
        static string Keys(object row) => row switch
        {
            Mark m => $"M {m.Id} {m.CourseId} {m.StudentId} {m.Points}",
            Appeal a => $"A {a.Id} {a.CourseId} {a.StudentId} {a.Seat}",
            Enrollment e => $"E {e.CourseId} {e.StudentId}",
            _ => row.GetType().Name,
        };
        var built = Gradebook(seed).Build();
        Assert.Equal(built.Entities.Select(Keys), Gradebook(seed).Stream().Select(Keys));
        foreach (var threads in new[] { 2, 3 })
            Assert.Equal(GraphShape.Of(built), GraphShape.Of(Gradebook(seed).InParallel(threads).Build()));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void StreamPartsOfOwnedOverlappingKeysAreTheWholeStream(int partitions)
    {
        static DataSetBuilder Grades() => new GradesFaker(9).DataSet().Count<Course>(100).Count<Student>(12);
        static string Keys(object row) => row switch
        {
            Mark m => $"M {m.Id} {m.CourseId} {m.StudentId} {m.Points}",
            Enrollment e => $"E {e.CourseId} {e.StudentId}",
            _ => row.GetType().Name,
        };
        var whole = Grades().Stream().Select(Keys).ToList();
        var parts = Enumerable.Range(0, partitions).Select(p => Grades().Stream(p, partitions).Select(Keys).ToList()).ToList();
        // Table by table in partition order, the parts are the whole stream.
        var byTable = parts.SelectMany(p => p.Select((k, i) => (Table: k[0], Part: parts.IndexOf(p), At: i, Key: k)))
            .OrderBy(x => whole.FindIndex(k => k[0] == x.Table)).ThenBy(x => x.Part).ThenBy(x => x.At).Select(x => x.Key);
        Assert.Equal(whole, byTable);
        Assert.Contains(whole, k => k.StartsWith("M ", StringComparison.Ordinal));
    }

    [Fact]
    public void AStreamInPartsRefusesAPickedEnrollment()
    {
        var error = Assert.Throws<NotSupportedException>(() => Gradebook(1).Stream(0, 2).ToList());
        Assert.Contains("Appeal.Enrollment picks from all of Enrollment", error.Message);
    }

    [Fact]
    public void TheReportFindsEveryForeignKeyResolved()
    {
        var report = FidelityReport.Measure(Gradebook(5).Build());
        Assert.True(report.IsClean, report.ToJson());
        var checks = report.Entities.Single(e => e.Entity == "Mark").Checks.Where(c => c.Kind == CheckKind.ForeignKey).ToList();
        Assert.Equal(3, checks.Count);
        Assert.All(checks, c => Assert.True(c.Checked > 0));
    }

    [Fact]
    public void TwoCompositeForeignKeysSharingAMemberAreRefused()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new ReviewFaker(1).DataSet().Build());
        Assert.Contains("Review.CourseId is a foreign-key member of several links (Review.Enrollment, Review.Session)", error.Message);
    }

    [Fact]
    public void ASharedMemberWhoseParentsCouldDisagreeIsRefused()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new TutoringFaker(1).DataSet().Build());
        Assert.Contains("Tutoring.StudentId is the foreign key of Tutoring.Tutor and a part of Tutoring.Enrollment's, but Enrollment.StudentId, the key part it copies, is no foreign key to Tutor", error.Message);
    }

    [Fact]
    public void ACountOnTheCollectionOfANamedParentIsRefused()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new ClubFaker(1).DataSet().Build());
        Assert.Contains("Club.Pins has [Count(0, 2)], but each Pin's Club is the one its Seat names", error.Message);
    }
}
