using static ConstrainedFakes.Analyzers.Tests.Infrastructure.AnalyzerHarness;

namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>
/// Every shape a faker's data set refuses (its <c>DataSet().Build()</c> throws) is reported, from the generator's own
/// data-set plan, once, at the member or attribute at fault; the valid shape next to each draws nothing.
/// </summary>
public sealed class DataSetProblemTests
{
    private const string Enrollment = CompositeForeignKeyTests.Enrollment;

    /// <summary>A refused shape: the source, and the ID, place (as written) and words of its one diagnostic.</summary>
    public sealed record Refused(string Name, string Source, string Id, string At, string Says)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Refused> RefusedShapes() => new()
    {
        new("composite foreign key of one member for a key of two", Enrollment + Diploma("nameof(CourseId)", "int"), "CF0008", "Enrollment",
            "Diploma: Diploma.Enrollment has the foreign key (CourseId), but Enrollment's key (CourseId, StudentId) has 2 members"),
        new("composite foreign key part of another type", Enrollment + Diploma("\"CourseId, StudentId\"", "long"), "CF0008", "StudentId",
            "Diploma: Diploma.StudentId is long but Enrollment.StudentId, the key part it copies, is int."),
        new("member two links set", Enrollment + Grade("CourseId", "StudentId"), "CF0008", "CourseId",
            "Grade: Grade.CourseId is the foreign key of Grade.Course and a part of Grade.Enrollment's, but Enrollment.CourseId, the key part it copies, is no foreign key to Course"),
        new("foreign key to a parent with no generated key", Shop("public string Code { get; set; } = \"\";", "int"), "CF0008", "CustomerId",
            "Order: Order.CustomerId (the foreign key of Customer) needs a single generated key on Customer"),
        new("foreign key of another type than the parent's key", Shop("public int Id { get; set; }", "long"), "CF0008", "CustomerId",
            "Order: Order.CustomerId is long but the key of Customer is int."),
        new("join entity with no foreign key to a side", Blog("public int TagNumber { get; set; }", "", ""), "CF0008", "PostTag",
            "PostTag: Post.Tags ↔ Tag.Posts through PostTag: PostTag has no foreign key to Tag (TagId)."),
        new("[Count] on both sides of a many-to-many through a join entity", Blog("public int TagId { get; set; }", "[Count(1, 2)]", "[Count(1, 2)]"), "CF0008", "Tags",
            "has [Count] on both sides; only one side's links per row can hold by construction"),
        new("many-to-many of an entity with itself through a join entity", """
            public class Person
            {
                public int Id { get; set; }
                [System.ComponentModel.DataAnnotations.Schema.InverseProperty(nameof(Followers))] public List<Person> Following { get; } = new();
                public List<Person> Followers { get; } = new();
            }
            public class Follow { public int Id { get; set; } public int FollowerId { get; set; } public int FollowedId { get; set; } }
            public class ClubContext : Microsoft.EntityFrameworkCore.DbContext
            {
                public Microsoft.EntityFrameworkCore.DbSet<Person> People => Set<Person>();
                protected override void OnModelCreating(Microsoft.EntityFrameworkCore.ModelBuilder builder)
                    => builder.Entity<Person>().HasMany(p => p.Following).WithMany(p => p.Followers).UsingEntity<Follow>();
            }
            [ConstrainedFaker(typeof(ClubContext))] public partial class ClubFaker;
            """, "CF0008", "Following", ": a many-to-many of an entity with itself through a join entity is not made yet."),
        new("join entity of two many-to-manys", """
            public class Post { public int Id { get; set; } public List<Tag> Tags { get; } = new(); public List<Label> Labels { get; } = new(); }
            public class Tag { public int Id { get; set; } public List<Post> Posts { get; } = new(); }
            public class Label { public int Id { get; set; } public List<Post> Posts { get; } = new(); }
            public class PostTag { public int Id { get; set; } public int PostId { get; set; } public int TagId { get; set; } public int LabelId { get; set; } }
            public class BlogContext : Microsoft.EntityFrameworkCore.DbContext
            {
                public Microsoft.EntityFrameworkCore.DbSet<Post> Posts => Set<Post>();
                protected override void OnModelCreating(Microsoft.EntityFrameworkCore.ModelBuilder builder)
                {
                    builder.Entity<Post>().HasMany(p => p.Tags).WithMany(t => t.Posts).UsingEntity<PostTag>();
                    builder.Entity<Post>().HasMany(p => p.Labels).WithMany(l => l.Posts).UsingEntity<PostTag>();
                }
            }
            [ConstrainedFaker(typeof(BlogContext))] public partial class BlogFaker;
            """, "CF0008", "Labels", ": PostTag is the join entity of another many-to-many already."),
        new("[Count] on both sides of a many-to-many", Tags("[Count(1, 2)]", "[Count(1, 2)]", "public int Id { get; set; }"), "CF0008", "Posts",
            "Tag: Post.Tags ↔ Tag.Posts is a many-to-many with [Count] on both sides"),
        new("a many-to-many side with no generated key", Tags("[Count(1, 2)]", "", "public DateTime Id { get; set; }"), "CF0008", "Tag",
            "whose join rows need a single generated key on Tag"),
        new("composite key of two picked parents with no owner", Likes(""), "CF0008", "Microsoft.EntityFrameworkCore.PrimaryKey(nameof(ReaderId), nameof(StudentId))",
            "Like: Like [Microsoft.EntityFrameworkCore.PrimaryKey(nameof(ReaderId), nameof(StudentId))]: a unique index over foreign keys alone"),
        new("[Popularity] on the link that owns the rows", Lines("[Count(1, 3)] public List<Line> Lines { get; set; } = new();"), "CF0008", "Order",
            "Line: [Popularity] on Line.Order has nothing to choose"),
        new("required reference to its own table", """
            public class Employee { public int Id { get; set; } public int ManagerId { get; set; } public Employee Manager { get; set; } = null!; }
            [ConstrainedFaker(typeof(Employee))] public partial class StaffFaker;
            """, "CF0008", "Manager",
            "Employee: Employee.Manager is a required reference of Employee to its own table, so the first row could have no parent"),
        new("rule through a link that closes a cycle", League("[Range(1990, 2030), LessThanOrEqual(\"Captain.JoinedYear\")]"), "CF0008", "Founded",
            "Team: Team reads Player through Team.Captain, which closes a cycle of foreign keys"),
        new("[Sequence] on a collection that does not own its events", Claims("[Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt))]", "[Count(1, 3)]", ""), "CF0009", "Events",
            "Claim: Claim.Events has [Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt))] but does not own its ClaimEvent rows"),
        new("[Sequence] time with another constraint", Claims("[Count(1, 3), Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt))]", "", "[LessThan(nameof(ClosedAt))]"), "CF0009", "OccurredAt",
            "ClaimEvent: Claim.Events [Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt))]: ClaimEvent.OccurredAt must be a date or time member"),
    };

