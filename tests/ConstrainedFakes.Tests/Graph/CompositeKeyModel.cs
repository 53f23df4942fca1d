using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Graph;

// Composite keys: an explicit join entity keyed by its two foreign keys, and a key of a foreign key and a
// number of its own.

[ConstrainedFaker(typeof(Course), typeof(Student))]
public partial class SchoolFaker;

public class Course
{
    public int Id { get; set; }

    [MaxLength(60)]
    public string Title { get; set; } = "";

    [Count(1, 5)]
    public List<Enrollment> Enrollments { get; } = [];

    [Count(0, 3)]
    public List<Session> Sessions { get; } = [];
}

public class Student
{
    public int Id { get; set; }

    [MaxLength(60)]
    public string FullName { get; set; } = "";

    public List<Enrollment> Enrollments { get; } = [];
}

/// <summary>The join entity: a course's enrollments name distinct students, since the pair is the key.</summary>
[PrimaryKey(nameof(CourseId), nameof(StudentId))]
public class Enrollment
{
    public int CourseId { get; set; }

    public Course Course { get; set; } = null!;

    public int StudentId { get; set; }

    public Student Student { get; set; } = null!;

    [Range(0, 20)]
    public int Grade { get; set; }
}

/// <summary>Keyed by its course and a number of its own.</summary>
public class Session
{
    [Key]
    public int CourseId { get; set; }

    public Course Course { get; set; } = null!;

    [Key]
    public int Number { get; set; }

    [Range(typeof(DateOnly), "2025-01-01", "2025-06-30")]
    public DateOnly HeldOn { get; set; }
}

// Shapes a data set refuses: a composite key of two picked parents (no owner whose rows it could spread over),
// and a composite foreign key.

[ConstrainedFaker(typeof(Like))]
public partial class LikeFaker;

public class Reader
{
    public int Id { get; set; }
}

[PrimaryKey(nameof(ReaderId), nameof(StudentId))]
public class Like
{
    public int ReaderId { get; set; }

    public Reader Reader { get; set; } = null!;

    public int StudentId { get; set; }

    public Student Student { get; set; } = null!;
}

[ConstrainedFaker(typeof(Certificate))]
public partial class CertificateFaker;

public class Certificate
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public int StudentId { get; set; }

    [ForeignKey("CourseId, StudentId")]
    public Enrollment Enrollment { get; set; } = null!;
}
