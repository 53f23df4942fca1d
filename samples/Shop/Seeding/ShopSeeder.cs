using ConstrainedFakes.DataSets;
using Shop.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Shop.Data;

namespace Shop.Seeding;

/// <summary>What one table received.</summary>
/// <param name="Table">The table's name.</param>
/// <param name="Rows">Rows counted in the database after the commit.</param>
public sealed record TableCount(string Table, int Rows);

/// <summary>
/// Writes a shop <see cref="DataSet"/> into a new SQLite file: schema by <c>EnsureCreated</c>, foreign keys on,
/// every row in one transaction, inserted with EF Core in batches, parents before children.
/// </summary>
public static class ShopSeeder
{
    /// <summary>Rows per <c>SaveChanges</c>; the change tracker is cleared after each batch so memory stays flat.</summary>
    private const int BatchSize = 5_000;

    /// <summary>The connection string of the database file at <paramref name="path"/>, with foreign keys enforced.</summary>
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        ForeignKeys = true,
        // No pooled handle keeps the file open after the run.
        Pooling = false,
    }.ToString();

    /// <summary>
    /// Deletes the database file at <paramref name="path"/> and its SQLite side files, if any.
    /// </summary>
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

    /// <summary>The tables, parents first, as the data set orders them.</summary>
    public static readonly string[] Tables = ["Customers", "Products", "Orders", "OrderLines", "Payments", "OrderEvents"];

    /// <summary>Creates the schema at <paramref name="path"/> (which must not exist yet) and writes <paramref name="data"/> into it.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="data">The shop to write.</param>
    /// <param name="report">Told after each batch: the table's name, rows written so far and the table's total.</param>
    /// <returns>The row count of every table, read back from the database.</returns>
    /// <exception cref="InvalidOperationException">Foreign keys are not enforced, or a row breaks one.</exception>
    public static IReadOnlyList<TableCount> Seed(string path, DataSet data, Action<string, int, int>? report = null)
    {
        var options = new DbContextOptionsBuilder<ShopDbContext>().UseSqlite(ConnectionString(path)).Options;
        using var db = new ShopDbContext(options);
        db.Database.EnsureCreated();
        db.Database.OpenConnection();
        try
        {
            if (db.Database.SqlQueryRaw<long>("PRAGMA foreign_keys").AsEnumerable().Single() != 1)
                throw new InvalidOperationException("SQLite did not turn foreign keys on.");

            db.ChangeTracker.AutoDetectChangesEnabled = false;
            using (var transaction = db.Database.BeginTransaction())
            {
                // Parents before children, so every foreign key already has its row.
                Insert(db, "Customers", data.Set<Customer>(), report);
                Insert(db, "Products", data.Set<Product>(), report);
                Insert(db, "Orders", data.Set<Order>(), report);
                Insert(db, "OrderLines", data.Set<OrderLine>(), report);
                Insert(db, "Payments", data.Set<Payment>(), report);
                Insert(db, "OrderEvents", data.Set<OrderEvent>(), report);
                var broken = db.Database.SqlQueryRaw<string>("SELECT \"table\" AS \"Value\" FROM pragma_foreign_key_check").AsEnumerable().ToList();
                if (broken.Count > 0)
                    throw new InvalidOperationException($"{broken.Count} rows break a foreign key, in {string.Join(", ", broken.Distinct())}.");
                transaction.Commit();
            }

            return
            [
                new("Customers", db.Customers.Count()),
                new("Products", db.Products.Count()),
                new("Orders", db.Orders.Count()),
                new("OrderLines", db.OrderLines.Count()),
                new("Payments", db.Payments.Count()),
                new("OrderEvents", db.OrderEvents.Count()),
            ];
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }

    private static void Insert<T>(ShopDbContext db, string table, IReadOnlyList<T> rows, Action<string, int, int>? report) where T : class
    {
        report?.Invoke(table, 0, rows.Count);
        for (var start = 0; start < rows.Count; start += BatchSize)
        {
            var count = Math.Min(BatchSize, rows.Count - start);
            // Added one by one, not with AddRange: the rows' navigations lead to rows of earlier batches,
            // which AddRange would insert again; the foreign keys already say everything.
            foreach (var row in rows.Skip(start).Take(count)) db.Entry(row).State = EntityState.Added;
            db.SaveChanges();
            db.ChangeTracker.Clear();
            report?.Invoke(table, start + count, rows.Count);
        }
    }
}