    public static TheoryData<string, string> ValidShapes() => new()
    {
        { "composite foreign key of one member per key member", Enrollment + Diploma("\"CourseId, StudentId\"", "int") },
        { "composite foreign key to its own table's single key", Lesson("""
            public class Lesson { public int Id { get; set; } public int? PreviousId { get; set; } public Lesson? Previous { get; set; } }
            """) },
        { "composite foreign key to its own table", Lesson("""
            [Microsoft.EntityFrameworkCore.PrimaryKey(nameof(CourseId), nameof(Number))]
            public class Lesson
            {
                public int CourseId { get; set; }
                public int Number { get; set; }
                public int? PreviousCourseId { get; set; }
                public int? PreviousNumber { get; set; }
                [System.ComponentModel.DataAnnotations.Schema.ForeignKey("PreviousCourseId, PreviousNumber")] public Lesson? Previous { get; set; }
            }
            """) },
        { "each foreign-key member set by one link", Enrollment + Grade("EnrollmentCourseId", "EnrollmentStudentId") },
        { "foreign key of the parent's key type", Shop("public int Id { get; set; }", "int") },
        { "join entity with a foreign key to each side", Blog("public int TagId { get; set; }", "[Count(1, 2)]", "") },
        { "[Count] on one side of a many-to-many", Tags("[Count(1, 2)]", "", "public int Id { get; set; }") },
        { "composite key of two picked parents under an owner", Likes("[Count(0, 2)] public List<Like> Likes { get; set; } = new();") },
        { "[Popularity] on a pick", Lines("") },
        { "optional reference to its own table", """
            public class Employee { public int Id { get; set; } public int? ManagerId { get; set; } public Employee? Manager { get; set; } }
            [ConstrainedFaker(typeof(Employee))] public partial class StaffFaker;
            """ },
        { "rule through a link that does not close a cycle", League("[Range(1990, 2030)]") },
        { "[Sequence] on the collection that owns its events", Claims("[Count(1, 3), Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt))]", "", "") },
    };

