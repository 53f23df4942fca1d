using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Xunit.Abstractions;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>
/// Order relations and linear invariants as CHECK constraints: generated rows pass them, the database refuses
/// what they forbid (exactly at the bounds too), and on generated and corrupted rows the SQL agrees with the
/// declaration as C# evaluates it.
/// </summary>
public class BookingCheckTests(ITestOutputHelper output)
{
    private static readonly DateTime March = new(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory, InlineData(Provider.Sqlite), PostgresData]
    public async Task Every_generated_row_passes_the_checks(Provider provider)
    {
        await using var database = await CreateAsync(provider);
        var data = new BookingFaker(5).DataSet().Count<Booking>(600).Build();
        await using var context = NewContext(database);
        await context.SeedAsync(data);
        Assert.Equal(600, await context.Bookings.CountAsync());
        Assert.Equal(data.Set<Stay>().Count, await context.Stays.CountAsync());
    }

    [Theory, InlineData(Provider.Sqlite), PostgresData]
    public async Task The_database_refuses_what_relations_and_invariants_forbid(Provider provider)
    {
        await using var database = await CreateAsync(provider);
        await using (var context = NewContext(database)) await context.SeedAsync(new BookingFaker(8).DataSet().Count<Booking>(30).Build());
        // One valid row everywhere; each update below then breaks exactly one rule, or stands exactly at its bound.
        await AcceptsAsync(database, s => s
            .SetProperty(b => b.Start, March).SetProperty(b => b.End, March.AddDays(1)).SetProperty(b => b.ClosedAt, (DateTime?)null)
            .SetProperty(b => b.FirstNight, new DateOnly(2024, 3, 1)).SetProperty(b => b.LastNight, new DateOnly(2024, 3, 2))
            .SetProperty(b => b.CheckIn, new TimeOnly(15, 0)).SetProperty(b => b.CheckOut, new TimeOnly(11, 0))
            .SetProperty(b => b.Price, 100m).SetProperty(b => b.Discount, (decimal?)null).SetProperty(b => b.Deposit, 10m)
            .SetProperty(b => b.Tier, Tier.Standard).SetProperty(b => b.Rate, 0.1m).SetProperty(b => b.Adults, 2).SetProperty(b => b.Children, 1)
            .SetProperty(b => b.Secured, false).SetProperty(b => b.Region, Region.EU).SetProperty(b => b.Currency, "EUR")
            .SetProperty(b => b.BookedAt, new DateTimeOffset(March)).SetProperty(b => b.CancelledAt, (DateTimeOffset?)null)
            .SetProperty(b => b.MinStay, TimeSpan.FromDays(1)).SetProperty(b => b.MaxStay, TimeSpan.FromDays(2)));

        // Order relations, each kind and type.
        await RefusesAsync(database, "CK_Bookings_ClosedAt_GreaterThanOrEqual_End", s => s.SetProperty(b => b.ClosedAt, March.AddDays(1).AddSeconds(-1)));
        await AcceptsAsync(database, s => s.SetProperty(b => b.ClosedAt, March.AddDays(1)));
        await RefusesAsync(database, "CK_Bookings_LastNight_GreaterThanOrEqual_FirstNight", s => s.SetProperty(b => b.LastNight, new DateOnly(2024, 2, 29)));
        await AcceptsAsync(database, s => s.SetProperty(b => b.LastNight, new DateOnly(2024, 3, 1)));
        await RefusesAsync(database, "CK_Bookings_CheckOut_LessThan_CheckIn", s => s.SetProperty(b => b.CheckOut, new TimeOnly(15, 0)));
        await RefusesAsync(database, "CK_Bookings_Children_LessThanOrEqual_Adults", s => s.SetProperty(b => b.Children, 3));
        await AcceptsAsync(database, s => s.SetProperty(b => b.Children, 2));
        await RefusesAsync(database, "CK_Bookings_Deposit_LessThan_Price", s => s.SetProperty(b => b.Price, 20m).SetProperty(b => b.Deposit, 20m));
        await AcceptsAsync(database, s => s.SetProperty(b => b.Price, 20m).SetProperty(b => b.Deposit, 19.99m));
        await RefusesAsync(database, "CK_Bookings_CancelledAt_GreaterThan_BookedAt", s => s.SetProperty(b => b.CancelledAt, new DateTimeOffset(March)));
        await AcceptsAsync(database, s => s.SetProperty(b => b.CancelledAt, new DateTimeOffset(March.AddSeconds(1))));
        await RefusesAsync(database, "CK_Bookings_MaxStay_GreaterThanOrEqual_MinStay", s => s.SetProperty(b => b.MaxStay, TimeSpan.FromHours(23)));
        await AcceptsAsync(database, s => s.SetProperty(b => b.MaxStay, TimeSpan.FromDays(1)));

        // Invariants, exactly at their bounds and just past them.
        await AcceptsAsync(database, s => s.SetProperty(b => b.Price, 100.10m).SetProperty(b => b.Discount, 30.03m));
        await RefusesAsync(database, "CK_Bookings_Invariant1", s => s.SetProperty(b => b.Discount, 30.04m));
        await RefusesAsync(database, "CK_Bookings_Invariant2", s => s.SetProperty(b => b.Rate, 0.151m));
        await AcceptsAsync(database, s => s.SetProperty(b => b.Rate, 0.15m));
        await AcceptsAsync(database, s => s.SetProperty(b => b.Tier, Tier.Gold).SetProperty(b => b.Rate, 0.9m));
        await RefusesAsync(database, "CK_Bookings_Invariant3", s => s.SetProperty(b => b.Adults, 5).SetProperty(b => b.Children, 4));
        await AcceptsAsync(database, s => s.SetProperty(b => b.Adults, 4).SetProperty(b => b.Children, 4));
        await RefusesAsync(database, "CK_Bookings_Invariant4", s => s.SetProperty(b => b.End, March.AddHours(12).AddSeconds(-1)));
        await AcceptsAsync(database, s => s.SetProperty(b => b.End, March.AddHours(12)).SetProperty(b => b.ClosedAt, (DateTime?)null));
        await RefusesAsync(database, "CK_Bookings_Invariant4", s => s.SetProperty(b => b.End, March.AddDays(30).AddSeconds(1)));
        await AcceptsAsync(database, s => s.SetProperty(b => b.End, March.AddDays(30)));
        await RefusesAsync(database, "CK_Bookings_Invariant5", s => s.SetProperty(b => b.Secured, true).SetProperty(b => b.Price, 49.99m).SetProperty(b => b.Discount, (decimal?)null));
        await AcceptsAsync(database, s => s.SetProperty(b => b.Secured, true).SetProperty(b => b.Price, 50m).SetProperty(b => b.Discount, (decimal?)null));
        await RefusesAsync(database, "CK_Bookings_Invariant6", s => s.SetProperty(b => b.Region, Region.US));
        await AcceptsAsync(database, s => s.SetProperty(b => b.Region, Region.US).SetProperty(b => b.Currency, "USD"));
        await RefusesAsync(database, "CK_Bookings_Invariant7", s => s.SetProperty(b => b.Price, 400m).SetProperty(b => b.Deposit, 120.01m));
        await AcceptsAsync(database, s => s.SetProperty(b => b.Price, 400m).SetProperty(b => b.Deposit, 120m));
    }

