using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>
/// <c>ApplyConstrainedFakesCheckConstraints</c> (which <see cref="LibraryContext"/> calls, so every seeding test
/// also proves the generated rows pass them): the database refuses what the attributes forbid, and accepts
/// values exactly at the bounds (dates and decimals compared as values, not as SQLite's text).
/// </summary>
public class CheckConstraintTests
{
    private static readonly DateTime LastPublished = new(2025, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    [Theory, InlineData(Provider.Sqlite), PostgresData]
    public async Task The_database_refuses_what_the_attributes_forbid_and_accepts_the_bounds(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.NewContext()) await context.SeedAsync(new LibraryFaker(3).DataSet().Count<Author>(20).Build());

        await AcceptsAsync(database, c => c.Reviews.ExecuteUpdateAsync(s => s.SetProperty(r => r.Stars, 5)));
        await AcceptsAsync(database, c => c.Reviews.ExecuteUpdateAsync(s => s.SetProperty(r => r.Stars, 1)));
        await RefusesAsync(database, "CK_Reviews_Stars_Range", c => c.Reviews.ExecuteUpdateAsync(s => s.SetProperty(r => r.Stars, 6)));
        await RefusesAsync(database, "CK_Reviews_Stars_Range", c => c.Reviews.ExecuteUpdateAsync(s => s.SetProperty(r => r.Stars, 0)));

        await AcceptsAsync(database, c => c.Books.ExecuteUpdateAsync(s => s.SetProperty(b => b.Price, 200m)));
        await AcceptsAsync(database, c => c.Books.ExecuteUpdateAsync(s => s.SetProperty(b => b.Price, 1m)));
        await RefusesAsync(database, "CK_Books_Price_Range", c => c.Books.ExecuteUpdateAsync(s => s.SetProperty(b => b.Price, 200.01m)));
        await RefusesAsync(database, "CK_Books_Price_Range", c => c.Books.ExecuteUpdateAsync(s => s.SetProperty(b => b.Price, 0.99m)));

        await AcceptsAsync(database, c => c.Books.ExecuteUpdateAsync(s => s.SetProperty(b => b.PublishedAt, LastPublished)));
        await RefusesAsync(database, "CK_Books_PublishedAt_Range", c => c.Books.ExecuteUpdateAsync(s => s.SetProperty(b => b.PublishedAt, LastPublished.AddMilliseconds(1))));
        await RefusesAsync(database, "CK_Books_PublishedAt_Range", c => c.Books.ExecuteUpdateAsync(s => s.SetProperty(b => b.PublishedAt, new DateTime(2020, 12, 31, 23, 59, 59, DateTimeKind.Utc))));

        await AcceptsAsync(database, c => c.Books.ExecuteUpdateAsync(s => s.SetProperty(b => b.Title, new string('x', 120))));
        await RefusesAsync(database, "CK_Books_Title_Length", c => c.Books.ExecuteUpdateAsync(s => s.SetProperty(b => b.Title, new string('x', 121))));
        await RefusesAsync(database, "CK_Authors_Name_Length", c => c.Authors.ExecuteUpdateAsync(s => s.SetProperty(a => a.Name, "")));

        await AcceptsAsync(database, c => c.Authors.ExecuteUpdateAsync(s => s.SetProperty(a => a.Country, "PT")));
        await RefusesAsync(database, "CK_Authors_Country_Allowed", c => c.Authors.ExecuteUpdateAsync(s => s.SetProperty(a => a.Country, "XX")));

        // An owned type's columns are the owner's, named after the navigation.
        await AcceptsAsync(database, c => c.Database.ExecuteSqlRawAsync("UPDATE \"Authors\" SET \"Address_Floor\" = 30"));
        await RefusesAsync(database, "CK_Authors_Address_Floor_Range", c => c.Database.ExecuteSqlRawAsync("UPDATE \"Authors\" SET \"Address_Floor\" = 31"));
    }

    [Fact]
    public async Task The_constraints_are_in_the_model_with_the_providers_sql()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        await using var context = database.NewContext();
        var checks = context.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model.FindEntityType(typeof(Book))!.GetCheckConstraints().ToDictionary(c => c.Name!, c => c.Sql);
        Assert.Equal("julianday(\"PublishedAt\") >= julianday('2021-01-01 00:00:00.000') AND julianday(\"PublishedAt\") <= julianday('2025-12-31 00:00:00.000')",
            checks["CK_Books_PublishedAt_Range"]);
        Assert.Equal("CAST(\"Price\" AS NUMERIC) >= 1 AND CAST(\"Price\" AS NUMERIC) <= 200", checks["CK_Books_Price_Range"]);
        Assert.Equal("length(\"Title\") <= 120", checks["CK_Books_Title_Length"]);
    }

    private static async Task AcceptsAsync(TestDatabase database, Func<LibraryContext, Task<int>> update)
    {
        await using var context = database.NewContext();
        Assert.True(await update(context) > 0);
    }

    /// <summary>The update fails on the named CHECK constraint (or, for a length, on PostgreSQL's own varchar(n), which comes first).</summary>
    private static async Task RefusesAsync(TestDatabase database, string constraint, Func<LibraryContext, Task<int>> update)
    {
        await using var context = database.NewContext();
        var refused = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => update(context));
        var lengthByColumnType = constraint.EndsWith("_Length", StringComparison.Ordinal) && refused.Message.Contains("value too long", StringComparison.Ordinal);
        Assert.True(refused.Message.Contains(constraint, StringComparison.Ordinal) || lengthByColumnType, refused.Message);
    }
}
