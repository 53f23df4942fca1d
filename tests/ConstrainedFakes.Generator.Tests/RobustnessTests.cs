using ConstrainedFakes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Generator.Tests;

/// <summary>
/// Malformed and unusual inputs: the generator must never throw, never report a diagnostic of its own
/// (that is the analyzer's job), never fall back to its internal-error file, and never add a compile
/// error or warning to the user's build.
/// </summary>
public sealed class RobustnessTests
{
    private const string Usings = """
        #pragma warning disable CS1591
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using ConstrainedFakes;
        using Microsoft.EntityFrameworkCore;

        """;

    /// <summary>An entity declaration and a faker covering <paramref name="entity"/>.</summary>
    private static string WithFaker(string declarations, string entity = "E")
        => Usings + $$"""
            namespace Cases
            {
                {{declarations}}

                [ConstrainedFaker(typeof({{entity}}))]
                public partial class CaseFaker { }
            }
            """;

    /// <summary>A class <c>E</c> with a key and one member, covered by a faker.</summary>
    private static string Member(string member)
        => WithFaker($$"""
            public class E
            {
                public int Id { get; set; }
                {{member}}
            }
            """);

    /// <summary>An account and a deal of it with a member <c>Account_AnnualRevenue</c>, the name the path <c>Account.AnnualRevenue</c> would take in the deal.</summary>
    private static string Deal(string invariant, string amount)
        => $$"""
            public class Account { public int Id { get; set; } [Range(0, 1000)] public decimal AnnualRevenue { get; set; } }
            {{invariant}}
            public class Deal
            {
                public int Id { get; set; }
                public int AccountId { get; set; }
                public Account Account { get; set; } = null!;
                [Range(0, 5000)] public decimal Account_AnnualRevenue { get; set; }
                {{amount}} public decimal Amount { get; set; }
            }
            """;

    /// <summary>A class <c>E</c> with numbers, dates, an enum and a nullable member, under the given invariants.</summary>
    private static string Disjunctive(params string[] invariants)
        => WithFaker($$"""
            public enum Tier { Standard, Gold }

            {{string.Concat(invariants.Select(i => $"[Invariant({i})]"))}}
            public class E
            {
                public int Id { get; set; }
                [Range(0, 5)] public int A { get; set; }
                [Range(0, 5)] public int B { get; set; }
                public int? N { get; set; }
                public Tier Tier { get; set; }
                public DateTime Start { get; set; }
                public DateTime End { get; set; }
            }
            """);

    /// <summary>EF Core's <c>[Owned]</c>, which the generator reads by name (EF Core is not referenced here; the harness adds <c>[PrimaryKey]</c>).</summary>
    private const string EfAttributes = """

        namespace Microsoft.EntityFrameworkCore
        {
            [AttributeUsage(AttributeTargets.Class)] public sealed class OwnedAttribute : Attribute { }
        }
        """;

    /// <summary>Just enough of EF Core's Fluent API for <c>UsingEntity&lt;T&gt;</c> calls, which the generator reads as written.</summary>
    private const string EfModelBuilder = """

        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext { protected virtual void OnModelCreating(ModelBuilder modelBuilder) { } }
            public class DbSet<TEntity> { }
            public class ModelBuilder { public EntityBuilder<T> Entity<T>() => new(); }
            public class EntityBuilder<T>
            {
                public ManyBuilder<T, R> HasMany<R>(Func<T, IEnumerable<R>> navigation) => new();
                public ManyBuilder<T, object> HasMany(string navigation) => new();
            }
            public class ManyBuilder<T, R>
            {
                public ManyBuilder<T, R> WithMany(Func<R, IEnumerable<T>> navigation) => this;
                public ManyBuilder<T, R> WithMany(string navigation) => this;
                public void UsingEntity<J>() { }
            }
        }
        """;

    /// <summary>A context whose OnModelCreating holds <paramref name="configuration"/>, over posts and tags, and a faker of it.</summary>
    private static string Context(string joinEntity, string configuration)
        => Usings + $$"""
            namespace Cases
            {
                public class Post { public int Id { get; set; } public List<Tag> Tags { get; } = new(); public List<Post> Related { get; } = new(); }
                public class Tag { public int Id { get; set; } public List<Post> Posts { get; } = new(); }
                {{joinEntity}}
                public class BlogContext : DbContext
                {
                    public DbSet<Post> Posts { get; set; } = null!;
                    protected override void OnModelCreating(ModelBuilder modelBuilder) { {{configuration}} }
                }

                [ConstrainedFaker(typeof(BlogContext))]
                public partial class CaseFaker { }
            }
            """ + EfModelBuilder;

