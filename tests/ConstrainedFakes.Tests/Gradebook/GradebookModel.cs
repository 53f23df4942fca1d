using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Gradebook;

// Overlapping foreign keys: a member that two links set. Grade.CourseId is Grade.Course's key and a part of
// Grade.Enrollment's; Grade.StudentId is Grade.Student's and the other part. The enrollment is chosen (it owns the
// grades), and the course and the student are the ones it names: its own course (its owner) and its own student (a pick).

[ConstrainedFaker(typeof(Course), typeof(Student), typeof(Appeal))]
public partial class GradebookFaker;

/// <summary>The grades alone: every grade's enrollment is its owner, so a stream splits into parts.</summary>
[ConstrainedFaker(typeof(Course), typeof(Student))]
public partial class GradesFaker;

public class Course
{
    public int Id { get; set; }

    [Range(10, 50)]
    public int Capacity { get; set; }

    [Count(1, 4)]
    public List<Enrollment> Enrollments { get; } = [];

    /// <summary>No [Count]: a grade's course is the one its enrollment names, so this collection is filled by them.</summary>
    public List<Grade> Grades { get; } = [];
}

public class Student
{
    public int Id { get; set; }

    public List<Enrollment> Enrollments { get; } = [];
}

[PrimaryKey(nameof(CourseId), nameof(StudentId))]
public class Enrollment
{
    public int CourseId { get; set; }

    public Course Course { get; set; } = null!;

    public int StudentId { get; set; }

    public Student Student { get; set; } = null!;

    [Count(0, 3)]
    public List<Grade> Grades { get; } = [];
}

public class Grade
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

// Overlaps the data set refuses, each naming the member.

/// <summary>Two composite foreign keys share CourseId: a session and an enrollment of one course need an index of both by course.</summary>
[ConstrainedFaker(typeof(Review))]
public partial class ReviewFaker;

public class Session
{
    [Key]
    public int CourseId { get; set; }

    public Course Course { get; set; } = null!;

    [Key]
    public int Number { get; set; }
}

public class Review
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public int StudentId { get; set; }

    public int Number { get; set; }

    [ForeignKey("CourseId, StudentId")]
    public Enrollment Enrollment { get; set; } = null!;

    [ForeignKey("CourseId, Number")]
    public Session Session { get; set; } = null!;
}

/// <summary>StudentId is a part of the enrollment's key, which names a student, and the key of a tutor: they could disagree.</summary>
[ConstrainedFaker(typeof(Tutoring))]
public partial class TutoringFaker;

public class Tutor
{
    public int Id { get; set; }
}

public class Tutoring
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public int StudentId { get; set; }

    [ForeignKey("CourseId, StudentId")]
    public Enrollment Enrollment { get; set; } = null!;

    [ForeignKey(nameof(StudentId))]
    public Tutor Tutor { get; set; } = null!;
}

/// <summary>A pin's club is the one its seat names, so the pins cannot also be counted per club.</summary>
[ConstrainedFaker(typeof(Club))]
public partial class ClubFaker;

public class Club
{
    public int Id { get; set; }

    [Count(1, 3)]
    public List<Seat> Seats { get; } = [];

    [Count(0, 2)]
    public List<Pin> Pins { get; } = [];
}

/// <summary>Keyed by its club and a number of its own.</summary>
public class Seat
{
    [Key]
    public int ClubId { get; set; }

    public Club Club { get; set; } = null!;

    [Key]
    public int Number { get; set; }
}

public class Pin
{
    public int Id { get; set; }

    public int ClubId { get; set; }

    public Club Club { get; set; } = null!;

    public int Number { get; set; }

    [ForeignKey("ClubId, Number")]
    public Seat Seat { get; set; } = null!;
}
