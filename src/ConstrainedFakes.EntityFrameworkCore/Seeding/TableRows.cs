using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace ConstrainedFakes.EntityFrameworkCore.Seeding;

/// <summary>
/// Plain SQL on the context's open connection and current transaction, for the questions EF Core's typed queries cannot
/// ask of a runtime type; on a provider with no SQL, EF Core's query built for the runtime type.
/// </summary>
internal static class TableRows
{
    /// <summary>How many rows the entity type's table holds.</summary>
    public static async Task<long> CountAsync(DbContext context, IEntityType entityType, CancellationToken cancellationToken)
    {
        if (!context.Database.IsRelational())
        {
            // No SQL to ask: EF Core's own query of the entity type, built for the runtime type.
            var query = Expression.Call(typeof(Queryable), nameof(Queryable.LongCount), [entityType.ClrType], new EntityQueryRootExpression(entityType));
            return await context.GetService<IAsyncQueryProvider>().ExecuteAsync<Task<long>>(query, cancellationToken).ConfigureAwait(false);
        }
        var name = context.GetService<ISqlGenerationHelper>().DelimitIdentifier(entityType.GetTableName()!, entityType.GetSchema());
        var count = await ScalarAsync(context, $"SELECT COUNT(*) FROM {name}", cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(count, CultureInfo.InvariantCulture);
    }

    /// <summary>Whether every table of the context's model is empty (the connection must be open).</summary>
    public static async Task<bool> AllEmptyAsync(DbContext context, CancellationToken cancellationToken)
    {
        foreach (var entityType in context.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.BaseType is null))
        {
            if (await CountAsync(context, entityType, cancellationToken).ConfigureAwait(false) > 0) return false;
        }
        return true;
    }

    public static async Task<object?> ScalarAsync(DbContext context, string sql, CancellationToken cancellationToken)
    {
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
