using System.Collections;
using ConstrainedFakes.Generator.Tests.Infrastructure;

namespace ConstrainedFakes.Generator.Tests;

/// <summary>Snapshots of the code for the relationship shapes beyond one-to-many: many-to-many, composite foreign keys, owned types.</summary>
public sealed class RelationshipShapeSnapshotTests
{
    /// <summary>
    /// Skip navigations: posts and tags (the [Count] on the second side declared makes it the one that picks),
    /// and people who follow people, a self many-to-many paired by [InverseProperty] whose follows are skewed by [Popularity].
    /// </summary>
    private const string ManyToManySource = """
        #pragma warning disable CS1591
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using System.ComponentModel.DataAnnotations.Schema;
        using ConstrainedFakes;

        namespace Blog
        {
            public class Post
            {
                public int Id { get; set; }
                [MaxLength(60)] public string Title { get; set; } = "";
                public ICollection<Tag> Tags { get; } = new List<Tag>();
            }

            public class Tag
            {
                public int Id { get; set; }
                [MaxLength(20)] public string Label { get; set; } = "";
                [Count(0, 6, Mean = 2.0)] public List<Post>? Posts { get; set; }
            }

            public class Person
            {
                public long Id { get; set; }
                [InverseProperty(nameof(Followers)), Count(0, 3), Popularity(1.1)] public List<Person> Following { get; } = new();
                public List<Person> Followers { get; } = new();
            }

            [ConstrainedFaker(typeof(Post), typeof(Person))]
            public partial class BlogFaker { }
        }
        """;

    [Fact]
    public void ManyToMany()
    {
        var generated = GeneratedCodeSnapshotTests.GenerateAndCompile(ManyToManySource, nameof(ManyToMany));

        using var assembly = GeneratedAssembly.Load(generated.Output);
        var data = assembly.BuildDataSet("Blog.BlogFaker");
        Assert.Equal(["Post", "Person", "Tag"], data.EntityTypes.Select(t => t.Name));
        var joins = data.Entities.OfType<ConstrainedFakes.DataSets.JoinRow>().ToList();
        Assert.Equal(["Person.Following", "Tag.Posts"], joins.Select(j => $"{j.Entity.Name}.{j.Navigation}").Distinct());
        foreach (dynamic entity in data.Entities)
        {
            switch (((object)entity).GetType().Name)
            {
                case "Tag":
                    var posts = (IList)(entity.Posts ?? new List<object>());
                    Assert.InRange(posts.Count, 0, 6);
                    foreach (dynamic post in posts) Assert.Contains((object)entity, ((IEnumerable)post.Tags).Cast<object>());
                    break;
                case "Person":
                    Assert.InRange((int)entity.Following.Count, 0, 3);
                    foreach (dynamic followed in entity.Following) Assert.Contains((object)entity, ((IEnumerable)followed.Followers).Cast<object>());
                    break;
            }
        }
        Assert.Equal(joins.Count(j => j.Entity.Name == "Person"), data.Entities.Where(e => e.GetType().Name == "Person").Sum(p => (int)((dynamic)p).Followers.Count));
    }

    /// <summary>
    /// Composite foreign keys to a join entity keyed by its two foreign keys: its children (owned through a
    /// [Count] collection, parts named by convention), and an optional pick named by [ForeignKey("A, B")].
    /// </summary>
    private const string CompositeForeignKeySource = """
        #pragma warning disable CS1591
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using System.ComponentModel.DataAnnotations.Schema;
        using ConstrainedFakes;

        namespace School
        {
            public class Course
            {
                public int Id { get; set; }
                [Count(1, 3)] public List<Enrollment> Enrollments { get; } = new();
            }

            public class Student
            {
                public int Id { get; set; }
            }

            [Microsoft.EntityFrameworkCore.PrimaryKey(nameof(CourseId), nameof(StudentId))]
            public class Enrollment
            {
                public int CourseId { get; set; }
                public Course Course { get; set; } = null!;
                public int StudentId { get; set; }
                public Student Student { get; set; } = null!;
                [Count(0, 2)] public List<Assessment> Assessments { get; } = new();
            }

            public class Assessment
            {
                public int Id { get; set; }
                public int EnrollmentCourseId { get; set; }
                public int EnrollmentStudentId { get; set; }
                public Enrollment Enrollment { get; set; } = null!;
                [Range(0, 100)] public int Score { get; set; }
            }

            public class Certificate
            {
                public int Id { get; set; }
                public int? CourseId { get; set; }
                public int? StudentId { get; set; }
                [ForeignKey("CourseId, StudentId")] public Enrollment? Enrollment { get; set; }
            }

            [ConstrainedFaker(typeof(Course), typeof(Student), typeof(Certificate))]
            public partial class SchoolFaker { }
        }
        """;

