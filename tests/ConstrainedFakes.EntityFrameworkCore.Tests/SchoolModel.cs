using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using ConstrainedFakes;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>
/// Composite foreign keys: an enrollment is keyed by its course and its student, and its assessments and a
/// certificate point at it by both parts (EF Core's convention for the one, <c>[ForeignKey("A, B")]</c> for the other);
/// a mark's course and student keys are the parts of its enrollment's key too (overlapping foreign keys).
/// </summary>
public class Course
{
    public int Id { get; set; }

    [Required, MaxLength(60)]
    public string Title { get; set; } = "";

    [Count(1, 4)]
    public List<Enrollment> Enrollments { get; } = [];
}

public class Student
{
    public int Id { get; set; }

    [Required, MaxLength(60)]
    public string FullName { get; set; } = "";

    public List<Enrollment> Enrollments { get; } = [];
}

[PrimaryKey(nameof(CourseId), nameof(StudentId))]
public class Enrollment
{
    public int CourseId { get; set; }

    public Course Course { get; set; } = null!;

    public int StudentId { get; set; }

    public Student Student { get; set; } = null!;

    [Range(0, 20)]
    public int Grade { get; set; }

    [Count(0, 3)]
    public List<Assessment> Assessments { get; } = [];

    [Count(0, 2)]
    public List<Mark> Marks { get; } = [];
}

public class Mark
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public Course Course { get; set; } = null!;

    public int StudentId { get; set; }

    public Student Student { get; set; } = null!;

    [ForeignKey("CourseId, StudentId")]
    public Enrollment Enrollment { get; set; } = null!;

    [Range(0, 100)]
    public int Points { get; set; }
}

public class Assessment
{
    public int Id { get; set; }

    public int EnrollmentCourseId { get; set; }

    public int EnrollmentStudentId { get; set; }

    public Enrollment Enrollment { get; set; } = null!;

    [Range(0, 100)]
    public int Score { get; set; }
}

public class Certificate
{
    public int Id { get; set; }

    public int? CourseId { get; set; }

    public int? StudentId { get; set; }

    [ForeignKey("CourseId, StudentId"), Nulls(0.25)]
    public Enrollment? Enrollment { get; set; }
}

public class SchoolContext(DbContextOptions<SchoolContext> options) : DbContext(options)
{
    public DbSet<Course> Courses => Set<Course>();

    public DbSet<Student> Students => Set<Student>();

    public DbSet<Enrollment> Enrollments => Set<Enrollment>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<Mark> Marks => Set<Mark>();
}

[ConstrainedFaker(typeof(SchoolContext))]
public partial class SchoolFaker;

/// <summary>The school with a certificate's composite foreign key configured by the Fluent API in the other order.</summary>
public class ReversedSchoolContext(DbContextOptions<ReversedSchoolContext> options) : DbContext(options)
{
    public DbSet<Course> Courses => Set<Course>();

    public DbSet<Student> Students => Set<Student>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.Entity<Certificate>().HasOne(c => c.Enrollment).WithMany().HasForeignKey(c => new { c.StudentId, c.CourseId });
}
