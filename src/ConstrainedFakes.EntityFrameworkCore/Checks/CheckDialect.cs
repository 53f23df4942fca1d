using System.Globalization;
using System.Numerics;
using Microsoft.EntityFrameworkCore.Metadata;
using ConstrainedFakes.Generator.Planning.Linear;

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

    /// <summary>A value as stored (after the property's value converter) as an SQL literal, or null when it has none here.</summary>
    public string? Literal(object stored) => stored switch
    {
        string text => Text(text),
        bool flag => Boolean(flag),
        sbyte or byte or short or ushort or int or uint or long => Convert.ToString(stored, CultureInfo.InvariantCulture),
        Enum => Convert.ToInt64(stored, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    protected abstract string Boolean(bool value);

    /// <summary>
    /// The column as an exact whole number (or exact numeric) and how it maps to the faker's units (numbers as
    /// they are, dates, times and durations in ticks).
    /// </summary>
    /// <exception cref="UnsupportedInvariantException">This database stores the type in a form it cannot compute with.</exception>
    public ExactColumn Exact(ColumnRef column)
    {
        var type = Nullable.GetUnderlyingType(column.Property.ClrType) ?? column.Property.ClrType;
        return Type.GetTypeCode(type) switch
        {
            TypeCode.Decimal => ExactDecimal(column),
            TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64
                or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double => new ExactColumn(column.Sql, Rational.One, Rational.Zero),
            _ when type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(DateTimeOffset) => Instant(column.Sql),
            _ when type == typeof(TimeOnly) => TimeOfDay(column.Sql),
            _ when type == typeof(TimeSpan) => Duration(column.Sql),
            _ => throw new UnsupportedInvariantException($"{column.Property.Name} is a {type.Name}, which has no exact number here."),
        };
    }

    protected abstract ExactColumn ExactDecimal(ColumnRef column);

    /// <summary>A date, date and time, or instant with offset, counted from 0001-01-01 in UTC.</summary>
    protected abstract ExactColumn Instant(string column);

    protected abstract ExactColumn TimeOfDay(string column);

    protected abstract ExactColumn Duration(string column);

    private sealed class Sqlite : CheckDialect
    {
        public override string Decimal(string column) => $"CAST({column} AS NUMERIC)";

        // EF Core writes 'yyyy-MM-dd HH:mm:ss.FFFFFFF' and bulk copies may add '.000': julianday reads both as the same instant.
        public override (string Column, string Bound) DateTime(string column, DateTime bound) =>
            ($"julianday({column})", $"julianday({Text(bound.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture))})");

        public override (string Column, string Bound) Date(string column, DateOnly bound) =>
            ($"julianday({column})", $"julianday({Text(bound.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))})");

        public override string Length(string column) => $"length({column})";

        protected override string Boolean(bool value) => value ? "1" : "0";

        private const long MillisecondsPerDay = 86_400_000;

        /// <summary>
        /// EF Core stores decimals as TEXT, which SQLite reads as a double: rounded to the column's scale (two
        /// decimals unless <c>[Precision]</c> or <c>HasPrecision</c> says otherwise, as the faker draws them) it is exact.
        /// </summary>
        protected override ExactColumn ExactDecimal(ColumnRef column)
        {
            var scale = column.Property.GetScale() ?? 2;
            var unit = BigInteger.Pow(10, scale);
            return new ExactColumn($"CAST(ROUND(CAST({column.Sql} AS NUMERIC) * {unit}) AS INTEGER)", Rational.Of(BigInteger.One, unit), Rational.Zero);
        }

        // julianday reads EF Core's TEXT (with or without fractional seconds and offset) as days since the Julian epoch, a double that
        // holds whole milliseconds exactly once multiplied back and rounded.
        protected override ExactColumn Instant(string column) => Milliseconds(column, new System.DateTime(1, 1, 1));

        // A time alone ('HH:mm:ss') is read on 2000-01-01.
        protected override ExactColumn TimeOfDay(string column) => Milliseconds(column, new System.DateTime(2000, 1, 1));

        /// <summary>
        /// EF Core (and the bulk copy) store a TimeSpan as its "c" text, <c>[-][d.]hh:mm:ss[.fffffff]</c>: the days
        /// before a '.' that comes before the first ':', the time of day read by julianday, the sign applied to both.
        /// </summary>
        protected override ExactColumn Duration(string column)
        {
            var unsigned = $"ltrim({column}, '-')";
            var hasDays = $"instr({unsigned}, '.') BETWEEN 1 AND instr({unsigned}, ':')";
            var days = $"CASE WHEN {hasDays} THEN CAST(substr({unsigned}, 1, instr({unsigned}, '.') - 1) AS INTEGER) ELSE 0 END";
            var time = $"CASE WHEN {hasDays} THEN substr({unsigned}, instr({unsigned}, '.') + 1) ELSE {unsigned} END";
            var timeOrigin = JulianMilliseconds(new System.DateTime(2000, 1, 1));
            var milliseconds = $"{days} * {MillisecondsPerDay} + CAST(ROUND(julianday({time}) * {MillisecondsPerDay}) AS INTEGER) - {timeOrigin}";
            return new ExactColumn($"(CASE WHEN substr({column}, 1, 1) = '-' THEN -1 ELSE 1 END) * ({milliseconds})", Rational.Of(TimeSpan.TicksPerMillisecond), Rational.Zero);
        }

        /// <summary>julianday(at) in milliseconds: ticks count from 0001-01-01, which is Julian day 1721425.5.</summary>
        private static Rational JulianMilliseconds(System.DateTime at) =>
            Rational.Of(3_442_851, 2) * Rational.Of(MillisecondsPerDay) + Rational.Of(at.Ticks / TimeSpan.TicksPerMillisecond);

        private static ExactColumn Milliseconds(string column, System.DateTime origin)
        {
            var originMilliseconds = JulianMilliseconds(origin);
            var ticksPerMillisecond = Rational.Of(TimeSpan.TicksPerMillisecond);
            return new ExactColumn($"CAST(ROUND(julianday({column}) * {MillisecondsPerDay}) AS INTEGER)", ticksPerMillisecond, -originMilliseconds * ticksPerMillisecond);
        }
    }

    private sealed class PostgreSql : CheckDialect
    {
        public override string Decimal(string column) => column;

        public override (string Column, string Bound) DateTime(string column, DateTime bound) =>
            (column, $"TIMESTAMPTZ {Text(bound.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00")}");

        public override (string Column, string Bound) Date(string column, DateOnly bound) =>
            (column, $"DATE {Text(bound.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");

        public override string Length(string column) => $"char_length({column})";

        protected override string Boolean(bool value) => value ? "TRUE" : "FALSE";

        protected override ExactColumn ExactDecimal(ColumnRef column) => new(column.Sql, Rational.One, Rational.Zero);

        // EXTRACT(EPOCH ...) is an exact numeric (microseconds) since 1970-01-01 UTC, for timestamptz, timestamp and date alike.
        protected override ExactColumn Instant(string column) => Seconds(column, Rational.Of(System.DateTime.UnixEpoch.Ticks));

        protected override ExactColumn TimeOfDay(string column) => Seconds(column, Rational.Zero);

        protected override ExactColumn Duration(string column) => Seconds(column, Rational.Zero);

        private static ExactColumn Seconds(string column, Rational offset) => new($"EXTRACT(EPOCH FROM {column})", Rational.Of(TimeSpan.TicksPerSecond), offset);
    }
}
