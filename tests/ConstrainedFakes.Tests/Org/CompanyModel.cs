using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;

namespace ConstrainedFakes.Tests.Org;

// A cycle through an optional key: a department requires nothing, its staff require their department, and a
// department's optional head is one of the employees, made after it. A project, a pool whose rows a department
// may sponsor, points back too (through a chain: Project → Department → Employee).

[ConstrainedFaker(typeof(Department), typeof(Project))]
public partial class CompanyFaker;

public class Department
{
    public int Id { get; set; }

    [MaxLength(40)]
    public string Name { get; set; } = "";

    public int? HeadId { get; set; }

    [Nulls(0.2)]
    public Employee? Head { get; set; }

    [Count(1, 5), InverseProperty(nameof(Employee.Department))]
    public List<Employee> Staff { get; } = new();
}

public class Employee
{
    public int Id { get; set; }

    [MaxLength(40)]
    public string Name { get; set; } = "";

    public int DepartmentId { get; set; }

    public Department Department { get; set; } = null!;

    public int? ProjectId { get; set; }

    public Project? Project { get; set; }
}

public class Project
{
    public int Id { get; set; }

    [MaxLength(40)]
    public string Title { get; set; } = "";

    public int? LeadId { get; set; }

    public Employee? Lead { get; set; }
}

// A rule through the link that closes a cycle: the captain is made after the team, so it cannot be read.

[ConstrainedFaker(typeof(Team))]
public partial class LeagueFaker;

public class Team
{
    public int Id { get; set; }

    public int? CaptainId { get; set; }

    public Player? Captain { get; set; }

    [Range(1990, 2030), LessThanOrEqual("Captain.JoinedYear")]
    public int Founded { get; set; }

    [Count(1, 3), InverseProperty(nameof(Player.Team))]
    public List<Player> Players { get; } = new();
}

public class Player
{
    public int Id { get; set; }

    public int TeamId { get; set; }

    public Team Team { get; set; } = null!;

    [Range(1990, 2030)]
    public int JoinedYear { get; set; }

    // Through the back reference a step further on: refused as well.
    [Range(1990, 2040), GreaterThanOrEqual("Team.Captain.JoinedYear")]
    public int RetiredYear { get; set; }
}

// A rule through a self-reference: a mentee ranks no higher than their mentor. Such rows read an earlier
// row of their own table, so a parallel build makes them serially.

[ConstrainedFaker(typeof(Mentee))]
public partial class MentoringFaker;

public class Mentee
{
    public int Id { get; set; }

    public int? MentorId { get; set; }

    public Mentee? Mentor { get; set; }

    [Range(1, 10), LessThanOrEqual("Mentor.Level")]
    public int Level { get; set; }
}