    [Fact]
    public void CompositeForeignKeys()
    {
        var generated = GeneratedCodeSnapshotTests.GenerateAndCompile(CompositeForeignKeySource, nameof(CompositeForeignKeys));

        using var assembly = GeneratedAssembly.Load(generated.Output);
        var data = assembly.BuildDataSet("School.SchoolFaker");
        var enrollments = data.Entities.Where(e => e.GetType().Name == "Enrollment").Cast<dynamic>().ToDictionary(e => ((int)e.CourseId, (int)e.StudentId), e => (object)e);
        Assert.NotEmpty(enrollments);
        foreach (dynamic entity in data.Entities)
        {
            switch (((object)entity).GetType().Name)
            {
                case "Assessment":
                    Assert.Same(enrollments[((int)entity.EnrollmentCourseId, (int)entity.EnrollmentStudentId)], (object)entity.Enrollment);
                    break;
                case "Certificate" when entity.Enrollment is not null:
                    Assert.Same(enrollments[((int)entity.CourseId, (int)entity.StudentId)], (object)entity.Enrollment);
                    break;
                case "Certificate":
                    Assert.Null((int?)entity.CourseId);
                    break;
            }
        }
    }

    /// <summary>
    /// A many-to-many through an explicit join entity, configured only in the context's OnModelCreating: each link
    /// is a PostTag row with a column of its own, and no JoinRow is made; [Popularity] on Post.Tags skews which tags the rows pick.
    /// </summary>
    private const string JoinEntitySource = """
        #pragma warning disable CS1591
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using ConstrainedFakes;
        using Microsoft.EntityFrameworkCore;

        namespace Blog
        {
            public class Post
            {
                public int Id { get; set; }
                [Count(1, 3), Popularity(1.0)] public List<Tag> Tags { get; } = new();
            }

            public class Tag
            {
                public int Id { get; set; }
                public List<Post> Posts { get; } = new();
            }

            public class PostTag
            {
                public int PostId { get; set; }
                public int TagId { get; set; }
                [Range(1, 5)] public int Weight { get; set; }
            }

            public class BlogContext : DbContext
            {
                public DbSet<Post> Posts { get; set; } = null!;
                public DbSet<Tag> Tags { get; set; } = null!;
                protected override void OnModelCreating(ModelBuilder modelBuilder)
                    => modelBuilder.Entity<Post>().HasMany(p => p.Tags).WithMany(t => t.Posts).UsingEntity<PostTag>();
            }

            [ConstrainedFaker(typeof(BlogContext))]
            public partial class BlogFaker { }
        }

        // The generator reads symbols and the OnModelCreating syntax only: just enough of EF Core's API for it.
        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext { protected virtual void OnModelCreating(ModelBuilder modelBuilder) { } }
            public class DbSet<TEntity> { }
            public class ModelBuilder { public EntityBuilder<T> Entity<T>() => new(); }
            public class EntityBuilder<T> { public ManyBuilder<T, R> HasMany<R>(Func<T, IEnumerable<R>> navigation) => new(); }
            public class ManyBuilder<T, R>
            {
                public ManyBuilder<T, R> WithMany(Func<R, IEnumerable<T>> navigation) => this;
                public void UsingEntity<J>() { }
            }
        }
        """;

