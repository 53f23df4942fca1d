using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

public enum OddKind { Small, Big }

/// <summary>An entity no faker builds, with invariants at the edges of the language, some of them outside what a CHECK states.</summary>
[Invariant("-(A) + 2 * (B - 1) / 4 >= -1_000.5m")]
[Invariant("!(A <= 5) || Flag")]
[Invariant("Kind == global::ConstrainedFakes.EntityFrameworkCore.Tests.OddKind.Big || A != 3")]
[Invariant("When <= new DateTime(1970, 1, 1, 12, 0, 0).AddHours(1)")]
[Invariant("Note == \"a\\\"b\" && A == B")]
[Invariant("Ratio < Other")]
[Invariant("A * B <= 10")]
[Invariant("Ratio <= 2.5")]
[Invariant("Note.Length > 3")]
[Invariant("A <= ")]
[Invariant("Math.Abs(A) <= 3")]
[Invariant("Span <= TimeSpan.FromMinutes(90)")]
[Invariant("Missing > 1")]
public class Odd
{
    public int Id { get; set; }

    public int A { get; set; }

    public long B { get; set; }

    public bool Flag { get; set; }

    public OddKind Kind { get; set; }

    public DateTime When { get; set; }

    public string? Note { get; set; }

    public double Ratio { get; set; }

    public double Other { get; set; }

    public TimeSpan Span { get; set; }
}

public class Animal
{
    public int Id { get; set; }

    public int Legs { get; set; }
}

/// <summary>Shares <see cref="Animal"/>'s table: its rules over its own columns hold its rows only; one over an inherited column would hold every animal.</summary>
[Invariant("Span >= Wings")]
public class Bird : Animal
{
    [LessThanOrEqual(nameof(Legs))]
    public int Wings { get; set; }

    public int Span { get; set; }
}

/// <summary>Names long enough that their CHECK constraints' names pass PostgreSQL's 63 bytes, and share a long start.</summary>
public class ReservationWithAnUnusuallyDescriptiveName
{
    public int Id { get; set; }

    public DateTime ArrivalAtTheFrontDeskOfTheHotel { get; set; }

    [GreaterThan(nameof(ArrivalAtTheFrontDeskOfTheHotel))]
    public DateTime DepartureFromTheFrontDeskOfTheHotelFirst { get; set; }

    [GreaterThan(nameof(ArrivalAtTheFrontDeskOfTheHotel))]
    public DateTime DepartureFromTheFrontDeskOfTheHotelSecond { get; set; }
}

/// <summary>
/// How invariants translate, read from the SQL put in the model by each provider's conventions: what the
/// language allows becomes a CHECK, the rest is skipped with its reason, and nothing throws.
/// </summary>
public class TranslationTests
{
    [Fact]
    public void Sqlite()
    {
        var (checks, skipped) = Apply(SqliteConventionSetBuilder.CreateModelBuilder());
        Assert.Equal("\"B\" >= 2 * \"A\" - 2000", checks["CK_Odd_Invariant1"]);
        Assert.Equal("(NOT (\"A\" <= 5)) OR (\"Flag\" = 1)", checks["CK_Odd_Invariant2"]);
        Assert.Equal("(\"Kind\" = 1) OR (\"A\" <> 3)", checks["CK_Odd_Invariant3"]);
        // 1970-01-01 13:00 is Julian day 2440588.041666..., in milliseconds 210866806800000.
        Assert.Equal("CAST(ROUND(julianday(\"When\") * 86400000) AS INTEGER) <= 210866806800000", checks["CK_Odd_Invariant4"]);
        Assert.Equal("\"Note\" IS NULL OR ((\"Note\" = 'a\"b') AND (\"A\" = \"B\"))", checks["CK_Odd_Invariant5"]);
        Assert.Equal("\"Ratio\" < \"Other\"", checks["CK_Odd_Invariant6"]);
        // SQLite's "c" text of a TimeSpan, read back to whole milliseconds: 90 minutes are 5400000.
        Assert.EndsWith(" <= 5400000", checks["CK_Odd_Invariant12"], StringComparison.Ordinal);
        Assert.Contains("ltrim(\"Span\", '-')", checks["CK_Odd_Invariant12"], StringComparison.Ordinal);
        Assert.Equal(7, checks.Count);
        AssertReasons(skipped,
        [
            "'A * B' multiplies two members",
            "'Ratio <= 5/2' computes with double or float members",
            "'Note.Length' reads a member of a member",
            "The expression ends too early.",
            "'Math.Abs(A)' is not a supported call",
            "'Missing' is not a mapped member of the entity.",
        ]);
    }

