using ConstrainedFakes.DataSets;
using ConstrainedFakes.EntityFrameworkCore.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore;

/// <summary>
/// Wires ConstrainedFakes data into EF Core's own seeding (<c>UseSeeding</c> and <c>UseAsyncSeeding</c>), which
/// <c>EnsureCreated</c>, <c>Migrate</c> and <c>dotnet ef database update</c> run. The data is made and written only
/// when every table of the context's model is empty, so the database is seeded once: later runs find rows and
/// leave the database alone.
/// </summary>
public static class SeedingOptionsBuilderExtensions
{
    /// <summary>Seeds the data set that <paramref name="data"/> makes, once; see <see cref="SeedingOptionsBuilderExtensions"/>.</summary>
    /// <typeparam name="TBuilder">The options builder's type, kept for chaining.</typeparam>
    /// <param name="optionsBuilder">The context's options.</param>
    /// <param name="data">Makes the data set, e.g. <c>() =&gt; new ShopFaker(42).DataSet().Count&lt;Customer&gt;(1_000).Build()</c>; called only when seeding.</param>
    /// <param name="options">Batch size and bulk path; <see langword="null"/> for the defaults.</param>
    /// <returns><paramref name="optionsBuilder"/>.</returns>
    public static TBuilder UseConstrainedFakesSeeding<TBuilder>(this TBuilder optionsBuilder, Func<DataSet> data, SeedOptions? options = null)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(data);
        return Wire(optionsBuilder, (context, cancellationToken) => context.SeedAsync(data(), null, options, cancellationToken));
    }

    /// <summary>Seeds the entities that <paramref name="entities"/> streams, once; see <see cref="SeedingOptionsBuilderExtensions"/>.</summary>
    /// <typeparam name="TBuilder">The options builder's type, kept for chaining.</typeparam>
    /// <param name="optionsBuilder">The context's options.</param>
    /// <param name="entities">Makes the stream, e.g. <c>() =&gt; new ShopFaker(42).DataSet().Count&lt;Customer&gt;(1_000_000).Stream()</c>; called only when seeding.</param>
    /// <param name="options">Batch size and bulk path; <see langword="null"/> for the defaults.</param>
    /// <returns><paramref name="optionsBuilder"/>.</returns>
    public static TBuilder UseConstrainedFakesSeeding<TBuilder>(this TBuilder optionsBuilder, Func<IEnumerable<object>> entities, SeedOptions? options = null)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(entities);
        return Wire(optionsBuilder, (context, cancellationToken) => context.SeedAsync(entities(), null, options, cancellationToken));
    }

    private static TBuilder Wire<TBuilder>(TBuilder optionsBuilder, Func<DbContext, CancellationToken, Task> seed)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        // The providers' synchronous paths run underneath the async code; no synchronization context is captured.
        optionsBuilder.UseSeeding((context, _) => SeedOnceAsync(context, seed, CancellationToken.None).GetAwaiter().GetResult());
        optionsBuilder.UseAsyncSeeding((context, _, cancellationToken) => SeedOnceAsync(context, seed, cancellationToken));
        return optionsBuilder;
    }

    private static async Task SeedOnceAsync(DbContext context, Func<DbContext, CancellationToken, Task> seed, CancellationToken cancellationToken)
    {
        var relational = context.Database.IsRelational();
        if (relational) await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!await TableRows.AllEmptyAsync(context, cancellationToken).ConfigureAwait(false)) return;
        }
        finally
        {
            if (relational) await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
        await seed(context, cancellationToken).ConfigureAwait(false);
    }
}