    [Fact]
    public void JoinEntity()
    {
        var generated = GeneratedCodeSnapshotTests.GenerateAndCompile(JoinEntitySource, nameof(JoinEntity));

        using var assembly = GeneratedAssembly.Load(generated.Output);
        var data = assembly.BuildDataSet("Blog.BlogFaker");
        Assert.Equal(["Post", "Tag", "PostTag"], data.EntityTypes.Select(t => t.Name));
        Assert.DoesNotContain(data.Entities, e => e is ConstrainedFakes.DataSets.JoinRow);
        var links = data.Entities.Where(e => e.GetType().Name == "PostTag").Cast<dynamic>().Select(l => ((int)l.PostId, (int)l.TagId)).ToList();
        Assert.Equal(links.Count, links.Distinct().Count());
        var posts = data.Entities.Where(e => e.GetType().Name == "Post").Cast<dynamic>().ToList();
        Assert.Equal(links.Count, posts.Sum(p => (int)p.Tags.Count));
        foreach (var post in posts)
        {
            Assert.InRange((int)post.Tags.Count, 1, 3);
            foreach (dynamic tag in post.Tags)
            {
                Assert.Contains(((int)post.Id, (int)tag.Id), links);
                Assert.Contains((object)post, ((IEnumerable)tag.Posts).Cast<object>());
            }
        }
    }

    /// <summary>
    /// The same many-to-many configured in an <c>IEntityTypeConfiguration&lt;T&gt;</c> that the context applies with
    /// <c>ApplyConfigurationsFromAssembly</c>, its navigations named by strings: the same PostTag rows.
    /// </summary>
    [Fact]
    public void JoinEntityFromAnAppliedConfiguration()
    {
        var source = JoinEntitySource
            .Replace(
                "protected override void OnModelCreating(ModelBuilder modelBuilder)\n            => modelBuilder.Entity<Post>().HasMany(p => p.Tags).WithMany(t => t.Posts).UsingEntity<PostTag>();",
                "protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(BlogContext).Assembly);\n"
                + "        }\n\n"
                + "        public class PostConfiguration : IEntityTypeConfiguration<Post>\n"
                + "        {\n"
                + "            public void Configure(EntityBuilder<Post> builder) => builder.HasMany<Tag>(\"Tags\").WithMany(\"Posts\").UsingEntity<PostTag>();",
                StringComparison.Ordinal)
            .Replace(
                "public class ModelBuilder { public EntityBuilder<T> Entity<T>() => new(); }",
                "public class ModelBuilder { public EntityBuilder<T> Entity<T>() => new(); public void ApplyConfigurationsFromAssembly(System.Reflection.Assembly assembly) { } }\n"
                + "    public interface IEntityTypeConfiguration<TEntity> where TEntity : class { void Configure(EntityBuilder<TEntity> builder); }",
                StringComparison.Ordinal)
            .Replace(
                "public class EntityBuilder<T> { public ManyBuilder<T, R> HasMany<R>(Func<T, IEnumerable<R>> navigation) => new(); }",
                "public class EntityBuilder<T> { public ManyBuilder<T, R> HasMany<R>(Func<T, IEnumerable<R>> navigation) => new(); public ManyBuilder<T, R> HasMany<R>(string navigation) => new(); }",
                StringComparison.Ordinal)
            .Replace(
                "public ManyBuilder<T, R> WithMany(Func<R, IEnumerable<T>> navigation) => this;",
                "public ManyBuilder<T, R> WithMany(Func<R, IEnumerable<T>> navigation) => this; public ManyBuilder<T, R> WithMany(string navigation) => this;",
                StringComparison.Ordinal);
        Assert.Contains("ApplyConfigurationsFromAssembly(typeof(BlogContext).Assembly)", source, StringComparison.Ordinal);
        Assert.Contains("HasMany<Tag>(\"Tags\")", source, StringComparison.Ordinal);
        var run = GeneratorHarness.Run(source);
        Assert.Empty(run.Input.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).Select(GeneratorRun.Describe));
        Assert.Empty(run.EmitProblems());

