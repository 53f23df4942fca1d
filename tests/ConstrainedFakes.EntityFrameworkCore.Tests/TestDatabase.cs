using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ConstrainedFakes.Testing;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>The databases the tests seed: SQLite and PostgreSQL (the bulk path), and EF Core's in-memory provider (EF Core's own path, with no SQL and no transactions).</summary>
public enum Provider { Sqlite, PostgreSql, InMemory }

/// <summary>A fresh, empty database with the library schema, gone after the test.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>The environment variable holding the connection string of a PostgreSQL server the tests may create databases on (.ci/run sets it).</summary>
    public const string PostgresVariable = "CONSTRAINEDFAKES_POSTGRES";

    public static Task<TestDatabase> CreateAsync(Provider provider) => CreateAsync(provider, database => database.NewContext());

    /// <summary>A fresh database with the schema of the context <paramref name="schema"/> makes on it.</summary>
    public static async Task<TestDatabase> CreateAsync(Provider provider, Func<TestDatabase, DbContext> schema)
    {
        TestDatabase database = provider switch
        {
            Provider.Sqlite => new SqliteDatabase(),
            Provider.InMemory => new InMemoryDatabase(),
            _ => await PostgresDatabase.CreateAsync(),
        };
        await using var context = schema(database);
        await context.Database.EnsureCreatedAsync();
        return database;
    }

    /// <summary>A context on this database; <paramref name="configure"/> adds to its options.</summary>
    public LibraryContext NewContext(Action<DbContextOptionsBuilder<LibraryContext>>? configure = null) => NewContext(options => new LibraryContext(options), configure);

    /// <summary>A context of any type on this database.</summary>
    public TContext NewContext<TContext>(Func<DbContextOptions<TContext>, TContext> create, Action<DbContextOptionsBuilder<TContext>>? configure = null)
        where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        UseDatabase(options);
        configure?.Invoke(options);
        return create(options.Options);
    }

    protected abstract void UseDatabase(DbContextOptionsBuilder options);

    /// <summary>Runs SQL outside any seeding, e.g. to add a rule only the database knows.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var context = NewContext();
        await context.Database.ExecuteSqlRawAsync(sql);
    }

    /// <summary>Runs SQL the database must refuse, and checks that <paramref name="constraint"/> is what refused it.</summary>
    public async Task RefusesAsync(string constraint, string sql)
    {
        await using var context = NewContext();
        var refused = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => context.Database.ExecuteSqlRawAsync(sql));
        Assert.Contains(constraint, refused.Message, StringComparison.Ordinal);
    }

    public abstract ValueTask DisposeAsync();

    /// <summary>An in-memory SQLite database with foreign keys on, alive as long as its one connection.</summary>
    private sealed class SqliteDatabase : TestDatabase
    {
        private readonly SqliteConnection _connection = new("Data Source=:memory:;Foreign Keys=True");

        public SqliteDatabase() => _connection.Open();

        protected override void UseDatabase(DbContextOptionsBuilder options) => options.UseSqlite(_connection);

        public override ValueTask DisposeAsync() => _connection.DisposeAsync();
    }

    /// <summary>An in-memory store of EF Core's in-memory provider, of its own (named uniquely), alive as long as this object.</summary>
    private sealed class InMemoryDatabase : TestDatabase
    {
        private readonly string _name = Guid.NewGuid().ToString("N");
        private readonly Microsoft.EntityFrameworkCore.Storage.InMemoryDatabaseRoot _root = new();

        protected override void UseDatabase(DbContextOptionsBuilder options) => options.UseInMemoryDatabase(_name, _root);

        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>A database of its own on the server of <see cref="PostgresVariable"/>, created here and dropped after.</summary>
    private sealed class PostgresDatabase(string server, string name) : TestDatabase
    {
        private readonly string _connectionString = PostgresServer.ConnectionTo(server, name);

        public static async Task<PostgresDatabase> CreateAsync()
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
            var name = "constrainedfakes_" + Guid.NewGuid().ToString("N");
            await PostgresServer.CreateAsync(server, name);
            return new PostgresDatabase(server, name);
        }

        protected override void UseDatabase(DbContextOptionsBuilder options) => options.UseNpgsql(_connectionString);

        public override async ValueTask DisposeAsync() => await PostgresServer.DropAsync(server, name);
    }
}

/// <summary>A theory row for PostgreSQL, skipped with the reason when no server is given (local runs; CI starts one).</summary>
public sealed class PostgresDataAttribute : Xunit.Sdk.DataAttribute
{
    public PostgresDataAttribute()
    {
        if (Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) is null)
            Skip = $"No PostgreSQL server: set {TestDatabase.PostgresVariable} to a connection string (.ci/run starts a throwaway PostgreSQL 15 and sets it).";
    }

    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => [[Provider.PostgreSql]];
}
