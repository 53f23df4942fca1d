using System.Text;
using ConstrainedFakes.EntityFrameworkCore.Checks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>
/// Building a model must never fail because of an invariant: over thousands of expressions, well-formed and
/// not, the translation gives SQL or refuses with <see cref="UnsupportedInvariantException"/>, nothing else.
/// </summary>
public class TranslationRobustnessTests
{
    private static readonly string[] Members = ["Start", "End", "ClosedAt", "FirstNight", "CheckIn", "Price", "Discount", "Deposit", "Tier", "Rate",
        "Adults", "Children", "Secured", "Region", "Currency", "BookedAt", "MinStay", "Stays", "Nope", "Id"];

    private static readonly string[] Literals = ["0.3m", "1_000", "2.5", "1e3", "7L", "\"USD\"", "true", "false", "Tier.Gold", "Region.US",
        "global::ConstrainedFakes.EntityFrameworkCore.Tests.Tier.Silver", "new DateTime(2024, 1, 1)", "new DateOnly(2024, 2, 30)", "TimeSpan.FromDays(3)",
        "TimeSpan.FromHours(1.5m)", "0", "1e999999", ".5"];

    private static readonly string[] Binary = ["+", "-", "*", "/", "<", "<=", ">", ">=", "==", "!=", "&&", "||"];

    private static readonly string[] Debris = ["(", ")", ".", ",", "!", "@", "#", "\"", "'", "..", "::", "global::", "new", ".AddDays(1)", ".AddHours(Price)", "Math.Abs(", "?", "=>", "\\"];

    [Theory, InlineData(false), InlineData(true)]
    public void Every_expression_translates_or_is_refused_with_a_reason(bool postgres)
    {
        var modelBuilder = postgres
            ? Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.Conventions.NpgsqlConventionSetBuilder.CreateModelBuilder()
            : SqliteConventionSetBuilder.CreateModelBuilder();
        modelBuilder.Entity<Booking>().Property(b => b.Region).HasConversion<string>();
        var entityType = modelBuilder.Model.FindEntityType(typeof(Booking))!;
        var dialect = CheckDialect.Of(modelBuilder.Model);
        var random = new SplitMix(postgres ? 2UL : 1UL);
        for (var i = 0; i < 4_000; i++)
        {
            var expression = i % 2 == 0 ? Expression(random, 4) : Soup(random);
            try
            {
                Assert.False(string.IsNullOrWhiteSpace(EntityRules.Invariant(entityType, dialect, expression)));
            }
            catch (UnsupportedInvariantException refused)
            {
                Assert.False(string.IsNullOrWhiteSpace(refused.Message), expression);
            }
        }
        // Well-typed expressions of the language all become SQL, or this test would only prove that everything can be refused.
        for (var i = 0; i < 2_000; i++)
        {
            var expression = Condition(random, 3);
            var exception = Record.Exception(() => EntityRules.Invariant(entityType, dialect, expression));
            Assert.True(exception is null, $"{expression}: {exception?.Message}");
        }
    }

    private static readonly string[] Numbers = ["Price", "Discount", "Deposit", "Rate", "Adults", "Children", "0.3m", "1_000", "7", "2.5m"];

    private static readonly string[] Instants = ["Start", "End", "ClosedAt", "new DateTime(2024, 1, 1)", "new DateTime(2024, 2, 29, 12, 30, 0)"];

    /// <summary>A well-typed condition of the language the generator accepts.</summary>
    private static string Condition(SplitMix random, int depth)
    {
        var comparison = Binary[4 + random.Next(6)];
        return (depth == 0 ? random.Next(5) : random.Next(8)) switch
        {
            0 => $"{Number(random, 2)} {comparison} {Number(random, 2)}",
            1 => $"{Instant(random)} {comparison} {Instant(random)}",
            2 => $"{Instant(random)} - {Instant(random)} {comparison} TimeSpan.FromHours({random.Next(100)})",
            3 => random.Next(2) == 0 ? $"Tier {Binary[8 + random.Next(2)]} Tier.Gold" : $"Region {Binary[8 + random.Next(2)]} Region.US",
            4 => random.Next(2) == 0 ? "Secured" : $"Currency == \"USD\"",
            5 => $"!({Condition(random, depth - 1)})",
            _ => $"({Condition(random, depth - 1)}) {Binary[10 + random.Next(2)]} ({Condition(random, depth - 1)})",
        };
    }

    private static string Number(SplitMix random, int depth) => (depth == 0 ? 0 : random.Next(5)) switch
    {
        0 or 1 => Numbers[random.Next(Numbers.Length)],
        2 => $"{Number(random, depth - 1)} {Binary[random.Next(2)]} {Number(random, depth - 1)}",
        3 => $"{1 + random.Next(9)}.{random.Next(10)}m * ({Number(random, depth - 1)})",
        _ => $"-({Number(random, depth - 1)}) / {1 + random.Next(7)}",
    };

    private static string Instant(SplitMix random) => random.Next(3) == 0
        ? $"{Instants[random.Next(Instants.Length)]}.AddDays({random.Next(60) - 30})"
        : Instants[random.Next(Instants.Length)];

    /// <summary>A well-formed expression of the grammar, with members and literals of any type (so often ill-typed).</summary>
    private static string Expression(SplitMix random, int depth)
    {
        if (depth == 0 || random.Next(4) == 0)
            return random.Next(2) == 0 ? Members[random.Next(Members.Length)] : Literals[random.Next(Literals.Length)];
        return random.Next(6) switch
        {
            0 => $"!({Expression(random, depth - 1)})",
            1 => $"-{Expression(random, depth - 1)}",
            2 => $"({Expression(random, depth - 1)})",
            3 => $"{Expression(random, depth - 1)}.AddDays({random.Next(40) - 20})",
            _ => $"{Expression(random, depth - 1)} {Binary[random.Next(Binary.Length)]} {Expression(random, depth - 1)}",
        };
    }

    /// <summary>Any sequence of pieces of the language and debris.</summary>
    private static string Soup(SplitMix random)
    {
        var text = new StringBuilder();
        var pieces = random.Next(12) + 1;
        for (var i = 0; i < pieces; i++)
        {
            var pool = random.Next(4) switch { 0 => Members, 1 => Literals, 2 => Binary, _ => Debris };
            text.Append(pool[random.Next(pool.Length)]).Append(random.Next(3) == 0 ? "" : " ");
        }
        return text.ToString();
    }

    /// <summary>A small deterministic generator for test inputs (SplitMix64).</summary>
    private sealed class SplitMix(ulong state)
    {
        public int Next(int bound)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)((z ^ (z >> 31)) % (ulong)bound);
        }
    }
}