    [Fact]
    public async Task Paths_through_navigations_are_skipped_with_the_reason()
    {
        await using var database = await CreateAsync(Provider.Sqlite);
        Assert.Empty(Checks(database, typeof(Stay)));
        var skipped = SkippedOnSqlite();
        Assert.Contains(skipped, s => s.StartsWith("Stay.At: [GreaterThanOrEqual(\"Booking.Start\")] is not a CHECK constraint: 'Booking.Start' reads Booking, a navigation to another table", StringComparison.Ordinal));
        Assert.Contains(skipped, s => s.StartsWith("Stay: [Invariant(\"At <= Booking.End\")] is not a CHECK constraint: 'Booking.End' reads Booking", StringComparison.Ordinal));
        Assert.True(skipped.Count == 2, string.Join(Environment.NewLine, skipped));
    }

    [Fact]
    public async Task The_sql_compares_whole_numbers_as_each_provider_stores_them()
    {
        await using var database = await CreateAsync(Provider.Sqlite);
        var checks = Checks(database, typeof(Booking));
        foreach (var (name, sql) in checks.OrderBy(c => c.Key, StringComparer.Ordinal)) output.WriteLine($"{name}: {sql}");
        Assert.Equal("\"Discount\" IS NULL OR (10 * CAST(ROUND(CAST(\"Discount\" AS NUMERIC) * 100) AS INTEGER) <= 3 * CAST(ROUND(CAST(\"Price\" AS NUMERIC) * 100) AS INTEGER))",
            checks["CK_Bookings_Invariant1"]);
        Assert.Equal("(\"Tier\" = 2) OR (CAST(ROUND(CAST(\"Rate\" AS NUMERIC) * 1000) AS INTEGER) <= 150)", checks["CK_Bookings_Invariant2"]);
        Assert.Equal("\"Adults\" + \"Children\" <= 8", checks["CK_Bookings_Invariant3"]);
        Assert.Equal("(\"Region\" <> 'US') OR (\"Currency\" = 'USD')", checks["CK_Bookings_Invariant6"]);
        Assert.Equal("\"ClosedAt\" IS NULL OR (CAST(ROUND(julianday(\"ClosedAt\") * 86400000) AS INTEGER) >= CAST(ROUND(julianday(\"End\") * 86400000) AS INTEGER))",
            checks["CK_Bookings_ClosedAt_GreaterThanOrEqual_End"]);
    }