    [Theory]
    [MemberData(nameof(RefusedShapes))]
    public void A_shape_the_data_set_refuses_is_reported_once_where_it_is_declared(Refused shape)
    {
        var diagnostics = Analyze(shape.Source);
        Assert.True(diagnostics.Count == 1, Describe(diagnostics));
        Assert.Equal(shape.Id, diagnostics[0].Id);
        Assert.Equal(shape.At, At(diagnostics[0]));
        Assert.Contains(shape.Says, Message(diagnostics[0]));
    }

    [Theory]
    [MemberData(nameof(ValidShapes))]
    public void The_valid_shape_next_to_it_reports_nothing(string name, string source)
    {
        var diagnostics = Analyze(source);
        Assert.True(diagnostics.Count == 0, $"{name}:\n{Describe(diagnostics)}");
    }

    [Fact]
    public void A_problem_of_an_entity_two_fakers_name_is_reported_once()
    {
        var diagnostics = Analyze(Enrollment + Diploma("nameof(CourseId)", "int"), "[ConstrainedFaker(typeof(Diploma))] public partial class OtherFaker;");
        Assert.True(diagnostics.Count == 1, Describe(diagnostics));
    }

    [Theory]
    [InlineData("[Transitions(\"Filed -> Aproved | Denied\")]", "[Count(1, 2), Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt))]", "Transitions(\"Filed -> Aproved | Denied\")")]
    [InlineData("[Transitions(\"Filed -> Approved | Denied\")]", "[Count(3, 4), Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt))]", "Count(3, 4)")]
    [InlineData("[Transitions(\"Filed -> Approved | Denied\")]", "[Count(1, 2), Sequence(\"Stauts\", nameof(ClaimEvent.OccurredAt))]", "Sequence(\"Stauts\", nameof(ClaimEvent.OccurredAt))")]
    public void A_state_machine_problem_its_own_check_reports_is_not_reported_again_by_the_data_set(string transitions, string events, string at)
    {
        var diagnostics = Analyze(Claims(events, "", "").Replace("[Transitions(\"Filed -> Approved | Denied\")]", transitions));
        // The misspelt state, the [Count] no path fits, the missing state member: each once, by the enum's or the entity's own check.
        Assert.True(diagnostics.Count == 1, Describe(diagnostics));
        Assert.Equal(at, At(diagnostics[0]));
    }

