using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace ConstrainedFakes.EntityFrameworkCore.Seeding;

/// <summary>
/// SQL Server refuses a value for an identity column unless the session turns <c>IDENTITY_INSERT</c> on for its
/// table, and the data set's keys must land as generated, since its foreign keys refer to them. Around each batch
/// of a table that has an identity column (as SQL Server itself says), it is turned on, then off again: a session
/// may have it on for one table at a time. SQL Server moves the identity past the largest value inserted, so later
/// inserts do not collide. Untested here: no SQL Server, and no provider of this EF Core version, is available to
/// the test suite.
/// </summary>
internal static class SqlServerIdentityInsert
{
    private const string SqlServer = "Microsoft.EntityFrameworkCore.SqlServer";

    /// <summary>Runs <paramref name="write"/> with <c>IDENTITY_INSERT</c> on for <paramref name="table"/> when on SQL Server and the table has an identity column.</summary>
    public static async Task AroundAsync(DbContext context, SeedTable table, Func<Task> write, CancellationToken cancellationToken)
    {
        if (context.Database.ProviderName != SqlServer)
        {
            await write().ConfigureAwait(false);
            return;
        }
        var entityType = table.EntityType;
        var name = context.GetService<ISqlGenerationHelper>().DelimitIdentifier(entityType.GetTableName()!, entityType.GetSchema());
        var identity = await TableRows.ScalarAsync(context, $"SELECT OBJECTPROPERTY(OBJECT_ID(N{Checks.CheckDialect.Text(name)}), 'TableHasIdentity')", cancellationToken).ConfigureAwait(false);
        if (identity is not 1)
        {
            await write().ConfigureAwait(false);
            return;
        }
        await TableRows.ScalarAsync(context, $"SET IDENTITY_INSERT {name} ON", cancellationToken).ConfigureAwait(false);
        try
        {
            await write().ConfigureAwait(false);
        }
        catch
        {
            // The setting is the session's, not the transaction's: it outlives the rollback unless turned off, but
            // a failure to turn it off must not hide why the batch failed.
            try
            {
                await TableRows.ScalarAsync(context, $"SET IDENTITY_INSERT {name} OFF", CancellationToken.None).ConfigureAwait(false);
            }
            catch (System.Data.Common.DbException)
            {
            }
            throw;
        }
        await TableRows.ScalarAsync(context, $"SET IDENTITY_INSERT {name} OFF", cancellationToken).ConfigureAwait(false);
    }
}