    [Fact]
    public void PostgreSql()
    {
        var (checks, skipped) = Apply(Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.Conventions.NpgsqlConventionSetBuilder.CreateModelBuilder());
        Assert.Equal("(\"Kind\" = 1) OR (\"A\" <> 3)", checks["CK_Odd_Invariant3"]);
        Assert.Equal("(NOT (\"A\" <= 5)) OR (\"Flag\" = TRUE)", checks["CK_Odd_Invariant2"]);
        // Seconds since 1970 in exact numerics: 13:00 is 46800 s.
        Assert.Equal("EXTRACT(EPOCH FROM \"When\") <= 46800", checks["CK_Odd_Invariant4"]);
        Assert.Equal("EXTRACT(EPOCH FROM \"Span\") <= 5400", checks["CK_Odd_Invariant12"]);
        Assert.Equal(7, checks.Count);
        Assert.Equal(6, skipped.Count);
    }

    [Fact]
    public void In_a_hierarchy_rules_read_their_own_types_columns_only()
    {
        var skipped = new List<string>();
        var modelBuilder = SqliteConventionSetBuilder.CreateModelBuilder();
        modelBuilder.Entity<Animal>();
        modelBuilder.Entity<Bird>();
        modelBuilder.ApplyConstrainedFakesCheckConstraints(skipped.Add);
        var checks = modelBuilder.Model.FindEntityType(typeof(Bird))!.GetCheckConstraints().ToDictionary(c => c.Name!, c => c.Sql);
        // Other animals leave a bird's columns NULL: the guards let their rows pass.
        Assert.Equal("\"Span\" IS NULL OR \"Wings\" IS NULL OR (\"Span\" >= \"Wings\")", Assert.Single(checks).Value);
        Assert.Equal("Bird.Wings: [LessThanOrEqual(\"Legs\")] is not a CHECK constraint: 'Legs' is inherited from Animal: a CHECK on Bird's table would not hold its rows alone.",
            Assert.Single(skipped));
    }

    [Fact]
    public void Names_past_PostgreSQLs_limit_are_shortened_apart_and_the_same_every_time()
    {
        static List<string> Names(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<ReservationWithAnUnusuallyDescriptiveName>();
            modelBuilder.ApplyConstrainedFakesCheckConstraints();
            return modelBuilder.Model.FindEntityType(typeof(ReservationWithAnUnusuallyDescriptiveName))!.GetCheckConstraints().Select(c => c.Name!).ToList();
        }
        var postgres = Names(Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.Conventions.NpgsqlConventionSetBuilder.CreateModelBuilder());
        Assert.Equal(2, postgres.Count);
        Assert.All(postgres, name => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(name), 1, 63));
        Assert.All(postgres, name => Assert.StartsWith("CK_ReservationWithAnUnusuallyDescriptiveName_Dep", name, StringComparison.Ordinal));
        Assert.Equal(2, postgres.Distinct().Count());
        Assert.Equal(postgres, Names(Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.Conventions.NpgsqlConventionSetBuilder.CreateModelBuilder()));
        // SQLite has no such limit: the names stay whole.
        Assert.Contains("CK_ReservationWithAnUnusuallyDescriptiveName_DepartureFromTheFrontDeskOfTheHotelSecond_GreaterThan_ArrivalAtTheFrontDeskOfTheHotel",
            Names(SqliteConventionSetBuilder.CreateModelBuilder()));
    }

    private static (Dictionary<string, string> Checks, List<string> Skipped) Apply(ModelBuilder modelBuilder)
    {
        var skipped = new List<string>();
        modelBuilder.Entity<Odd>();
        modelBuilder.ApplyConstrainedFakesCheckConstraints(skipped.Add);
        var checks = modelBuilder.Model.FindEntityType(typeof(Odd))!.GetCheckConstraints().ToDictionary(c => c.Name!, c => c.Sql);
        return (checks, skipped);
    }

    private static void AssertReasons(List<string> skipped, string[] reasons)
    {
        Assert.True(skipped.Count == reasons.Length, string.Join(Environment.NewLine, skipped));
        for (var i = 0; i < reasons.Length; i++)
        {
            Assert.StartsWith("Odd: [Invariant(", skipped[i], StringComparison.Ordinal);
            Assert.Contains(" is not a CHECK constraint: " + reasons[i], skipped[i], StringComparison.Ordinal);
        }
    }
}
