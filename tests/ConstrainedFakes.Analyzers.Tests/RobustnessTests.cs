using System.Text;
using ConstrainedFakes.Analyzers.Tests.Infrastructure;
using ConstrainedFakes.Generator.Parsing;
using ConstrainedFakes.Generator.Planning;

namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>
/// The analyzer must never throw (an exception is AD0001 in the user's IDE): hand-written broken inputs,
/// and a corpus of random edits of valid models, each edit reproducible from its seed.
/// </summary>
public sealed class RobustnessTests
{
    private const string Valid = """
        namespace Shop;

        public enum Tier { Bronze, Silver, Gold }

        [Transitions("Filed -> UnderReview", "UnderReview -> Approved | Denied")]
        public enum ClaimStatus { Filed, UnderReview, Approved, Denied }

        public class ClaimEvent { public int Id { get; set; } public ClaimStatus Status { get; set; } public DateTime OccurredAt { get; set; } }

        [Invariant("Discount <= 0.3m * Value")]
        [Invariant("Tier != Tier.Gold || Value >= 50")]
        [Invariant("End >= Start.AddDays(1)")]
        public class Contract
        {
            public int Id { get; set; }
            [Range(0, 1000)] public decimal Value { get; set; }
            [Range(0, 1000)] public decimal Discount { get; set; }
            public Tier Tier { get; set; }
            [Range(typeof(DateTime), "2024-01-01", "2024-12-31")] public DateTime Start { get; set; }
            [GreaterThan(nameof(Start))] public DateTime End { get; set; }
            [Range(1, 10)] public int Units { get; set; }
            [Range(1, 100)] public decimal UnitPrice { get; set; }
            [Computed("Units * UnitPrice"), Range(1, 1000)] public decimal Total { get; set; }
            [Correlated(nameof(Value), 0.5)] public int Score { get; set; }
            [StringLength(20, MinimumLength = 2)] public string Name { get; set; } = "";
            [Unique, AllowedValues("a", "b", "c")] public string Code { get; set; } = "";
            [Probability(0.3), Nulls(0.1)] public bool? Active { get; set; }
            [Count(1, 3), Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt))] public List<ClaimEvent> Events { get; set; } = new();
        }

        public partial class Outer<T>
        {
            public class Nested { [Range(5, 1)] public int X { get; set; } [LessThan("Y")] public T? Y { get; set; } }
        }

        [ConstrainedFaker(typeof(Contract), typeof(ClaimEvent), typeof(Outer<int>.Nested))]
        public partial class ShopFaker;
        """;

    /// <summary>
    /// A valid model of relationships, so the edits reach the data-set planning: owned types (one and a collection), a
    /// many-to-many, a composite key with a composite foreign key to it, [Popularity], a state machine whose events
    /// follow their parent's time, and a [CurrentStateOf].
    /// </summary>
    private const string Related = """
        namespace School;

        [Transitions("Filed -> UnderReview", "UnderReview -> Upheld | Dismissed")]
        public enum AppealStatus { Filed, UnderReview, Upheld, Dismissed }

        [Microsoft.EntityFrameworkCore.Owned]
        public class Address { [StringLength(40, MinimumLength = 2)] public string Street { get; set; } = ""; [Range(1, 999)] public int Number { get; set; } }

        [Microsoft.EntityFrameworkCore.Owned]
        public class Phone { [StringLength(12, MinimumLength = 6)] public string Number { get; set; } = ""; }

        public class Student
        {
            public int Id { get; set; }
            public Address Home { get; set; } = new();
            [Count(0, 2)] public List<Phone> Phones { get; set; } = new();
            [Count(1, 3)] public List<Enrollment> Enrollments { get; set; } = new();
            [Count(0, 3)] public List<Club> Clubs { get; } = new();
        }

        public class Club { public int Id { get; set; } public List<Student> Members { get; } = new(); }

        public class Course { public int Id { get; set; } [Range(1, 30)] public int Credits { get; set; } }

        [Microsoft.EntityFrameworkCore.PrimaryKey(nameof(CourseId), nameof(StudentId))]
        public class Enrollment
        {
            [Count(1, 3)] public List<Assessment> Assessments { get; set; } = new();
            public Student Student { get; set; } = null!;
            public int StudentId { get; set; }
            public Course Course { get; set; } = null!;
            public int CourseId { get; set; }
        }

        public class Assessment
        {
            public int Id { get; set; }
            [Range(0, 100)] public int Score { get; set; }
            public Enrollment Enrollment { get; set; } = null!;
            public int EnrollmentCourseId { get; set; }
            public int EnrollmentStudentId { get; set; }
        }

        public class Appeal
        {
            public int Id { get; set; }
            public int? AssessmentId { get; set; }
            [Popularity(1.0)] public Assessment? Assessment { get; set; }
            [Range(typeof(DateTime), "2024-01-01", "2024-06-30")] public DateTime FiledAt { get; set; }
            [CurrentStateOf(nameof(Events))] public AppealStatus Status { get; set; }
            [Count(1, 3), Sequence(nameof(AppealEvent.Status), nameof(AppealEvent.OccurredAt))] public List<AppealEvent> Events { get; set; } = new();
        }

        public class AppealEvent
        {
            public int Id { get; set; }
            public int AppealId { get; set; }
            public Appeal Appeal { get; set; } = null!;
            public AppealStatus Status { get; set; }
            [Range(typeof(DateTime), "2024-01-01", "2024-12-31"), GreaterThanOrEqual("Appeal.FiledAt")] public DateTime OccurredAt { get; set; }
        }

        [ConstrainedFaker(typeof(Student), typeof(Club), typeof(Course), typeof(Appeal))]
        public partial class SchoolFaker;
        """;