    private static readonly Dictionary<string, string> Cases = new()
    {
        // The [ConstrainedFaker] declaration itself.
        ["FakerWithoutArguments"] = Usings + "namespace Cases { [ConstrainedFaker] public partial class CaseFaker { } }",
        ["FakerWithNullArgument"] = Usings + "namespace Cases { [ConstrainedFaker(null)] public partial class CaseFaker { } }",
        ["FakerWithNullType"] = Usings + "namespace Cases { [ConstrainedFaker((Type)null)] public partial class CaseFaker { } }",
        ["FakerWithMissingType"] = Usings + "namespace Cases { [ConstrainedFaker(typeof(Missing))] public partial class CaseFaker { } }",
        ["FakerWithArrayType"] = Usings + "namespace Cases { public class E { } [ConstrainedFaker(typeof(E[]))] public partial class CaseFaker { } }",
        ["FakerWithPrimitiveType"] = Usings + "namespace Cases { [ConstrainedFaker(typeof(int), typeof(string), typeof(object))] public partial class CaseFaker { } }",
        ["NonPartialFaker"] = Usings + "namespace Cases { public class E { public int Id { get; set; } } [ConstrainedFaker(typeof(E))] public class CaseFaker { } }",
        ["GenericFaker"] = Usings + "namespace Cases { public class E { public int Id { get; set; } } [ConstrainedFaker(typeof(E))] public partial class CaseFaker<T> { } }",
        ["StaticFaker"] = Usings + "namespace Cases { public class E { public int Id { get; set; } } [ConstrainedFaker(typeof(E))] public static partial class CaseFaker { } }",
        ["FakerInNonPartialContainer"] = Usings + "namespace Cases { public class E { public int Id { get; set; } } public class Outer { [ConstrainedFaker(typeof(E))] public partial class CaseFaker { } } }",
        ["FakerInGenericContainer"] = Usings + "namespace Cases { public class E { public int Id { get; set; } } public partial class Outer<T> { [ConstrainedFaker(typeof(E))] public partial class CaseFaker { } } }",
        ["FakerInRecordStructContainer"] = Usings + "namespace Cases { public class E { public int Id { get; set; } } public partial record struct Outer { [ConstrainedFaker(typeof(E))] public partial class CaseFaker { } } }",
        ["FakerWithItsOwnParameterlessConstructor"] = Usings + "namespace Cases { public class E { public int Id { get; set; } } [ConstrainedFaker(typeof(E))] public partial class CaseFaker { public CaseFaker() : this(7UL) { } } }",
        ["FakerInKeywordNamespace"] = Usings + "namespace @event { public class E { public int Id { get; set; } } [ConstrainedFaker(typeof(E))] public partial class CaseFaker { } }",

        // Attribute arguments the planner cannot use.
        ["RangeWithStringBounds"] = Member("""[Range("a", "b")] public int Count { get; set; }"""),
        ["RangeWithBadDate"] = Member("""[Range(typeof(DateTime), "not a date", "2020-01-01")] public DateTime When { get; set; }"""),
        ["RangeBackwardsOnInt"] = Member("[Range(10, 5)] public int Count { get; set; }"),
        ["RangeEmptyAfterExclusion"] = Member("""[Range(typeof(DateTime), "2020-01-01", "2020-01-01", MinimumIsExclusive = true)] public DateTime When { get; set; }"""),
        ["RangeHugeOnDecimal"] = Member("[Range(double.MinValue, double.MaxValue)] public decimal Amount { get; set; }"),
        ["RangeInfiniteOnDouble"] = Member("[Range(double.NegativeInfinity, double.PositiveInfinity)] public double Amount { get; set; }"),
        ["RangeNaNOnFloat"] = Member("[Range(double.NaN, 1.0)] public float Amount { get; set; }"),
        ["StringLengthNegative"] = Member("[StringLength(-1)] public string Name { get; set; } = \"\";"),
        ["EmailShorterThanAnyEmail"] = Member("[EmailAddress, MaxLength(3)] public string Email { get; set; } = \"\";"),
        ["ProbabilityAboveOne"] = Member("[Probability(2)] public bool Flag { get; set; }"),
        ["NullsNegative"] = Member("[Nulls(-1)] public int? Maybe { get; set; }"),
        ["PrecisionScaleAbovePrecision"] = Member("[Precision(2, 5)] public decimal Amount { get; set; }"),
        ["PrecisionAbove18"] = Member("[Precision(38, 2)] public decimal Amount { get; set; }"),
        ["AllowedValuesNull"] = Member("[AllowedValues(null)] public string Code { get; set; } = \"\";"),
        ["DisjunctionWithMissingOperand"] = Disjunctive("\"A > || B < 2\""),
        ["DisjunctionOverNullableMember"] = Disjunctive("\"A > 1 || N < 2\""),
        ["DisjunctionOverNavigationPath"] = Disjunctive("\"A > 1 || Other.X < 2\""),
        ["DisjunctionWithUnknownEnumValue"] = Disjunctive("\"Tier == Tier.Platinum || A > 1\""),
        ["DisjunctionComparingEnumWithText"] = Disjunctive("\"Tier == \\\"Gold\\\" || A > 1\""),
        ["DisjunctionComparingDateWithNumber"] = Disjunctive("\"Start > 5 || A > 1\""),
        ["DisjunctionWithoutSolution"] = Disjunctive("\"A > 10 || B > 10\""),
        ["DisjunctionNegatedTwice"] = Disjunctive("\"!(!(A > 1)) || !(B <= 2 && Tier != Tier.Gold)\""),
        ["DisjunctionsBeyondTheCap"] = Disjunctive("\"A > 0 || B < 0 || End > Start.AddDays(0)\"", "\"A > 1 || B < 1 || End > Start.AddDays(1)\"", "\"A > 2 || B < 2 || End > Start.AddDays(2)\"", "\"A > 3 || B < 3 || End > Start.AddDays(3)\""),
        ["DisjunctionOfConstants"] = Disjunctive("\"1 > 2 || A != B\""),
        ["DistributionWithNegativeSpread"] = Member("[Normal(5, -1)] public int Level { get; set; }"),
        ["DistributionOnText"] = Member("[LogNormal(1, 1)] public string Name { get; set; } = \"\";"),
        ["PoissonOnDecimal"] = Member("[Poisson(2)] public decimal Amount { get; set; }"),
        ["DistributionOnUniqueMember"] = Member("[Unique, Exponential(1)] public int Number { get; set; }"),
        ["WeightsWithoutAllowedValues"] = Member("[Weights(1, 2)] public string Code { get; set; } = \"\";"),
        ["WeightsOfTheWrongCount"] = Member("[AllowedValues(\"a\", \"b\"), Weights(1, 2, 3)] public string Code { get; set; } = \"\";"),
        ["CorrelatedWithMissingMember"] = Member("[Correlated(\"Nothing\", 0.5)] public int Level { get; set; }"),
        ["CorrelatedWithText"] = Member("[Correlated(nameof(Name), 0.5)] public int Level { get; set; } public string Name { get; set; } = \"\";"),
        ["CorrelatedWithItself"] = Member("[Correlated(nameof(Level), 0.5)] public int Level { get; set; }"),
        ["CorrelatedBeyondOne"] = Member("[Correlated(nameof(Other), 3)] public int Level { get; set; } public DateTime Other { get; set; }"),
        ["CorrelatedThroughAPath"] = Member("[Correlated(\"Account.Revenue\", 0.5)] public int Level { get; set; }"),
        ["DeniedValuesNull"] = Member("[DeniedValues(null)] public string Code { get; set; } = \"\";"),
        ["AllowedValuesWithEscapes"] = Member("""[AllowedValues("a\"b", "c\\d", "e\nf", "{0}")] public string Code { get; set; } = "";"""),
        ["DeniedValuesWithEscapes"] = Member("""[DeniedValues("a\"b", "\u00e9", "x\ty")] public string Code { get; set; } = "";"""),
        ["AllowedValuesOfTheWrongType"] = Member("""[AllowedValues("one", 2.5, true)] public int Count { get; set; }"""),
        ["EnumAllWeightsZero"] = WithFaker("""
            public enum Colour { [Weight(0)] Red, [Weight(0)] Green }
            public class E { public int Id { get; set; } public Colour Colour { get; set; } }
            """),
        ["EnumNegativeWeight"] = WithFaker("""
            public enum Colour { [Weight(-1)] Red, Green }
            public class E { public int Id { get; set; } public Colour Colour { get; set; } }
            """),
        ["EnumEveryValueDenied"] = WithFaker("""
            public enum Colour { Red, Green }
            public class E { public int Id { get; set; } [DeniedValues(Colour.Red, Colour.Green)] public Colour Colour { get; set; } }
            """),
        ["EmptyEnum"] = WithFaker("""
            public enum Nothing { }
            public class E { public int Id { get; set; } public Nothing Nothing { get; set; } }
            """),

        // Entity types the generator cannot build.
        ["AbstractEntity"] = WithFaker("public abstract class E { public int Id { get; set; } }"),
        ["InterfaceEntity"] = WithFaker("public interface E { int Id { get; set; } }"),
        ["StructEntity"] = WithFaker("public struct E { public int Id { get; set; } }"),
        ["RecordStructEntity"] = WithFaker("public record struct E(int Id);"),
        ["EnumEntity"] = WithFaker("public enum E { A, B }"),
        ["StaticEntity"] = WithFaker("public static class E { public static int Id { get; set; } }"),
        ["OpenGenericEntity"] = WithFaker("public class G<T> { public T? Value { get; set; } }", "G<>"),
        ["ClosedGenericEntity"] = WithFaker("public class G<T> { public T? Value { get; set; } }", "G<int>"),
        ["NoAccessibleConstructor"] = WithFaker("public class E { private E() { } public int Id { get; set; } }"),
        ["ConstructorWithUnmatchedParameter"] = WithFaker("public class E { public E(int id, string other) { Id = id; } public int Id { get; set; } }"),
        ["PrivateNestedEntity"] = """
            #pragma warning disable CS1591
            using ConstrainedFakes;

            namespace Cases
            {
                public partial class Holder
                {
                    private class Secret { public int Id { get; set; } }

                    [ConstrainedFaker(typeof(Secret))]
                    public partial class CaseFaker { }
                }
            }
            """,
        ["InternalEntityPublicFaker"] = WithFaker("internal class E { public int Id { get; set; } public string Name { get; set; } = \"\"; }"),

        // Members the generator skips or must name carefully.
        ["ListProperty"] = Member("public List<string> Tags { get; set; } = new();"),
        ["RequiredListProperty"] = Member("public required List<string> Tags { get; init; }"),
        ["NavigationProperty"] = WithFaker("public class Other { } public class E { public int Id { get; set; } public Other? Other { get; set; } }"),
        ["KeywordMemberName"] = Member("public int @class { get; set; }"),
        ["MembersNamedLikeGeneratedLocals"] = Member("public int Index { get; set; } public string Entity { get; set; } = \"\"; public long Context { get; set; } public int Rows { get; set; } public string Text { get; set; } = \"\";"),
        ["EntityNamedLikeTheFakersOptions"] = WithFaker("public class Options { public int Id { get; set; } }", "Options"),
        ["EntityNamedLikeTheFaker"] = Usings + """
            namespace Cases.Model { public class CaseFaker { public int Id { get; set; } } }
            namespace Cases { [ConstrainedFaker(typeof(Cases.Model.CaseFaker))] public partial class CaseFaker { } }
            """,
        ["TwoEntitiesWithOneSimpleName"] = Usings + """
            namespace A { public class E { public int Id { get; set; } } }
            namespace B { public class E { public int Id { get; set; } } }
            namespace Cases { [ConstrainedFaker(typeof(A.E), typeof(B.E))] public partial class CaseFaker { } }
            """,

        // Code in the middle of being typed.
        ["HalfTypedEntity"] = Usings + """
            namespace Cases
            {
                public class E
                {
                    public int Id { get; set; }
                    [Range(1, ] public int Count { get; se
                    public string Name { get

                [ConstrainedFaker(typeof(E))]
                public partial class CaseFaker {
            """,
        ["OwnedTypeWithoutParameterlessConstructor"] = WithFaker("[Owned] public class O { public O(int x) { X = x; } public int X { get; set; } } public class E { public int Id { get; set; } public O Place { get; set; } = null!; }") + EfAttributes,
        ["OwnedTypeHoldingItself"] = WithFaker("[Owned] public class O { public O? Inner { get; set; } [Range(1, 3)] public int X { get; set; } } public class E { public int Id { get; set; } public O? Place { get; set; } }") + EfAttributes,
        ["OwnedTypeWithoutMembers"] = WithFaker("[Owned] public class O { } public class E { public int Id { get; set; } public required O Place { get; set; } }") + EfAttributes,
        ["OwnedMemberRelationToMissingMember"] = WithFaker("[Owned] public class O { [GreaterThan(\"Nope\")] public int X { get; set; } } public class E { public int Id { get; set; } public O Place { get; set; } = null!; }") + EfAttributes,
        ["OwnedKeywordNames"] = WithFaker("[Owned] public class O { public int @class { get; set; } } public class E { public int Id { get; set; } [Nulls(2)] public O? @event { get; set; } }") + EfAttributes,
        ["OwnedTypesHoldingEachOther"] = WithFaker("[Owned] public class O { public required Q Q { get; set; } public int X { get; set; } } [Owned] public class Q { public O? O { get; set; } [Range(1, 3)] public int Y { get; set; } } public class E { public int Id { get; set; } public O Place { get; set; } = null!; public Q? Other { get; set; } }") + EfAttributes,
        ["OwnedInvariantNamingMissingMember"] = WithFaker("[Owned, Invariant(\"Nope > X\")] public class O { public int X { get; set; } } public class E { public int Id { get; set; } public O Place { get; set; } = null!; public O? Again { get; set; } }") + EfAttributes,
        ["OwnedInvariantThatIsNotCSharp"] = WithFaker("[Owned, Invariant(\"X > (\"), Invariant(\"Inner.Y > X &&\")] public class O { public int X { get; set; } public P Inner { get; set; } = null!; } [Owned] public class P { public int Y { get; set; } } public class E { public int Id { get; set; } public O Place { get; set; } = null!; }") + EfAttributes,
        ["OwnedComputedOverStrings"] = WithFaker("[Owned] public class O { public string A { get; set; } = \"\"; [Computed(\"A * 2\"), Range(1, 3)] public int B { get; set; } } public class E { public int Id { get; set; } public O? Place { get; set; } }") + EfAttributes,
        ["OwnerPathsToMissingOwnedMembers"] = WithFaker("[Owned] public class O { public int X { get; set; } public P Inner { get; set; } = null!; } [Owned] public class P { public int Y { get; set; } } [Invariant(\"Place.Nope > 1\"), Invariant(\"Place.Inner.Y.Z > 1\"), Invariant(\"Place > 1\")] public class E { public int Id { get; set; } [GreaterThan(\"Place.Inner\"), LessThan(\"Place.Inner.Nope\")] public int V { get; set; } public O Place { get; set; } = null!; }") + EfAttributes,
        ["OwnedEnumNamedAsItsType"] = WithFaker("public enum Kind { A, B } [Owned, Invariant(\"Kind != Kind.A || X > 2\")] public class O { public Kind Kind { get; set; } [Range(0, 5)] public int X { get; set; } } public class E { public int Id { get; set; } public O Place { get; set; } = null!; }") + EfAttributes,
        ["OwnedCollectionWithBackwardsCount"] = WithFaker("[Owned] public class O { [Range(1, 3)] public int X { get; set; } } public class E { public int Id { get; set; } [Count(5, 1)] public List<O> Os { get; set; } = new(); [Count(-2, -1, Mean = -3)] public List<O> Negative { get; } = new(); [Count(0, 3, Mean = double.NaN)] public List<O> NotANumber { get; } = new(); }") + EfAttributes,
        ["OwnedCollectionsThatCannotBeFilled"] = WithFaker("[Owned] public class O { public int X { get; set; } } [Owned] public class P { public P(int y) { } public int Y { get; set; } } public class E { public int Id { get; set; } public O[] Array { get; set; } = []; public IEnumerable<O> Sequence { get; } = new List<O>(); public required IReadOnlyList<O> Required { get; set; } public List<P> Ps { get; set; } = new(); }") + EfAttributes,
        ["OwnedCollectionInsideOwnedCollection"] = WithFaker("[Owned] public class O { public int X { get; set; } [Count(1, 2)] public List<O> Children { get; set; } = new(); public O? Self { get; set; } } public class E { public int Id { get; set; } public List<O> Os { get; } = new(); }") + EfAttributes,
        ["OwnedCollectionOfUnbuildableElements"] = WithFaker("[Owned, Invariant(\"X > 5\")] public class O { [Range(1, 3)] public int X { get; set; } [Unique] public bool B { get; set; } } public class E { public int Id { get; set; } [Count(1, 2)] public List<O> Os { get; set; } = null!; }") + EfAttributes,
        ["OwnedCollectionNamedLikeGeneratedMembers"] = WithFaker("[Owned] public class O { public int Into { get; set; } public int Count { get; set; } public int Index { get; set; } } public class E { public int Id { get; set; } public int OsElements { get; set; } public List<O> Os { get; set; } = new(); public List<O> @class { get; } = new(); }") + EfAttributes,
        ["OwnedCollectionInsideOwnedReference"] = WithFaker("[Owned] public class O { public int X { get; set; } public List<O> Many { get; set; } = new(); } [Owned] public class P { public required List<O> Os { get; set; } } public class E { public int Id { get; set; } public O One { get; set; } = null!; public P? Other { get; set; } }") + EfAttributes,
        ["OwnedCollectionsNestedAndNamedAlike"] = WithFaker("[Owned] public class L { [Unique, Range(1, 9)] public int X { get; set; } } [Owned] public class O { public List<L> B { get; set; } = new(); public ICollection<L> @event { get; } = new List<L>(); } [Owned] public class P { public O? Inner { get; set; } public List<O> B { get; } = new(); } public class E { public int Id { get; set; } public P? A { get; set; } public List<O> A_B { get; set; } = new(); public List<O> A_Inner_B { get; } = new(); }") + EfAttributes,
        ["ManyToManyWithoutKeys"] = WithFaker("public class B { public ICollection<E> Es { get; } = new List<E>(); } public class E { public ICollection<B> Bs { get; } = new List<B>(); }"),
        ["ManyToManyCountOnBothSides"] = WithFaker("public class B { public int Id { get; set; } [Count(1, 2)] public ICollection<E> Es { get; } = new List<E>(); } public class E { public int Id { get; set; } [Count(5, 1)] public List<B>? Bs { get; set; } }"),
        ["SelfManyToManyPointingAtItself"] = WithFaker("public class E { public int Id { get; set; } [System.ComponentModel.DataAnnotations.Schema.InverseProperty(nameof(Friends))] public List<E> Friends { get; } = new(); }"),
        ["CompositeForeignKeyNamingMissingMember"] = WithFaker("public class P { public int Id { get; set; } } public class E { public int Id { get; set; } public int A { get; set; } [System.ComponentModel.DataAnnotations.Schema.ForeignKey(\"A, Missing\")] public P P { get; set; } = null!; }"),
        ["PrimaryKeyNamingMissingMember"] = WithFaker("[PrimaryKey(\"Nope\", nameof(Id))] public class E { public int Id { get; set; } public DateOnly Day { get; set; } }") + EfAttributes,
        ["UsingEntityWithoutForeignKeys"] = Context("public class PostTag { public int Weight { get; set; } }", "modelBuilder.Entity<Post>().HasMany(p => p.Tags).WithMany(t => t.Posts).UsingEntity<PostTag>();"),
        ["UsingEntityNamingNavigationsByString"] = Context("public class PostTag { public int PostId { get; set; } public int TagId { get; set; } }", "modelBuilder.Entity<Post>().HasMany(\"Tags\").WithMany(\"Posts\").UsingEntity<PostTag>();"),
        ["UsingEntityOfASelfManyToMany"] = Context("public class PostLink { public int PostId { get; set; } }", "modelBuilder.Entity<Post>().HasMany(p => p.Related).WithMany(p => p.Related).UsingEntity<PostLink>();"),
        ["UsingEntityOfAMissingType"] = Context("", "modelBuilder.Entity<Post>().HasMany(p => p.Tags).WithMany(t => t.Posts).UsingEntity<Missing>();"),
        ["UsingEntityOfAnInterface"] = Context("public interface IPostTag { }", "modelBuilder.Entity<Post>().HasMany(p => p.Tags).WithMany(t => t.Posts).UsingEntity<IPostTag>();"),
        ["CompositeKeyOfDates"] = WithFaker("[PrimaryKey(nameof(Day), nameof(At))] public class E { [Range(typeof(DateOnly), \"2025-01-01\", \"2025-01-03\")] public DateOnly Day { get; set; } public DateTime At { get; set; } }") + EfAttributes,
        ["RequiredNavigations"] = WithFaker("public class P { public int Id { get; set; } public required ICollection<E> Es { get; set; } } public class E { public int Id { get; set; } public int PId { get; set; } public required P P { get; set; } }"),
        ["DeepPathThroughACollection"] = WithFaker("public class G { public int Id { get; set; } public List<P> Ps { get; } = new(); [Range(0, 9)] public int X { get; set; } } public class P { public int Id { get; set; } public int GId { get; set; } public G G { get; set; } = null!; } public class E { public int Id { get; set; } public int PId { get; set; } public P P { get; set; } = null!; [GreaterThan(\"P.G.Ps.X\")] public int A { get; set; } }", "G"),
        ["DeepPathsMalformed"] = WithFaker("public class P { public int Id { get; set; } [Range(0, 9)] public int X { get; set; } } [Invariant(\"A >= P..X\")] public class E { public int Id { get; set; } public int PId { get; set; } public P P { get; set; } = null!; [GreaterThan(\"P.\"), LessThan(\".P.X\"), LessThanOrEqual(\"P.X.Y\")] public int A { get; set; } }"),
        ["DeepPathAroundASelfReference"] = WithFaker("public class E { public int Id { get; set; } public int? MasterId { get; set; } public E? Master { get; set; } [Range(1, 5), LessThan(\"Master.Master.Master.Level\")] public int Level { get; set; } }"),
        ["DeepPathThroughABackReference"] = WithFaker("public class D { public int Id { get; set; } public int? HeadId { get; set; } public E? Head { get; set; } [Count(1, 2), System.ComponentModel.DataAnnotations.Schema.InverseProperty(nameof(E.D))] public List<E> Staff { get; } = new(); } public class E { public int Id { get; set; } public int DId { get; set; } public D D { get; set; } = null!; [Range(0, 9)] public int Grade { get; set; } [Range(0, 9), LessThanOrEqual(\"D.Head.Grade\")] public int Rank { get; set; } }", "D"),
        ["DeepPathThroughAGetOnlyReference"] = WithFaker("public class G { public int Id { get; set; } [Range(0, 9)] public int X { get; set; } } public class P { public int Id { get; set; } public int GId { get; set; } public G G { get; } = null!; } public class E { public int Id { get; set; } public int PId { get; set; } public P P { get; set; } = null!; [Range(0, 9), GreaterThanOrEqual(\"P.G.X\")] public int A { get; set; } }"),
        ["ParentRulesOfAnUnbuildablePick"] = WithFaker("public class G { public int Id { get; set; } [Range(0, 9)] public int X { get; set; } } public class P { public int Id { get; set; } public int GId { get; set; } public G G { get; set; } = null!; [Range(0, 9)] public int Y { get; set; } } public class E { public int Id { get; set; } public int PId { get; set; } public P P { get; set; } = null!; [Range(4, 1)] public int Backwards { get; set; } [Range(0, 9), GreaterThanOrEqual(\"P.Y\"), LessThanOrEqual(\"P.G.X\")] public int A { get; set; } }"),
        ["ParentRulesOfAnUnbuildableChild"] = WithFaker("public class G { public int Id { get; set; } [Range(0, 9)] public int X { get; set; } } public class P { public int Id { get; set; } public int GId { get; set; } public G G { get; set; } = null!; [Range(0, 9)] public int Y { get; set; } [Count(1, 2)] public List<E> Es { get; } = new(); } public class E { public int Id { get; set; } public int PId { get; set; } public P P { get; set; } = null!; [Range(4, 1)] public int Backwards { get; set; } [Range(0, 9), GreaterThanOrEqual(\"P.Y\"), LessThanOrEqual(\"P.G.X\")] public int A { get; set; } }", "P"),
        ["ParentRulesOfAnUnbuildableOptionalPick"] = WithFaker("public class P { public int Id { get; set; } [Range(0, 9)] public int Y { get; set; } } public class E { public int Id { get; set; } public int? PId { get; set; } public P? P { get; set; } [Range(4, 1)] public int Backwards { get; set; } [Range(0, 9), GreaterThanOrEqual(\"P.Y\")] public int A { get; set; } [Range(0, 9), LessThan(nameof(A))] public int B { get; set; } }"),
        // Names the generator derives (owned members as {Property}_{Member}, owned elements' builders as {Owner}_{Path}Builder,
        // fields as _{camelCase}...): two things that would get one name are refused, not emitted twice.
        ["OwnedMemberNamedLikeAProperty"] = WithFaker("[Owned] public class Geo { public int B { get; set; } } public class E { public int Id { get; set; } public Geo A { get; set; } = new(); public int A_B { get; set; } }") + EfAttributes,
        ["OwnedMembersFlattenedAlike"] = WithFaker("[Owned] public class Inner { public int C { get; set; } } [Owned] public class Outer { public int B_C { get; set; } } public class E { public int Id { get; set; } public Inner A_B { get; set; } = new(); public Outer A { get; set; } = new(); }") + EfAttributes,
        ["MembersDifferingInCase"] = Member("public int id { get; set; }"),
        ["EntityNamedLikeAnOwnedElementBuilder"] = WithFaker("[Owned] public class Stop { public int N { get; set; } } public class E { public int Id { get; set; } public List<Stop> A { get; set; } = new(); } public class E_A { public int Id { get; set; } }", "E), typeof(E_A") + EfAttributes,
        ["OwnedElementBuildersNamedAlike"] = WithFaker("[Owned] public class Leg { public int N { get; set; } } [Owned] public class Stop { public List<Leg> B { get; set; } = new(); } public class E { public int Id { get; set; } public List<Stop> A { get; set; } = new(); } public class E_A { public int Id { get; set; } public List<Leg> B { get; set; } = new(); }", "E), typeof(E_A") + EfAttributes,
        ["EntityNamedLikeABuilder"] = WithFaker("public class E { public int Id { get; set; } } public class EBuilder { public int Id { get; set; } }", "E), typeof(EBuilder"),
        ["EntityNamedLikeTheDataSetBuilder"] = WithFaker("public class DataSetBuilder { public int Id { get; set; } }", "DataSetBuilder"),
        ["MemberNamedLikeABoundsLocal"] = Member("[Range(0, 100)] public decimal Price { get; set; } [Range(0, 100), GreaterThan(nameof(Price))] public decimal PriceHigh { get; set; }"),
        ["MemberNamedLikeTheRetriedRow"] = Member("[Range(0, 100)] public decimal Price { get; set; } [Range(0, 100)] public decimal Entity { get; set; } [Computed(\"Price + Entity\"), Range(0, 150)] public decimal Total { get; set; }"),
        ["MemberNamedLikeTheAttempt"] = Member("[Range(0, 10)] public int Attempt { get; set; } [Range(0, 10), GreaterThan(nameof(Attempt))] public int Limit { get; set; }"),
        ["MemberNamedLikeAParentPath"] = WithFaker(Deal("", "[Range(0, 5000), LessThan(\"Account.AnnualRevenue\")]"), "Deal"),
        ["MemberNamedLikeAParentPathInAnInvariant"] = WithFaker(Deal("[Invariant(\"Amount < Account.AnnualRevenue\")]", "[Range(0, 5000)]"), "Deal"),
        // Two parents' paths that flatten alike (A.B_C through A, A_B.C through A_B): the second must not read the first's value.
        ["ParentPathsFlattenedAlike"] = WithFaker("public class P { public int Id { get; set; } [Range(0, 10)] public int B_C { get; set; } } public class Q { public int Id { get; set; } [Range(500, 900)] public int C { get; set; } } public class E { public int Id { get; set; } public int AId { get; set; } public P A { get; set; } = null!; public int A_BId { get; set; } public Q A_B { get; set; } = null!; [Range(0, 1000), LessThan(\"A.B_C\")] public int X { get; set; } [Range(0, 1000), GreaterThan(\"A_B.C\")] public int Y { get; set; } }", "E"),
        ["ParentMemberNamedLikeAPathReadThroughIt"] = WithFaker("public class Office { public int Id { get; set; } [Range(0, 1000)] public decimal Limit { get; set; } } public class Adjuster { public int Id { get; set; } public int OfficeId { get; set; } public Office Office { get; set; } = null!; [Range(0, 5000)] public decimal Office_Limit { get; set; } } public class Claim { public int Id { get; set; } public int AdjusterId { get; set; } public Adjuster Adjuster { get; set; } = null!; [Range(500, 5000), LessThan(\"Adjuster.Office.Limit\")] public decimal Amount { get; set; } }", "Claim"),
        ["EntitiesDifferingInCase"] = WithFaker("public class E { public int Id { get; set; } } public class e { public int Id { get; set; } }", "E), typeof(e"),
        ["HalfTypedAttribute"] = Usings + """
            namespace Cases
            {
                public class E { public int Id { get; set; } }

                [ConstrainedFaker(typeof(E), typeof(]
                public partial class CaseFaker { }
            }
            """,
    };

