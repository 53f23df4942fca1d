namespace ConstrainedFakes.EntityFrameworkCore;

/// <summary>
/// Seeding failed and was rolled back: the database holds what it held before. Says which table and, when one
/// row is to blame, which row, and why (the database's own error is the <see cref="Exception.InnerException"/>).
/// </summary>
public class SeedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="table">The table being written.</param>
    /// <param name="row">The row's position in its table (0-based) and its key, when one row is to blame.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="cause">The database's error, if any.</param>
    public SeedException(string table, string? row, string message, Exception? cause = null)
        : base(Describe(table, row, message, cause), cause)
    {
        Table = table;
        Row = row;
    }

    /// <summary>
    /// A failure on a provider without transactions (EF Core's in-memory one): nothing could be rolled back, and the
    /// message says so instead.
    /// </summary>
    internal SeedException(string table, string message, Exception cause)
        : base($"Seeding failed at table {table}: {message} Cause: {Innermost(cause).Message} The provider has no transactions: the batches written before the failure stay written.", cause)
    {
        Table = table;
        Row = (cause as SeedException)?.Row;
    }

    /// <summary>Creates an exception whose message is already complete, for the kinds of failure derived from this one.</summary>
    /// <param name="table">The table to blame.</param>
    /// <param name="message">The whole message.</param>
    protected SeedException(string table, string message)
        : base(message)
    {
        Table = table;
    }

    /// <summary>The table being written when seeding failed.</summary>
    public string Table { get; }

    /// <summary>The row to blame (its position in its table and its key), or <see langword="null"/> when no single row is.</summary>
    public string? Row { get; }

    private static string Describe(string table, string? row, string message, Exception? cause)
    {
        var where = row is null ? $"table {table}" : $"table {table}, row {row}";
        var why = cause is null ? "" : $" Cause: {Innermost(cause).Message}";
        return $"Seeding failed at {where}: {message}{why} Nothing was written: the transaction was rolled back.";
    }

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is not null) exception = exception.InnerException;
        return exception;
    }
}