    public static TheoryData<string> BrokenInputs() => new()
    {
        "public class A { [Range(] public int X { get; set; } }",
        "public class A { [Range(1, )] public int X { get; set; } }",
        "public class A { [GreaterThan(nameof())] public int X { get; set; } }",
        "public class A { [GreaterThan(null)] public int X { get; set; } }",
        "[Invariant(null)] public class A { public int X { get; set; } }",
        "[Invariant(\"\")] public class A { public int X { get; set; } }",
        "[Invariant(\"X <\")] public class A { public int X { get; set; } }",
        "[Invariant(\"X / 0 > 1\")] public class A { public int X { get; set; } }",
        "[Invariant(\"X * 1e308 * 1e308 > 1\")] public class A { [Range(0, 10)] public int X { get; set; } }",
        "[Invariant(\"X > 99999999999999999999999999999\")] public class A { public int X { get; set; } }",
        "public class A { [Computed(\"\")] public int X { get; set; } }",
        "public class A { [Computed(\"X\"), Range(1, 2)] public int X { get; set; } }",
        "public class A { [Computed(\"Y / 0\"), Range(1, 2)] public int X { get; set; } [Range(1, 2)] public int Y { get; set; } }",
        "[Transitions()] public enum E { A }",
        "[Transitions(null)] public enum E { A }",
        "[Transitions(\"->\", \"A ->\", \"-> A\", \"A -> A\")] public enum E { A }",
        "[Transitions(\"A -> B\")] public enum E { }",
        "public class A { [Count(int.MaxValue, int.MinValue)] public List<A> Xs { get; set; } = new(); }",
        "public class A { [Count(1, int.MaxValue), Sequence(\"S\", \"T\")] public List<A> Xs { get; set; } = new(); }",
        "public class A { [Sequence(null, null)] public List<A> Xs { get; set; } = new(); }",
        "public class A { [Correlated(null, 2)] public int X { get; set; } }",
        "public class A { [Correlated(\"X\", 0.5)] public int X { get; set; } }",
        "public class A { [Range(typeof(DateTime), \"9999-12-31\", \"0001-01-01\")] public DateTime X { get; set; } }",
        "public class A { [Range(double.MinValue, double.MaxValue)] public decimal X { get; set; } }",
        "public class A { [Range(long.MinValue, long.MaxValue)] public long X { get; set; } [GreaterThan(nameof(X))] public long Y { get; set; } }",
        "public class A { [Unique, Range(long.MinValue, long.MaxValue)] public long X { get; set; } }",
        "public class A<T> { [Range(1, 2)] public T X { get; set; } = default!; }",
        "public class A { [Range(1, 2)] public int this[int i] => i; }",
        "[ConstrainedFaker] public partial class F;",
        "[ConstrainedFaker(null)] public partial class F;",
        "[ConstrainedFaker(typeof(Missing))] public partial class F;",
        "[ConstrainedFaker(typeof(int), typeof(string), typeof(int[]))] public partial class F;",
        "public partial struct S { [ConstrainedFaker(typeof(S))] public partial class F; }",
        "[ConstrainedFaker(typeof(F))] public partial interface F;",
        "public class A : A { [Range(1, 2)] public int X { get; set; } }",
        "public class A { [Range(1, 2)] public int X { get; set; } [Range(3, 4)] public new int X { get; set; } }",
        "public class A { [Precision(40, 50)] [Range(1, 2)] public decimal X { get; set; } }",
        "public class A { [Weights(1, -1)] [AllowedValues(1, 2)] public int X { get; set; } }",
    };