    [Theory]
    [InlineData("FakerWithoutArguments")]
    [InlineData("FakerWithNullArgument")]
    [InlineData("FakerWithNullType")]
    [InlineData("FakerWithMissingType")]
    [InlineData("FakerWithArrayType")]
    [InlineData("FakerWithPrimitiveType")]
    [InlineData("NonPartialFaker")]
    [InlineData("GenericFaker")]
    [InlineData("StaticFaker")]
    [InlineData("FakerInNonPartialContainer")]
    [InlineData("FakerInGenericContainer")]
    [InlineData("FakerInRecordStructContainer")]
    [InlineData("FakerWithItsOwnParameterlessConstructor")]
    [InlineData("FakerInKeywordNamespace")]
    [InlineData("RangeWithStringBounds")]
    [InlineData("RangeWithBadDate")]
    [InlineData("RangeBackwardsOnInt")]
    [InlineData("RangeEmptyAfterExclusion")]
    [InlineData("RangeHugeOnDecimal")]
    [InlineData("RangeInfiniteOnDouble")]
    [InlineData("RangeNaNOnFloat")]
    [InlineData("StringLengthNegative")]
    [InlineData("EmailShorterThanAnyEmail")]
    [InlineData("ProbabilityAboveOne")]
    [InlineData("NullsNegative")]
    [InlineData("PrecisionScaleAbovePrecision")]
    [InlineData("PrecisionAbove18")]
    [InlineData("AllowedValuesNull")]
    [InlineData("DeniedValuesNull")]
    [InlineData("AllowedValuesWithEscapes")]
    [InlineData("DeniedValuesWithEscapes")]
    [InlineData("DisjunctionWithMissingOperand")]
    [InlineData("DisjunctionOverNullableMember")]
    [InlineData("DisjunctionOverNavigationPath")]
    [InlineData("DisjunctionWithUnknownEnumValue")]
    [InlineData("DisjunctionComparingEnumWithText")]
    [InlineData("DisjunctionComparingDateWithNumber")]
    [InlineData("DisjunctionWithoutSolution")]
    [InlineData("DisjunctionNegatedTwice")]
    [InlineData("DisjunctionsBeyondTheCap")]
    [InlineData("DisjunctionOfConstants")]
    [InlineData("DistributionWithNegativeSpread")]
    [InlineData("DistributionOnText")]
    [InlineData("PoissonOnDecimal")]
    [InlineData("DistributionOnUniqueMember")]
    [InlineData("WeightsWithoutAllowedValues")]
    [InlineData("WeightsOfTheWrongCount")]
    [InlineData("CorrelatedWithMissingMember")]
    [InlineData("CorrelatedWithText")]
    [InlineData("CorrelatedWithItself")]
    [InlineData("CorrelatedBeyondOne")]
    [InlineData("CorrelatedThroughAPath")]
    [InlineData("AllowedValuesOfTheWrongType")]
    [InlineData("EnumAllWeightsZero")]
    [InlineData("EnumNegativeWeight")]
    [InlineData("EnumEveryValueDenied")]
    [InlineData("EmptyEnum")]
    [InlineData("AbstractEntity")]
    [InlineData("InterfaceEntity")]
    [InlineData("StructEntity")]
    [InlineData("RecordStructEntity")]
    [InlineData("EnumEntity")]
    [InlineData("StaticEntity")]
    [InlineData("OpenGenericEntity")]
    [InlineData("ClosedGenericEntity")]
    [InlineData("NoAccessibleConstructor")]
    [InlineData("ConstructorWithUnmatchedParameter")]
    [InlineData("PrivateNestedEntity")]
    [InlineData("InternalEntityPublicFaker")]
    [InlineData("ListProperty")]
    [InlineData("RequiredListProperty")]
    [InlineData("NavigationProperty")]
    [InlineData("KeywordMemberName")]
    [InlineData("MembersNamedLikeGeneratedLocals")]
    [InlineData("EntityNamedLikeTheFakersOptions")]
    [InlineData("EntityNamedLikeTheFaker")]
    [InlineData("TwoEntitiesWithOneSimpleName")]
    [InlineData("HalfTypedEntity")]
    [InlineData("HalfTypedAttribute")]
    [InlineData("RequiredNavigations")]
    [InlineData("OwnedTypeWithoutParameterlessConstructor")]
    [InlineData("OwnedTypeHoldingItself")]
    [InlineData("OwnedTypeWithoutMembers")]
    [InlineData("OwnedMemberRelationToMissingMember")]
    [InlineData("OwnedKeywordNames")]
    [InlineData("OwnedTypesHoldingEachOther")]
    [InlineData("OwnedInvariantNamingMissingMember")]
    [InlineData("OwnedInvariantThatIsNotCSharp")]
    [InlineData("OwnedComputedOverStrings")]
    [InlineData("OwnerPathsToMissingOwnedMembers")]
    [InlineData("OwnedEnumNamedAsItsType")]
    [InlineData("OwnedCollectionWithBackwardsCount")]
    [InlineData("OwnedCollectionsThatCannotBeFilled")]
    [InlineData("OwnedCollectionInsideOwnedCollection")]
    [InlineData("OwnedCollectionOfUnbuildableElements")]
    [InlineData("OwnedCollectionNamedLikeGeneratedMembers")]
    [InlineData("OwnedCollectionInsideOwnedReference")]
    [InlineData("OwnedCollectionsNestedAndNamedAlike")]
    [InlineData("ManyToManyWithoutKeys")]
    [InlineData("ManyToManyCountOnBothSides")]
    [InlineData("SelfManyToManyPointingAtItself")]
    [InlineData("CompositeForeignKeyNamingMissingMember")]
    [InlineData("PrimaryKeyNamingMissingMember")]
    [InlineData("CompositeKeyOfDates")]
    [InlineData("UsingEntityWithoutForeignKeys")]
    [InlineData("UsingEntityNamingNavigationsByString")]
    [InlineData("UsingEntityOfASelfManyToMany")]
    [InlineData("UsingEntityOfAnInterface")]
    [InlineData("UsingEntityOfAMissingType")]
    [InlineData("DeepPathThroughACollection")]
    [InlineData("DeepPathsMalformed")]
    [InlineData("DeepPathAroundASelfReference")]
    [InlineData("DeepPathThroughABackReference")]
    [InlineData("DeepPathThroughAGetOnlyReference")]
    [InlineData("ParentRulesOfAnUnbuildablePick")]
    [InlineData("ParentRulesOfAnUnbuildableChild")]
    [InlineData("ParentRulesOfAnUnbuildableOptionalPick")]
    [InlineData("OwnedMemberNamedLikeAProperty")]
    [InlineData("OwnedMembersFlattenedAlike")]
    [InlineData("MembersDifferingInCase")]
    [InlineData("EntityNamedLikeAnOwnedElementBuilder")]
    [InlineData("OwnedElementBuildersNamedAlike")]
    [InlineData("EntityNamedLikeABuilder")]
    [InlineData("EntityNamedLikeTheDataSetBuilder")]
    [InlineData("EntitiesDifferingInCase")]
    [InlineData("MemberNamedLikeABoundsLocal")]
    [InlineData("MemberNamedLikeTheRetriedRow")]
    [InlineData("MemberNamedLikeTheAttempt")]
    [InlineData("MemberNamedLikeAParentPath")]
    [InlineData("MemberNamedLikeAParentPathInAnInvariant")]
    [InlineData("ParentPathsFlattenedAlike")]
    [InlineData("ParentMemberNamedLikeAPathReadThroughIt")]
    public void Generator_never_throws_reports_nothing_and_adds_no_compile_problem(string name)
    {
        var run = GeneratorHarness.Run(Cases[name]);

        Assert.All(run.Result.Results, result => Assert.True(result.Exception is null, $"The generator threw: {result.Exception}"));
        Assert.True(run.GeneratorDiagnostics.IsEmpty, "The generator reported:\n" + string.Join("\n", run.GeneratorDiagnostics.Select(GeneratorRun.Describe)));
        foreach (var generated in run.Result.Results.SelectMany(r => r.GeneratedSources))
        {
            Assert.False(generated.SourceText.ToString().Contains("ConstrainedFakes generated no builders", StringComparison.Ordinal),
                $"The generator hit an internal error and fell back:\n{generated.SourceText}");
        }

        var added = NewProblems(run.Input, run.Output);
        Assert.True(added.Count == 0,
            $"The generated code adds {added.Count} compile problem(s):\n{string.Join("\n", added)}\n\nGenerated:\n" +
            string.Join("\n", run.Result.Results.SelectMany(r => r.GeneratedSources).Select(s => $"--- {s.HintName}\n{s.SourceText}")));
    }

