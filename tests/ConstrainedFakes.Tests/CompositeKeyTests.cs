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

    private static DataSets.DataSetBuilder Transcript(ulong seed)
        => new TranscriptFaker(seed).DataSet().Count<Course>(150).Count<Student>(20).Count<Certificate>(300).Count<Attendance>(200);

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(77UL)]
    [InlineData(0xDEADBEEFUL)]
    public void EveryPartOfACompositeForeignKeyNamesTheOneParentItsNavigationHolds(ulong seed)
    {
        var data = Transcript(seed).Build();
        var enrollments = data.Set<Enrollment>().ToDictionary(e => (e.CourseId, e.StudentId));
        var assessments = data.Set<Assessment>();
        Assert.NotEmpty(assessments);
        Assert.All(assessments, a =>
        {
            Assert.Same(enrollments[(a.EnrollmentCourseId, a.EnrollmentStudentId)], a.Enrollment);
            Assert.Contains(a, a.Enrollment.Assessments);
        });
        Assert.All(enrollments.Values, e =>
        {
            Assert.InRange(e.Assessments.Count, 0, 3);
            Assert.All(e.Assessments, a => Assert.Same(e, a.Enrollment));
        });
        // Every count of 0 to 3 occurs: the [Count] on the parent's collection is drawn, not fixed.
        Assert.Equal([0, 1, 2, 3], enrollments.Values.Select(e => e.Assessments.Count).Distinct().Order());

        var certificates = data.Set<Certificate>();
        Assert.All(certificates, c =>
        {
            if (c.Enrollment is null)
            {
                Assert.Null(c.CourseId);
                Assert.Null(c.StudentId);
                return;
            }
            Assert.Same(enrollments[(c.CourseId!.Value, c.StudentId!.Value)], c.Enrollment);
        });
        Assert.InRange(certificates.Count(c => c.Enrollment is null), 30, 100);   // [Nulls(0.2)] of 300

        Assert.All(data.Set<Attendance>(), a => Assert.Same(enrollments[(a.EnrollmentCourseId, a.EnrollmentStudentId)], a.Attended));
    }

    [Theory]
    [InlineData(4UL)]
    [InlineData(5UL)]
    public void AOneToOneThroughACompositeForeignKeyGivesAnEnrollmentNoneOrOneBadge(ulong seed)
    {
        var data = Transcript(seed).Build();
        var badges = data.Set<Badge>();
        Assert.NotEmpty(badges);
        Assert.Equal(badges.Count, badges.Select(b => (b.EnrollmentCourseId, b.EnrollmentStudentId)).Distinct().Count());
        Assert.All(badges, b =>
        {
            Assert.Equal((b.Enrollment.CourseId, b.Enrollment.StudentId), (b.EnrollmentCourseId, b.EnrollmentStudentId));
            Assert.Same(b, b.Enrollment.Badge);
        });
        Assert.Equal(badges.Count, data.Set<Enrollment>().Count(e => e.Badge is not null));
        Assert.Contains(data.Set<Enrollment>(), e => e.Badge is null);
    }

    [Fact]
    public void APopularCompositeParentIsPickedMostOften()
    {
        var data = Transcript(5).Build();
        var picks = data.Set<Certificate>().Where(c => c.Enrollment is not null).GroupBy(c => (c.CourseId, c.StudentId)).Select(g => g.Count()).OrderDescending().ToList();
        var pool = data.Set<Enrollment>().Count;
        // Zipf with exponent 1 over the pool: the top parent takes 1 / H(pool) of the picks, far above 1 / pool.
        var harmonic = Enumerable.Range(1, pool).Sum(k => 1.0 / k);
        Assert.InRange(picks[0] / (double)picks.Sum(), 0.5 / harmonic, 2.0 / harmonic);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(42UL)]
    public void AStreamGivesTheBuiltRowsWithTheSameCompositeKeys(ulong seed)
    {
        static string Keys(object row) => row switch
        {
            Enrollment e => $"E {e.CourseId} {e.StudentId}",
            Assessment a => $"A {a.Id} {a.EnrollmentCourseId} {a.EnrollmentStudentId} {a.Score}",
            Certificate c => $"C {c.Id} {c.CourseId} {c.StudentId}",
            Attendance a => $"T {a.Id} {a.EnrollmentCourseId} {a.EnrollmentStudentId}",
            _ => row.GetType().Name,
        };
        var built = Transcript(seed).Build().Entities.Select(Keys).ToList();
        Assert.Equal(built, Transcript(seed).Stream().Select(Keys).ToList());
    }

    [Fact]
    public void AStreamInPartsRefusesAPickOfACompositeKeyOnlyItsOwnPartKnows()
    {
        var error = Assert.Throws<NotSupportedException>(() => Transcript(1).Stream(0, 2).ToList());
        Assert.Contains("Certificate.Enrollment picks from all of Enrollment", error.Message);
    }

    [Fact]
    public void WithTheNavigationSetsEveryPartOfTheKey()
    {
        var faker = new TranscriptFaker(3);
        var enrollment = new Enrollment { CourseId = 7, StudentId = 11 };
        var certificate = faker.Certificate().WithEnrollment(enrollment).Build();
        Assert.Same(enrollment, certificate.Enrollment);
        Assert.Equal((7, 11), (certificate.CourseId, certificate.StudentId));
        var assessment = faker.Assessment().WithEnrollment(enrollment).Build();
        Assert.Equal((7, 11), (assessment.EnrollmentCourseId, assessment.EnrollmentStudentId));
    }

    [Fact]
    public void TheReportChecksCompositeForeignKeys()
    {
        var data = Transcript(6).Build();
        var report = FidelityReport.Measure(data);
        Assert.True(report.IsClean, report.ToJson());
        var check = Assert.Single(report.Entities.Single(e => e.Entity == "Certificate").Checks, c => c.Kind == CheckKind.ForeignKey);
        Assert.Equal("CourseId, StudentId -> Enrollment.CourseId, StudentId", check.Constraint);
        Assert.Equal(data.Set<Certificate>().Count(c => c.Enrollment is not null), check.Checked);
        Assert.Single(report.Entities.Single(e => e.Entity == "Attendance").Checks, c => c.Kind == CheckKind.ForeignKey && c.Checked == 200);
    }

    [Fact]
    public void TheReportFindsACompositeForeignKeyThatNamesNoParent()
    {
        var data = Transcript(6).Build();
        var broken = data.Set<Attendance>()[0];
        broken.EnrollmentStudentId = -1;
        var check = FidelityReport.Measure(data).Entities.Single(e => e.Entity == "Attendance").Checks.Single(c => c.Kind == CheckKind.ForeignKey);
        Assert.Equal(1, check.Violations);
        Assert.Contains("names no Enrollment", check.Examples[0]);
    }

    [Fact]
    public void ACompositeForeignKeyThatDoesNotFitItsParentsKeyIsRefused()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new DiplomaFaker(1).DataSet().Build());
        Assert.Contains("Diploma.Enrollment has the foreign key (CourseId), but Enrollment's key (CourseId, StudentId) has 2 members", error.Message);
    }

    [Fact]
    public void KeyAtGivesACompositeKeyInKeyOrderAsBuildAtDoes()
    {
        var editions = new EditionFaker(4).Edition();
        foreach (var index in new long[] { 0, 1, 2, 99, 12_345 })
        {
            var row = editions.BuildAt(index);
            var (code, year) = editions.KeyAt(index);   // [PrimaryKey(nameof(Code), nameof(Year))]: Code first
            Assert.Equal((row.Code, row.Year), (code, year));
        }
        Assert.Equal(1000, Enumerable.Range(0, 1000).Select(i => editions.KeyAt(i)).Distinct().Count());

        var faker = new SchoolFaker(4);
        var sessions = faker.Session();
        Assert.Equal((sessions.BuildAt(7).CourseId, sessions.BuildAt(7).Number), sessions.KeyAt(7));
        // A part a With method fixes is the fixed value, as in the row.
        var course = new Course { Id = 31 };
        sessions.WithCourse(course);
        Assert.Equal((31, sessions.BuildAt(7).Number), sessions.KeyAt(7));
        Assert.Equal(sessions.BuildAt(7).Number, sessions.KeyAt(7).Number);
        var enrollments = faker.Enrollment().WithStudentId(5);
        Assert.Equal((enrollments.BuildAt(3).CourseId, 5), enrollments.KeyAt(3));
    }

    [Fact]
    public void KeyAtGivesASingleKeyAsBuildAtDoesAFixedOneIncluded()
    {
        var customers = new Model.TestFaker(4).Customer();
        var products = new GraphFaker(4).Product();
        foreach (var index in new long[] { 0, 7, 12_345 })
        {
            Assert.Equal(customers.BuildAt(index).Id, customers.KeyAt(index));
            Assert.Equal(products.BuildAt(index).Id, products.KeyAt(index));
        }
        // A key a With method fixes is the fixed value, as in the row (as for a composite key's parts).
        customers.WithId(77);
        var id = Guid.Parse("0b4c8a52-95a1-4c6e-9d3e-2a1f4b7c9e10");
        products.WithId(id);
        foreach (var index in new long[] { 0, 7, 12_345 })
        {
            Assert.Equal((77, 77), (customers.BuildAt(index).Id, customers.KeyAt(index)));
            Assert.Equal((id, id), (products.BuildAt(index).Id, products.KeyAt(index)));
        }
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(42UL)]
    [InlineData(0xDEADBEEFUL)]
    public void ACompositeForeignKeyToItsOwnTableNamesAnEarlierRow(ulong seed)
    {
        var data = new BranchFaker(seed).DataSet().Count<Branch>(400).Build();
        var branches = data.Set<Branch>();
        var at = branches.Select((b, i) => (b, i)).ToDictionary(x => (x.b.Region, x.b.Number), x => x.i);
        Assert.Equal(branches.Count, at.Count);
        Assert.Null(branches[0].Parent);
        Assert.All(branches, b =>
        {
            if (b.Parent is null)
            {
                Assert.Equal((null, null), (b.ParentRegion, b.ParentNumber));
                return;
            }
            var parent = at[(b.ParentRegion!, b.ParentNumber!.Value)];
            Assert.Same(branches[parent], b.Parent);
            Assert.True(parent < at[(b.Region, b.Number)], "a parent is an earlier row");
            Assert.Contains(b, b.Parent.Children);
        });
        Assert.InRange(branches.Count(b => b.Parent is null), 50, 120);   // [Nulls(0.2)] of 400, and the first row
        Assert.Equal(branches.Count(b => b.Parent is not null), branches.Sum(b => b.Children.Count));

        static string Keys(object row) => row is Branch b ? $"{b.Region} {b.Number} {b.ParentRegion} {b.ParentNumber}" : row.GetType().Name;
        Assert.Equal(data.Entities.Select(Keys), new BranchFaker(seed).DataSet().Count<Branch>(400).Stream().Select(Keys));
        Assert.Equal(GraphShape.Of(data), GraphShape.Of(new BranchFaker(seed).DataSet().Count<Branch>(400).InParallel(3).Build()));
        // The parts are the parent's KeyAt, so a part of the stream names a parent of another part without holding it.
        Assert.Equal(data.Entities.Select(Keys), Enumerable.Range(0, 3).SelectMany(p => new BranchFaker(seed).DataSet().Count<Branch>(400).Stream(p, 3)).Select(Keys));
        Assert.True(FidelityReport.Measure(data).IsClean);
    }
}
