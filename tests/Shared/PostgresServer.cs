using Npgsql;

namespace ConstrainedFakes.Testing;

/// <summary>
/// Databases of their own on a PostgreSQL server, for the integration tests and the seeding benchmark: each
/// is created before use and dropped after (with its connections), so runs never see each other's rows.
/// </summary>
internal static class PostgresServer
{
    /// <summary>The connection string of database <paramref name="name"/> on <paramref name="server"/>.</summary>
    public static string ConnectionTo(string server, string name) => new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();

    /// <summary>Creates database <paramref name="name"/>, dropping first one left behind by a run that was killed.</summary>
    public static async Task CreateAsync(string server, string name)
    {
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
    }

    /// <summary>Drops database <paramref name="name"/>, closing the pooled connections to it first.</summary>
    public static async Task DropAsync(string server, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