    [Theory]
    [InlineData("OwnedMemberNamedLikeAProperty", "the owned A.B and 'A_B' would get the same name in its builder (A_B); rename one")]
    [InlineData("OwnedMembersFlattenedAlike", "the owned A_B.C and the owned A.B_C would get the same name in its builder (A_B_C); rename one")]
    [InlineData("MembersDifferingInCase", "'Id' and 'id' would get the same name in its builder (_idFixed); rename one")]
    [InlineData("EntityNamedLikeAnOwnedElementBuilder", "// Cases.E_A gets no builder: the faker would declare E_ABuilder for the builder of E_A and for the builder of the elements of E.A; rename the class.")]
    [InlineData("OwnedElementBuildersNamedAlike", "// Cases.E_A gets no builder: the faker would declare E_ABuilder for the builder of E_A and for the builder of the elements of E.A; rename the class.")]
    [InlineData("EntityNamedLikeABuilder", "// Cases.EBuilder gets no builder: the faker would declare EBuilder for the EBuilder() method and for the builder of E; rename the class.")]
    [InlineData("EntityNamedLikeTheDataSetBuilder", "// Cases.DataSetBuilder gets no builder: the faker would declare DataSetBuilder for the DataSetBuilder() method and for the faker's DataSetBuilder class; rename the class.")]
    [InlineData("EntitiesDifferingInCase", "// Cases.e gets no builder: the faker would declare _eRows for the row cursor of e and for the row cursor of E; rename the class.")]
    [InlineData("MemberNamedLikeABoundsLocal", "'PriceHigh' and the upper bound of Price would get the same name in its builder (priceHigh); rename one")]
    [InlineData("MemberNamedLikeTheRetriedRow", "'Entity' and the row TryBuildAt hands out would get the same name in its builder (entity); rename one")]
    [InlineData("MemberNamedLikeTheAttempt", "'Attempt' and the attempt parameter of TryBuildAt would get the same name in its builder (attempt); rename one")]
    [InlineData("MemberNamedLikeAParentPath", "[LessThan(\\\"Account.AnnualRevenue\\\")] Amount: 'Account_AnnualRevenue' and the parent's Account.AnnualRevenue would get the same name in its builder (Account_AnnualRevenue); rename one")]
    [InlineData("MemberNamedLikeAParentPathInAnInvariant", "'Account_AnnualRevenue' and the parent's Account.AnnualRevenue would get the same name in its builder (Account_AnnualRevenue); rename one")]
    [InlineData("ParentPathsFlattenedAlike", "[GreaterThan(\\\"A_B.C\\\")] Y: the parents' A.B_C and A_B.C would get the same name in its builder (A_B_C); rename one")]
    [InlineData("ParentMemberNamedLikeAPathReadThroughIt", "no data set can be built: Adjuster: 'Office_Limit' and the parent's Office.Limit would get the same name in its builder (Office_Limit); rename one (Claim reads Adjuster.Office.Limit).")]
    public void Two_things_the_generator_would_name_alike_are_refused_saying_why(string name, string says)
    {
        // The entity is skipped (a name the faker declares) or its builder throws (a name its builder declares), and the
        // generated file says why, as the analyzer does (CF0011).
        var generated = GeneratorHarness.Run(Cases[name]).SingleGeneratedSource();
        Assert.True(generated.Contains(says), generated);
    }

