using ConstrainedFakes.Reports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>A cycle through an optional key, seeded with foreign keys enforced on every statement.</summary>
public class BackReferenceSeedingTests
{
    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task Rows_that_point_back_are_inserted_with_the_key_null_and_updated_after_on_Sqlite(bool bulkCopy, bool stream)
    {
        await using var connection = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
        await connection.OpenAsync();
        await SeedAndCheckAsync(new DbContextOptionsBuilder<CompanyContext>().UseSqlite(connection).Options, bulkCopy, stream);
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA foreign_key_check";
        await using var violations = await check.ExecuteReaderAsync();
        Assert.False(await violations.ReadAsync(), "every foreign key resolves");
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task Composite_keys_that_point_back_or_to_their_own_table_land_on_Sqlite(bool bulkCopy, bool stream)
    {
        await using var connection = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<StudioContext>().UseSqlite(connection).Options;
        var data = new StudioFaker(4).DataSet().Count<Studio>(150).Build();
        Assert.Contains(data.Set<Studio>(), s => s.Lead is not null);
        Assert.Contains(data.Set<Artist>(), a => a.Mentor is not null);
        await using (var context = new StudioContext(options))
        {
            await context.Database.EnsureCreatedAsync();
            IEnumerable<object> rows = stream ? new StudioFaker(4).DataSet().Count<Studio>(150).Stream() : data.Entities;
            await context.SeedAsync(rows, options: new SeedOptions { BulkCopy = bulkCopy, BatchSize = 40 });
        }
        await using (var context = new StudioContext(options))
        {
            var studios = await context.Studios.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
            Assert.Equal(data.Set<Studio>().Select(s => (s.Id, s.LeadRegion, s.LeadNumber)), studios.Select(s => (s.Id, s.LeadRegion, s.LeadNumber)));
            Assert.Equal(studios.Count(s => s.LeadRegion is not null), await context.Studios.CountAsync(s => s.Lead != null));
            Assert.Equal(data.Set<Artist>().Count(a => a.Mentor is not null), await context.Artists.CountAsync(a => a.Mentor != null));
            var report = FidelityReport.Measure([.. studios, .. await context.Artists.AsNoTracking().ToListAsync()]);
            Assert.True(report.IsClean, report.ToJson());
        }
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA foreign_key_check";
        await using var violations = await check.ExecuteReaderAsync();
        Assert.False(await violations.ReadAsync(), "every foreign key resolves");
    }

    [Fact]
    public async Task A_refused_row_is_named_even_among_rows_that_point_forward()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<CompanyContext>().UseSqlite(connection).Options;
        var data = new CompanyFaker(3).DataSet().Count<Division>(250).Build();
        var refused = data.Set<Division>()[100];
        Assert.Contains(data.Set<Division>().Take(100), d => d.HeadId is not null);
        await using var context = new CompanyContext(options);
        await context.Database.EnsureCreatedAsync();
        // A rule only the database knows, which one division breaks; those before it name heads not inserted yet.
        await using (var trigger = connection.CreateCommand())
        {
            trigger.CommandText = $"CREATE TRIGGER NoDivision101 BEFORE INSERT ON Divisions WHEN NEW.Id = {refused.Id} BEGIN SELECT RAISE(ABORT, 'no'); END";
            await trigger.ExecuteNonQueryAsync();
        }
        var failure = await Assert.ThrowsAsync<SeedException>(() => context.SeedAsync(data, options: new SeedOptions { BatchSize = 64 }));
        Assert.Equal($"#100 (Id = {refused.Id})", failure.Row);
    }

    [Fact]
    public async Task Rows_that_point_back_are_set_through_EF_Core_on_a_provider_without_SQL()
    {
        var options = new DbContextOptionsBuilder<CompanyContext>().UseInMemoryDatabase(Guid.NewGuid().ToString("N")).Options;
        await SeedAndCheckAsync(options, bulkCopy: true, stream: false);
    }

    [Theory, PostgresData]
    public async Task Rows_that_point_back_are_inserted_with_the_key_null_and_updated_after_on_PostgreSql(Provider provider)
    {
        Assert.Equal(Provider.PostgreSql, provider);
        var server = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)!;
        var database = new NpgsqlConnectionStringBuilder(server) { Database = "constrainedfakes_" + Guid.NewGuid().ToString("N") }.ToString();
        var options = new DbContextOptionsBuilder<CompanyContext>().UseNpgsql(database).Options;
        try
        {
            // EnsureCreated (in the seeding) makes the database itself; each path starts from an empty one.
            foreach (var bulkCopy in new[] { true, false })
            {
                await using (var context = new CompanyContext(options)) await context.Database.EnsureDeletedAsync();
                await SeedAndCheckAsync(options, bulkCopy, stream: false);
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var context = new CompanyContext(options);
            await context.Database.EnsureDeletedAsync();
        }
    }

    private static async Task SeedAndCheckAsync(DbContextOptions<CompanyContext> options, bool bulkCopy, bool stream)
    {
        var data = new CompanyFaker(3).DataSet().Count<Division>(250).Build();
        var heads = data.Set<Division>().Select(d => d.HeadId).ToList();
        Assert.Contains(heads, h => h is not null);
        await using (var context = new CompanyContext(options))
        {
            await context.Database.EnsureCreatedAsync();
            IEnumerable<object> rows = stream ? new CompanyFaker(3).DataSet().Count<Division>(250).Stream() : data.Entities;
            await context.SeedAsync(rows, options: new SeedOptions { BulkCopy = bulkCopy, BatchSize = 64 });
        }
        // The data set keeps its values: the keys were set back after each batch.
        Assert.Equal(heads, data.Set<Division>().Select(d => d.HeadId));
        Assert.All(data.Set<Division>(), d => Assert.Equal(d.HeadId, d.Head?.Id));

        await using (var context = new CompanyContext(options))
        {
            var divisions = await context.Divisions.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
            Assert.Equal(heads, divisions.Select(d => d.HeadId));
            Assert.Equal(0, await context.Divisions.CountAsync(d => d.HeadId != null && !context.Workers.Any(w => w.Id == d.HeadId)));
            object[] readBack = [.. divisions, .. await context.Workers.AsNoTracking().ToListAsync()];
            var report = FidelityReport.Measure(readBack);
            Assert.True(report.IsClean, report.ToJson());
        }
    }
}
