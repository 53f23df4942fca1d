using ConstrainedFakes.Reports;
using ConstrainedFakes.Tests.Graph;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests;

/// <summary>The report on rows read back from a database with EF Core, without includes: navigations unset, parents found by key.</summary>
public class FidelityReportDatabaseTests
{
    private sealed class ClaimContext(DbContextOptions<ClaimContext> options) : DbContext(options)
    {
        public DbSet<Claim> Claims => Set<Claim>();

        public DbSet<ClaimEvent> Events => Set<ClaimEvent>();
    }

    [Fact]
    public void RowsReadBackFromADatabaseAreJudgedByTheSameDeclarations()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var options = new DbContextOptionsBuilder<ClaimContext>().UseSqlite(connection).Options;
        var data = new ClaimFaker(16).DataSet().Count<Claim>(120).Build();
        using (var context = new ClaimContext(options))
        {
            context.Database.EnsureCreated();
            context.AddRange(data.Set<Claim>());
            context.SaveChanges();
        }

        object[] ReadBack()
        {
            using var context = new ClaimContext(options);
            return [.. context.Claims.AsNoTracking(), .. context.Events.AsNoTracking()];
        }

        var rows = ReadBack();
        Assert.All(rows.OfType<ClaimEvent>(), e => Assert.Null(e.Claim));
        var report = FidelityReport.Measure(rows);
        Assert.True(report.IsClean, report.ToJson());
        var relation = Assert.Single(report.Entities.Single(e => e.Entity == "ClaimEvent").Checks, c => c.Kind == CheckKind.Relation);
        Assert.Equal(data.Set<ClaimEvent>().Count, relation.Checked);   // every event found its claim by key

        // Corrupt the database itself: the first event of the first claim becomes Paid (5), not Filed.
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE Events SET Status = 5 WHERE Id = (SELECT MIN(Id) FROM Events)";
            Assert.Equal(1, command.ExecuteNonQuery());
        }
        var corrupted = FidelityReport.Measure(ReadBack());
        var path = Assert.Single(corrupted.Entities.Single(e => e.Entity == "Claim").Checks, c => c.Kind == CheckKind.StatePath);
        Assert.Equal(1, path.Violations);
        Assert.Contains("the first event is Paid, not Filed", Assert.Single(path.Examples));
    }
}
