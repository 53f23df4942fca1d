using ConstrainedFakes.Testing.School;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>
/// The school (tests/Shared/SchoolModel.cs) in a database: composite foreign keys, by EF Core's convention and by
/// <c>[ForeignKey("A, B")]</c>, and a mark's overlapping ones.
/// </summary>
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
