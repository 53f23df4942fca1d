using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using ConstrainedFakes.Testing.School;

namespace ConstrainedFakes.Tests.Gradebook;

// Overlapping foreign keys over the school (tests/Shared/SchoolModel.cs): a member that two links set. Mark.CourseId
// is Mark.Course's key and a part of Mark.Enrollment's; Mark.StudentId is Mark.Student's and the other part.

[ConstrainedFaker(typeof(Course), typeof(Student), typeof(Appeal))]
public partial class GradebookFaker;

/// <summary>The marks alone (and the assessments): every mark's enrollment is its owner, so a stream splits into parts.</summary>
[ConstrainedFaker(typeof(Course), typeof(Student))]
public partial class GradesFaker;

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
