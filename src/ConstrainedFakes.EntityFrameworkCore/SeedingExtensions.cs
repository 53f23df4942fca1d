using ConstrainedFakes.DataSets;
using ConstrainedFakes.EntityFrameworkCore.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore;

/// <summary>
/// Seeds a database through its <see cref="DbContext"/> with a data set or a stream: rows in the order given
/// (parents first), one transaction, in batches, with a bulk path on SQLite and PostgreSQL. On any failure the
/// transaction rolls back and a <see cref="SeedException"/> names the table, the row and the cause. Tables that
/// already hold rows are refused: existing rows are never deleted or updated, and a second seed never duplicates.
/// Before the first row, the context's model is compared with the faker's declarations: a mismatch the faker
/// cannot honour (a Fluent maximum length, scale, required column, key or unique index it does not promise)
/// throws <see cref="SeedModelMismatchException"/>, listing every one.
/// </summary>
public static class SeedingExtensions
{
    /// <summary>Inserts every entity of <paramref name="data"/>.</summary>
    /// <param name="context">The context of the database to seed; its schema must exist.</param>
    /// <param name="data">The data set, whose tables come parents first.</param>
    /// <param name="progress">Told after each batch how many rows of the table are written, out of how many.</param>
    /// <param name="options">Batch size and bulk path; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the seeding, which then rolls back.</param>
    /// <returns>The rows written per table, in insert order.</returns>
    /// <exception cref="SeedException">The database refused a row or a batch, or a table already holds rows; nothing was written.</exception>
    public static Task<IReadOnlyList<SeedProgress>> SeedAsync(this DbContext context, DataSet data, IProgress<SeedProgress>? progress = null,
        SeedOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        return SeedAsync(context, data.Entities, Totals(data), progress, options, cancellationToken);
    }

    /// <summary>Inserts a stream of entities, such as a data set builder's <c>Stream()</c>, at constant memory.</summary>
    /// <param name="context">The context of the database to seed; its schema must exist.</param>
    /// <param name="entities">The entities, parents before their children (as <c>Stream()</c> gives them).</param>
    /// <param name="progress">Told after each batch how many rows of the table are written (the total is unknown).</param>
    /// <param name="options">Batch size and bulk path; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the seeding, which then rolls back.</param>
    /// <returns>The rows written per table, in insert order.</returns>
    /// <exception cref="SeedException">The database refused a row or a batch, or a table already holds rows; nothing was written.</exception>
    public static Task<IReadOnlyList<SeedProgress>> SeedAsync(this DbContext context, IEnumerable<object> entities, IProgress<SeedProgress>? progress = null,
        SeedOptions? options = null, CancellationToken cancellationToken = default) =>
        SeedAsync(context, entities, null, progress, options, cancellationToken);

    /// <summary>Inserts every entity of <paramref name="data"/>; see <see cref="SeedAsync(DbContext, DataSet, IProgress{SeedProgress}?, SeedOptions?, CancellationToken)"/>.</summary>
    /// <param name="context">The context of the database to seed; its schema must exist.</param>
    /// <param name="data">The data set, whose tables come parents first.</param>
    /// <param name="progress">Told after each batch how many rows of the table are written, out of how many.</param>
    /// <param name="options">Batch size and bulk path; <see langword="null"/> for the defaults.</param>
    /// <returns>The rows written per table, in insert order.</returns>
    /// <exception cref="SeedException">The database refused a row or a batch, or a table already holds rows; nothing was written.</exception>
    public static IReadOnlyList<SeedProgress> Seed(this DbContext context, DataSet data, IProgress<SeedProgress>? progress = null, SeedOptions? options = null) =>
        // The providers' synchronous paths run underneath; no synchronization context is captured (ConfigureAwait(false) throughout).
        context.SeedAsync(data, progress, options).GetAwaiter().GetResult();

    /// <summary>Inserts a stream of entities; see <see cref="SeedAsync(DbContext, IEnumerable{object}, IProgress{SeedProgress}?, SeedOptions?, CancellationToken)"/>.</summary>
    /// <param name="context">The context of the database to seed; its schema must exist.</param>
    /// <param name="entities">The entities, parents before their children (as <c>Stream()</c> gives them).</param>
    /// <param name="progress">Told after each batch how many rows of the table are written (the total is unknown).</param>
    /// <param name="options">Batch size and bulk path; <see langword="null"/> for the defaults.</param>
    /// <returns>The rows written per table, in insert order.</returns>
    /// <exception cref="SeedException">The database refused a row or a batch, or a table already holds rows; nothing was written.</exception>
    public static IReadOnlyList<SeedProgress> Seed(this DbContext context, IEnumerable<object> entities, IProgress<SeedProgress>? progress = null, SeedOptions? options = null) =>
        context.SeedAsync(entities, progress, options).GetAwaiter().GetResult();

    private static Task<IReadOnlyList<SeedProgress>> SeedAsync(DbContext context, IEnumerable<object> entities, IReadOnlyDictionary<object, long>? totals,
        IProgress<SeedProgress>? progress, SeedOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        return new Seeder(context, options ?? new SeedOptions(), totals, progress).RunAsync(entities, cancellationToken);
    }

    /// <summary>Rows per table: per entity type, and per many-to-many for the join rows.</summary>
    private static Dictionary<object, long> Totals(DataSet data)
    {
        var totals = data.EntityTypes.ToDictionary(type => (object)type, _ => 0L);
        foreach (var entity in data.Entities)
        {
            var key = SeedTable.Key(entity);
            totals[key] = totals.GetValueOrDefault(key) + 1;
        }
        return totals;
    }
}
