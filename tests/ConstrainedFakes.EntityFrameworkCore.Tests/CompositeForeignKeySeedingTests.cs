using ConstrainedFakes.DataSets;
using ConstrainedFakes.Reports;
using ConstrainedFakes.Testing.School;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>Composite foreign keys seeded with foreign keys enforced, on both paths, from a data set and from a stream.</summary>
public class CompositeForeignKeySeedingTests
{
    private static SchoolContext Open(TestDatabase database) => database.NewContext<SchoolContext>(options => new SchoolContext(options));

    private static DataSetBuilder School() => new SchoolFaker(11).DataSet().Count<Course>(120).Count<Student>(15).Count<Certificate>(200);

    [Theory, InlineData(Provider.Sqlite), PostgresData]
    public async Task Every_composite_foreign_key_lands_and_names_its_enrollment(Provider provider)
    {
        var data = School().Build();
        Assert.Contains(data.Set<Certificate>(), c => c.Enrollment is null);
        foreach (var (bulkCopy, stream) in new[] { (true, false), (false, false), (true, true) })
        {
            await using var database = await TestDatabase.CreateAsync(provider, Open);
            await using (var context = Open(database))
            {
                IEnumerable<object> rows = stream ? School().Stream() : data.Entities;
                await context.SeedAsync(rows, options: new SeedOptions { BulkCopy = bulkCopy, BatchSize = 50 });
            }
            await using (var context = Open(database))
            {
                var assessments = await context.Assessments.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
                Assert.Equal(data.Set<Assessment>().Select(a => (a.Id, a.EnrollmentCourseId, a.EnrollmentStudentId, a.Score)),
                    assessments.Select(a => (a.Id, a.EnrollmentCourseId, a.EnrollmentStudentId, a.Score)));
                var certificates = await context.Certificates.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
                Assert.Equal(data.Set<Certificate>().Select(c => (c.Id, c.CourseId, c.StudentId)), certificates.Select(c => (c.Id, c.CourseId, c.StudentId)));
                // The database joins each part pair to its one enrollment.
                Assert.Equal(assessments.Count, await context.Assessments.CountAsync(a => a.Enrollment.Grade >= 0));
                Assert.Equal(certificates.Count(c => c.CourseId is not null), await context.Certificates.CountAsync(c => c.Enrollment != null));
                // A mark's course and student are its enrollment's (the keys overlap).
                var marks = await context.Marks.AsNoTracking().OrderBy(g => g.Id).ToListAsync();
                Assert.NotEmpty(marks);
                Assert.Equal(data.Set<Mark>().Select(g => (g.Id, g.CourseId, g.StudentId, g.Points)), marks.Select(g => (g.Id, g.CourseId, g.StudentId, g.Points)));
                Assert.Equal(marks.Count, await context.Marks.CountAsync(g => g.Enrollment.Course == g.Course && g.Enrollment.Student == g.Student));
                object[] readBack =
                [
                    .. await context.Courses.AsNoTracking().ToListAsync(), .. await context.Students.AsNoTracking().ToListAsync(),
                    .. await context.Enrollments.AsNoTracking().ToListAsync(), .. assessments, .. certificates, .. marks,
                ];
                var report = FidelityReport.Measure(readBack);
                Assert.True(report.IsClean, report.ToJson());
            }
        }
    }

    [Fact]
    public async Task A_composite_foreign_key_naming_no_enrollment_is_refused_by_the_database()
    {
        var data = School().Build();
        data.Set<Assessment>()[3].EnrollmentStudentId = -1;
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite, Open);
        await using var context = Open(database);
        await Assert.ThrowsAsync<SeedException>(() => context.SeedAsync(data));
        Assert.Equal(0, await context.Courses.CountAsync());
    }

    [Fact]
    public async Task A_composite_foreign_key_the_Fluent_API_pairs_otherwise_is_refused_before_any_row()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite, d => d.NewContext<ReversedSchoolContext>(options => new ReversedSchoolContext(options)));
        await using var context = database.NewContext<ReversedSchoolContext>(options => new ReversedSchoolContext(options));
        var refused = await Assert.ThrowsAsync<SeedModelMismatchException>(() => context.SeedAsync(School().Build()));
        var mismatch = Assert.Single(refused.Mismatches);
        Assert.Equal((typeof(Certificate), "StudentId, CourseId", "foreign key"), (mismatch.Entity, mismatch.Member, mismatch.Facet));
        Assert.Equal("pairs them with Enrollment's key as StudentId = CourseId, CourseId = StudentId", mismatch.EntityFramework);
        Assert.StartsWith("sets CourseId = CourseId, StudentId = StudentId from Enrollment", mismatch.Faker, StringComparison.Ordinal);
        Assert.Equal(0, await context.Courses.CountAsync());
    }
}