    [Theory]
    [MemberData(nameof(BrokenInputs))]
    public void Broken_inputs_never_throw(string source)
    {
        var run = AnalyzerHarness.Run(AnalyzerHarness.Compile("using Microsoft.EntityFrameworkCore;\n" + source));
        Assert.True(run.Exceptions.Count == 0, string.Join("\n", run.Exceptions));
    }

    [Fact]
    public void The_valid_model_itself_is_clean_but_for_its_planted_problems()
    {
        // Planted: the backwards range of Outer<T>.Nested.X, a unique code with 3 values, End > Start implied by
        // End >= Start.AddDays(1), a faker naming a type nested in a generic one.
        var diagnostics = AnalyzerHarness.Analyze(Valid);
        Assert.Equal(["CF0001", "CF0007", "CF0010", "CF0011"], diagnostics.Select(d => d.Id).OrderBy(id => id));
    }

    [Fact]
    public void The_related_model_itself_is_clean()
    {
        var diagnostics = AnalyzerHarness.Analyze(Related);
        Assert.True(diagnostics.Count == 0, AnalyzerHarness.Describe(diagnostics));
    }

    /// <summary>
    /// Random edits of the valid models: deletions, insertions of syntax that often breaks things, duplications, truncations.
    /// Neither the analyzer nor the generator's own Parse and Plan (whose internal errors the generator turns into a
    /// failure comment) may throw.
    /// </summary>
    [Theory]
    [InlineData(nameof(Valid))]
    [InlineData(nameof(Related))]
    public void Random_edits_of_a_valid_model_never_throw(string model)
    {
        var failures = new List<string>();
        for (ulong seed = 1; seed <= 240; seed++)
        {
            var source = Mutate(model == nameof(Valid) ? Valid : Related, seed);
            var compilation = AnalyzerHarness.Compile(source);
            var run = AnalyzerHarness.Run(compilation);
            if (run.Exceptions.Count > 0) failures.Add($"seed {seed}: {run.Exceptions[0]}");
            failures.AddRange(GeneratorFailures(compilation, "Input0.cs").Select(failure => $"seed {seed}, the generator: {failure}"));
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(3)));
    }

    /// <summary>The internal errors of the generator's Parse and Plan on each faker declared in the edited file.</summary>
    private static IEnumerable<string> GeneratorFailures(Compilation compilation, string edited)
    {
        foreach (var (faker, attribute) in AnalyzerHarness.Fakers(compilation).Where(f => f.Faker.Locations.Any(l => l.SourceTree?.FilePath == edited)))
        {
            string? failure;
            try
            {
                failure = FakerParser.Parse(faker, attribute, compilation, CancellationToken.None) is { } model ? EntityPlanner.Plan(model).Failure : null;
            }
            catch (Exception exception)
            {
                failure = exception.ToString();
            }
            if (failure is not null) yield return failure;
        }
    }

    /// <summary>The same edits on the compile-and-run tests' entities and data sets: richer models, other attributes, EF Core's, relationships.</summary>
    [Fact]
    public void Random_edits_of_the_test_entities_never_throw()
    {
        var files = new[] { "BuildableModels", "RelationshipModels" }
            .SelectMany(d => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, d), "*.cs").Order(StringComparer.Ordinal)).ToList();
        var sources = files.Select(File.ReadAllText).ToList();
        var failures = new List<string>();
        for (var file = 0; file < files.Count; file++)
        {
            for (ulong seed = 1; seed <= 8; seed++)
            {
                var edited = sources.Select((source, i) => i == file ? Mutate(source, seed) : source).Prepend("global using Microsoft.EntityFrameworkCore;").ToArray();
                var compilation = AnalyzerHarness.Compile(edited);
                var run = AnalyzerHarness.Run(compilation);
                if (run.Exceptions.Count > 0) failures.Add($"{Path.GetFileName(files[file])}, seed {seed}: {run.Exceptions[0]}");
                // Input0 is the global using: the edited file is Input{file + 1}.
                failures.AddRange(GeneratorFailures(compilation, $"Input{file + 1}.cs").Select(failure => $"{Path.GetFileName(files[file])}, seed {seed}, the generator: {failure}"));
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(3)));
    }

    /// <summary>Ten members tied pairwise by 45 invariants: the projection grows fast, and the analyzer's extra checks must not multiply it.</summary>
    [Fact]
    public void A_tangled_model_is_analysed_in_bounded_time()
    {
        var invariants = string.Join("\n", Enumerable.Range(0, 10).SelectMany(i => Enumerable.Range(i + 1, 9 - i).Select(j => $"[Invariant(\"A{i} + A{j} <= {100 + i + j}\")]")));
        var members = string.Join("\n", Enumerable.Range(0, 10).Select(i => $"    [Range(0, 100)] public decimal A{i} {{ get; set; }}"));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var run = AnalyzerHarness.Run(AnalyzerHarness.Compile($"{invariants}\npublic class Tangled\n{{\n{members}\n}}"));
        Assert.Empty(run.Exceptions);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Generated_code_is_not_analysed()
    {
        var diagnostics = AnalyzerHarness.Analyze("""
            // <auto-generated/>
            public class Generated { [Range(10, 5)] public int Backwards { get; set; } }
            """);
        Assert.Empty(diagnostics);
    }

    private static readonly string[] Fragments =
    [
        "(", ")", "\"", ",", "nameof(", "-", "1e308", "]", "[Range(", "typeof(", "null", "0", "..", " * Value", " || ", "Start", "[Unique]",
        "[GreaterThan(\"End\")]", "[Count(5, 1)]", "[Computed(\"Value / Units\")]", "<T>", "static ", "abstract ", "?", "\\", "{", "}", ";",
        "[Count(1, 2)]", "[Popularity(-1)]", "[Required]", "long ", "[System.ComponentModel.DataAnnotations.Schema.ForeignKey(\"CourseId\")]",
        "[Microsoft.EntityFrameworkCore.PrimaryKey(\"Id\", \"Nope\")]", "[Microsoft.EntityFrameworkCore.Index(\"Nope\", IsUnique = true)]",
    ];

    private static string Mutate(string source, ulong seed)
    {
        var random = new SplitMix64(seed);
        var text = new StringBuilder(source);
        var edits = 1 + (int)random.Next(4);
        for (var i = 0; i < edits && text.Length > 1; i++)
        {
            var at = (int)random.Next((ulong)text.Length);
            switch (random.Next(5))
            {
                case 0:
                    text.Remove(at, Math.Min(text.Length - at, 1 + (int)random.Next(12)));
                    break;
                case 1:
                    text.Insert(at, Fragments[random.Next((ulong)Fragments.Length)]);
                    break;
                case 2:
                    var length = Math.Min(text.Length - at, 1 + (int)random.Next(60));
                    text.Insert(at, text.ToString(at, length));
                    break;
                case 3:
                    text.Length = Math.Max(1, at);
                    break;
                default:
                    var other = (int)random.Next((ulong)text.Length);
                    (text[at], text[other]) = (text[other], text[at]);
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>A tiny deterministic generator (SplitMix64), so every corpus case is reproducible from its seed.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next(ulong bound)
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (z ^ (z >> 31)) % bound;
        }
    }
}