    /// <summary>
    /// The database is asked which rows break each CHECK (<c>WHERE NOT (check)</c>, so an unknown passes as in
    /// a CHECK) on a table without them, filled with generated rows, rows whose members are shuffled between
    /// rows, and rows exactly at and just past the bounds; the answer must be the declaration's, evaluated in C#
    /// by the faker's own invariant checks and by the relations' comparisons.
    /// </summary>
    [Theory, InlineData(Provider.Sqlite), PostgresData]
    public async Task The_sql_agrees_with_the_declaration_on_generated_and_corrupted_rows(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, d => d.NewContext<UncheckedBookingContext>(o => new UncheckedBookingContext(o)));
        var rows = Rows();
        await using (var context = database.NewContext<UncheckedBookingContext>(o => new UncheckedBookingContext(o))) await context.SeedAsync(rows);

        var checks = Checks(database, typeof(Booking));
        // Eight order relations and eight invariants.
        Assert.Equal(16, checks.Keys.Count(name => Expectation(name) is not null));
        foreach (var (name, sql) in checks)
        {
            if (Expectation(name) is not { } expected) continue;
            var refused = await RefusedIdsAsync(database, sql);
            var disagreements = rows.Where(r => refused.Contains(r.Id) == expected(r)).Select(r => r.Id).ToList();
            Assert.True(disagreements.Count == 0, $"{name} ({sql}) disagrees with C# on rows {string.Join(", ", disagreements.Take(10))}");
            Assert.True(refused.Count > 0 && refused.Count < rows.Count, $"{name}: {refused.Count} of {rows.Count} rows refused; the test rows must exercise both sides.");
        }
    }

    /// <summary>Generated rows, rows mixing members of several generated rows, and rows at and past the bounds.</summary>
    private static List<Booking> Rows()
    {
        var generated = new BookingFaker(11).Booking().Build(400);
        var properties = typeof(Booking).GetProperties().Where(p => p.CanWrite && p.Name != nameof(Booking.Id)).ToArray();
        var rows = new List<Booking>();
        for (var i = 0; i < 1_200; i++)
        {
            var row = new Booking();
            for (var m = 0; m < properties.Length; m++)
            {
                // Every third row is as generated; the others take each member from a row of its own.
                var source = generated[i % 3 == 0 ? i / 3 % generated.Count : (i * 31 + m * 17 + i / 7 * m) % generated.Count];
                properties[m].SetValue(row, properties[m].GetValue(source));
            }
            rows.Add(row);
        }
        var at = generated[0];
        rows.Add(Copy(at, b => { b.Price = 100.10m; b.Discount = 30.03m; }));
        rows.Add(Copy(at, b => { b.Price = 100.10m; b.Discount = 30.04m; }));
        rows.Add(Copy(at, b => { b.Price = 40m; b.Deposit = 30m; }));
        rows.Add(Copy(at, b => { b.Price = 40m; b.Deposit = 30.01m; }));
        rows.Add(Copy(at, b => { b.Tier = Tier.Silver; b.Rate = 0.15m; }));
        rows.Add(Copy(at, b => { b.Tier = Tier.Silver; b.Rate = 0.151m; }));
        rows.Add(Copy(at, b => { b.End = b.Start.AddHours(12); b.ClosedAt = b.End; }));
        rows.Add(Copy(at, b => { b.End = b.Start.AddHours(12).AddSeconds(-1); }));
        rows.Add(Copy(at, b => { b.End = b.Start.AddDays(30); b.ClosedAt = null; }));
        rows.Add(Copy(at, b => { b.End = b.Start.AddDays(30).AddSeconds(1); }));
        rows.Add(Copy(at, b => { b.CancelledAt = b.BookedAt; }));
        rows.Add(Copy(at, b => { b.MaxStay = b.MinStay; }));
        rows.Add(Copy(at, b => { b.MaxStay = b.MinStay - TimeSpan.FromSeconds(1); }));
        // Durations as SQLite's text has them: negative, with and without days, with fractions.
        rows.Add(Copy(at, b => { b.MinStay = TimeSpan.FromDays(-1.5); b.MaxStay = TimeSpan.FromDays(-1); }));
        rows.Add(Copy(at, b => { b.MinStay = TimeSpan.FromDays(-1); b.MaxStay = TimeSpan.FromDays(-1.5); }));
        rows.Add(Copy(at, b => { b.MinStay = new TimeSpan(0, 2, 3, 4, 500); b.MaxStay = new TimeSpan(0, 2, 3, 4, 499); }));
        rows.Add(Copy(at, b => { b.MinStay = new TimeSpan(0, 2, 3, 4, 500); b.MaxStay = new TimeSpan(0, 2, 3, 4, 500); }));
        rows.Add(Copy(at, b => { b.MinStay = TimeSpan.FromDays(12.25); b.MaxStay = TimeSpan.FromDays(12); }));
        rows.Add(Copy(at, b => { b.MinStay = TimeSpan.FromHours(23); b.MaxStay = TimeSpan.FromDays(1); }));
        rows.Add(Copy(at, b => { b.Start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc); }));
        rows.Add(Copy(at, b => { b.Start = new DateTime(2023, 12, 31, 23, 59, 59, DateTimeKind.Utc); }));
        rows.Add(Copy(at, b => { b.LastNight = new DateOnly(2025, 1, 30); }));
        rows.Add(Copy(at, b => { b.LastNight = new DateOnly(2025, 1, 31); }));
        for (var i = 0; i < rows.Count; i++) rows[i].Id = i + 1;
        return rows;
    }

    private static Booking Copy(Booking source, Action<Booking> change)
    {
        var copy = new Booking();
        foreach (var property in typeof(Booking).GetProperties().Where(p => p.CanWrite)) property.SetValue(copy, property.GetValue(source));
        change(copy);
        return copy;
    }

    /// <summary>Whether a row holds the rule behind the named CHECK, in C#; null for a single-member rule (tested elsewhere).</summary>
    private static Func<Booking, bool>? Expectation(string name)
    {
        var parts = name.Split('_');
        if (parts[2].StartsWith("Invariant", StringComparison.Ordinal))
        {
            var expression = typeof(Booking).GetCustomAttributes<InvariantAttribute>().ElementAt(int.Parse(parts[2]["Invariant".Length..], System.Globalization.CultureInfo.InvariantCulture) - 1).Expression;
            var check = BookingFaker.InvariantChecks.Single(c => c.Entity == typeof(Booking) && c.Declared.Contains($"\"{expression.Replace("\"", "\\\"", StringComparison.Ordinal)}\"", StringComparison.Ordinal));
            return b => check.Holds(b, []) ?? true;
        }
        if (parts.Length < 5) return null;
        var member = typeof(Booking).GetProperty(parts[2])!;
        var other = typeof(Booking).GetProperty(parts[4])!;
        return b =>
        {
            if (member.GetValue(b) is not IComparable value || other.GetValue(b) is not { } bound) return true;
            var order = value.CompareTo(bound);
            return parts[3] switch
            {
                "GreaterThan" => order > 0,
                "GreaterThanOrEqual" => order >= 0,
                "LessThan" => order < 0,
                _ => order <= 0,
            };
        };
    }

    private static async Task<HashSet<int>> RefusedIdsAsync(TestDatabase database, string check)
    {
        await using var context = database.NewContext<UncheckedBookingContext>(o => new UncheckedBookingContext(o));
        // The check's SQL is the model's own, not user input.
        var sql = "SELECT \"Id\" AS \"Value\" FROM \"Bookings\" WHERE NOT (" + check + ")";
        return (await context.Database.SqlQueryRaw<int>(sql).ToListAsync()).ToHashSet();
    }

    private static Task<TestDatabase> CreateAsync(Provider provider) => TestDatabase.CreateAsync(provider, NewContext);

    private static BookingContext NewContext(TestDatabase database) => database.NewContext<BookingContext>(o => new BookingContext(o));

    private static Dictionary<string, string> Checks(TestDatabase database, Type entity)
    {
        using var context = NewContext(database);
        return context.GetService<IDesignTimeModel>().Model.FindEntityType(entity)!.GetCheckConstraints().ToDictionary(c => c.Name!, c => c.Sql);
    }

    /// <summary>What a SQLite model of the booking tables leaves to the faker, from a model builder of its own (the contexts' models are cached).</summary>
    private static List<string> SkippedOnSqlite()
    {
        var skipped = new List<string>();
        var modelBuilder = Microsoft.EntityFrameworkCore.Metadata.Conventions.SqliteConventionSetBuilder.CreateModelBuilder();
        modelBuilder.Entity<Booking>();
        modelBuilder.Entity<Stay>();
        modelBuilder.ApplyConstrainedFakesCheckConstraints(skipped.Add);
        return skipped;
    }

    private static async Task AcceptsAsync(TestDatabase database, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<Booking>> set)
    {
        await using var context = NewContext(database);
        Assert.True(await context.Bookings.ExecuteUpdateAsync(set) > 0);
    }

    private static async Task RefusesAsync(TestDatabase database, string constraint, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<Booking>> set)
    {
        await using var context = NewContext(database);
        var refused = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => context.Bookings.ExecuteUpdateAsync(set));
        Assert.Contains(constraint, refused.Message, StringComparison.Ordinal);
    }
}