    [Fact]
    public void A_data_set_problem_the_entity_tells_at_the_same_attribute_is_told_once()
    {
        // The entity's own check and the data set both refuse the exponent, at [Popularity]: the same problem.
        var diagnostics = Analyze(Lines("").Replace("[Popularity(1.0)]", "[Popularity(-1.0)]"));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("CF0008", "Popularity(-1.0)"), (diagnostic.Id, At(diagnostic)));
    }

    [Fact]
    public void A_data_set_problem_caused_by_a_member_with_no_value_is_told_once_by_the_entity()
    {
        // The [Sequence]'s time member has empty bounds: the data set cannot order the events because of the entity's own CF0001.
        var diagnostics = Analyze(Claims("[Count(1, 2), Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt))]", "", "MARK")
            .Replace("[Range(typeof(DateTime), \"2024-01-01\", \"2024-06-30\")] MARK", "[Range(typeof(DateTime), \"2024-06-30\", \"2024-01-01\")]"));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("CF0001", "Range(typeof(DateTime), \"2024-06-30\", \"2024-01-01\")"), (diagnostic.Id, At(diagnostic)));
    }

    [Fact]
    public void A_data_set_problem_of_another_ID_at_a_member_the_entity_reports_is_told_too()
    {
        // Backwards bounds on the foreign key (the entity's CF0001), and a foreign key of another type than the parent's
        // key (the data set's CF0008): fixing either leaves the other.
        var diagnostics = Analyze(Shop("public int Id { get; set; }", "long").Replace("public long CustomerId", "[Range(10, 5)] public long CustomerId"));
        Assert.True(diagnostics.Count == 2, Describe(diagnostics));
        Assert.Equal(("CF0001", "Range(10, 5)"), (diagnostics[0].Id, At(diagnostics[0])));
        Assert.Equal(("CF0008", "CustomerId"), (diagnostics[1].Id, At(diagnostics[1])));
        Assert.Contains("Order.CustomerId is long but the key of Customer is int.", Message(diagnostics[1]));
    }

    [Fact]
    public void A_data_set_problem_of_the_same_ID_at_another_place_of_the_member_is_told_too()
    {
        // Events' [Count] admits no path of the machine (the entity's CF0009 at [Count]), and Reviews, declared first
        // with a [Count], owns the events, so the [Sequence] cannot order them (the data set's CF0009 at Events).
        var diagnostics = Analyze(Claims("", "", "")
            .Replace("public List<ClaimEvent> Events", "[Count(1, 2)] public List<ClaimEvent> Reviews { get; set; } = new(); [Count(3, 4), Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt))] public List<ClaimEvent> Events"));
        Assert.True(diagnostics.Count == 2, Describe(diagnostics));
        Assert.Equal(new[] { ("CF0009", "Count(3, 4)"), ("CF0009", "Events") }, diagnostics.Select(d => (d.Id, At(d))).OrderBy(d => d.Item2));
        Assert.Contains(diagnostics, d => Message(d).Contains("does not own its ClaimEvent rows"));
    }

    [Theory]
    [InlineData("nameof(Code), \"Regoin\"", "'Regoin'", "Region")]
    [InlineData("\"Cdoe\"", "'Cdoe'", "Code")]
    [InlineData("\"Regoin\", \"Cdoe\"", "'Regoin', 'Cdoe'", null)]
    public void A_unique_index_naming_a_missing_member_is_CF0003_with_the_closest_name(string members, string missing, string? suggestion)
    {
        var diagnostics = Analyze(Store(members));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0003", diagnostic.Id);
        Assert.Equal($"Microsoft.EntityFrameworkCore.Index({members}, IsUnique = true)", At(diagnostic));
        Assert.Contains($"names {missing}, which Store does not have as a member the builder sets.", Message(diagnostic));
        Assert.Equal(suggestion, diagnostic.Properties.GetValueOrDefault(ConstraintAnalyzer.SuggestionProperty));
    }

    [Theory]
    [InlineData("[StringLength(8, MinimumLength = 4)]", true)]
    [InlineData("[StringLength(8, MinimumLength = 4)]", false)]
    [InlineData("", true)]
    [InlineData("", false)]
    public void A_unique_index_naming_a_missing_member_is_CF0003_from_the_class_itself_once(string codeConstraint, bool withFaker)
    {
        // With no faker, or on a class whose only EF Core attribute is the index, the class's own analysis tells it;
        // a faker's data set refuses the same index, and it is still told once.
        var source = Store("nameof(Code), \"Regoin\"").Replace("[StringLength(8, MinimumLength = 4)] public string Code", $"{codeConstraint} public string Code");
        AssertOneStoreMemberMissing(Analyze(withFaker ? source : WithoutFaker(source)), "Microsoft.EntityFrameworkCore.Index(nameof(Code), \"Regoin\", IsUnique = true)",
            "names 'Regoin', which Store does not have as a member the builder sets. Did you mean 'Region' for 'Regoin'?", "Region");
    }

    [Theory]
    [InlineData("nameof(Id), \"Regoin\"", true, "'Regoin'", " Did you mean 'Region' for 'Regoin'?", "Region")]
    [InlineData("nameof(Id), \"Regoin\"", false, "'Regoin'", " Did you mean 'Region' for 'Regoin'?", "Region")]
    [InlineData("\"Cdoe\"", true, "'Cdoe'", " Did you mean 'Code' for 'Cdoe'?", "Code")]
    [InlineData("\"Regoin\", \"Cdoe\"", false, "'Regoin', 'Cdoe'", " Did you mean 'Region' for 'Regoin'? Did you mean 'Code' for 'Cdoe'?", null)]
    public void A_primary_key_naming_a_missing_member_is_CF0003_from_the_class_itself_once(string members, bool withFaker, string missing, string hints, string? suggestion)
    {
        // The key is not the one declared (the builder reads it without the name), so the faker's data set refuses it;
        // the class's own analysis tells it, with or without a faker, and only once.
        var source = KeyedStore(members);
        AssertOneStoreMemberMissing(Analyze(withFaker ? source : WithoutFaker(source)), $"Microsoft.EntityFrameworkCore.PrimaryKey({members})",
            $"names {missing}, which Store does not have as a member the builder sets.{hints}", suggestion);
    }

    [Theory]
    [InlineData("nameof(Id), nameof(Code)", true)]
    [InlineData("nameof(Id), nameof(Code)", false)]
    [InlineData("\"Id\", \"Region\"", true)]
    [InlineData("nameof(Code)", false)]
    public void A_primary_key_naming_its_members_draws_nothing(string members, bool withFaker)
    {
        var diagnostics = Analyze(withFaker ? KeyedStore(members) : WithoutFaker(KeyedStore(members)));
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Theory]
    [InlineData("\"Regoin\"")]
    [InlineData("nameof(Code), \"Regoin\"")]
    public void An_index_that_is_not_unique_names_nothing_the_generator_reads(string members)
    {
        // The generator ignores an index that is not unique, so a misspelt name in it refuses nothing.
        var source = WithoutFaker(Store(members).Replace(", IsUnique = true", ""));
        var diagnostics = Analyze(source);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Theory]
    [InlineData("nameof(Code), nameof(Region)")]
    [InlineData("nameof(Code)")]
    public void A_unique_index_naming_its_members_reports_nothing(string members)
    {
        var diagnostics = Analyze(Store(members));
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Fact]
    public async Task The_misspelt_member_of_a_unique_index_is_fixed_as_nameof()
    {
        var fixedSource = await Infrastructure.CodeFixHarness.FixFirst(new ConstrainedFakes.CodeFixes.UseClosestMemberCodeFix(), Store("nameof(Code), \"Regoin\""));
        Assert.Equal(Store("nameof(Code), nameof(Region)"), fixedSource);
    }

    private static string Store(string members) => $$"""
        [Microsoft.EntityFrameworkCore.Index({{members}}, IsUnique = true)]
        public class Store
        {
            public int Id { get; set; }
            [StringLength(8, MinimumLength = 4)] public string Code { get; set; } = "";
            [StringLength(8, MinimumLength = 4)] public string Region { get; set; } = "";
        }
        [ConstrainedFaker(typeof(Store))] public partial class StoreFaker;
        """;

    /// <summary>The one diagnostic is CF0003 at <paramref name="attribute"/> (as written), telling it on Store and saying <paramref name="says"/>, with the code fix's name.</summary>
    private static void AssertOneStoreMemberMissing(IReadOnlyList<Diagnostic> diagnostics, string attribute, string says, string? suggestion)
    {
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0003", diagnostic.Id);
        Assert.Equal(attribute, At(diagnostic));
        Assert.EndsWith($"Store [{attribute}] {says}", Message(diagnostic));
        Assert.Equal(suggestion, diagnostic.Properties.GetValueOrDefault(ConstraintAnalyzer.SuggestionProperty));
    }

    private static string WithoutFaker(string source) => source.Replace("[ConstrainedFaker(typeof(Store))] public partial class StoreFaker;", "");

    private static string KeyedStore(string members) => Store("nameof(Code)")
        .Replace("[Microsoft.EntityFrameworkCore.Index(nameof(Code), IsUnique = true)]", $"[Microsoft.EntityFrameworkCore.PrimaryKey({members})]");

    private static string Diploma(string foreignKey, string studentIdType) => $$"""
        public class Diploma
        {
            public int Id { get; set; }
            public int CourseId { get; set; }
            public {{studentIdType}} StudentId { get; set; }
            [System.ComponentModel.DataAnnotations.Schema.ForeignKey({{foreignKey}})] public Enrollment Enrollment { get; set; } = null!;
        }
        [ConstrainedFaker(typeof(Diploma))] public partial class SchoolFaker;
        """;

    private static string Lesson(string lesson) => lesson + "\n[ConstrainedFaker(typeof(Lesson))] public partial class TimetableFaker;";

    private static string Grade(string courseKey, string studentKey) => $$"""
        public class Course { public int Id { get; set; } }
        public class Grade
        {
            public int Id { get; set; }
            public int CourseId { get; set; }
            public Course Course { get; set; } = null!;
            {{(courseKey == "CourseId" ? "" : $"public int {courseKey} {{ get; set; }}")}}
            public int {{studentKey}} { get; set; }
            [System.ComponentModel.DataAnnotations.Schema.ForeignKey("{{courseKey}}, {{studentKey}}")] public Enrollment Enrollment { get; set; } = null!;
        }
        [ConstrainedFaker(typeof(Grade))] public partial class GradeFaker;
        """;

    private static string Shop(string customerKey, string foreignKeyType) => $$"""
        public class Customer { {{customerKey}} }
        public class Order { public int Id { get; set; } public {{foreignKeyType}} CustomerId { get; set; } public Customer Customer { get; set; } = null!; }
        [ConstrainedFaker(typeof(Order))] public partial class ShopFaker;
        """;

    private static string Blog(string tagKey, string postsCount, string tagsCount) => $$"""
        public class Post { public int Id { get; set; } {{postsCount}} public List<Tag> Tags { get; } = new(); }
        public class Tag { public int Id { get; set; } {{tagsCount}} public List<Post> Posts { get; } = new(); }
        public class PostTag { public int Id { get; set; } public int PostId { get; set; } {{tagKey}} }
        public class BlogContext : Microsoft.EntityFrameworkCore.DbContext
        {
            public Microsoft.EntityFrameworkCore.DbSet<Post> Posts => Set<Post>();
            protected override void OnModelCreating(Microsoft.EntityFrameworkCore.ModelBuilder builder)
                => builder.Entity<Post>().HasMany(p => p.Tags).WithMany(t => t.Posts).UsingEntity<PostTag>();
        }
        [ConstrainedFaker(typeof(BlogContext))] public partial class BlogFaker;
        """;

    private static string Tags(string postsCount, string tagsCount, string tagKey) => $$"""
        public class Post { public int Id { get; set; } {{postsCount}} public List<Tag> Tags { get; } = new(); }
        public class Tag { {{tagKey}} {{tagsCount}} public List<Post> Posts { get; } = new(); }
        [ConstrainedFaker(typeof(Post), typeof(Tag))] public partial class BlogFaker;
        """;

    private static string Likes(string studentLikes) => $$"""
        public class Reader { public int Id { get; set; } }
        public class Student { public int Id { get; set; } {{studentLikes}} }
        [Microsoft.EntityFrameworkCore.PrimaryKey(nameof(ReaderId), nameof(StudentId))]
        public class Like
        {
            public int ReaderId { get; set; }
            public Reader Reader { get; set; } = null!;
            public int StudentId { get; set; }
            public Student Student { get; set; } = null!;
        }
        [ConstrainedFaker(typeof(Like))] public partial class LikeFaker;
        """;

    private static string Lines(string orderLines) => $$"""
        public class Order { public int Id { get; set; } {{orderLines}} }
        public class Line { public int Id { get; set; } public int OrderId { get; set; } [Popularity(1.0)] public Order Order { get; set; } = null!; }
        [ConstrainedFaker(typeof(Line))] public partial class ShopFaker;
        """;

    private static string League(string founded) => $$"""
        public class Team
        {
            public int Id { get; set; }
            public int? CaptainId { get; set; }
            public Player? Captain { get; set; }
            {{founded}} public int Founded { get; set; }
            [Count(1, 3), System.ComponentModel.DataAnnotations.Schema.InverseProperty(nameof(Player.Team))] public List<Player> Players { get; } = new();
        }
        public class Player
        {
            public int Id { get; set; }
            public int TeamId { get; set; }
            public Team Team { get; set; } = null!;
            [Range(1990, 2030)] public int JoinedYear { get; set; }
        }
        [ConstrainedFaker(typeof(Team))] public partial class LeagueFaker;
        """;

    private static string Claims(string events, string otherCount, string occurredAt) => $$"""
        [Transitions("Filed -> Approved | Denied")]
        public enum ClaimStatus { Filed, Approved, Denied }
        public class Claim
        {
            public int Id { get; set; }
            {{events}} public List<ClaimEvent> Events { get; set; } = new();
            {{(otherCount.Length == 0 ? "" : $"{otherCount} public List<ClaimEvent> Reviews {{ get; set; }} = new();")}}
        }
        public class ClaimEvent
        {
            public int Id { get; set; }
            public ClaimStatus Status { get; set; }
            [Range(typeof(DateTime), "2024-01-01", "2024-06-30")] {{occurredAt}} public DateTime OccurredAt { get; set; }
            [Range(typeof(DateTime), "2024-01-01", "2024-06-30")] public DateTime ClosedAt { get; set; }
        }
        [ConstrainedFaker(typeof(Claim))] public partial class ClaimFaker;
        """;
}