        using var assembly = GeneratedAssembly.Load(run.Output);
        var data = assembly.BuildDataSet("Blog.BlogFaker");
        Assert.Equal(["Post", "Tag", "PostTag"], data.EntityTypes.Select(t => t.Name));
        Assert.DoesNotContain(data.Entities, e => e is ConstrainedFakes.DataSets.JoinRow);
        var posts = data.Entities.Where(e => e.GetType().Name == "Post").Cast<dynamic>().ToList();
        Assert.Equal(data.Entities.Count(e => e.GetType().Name == "PostTag"), posts.Sum(p => (int)p.Tags.Count));
    }

    /// <summary>
    /// Owned types: a required and an optional address (members with their own constraints, a relation, a computed
    /// member and an invariant) holding an optional owned point with an invariant of its own, an owner's invariant
    /// through the address, a collection of addresses (OwnsMany) with its own element builder, and one that cannot be
    /// created (no parameterless constructor), skipped with the reason, held by the parcel and inside the address.
    /// </summary>
    private const string OwnedTypesSource = """
        #pragma warning disable CS1591
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using ConstrainedFakes;
        using Microsoft.EntityFrameworkCore;

        namespace Shipping
        {
            [Owned]
            [Invariant("Point.North <= TopFloor * 2")]
            public class Address
            {
                [MaxLength(40)] public string City { get; set; } = "";
                [Range(1, 20)] public int Floor { get; set; }
                [GreaterThanOrEqual(nameof(Floor)), Range(1, 20)] public int TopFloor { get; set; }
                [Computed("Floor + TopFloor")] public int Span { get; set; }
                public Point? Point { get; set; }
                public Seal? Stamp { get; set; }
            }

            [Owned]
            [Invariant("North <= East")]
            public class Point
            {
                [Range(0, 50)] public int North { get; set; }
                [Range(0, 50)] public int East { get; set; }
            }

            [Owned]
            public class Seal
            {
                public Seal(string code) => Code = code;
                public string Code { get; set; }
            }

            [Invariant("Weight >= Destination.Floor")]
            public class Parcel
            {
                public int Id { get; set; }
                public Address Destination { get; set; } = null!;
                [Nulls(0.25)] public Address? ReturnTo { get; set; }
                public Seal? Seal { get; set; }
                [Range(0, 100)] public int Weight { get; set; }
                [Count(0, 2)] public List<Address> History { get; set; } = new();
            }

            [ConstrainedFaker(typeof(Parcel))]
            public partial class ParcelFaker { }
        }

        namespace Microsoft.EntityFrameworkCore
        {
            [AttributeUsage(AttributeTargets.Class)]
            public sealed class OwnedAttribute : Attribute { }
        }
        """;

    [Fact]
    public void OwnedTypes()
    {
        var generated = GeneratedCodeSnapshotTests.GenerateAndCompile(OwnedTypesSource, nameof(OwnedTypes));

        using var assembly = GeneratedAssembly.Load(generated.Output);
        var faker = assembly.CreateFaker("Shipping.ParcelFaker");
        dynamic builder = faker.GetType().GetMethod("Parcel")!.Invoke(faker, null)!;
        var nulls = 0;
        for (var i = 0; i < 400; i++)
        {
            dynamic parcel = builder.BuildAt((long)i);
            Assert.InRange((int)parcel.Destination.Floor, 1, 20);
            Assert.True((int)parcel.Destination.TopFloor >= (int)parcel.Destination.Floor);
            Assert.Equal((int)parcel.Destination.Floor + (int)parcel.Destination.TopFloor, (int)parcel.Destination.Span);
            Assert.True((int)parcel.Weight >= (int)parcel.Destination.Floor);
            if (parcel.Destination.Point is { } point)
            {
                Assert.True((int)point.North <= (int)point.East);
                Assert.True((int)point.North <= 2 * (int)parcel.Destination.TopFloor);
            }
            Assert.Null(parcel.Seal);
            Assert.Null(parcel.Destination.Stamp);
            Assert.InRange((int)parcel.History.Count, 0, 2);
            foreach (var address in parcel.History) Assert.True((int)address.TopFloor >= (int)address.Floor);
            if (parcel.ReturnTo is null) nulls++;
        }
        Assert.InRange(nulls, 70, 130);
    }
}
