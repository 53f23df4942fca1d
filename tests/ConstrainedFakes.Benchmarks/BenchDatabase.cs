using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ConstrainedFakes.Testing;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// A fresh, empty store database for one contender of <c>--seed-db</c>, with its schema made by
/// <c>EnsureCreated</c> before any timing, and removed afterwards: a SQLite file in a temporary directory, or
/// a PostgreSQL database of its own on a server.
/// </summary>
public abstract class BenchDatabase : IAsyncDisposable
{
    /// <summary>A new database: PostgreSQL on the server of <paramref name="postgresServer"/>, or SQLite when it is <see langword="null"/>.</summary>
    public static async Task<BenchDatabase> CreateAsync(string? postgresServer)
    {
        BenchDatabase database = postgresServer is null ? new SqliteFile() : await PostgresDatabase.CreateOnAsync(postgresServer);
        await using var context = database.NewContext();
        await context.Database.EnsureCreatedAsync();
        return database;
    }

    public StoreDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<StoreDbContext>();
        UseDatabase(options);
        return new StoreDbContext(options.Options);
    }

    protected abstract void UseDatabase(DbContextOptionsBuilder<StoreDbContext> options);

    public abstract ValueTask DisposeAsync();

    /// <summary>A SQLite file with foreign keys on and SQLite's default journal and synchronous settings, as an application would open it.</summary>
    private sealed class SqliteFile : BenchDatabase
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("constrainedfakes-seedbench-").FullName;

        protected override void UseDatabase(DbContextOptionsBuilder<StoreDbContext> options) =>
            options.UseSqlite(new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(_directory, "store.db"),
                ForeignKeys = true,
                Pooling = false,
            }.ToString());

        public override ValueTask DisposeAsync()
        {
            Directory.Delete(_directory, recursive: true);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresDatabase(string server, string name) : BenchDatabase
    {
        private static int s_created;

        private readonly string _connectionString = PostgresServer.ConnectionTo(server, name);

        public static async Task<PostgresDatabase> CreateOnAsync(string server)
        {
            var name = "constrainedfakes_seedbench_" + Environment.ProcessId + "_" + Interlocked.Increment(ref s_created);
            await PostgresServer.CreateAsync(server, name);
            return new PostgresDatabase(server, name);
        }

        protected override void UseDatabase(DbContextOptionsBuilder<StoreDbContext> options) => options.UseNpgsql(_connectionString);

        public override async ValueTask DisposeAsync() => await PostgresServer.DropAsync(server, name);
    }
}