    [Fact]
    public void A_primary_key_naming_a_missing_member_makes_the_data_set_refuse_saying_which()
    {
        // The builder reads the key without the name, so its rows stand alone, but a data set would key them (and
        // their children) otherwise than declared: it refuses, as it refuses a unique index naming a missing member.
        var generated = GeneratorHarness.Run(Cases["PrimaryKeyNamingMissingMember"]).SingleGeneratedSource();
        Assert.Contains("E [PrimaryKey(\\\"Nope\\\", nameof(Id))] names 'Nope', which E does not have as a member the builder sets.", generated);
        Assert.DoesNotContain("Cannot build", generated);
    }

    [Fact]
    public void A_member_named_like_a_local_of_a_build_that_does_not_declare_it_is_built()
    {
        // No cross-member constraint, so no TryBuildAt and no bounds: Entity and PriceHigh are locals like any other.
        var run = GeneratorHarness.Run(Member("public int Entity { get; set; } public int Attempt { get; set; } [Range(0, 100)] public decimal Price { get; set; } public decimal PriceHigh { get; set; }"));
        Assert.DoesNotContain("Cannot build", run.SingleGeneratedSource());
        Assert.Empty(run.EmitProblems());
    }

    [Fact]
    public void Every_case_is_run()
    {
        var method = typeof(RobustnessTests).GetMethod(nameof(Generator_never_throws_reports_nothing_and_adds_no_compile_problem))!;
        var listed = method.GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(method).Single()[0]).ToHashSet();

        Assert.Equal(Cases.Keys.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    /// <summary>Errors and warnings of <paramref name="output"/> that <paramref name="input"/> did not have.</summary>
    private static List<string> NewProblems(Compilation input, Compilation output)
    {
        static string Key(Diagnostic d) => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        var before = input.GetDiagnostics().Select(Key).ToHashSet();
        return output.GetDiagnostics()
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning && !before.Contains(Key(d)))
            .Select(GeneratorRun.Describe)
            .ToList();
    }
}
