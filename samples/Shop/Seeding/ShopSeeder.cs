using ConstrainedFakes.DataSets;
using ConstrainedFakes.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Shop.Data;
using Shop.Model;

namespace Shop.Seeding;

/// <summary>What one table received.</summary>
/// <param name="Table">The table's name.</param>
/// <param name="Rows">Rows counted in the database after the commit.</param>
public sealed record TableCount(string Table, int Rows);

/// <summary>
/// Writes a shop <see cref="DataSet"/> into a database: schema by <c>EnsureCreated</c>, then ConstrainedFakes'
/// <c>SeedAsync</c> (parents first, one transaction, bulk copy on SQLite and PostgreSQL).
/// </summary>
public static class ShopSeeder
{
    /// <summary>The connection string of the SQLite file at <paramref name="path"/>, with foreign keys enforced.</summary>
    public static string SqliteConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        ForeignKeys = true,
        // No pooled handle keeps the file open after the run.
        Pooling = false,
    }.ToString();

    /// <summary>Deletes the database file at <paramref name="path"/> and its SQLite side files, if any.</summary>
    /// <returns>Whether a database file was there.</returns>
    public static bool DeleteExisting(string path)
    {
        var existed = File.Exists(path);
        foreach (var file in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
        return existed;
    }

    /// <summary>Creates the schema if the database has none and writes <paramref name="data"/> into it.</summary>
    /// <param name="options">The database: a SQLite file or a PostgreSQL database.</param>
    /// <param name="data">The shop to write.</param>
    /// <param name="progress">Told after each batch: the table, rows written so far and the table's total.</param>
    /// <returns>The row count of every table, read back from the database.</returns>
    /// <exception cref="SeedException">A row was refused or the tables already hold rows; nothing was written.</exception>
    /// <exception cref="InvalidOperationException">SQLite does not enforce foreign keys.</exception>
    public static async Task<IReadOnlyList<TableCount>> SeedAsync(DbContextOptions<ShopDbContext> options, DataSet data, IProgress<SeedProgress>? progress)
    {
        await using var db = new ShopDbContext(options);
        await db.Database.EnsureCreatedAsync();
        if (db.Database.IsSqlite() && (await db.Database.SqlQueryRaw<long>("PRAGMA foreign_keys").ToListAsync()).Single() != 1)
            throw new InvalidOperationException("SQLite did not turn foreign keys on.");

        var seeded = await db.SeedAsync(data, progress);

        var counts = new List<TableCount>();
        foreach (var table in seeded) counts.Add(new TableCount(table.Table, await Counters[table.EntityType](db)));
        return counts;
    }

    /// <summary>Counts each table's rows in the database, to show what landed rather than what was sent.</summary>
    private static readonly Dictionary<Type, Func<ShopDbContext, Task<int>>> Counters = new()
    {
        [typeof(Customer)] = db => db.Customers.CountAsync(),
        [typeof(Product)] = db => db.Products.CountAsync(),
        [typeof(Order)] = db => db.Orders.CountAsync(),
        [typeof(OrderLine)] = db => db.OrderLines.CountAsync(),
        [typeof(Payment)] = db => db.Payments.CountAsync(),
        [typeof(OrderEvent)] = db => db.OrderEvents.CountAsync(),
        [typeof(Contract)] = db => db.Contracts.CountAsync(),
    };
}
