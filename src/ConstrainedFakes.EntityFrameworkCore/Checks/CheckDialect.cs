using System.Globalization;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ConstrainedFakes.EntityFrameworkCore.Checks;

/// <summary>How one database compares values in a CHECK constraint.</summary>
internal abstract class CheckDialect
{
    /// <summary>
    /// The model's provider, told by the annotations its conventions put on the model while it is built
    /// (the model builder knows no provider by name): Npgsql's and SQL Server's prefix theirs, SQLite adds none.
    /// </summary>
    public static CheckDialect Of(IReadOnlyModel model)
    {
        var annotations = model.GetAnnotations().Select(a => a.Name).ToArray();
        if (annotations.Any(a => a.StartsWith("Npgsql:", StringComparison.Ordinal))) return new PostgreSql();
        if (annotations.Any(a => a.StartsWith("SqlServer:", StringComparison.Ordinal) || a.StartsWith("MySql:", StringComparison.Ordinal) || a.StartsWith("Oracle:", StringComparison.Ordinal)))
            throw new NotSupportedException("ApplyConstrainedFakesCheckConstraints writes SQL for SQLite and PostgreSQL only.");
        return new Sqlite();
    }

    public string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>The column as a number: SQLite stores EF Core's decimals as TEXT, which compares as text unless cast.</summary>
    public abstract string Decimal(string column);

    /// <summary>A <see cref="DateTime"/> column and bound, comparable as instants.</summary>
    public abstract (string Column, string Bound) DateTime(string column, DateTime bound);

    /// <summary>A <see cref="DateOnly"/> column and bound.</summary>
    public abstract (string Column, string Bound) Date(string column, DateOnly bound);

    public abstract string Length(string column);

    private sealed class Sqlite : CheckDialect
    {
        public override string Decimal(string column) => $"CAST({column} AS NUMERIC)";

        // EF Core writes 'yyyy-MM-dd HH:mm:ss.FFFFFFF' and bulk copies may add '.000': julianday reads both as the same instant.
        public override (string Column, string Bound) DateTime(string column, DateTime bound) =>
            ($"julianday({column})", $"julianday({Text(bound.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture))})");

        public override (string Column, string Bound) Date(string column, DateOnly bound) =>
            ($"julianday({column})", $"julianday({Text(bound.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))})");

        public override string Length(string column) => $"length({column})";
    }

    private sealed class PostgreSql : CheckDialect
    {
        public override string Decimal(string column) => column;

        public override (string Column, string Bound) DateTime(string column, DateTime bound) =>
            (column, $"TIMESTAMPTZ {Text(bound.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00")}");

        public override (string Column, string Bound) Date(string column, DateOnly bound) =>
            (column, $"DATE {Text(bound.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");

        public override string Length(string column) => $"char_length({column})";
    }
}
