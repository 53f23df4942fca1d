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

    [Count(0, 3)]
    public List<Assessment> Assessments { get; } = [];

    /// <summary>The principal's side of a one-to-one whose dependent holds a composite foreign key.</summary>
    public Badge? Badge { get; set; }
}

public class Badge
{
    public int Id { get; set; }

    public int EnrollmentCourseId { get; set; }

    public int EnrollmentStudentId { get; set; }

    public Enrollment Enrollment { get; set; } = null!;
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

// A shape a data set refuses: a composite key of two picked parents (no owner whose rows it could spread over).

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

// Composite foreign keys: children of an enrollment (its [Count] collection, the key parts named by EF Core's
// convention {Navigation}{Part}), an optional pick named by [ForeignKey("A, B")] with [Popularity], and a pick
// whose parts are named {Target}{Part} under a navigation of another name.

[ConstrainedFaker(typeof(Course), typeof(Student), typeof(Certificate), typeof(Attendance))]
public partial class TranscriptFaker;

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

    [ForeignKey("CourseId, StudentId"), Nulls(0.2), Popularity(1.0)]
    public Enrollment? Enrollment { get; set; }
}

public class Attendance
{
    public int Id { get; set; }

    public int EnrollmentCourseId { get; set; }

    public int EnrollmentStudentId { get; set; }

    public Enrollment Attended { get; set; } = null!;
}

// A composite foreign key that does not fit its parent's key: one member for a key of two.

[ConstrainedFaker(typeof(Diploma))]
public partial class DiplomaFaker;

public class Diploma
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    [ForeignKey(nameof(CourseId))]
    public Enrollment Enrollment { get; set; } = null!;
}

// A composite key of parts the builder generates, declared in another order than the key's.

[ConstrainedFaker(typeof(Edition))]
public partial class EditionFaker;

[PrimaryKey(nameof(Code), nameof(Year))]
public class Edition
{
    public int Year { get; set; }

    [MaxLength(20)]
    public string Code { get; set; } = "";
}

// A composite foreign key to the entity's own table: a branch's parent is an earlier branch, named by both parts.

[ConstrainedFaker(typeof(Branch))]
public partial class BranchFaker;

[PrimaryKey(nameof(Region), nameof(Number))]
public class Branch
{
    [MaxLength(20)]
    public string Region { get; set; } = "";

    public int Number { get; set; }

    public string? ParentRegion { get; set; }

    public int? ParentNumber { get; set; }

    [ForeignKey("ParentRegion, ParentNumber"), Nulls(0.2)]
    public Branch? Parent { get; set; }

    public List<Branch> Children { get; } = [];
}
