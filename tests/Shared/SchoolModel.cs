using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Testing.School;

// A school of composite keys and composite foreign keys, for the compile-and-run tests (a data set builds it) and the
// EF Core tests (a database takes it); each project declares its own fakers and contexts over these entities.
//
// An enrollment is keyed by its course and its student, and its assessments and marks point at it by both parts (EF
// Core's convention {Navigation}{Part} for the one, [ForeignKey("A, B")] for the other). A mark's keys overlap: its
// CourseId is Mark.Course's key and a part of Mark.Enrollment's, its StudentId is Mark.Student's and the other part.
// The enrollment is chosen (it owns the marks), and the course and the student are the ones it names: its own course
// (its owner) and its own student (a pick). Certificates and appeals pick an enrollment or none.

public class Course
{
    public int Id { get; set; }

    [Required, MaxLength(60)]
    public string Title { get; set; } = "";

    [Range(10, 50)]
    public int Capacity { get; set; }

    [Count(1, 4)]
    public List<Enrollment> Enrollments { get; } = [];

    /// <summary>No [Count]: a mark's course is the one its enrollment names, so this collection is filled by them.</summary>
    public List<Mark> Marks { get; } = [];
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

    [Count(0, 3)]
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

/// <summary>An optional pick whose key parts are both nullable.</summary>
public class Certificate
{
    public int Id { get; set; }

    public int? CourseId { get; set; }

    public int? StudentId { get; set; }

    [ForeignKey("CourseId, StudentId"), Nulls(0.25)]
    public Enrollment? Enrollment { get; set; }
}

/// <summary>
/// A root table whose composite link is an optional pick: with an enrollment, the course is the enrollment's; without
/// one (StudentId null), the course is drawn on its own. A rule reads the course, so its rows are conditioned on it.
/// </summary>
public class Appeal
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public Course Course { get; set; } = null!;

    public int? StudentId { get; set; }

    [ForeignKey("CourseId, StudentId"), Nulls(0.3)]
    public Enrollment? Enrollment { get; set; }

    [Range(1, 50), LessThanOrEqual("Course.Capacity")]
    public int Seat { get; set; }
}
