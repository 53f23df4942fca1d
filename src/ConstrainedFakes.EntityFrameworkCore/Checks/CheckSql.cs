using System.Globalization;
using System.Numerics;
using Microsoft.EntityFrameworkCore.Metadata;
using ConstrainedFakes.Generator.Planning.Linear;

namespace ConstrainedFakes.EntityFrameworkCore.Checks;

/// <summary>A member of the entity as a CHECK reads it: its property, its quoted column, and whether the column can hold NULL.</summary>
internal sealed record ColumnRef(IReadOnlyProperty Property, string Sql, bool MayBeNull);

/// <summary>A column as an exact whole number of some unit: the member's value in the faker's units is <c>Scale × Sql + Offset</c>.</summary>
internal sealed record ExactColumn(string Sql, Rational Scale, Rational Offset);

/// <summary>
/// Writes a <see cref="Condition"/> as the SQL of a CHECK constraint. Each linear comparison is multiplied
/// through by the common denominator of its coefficients, so the database compares whole numbers (cents,
/// milliseconds, seconds as exact numerics) and a row exactly at its bound lands on the same side as in C#.
/// A condition that reads a nullable member holds whenever one of them is null, as the faker's rule says.
/// </summary>
internal sealed class CheckSql(Func<string, ColumnRef> columns, CheckDialect dialect)
{
    public string Write(Condition condition)
    {
        var guards = condition.Members.Distinct().Select(columns).Where(c => c.MayBeNull).Select(c => $"{c.Sql} IS NULL").ToList();
        var body = Body(condition);
        return guards.Count == 0 ? body : $"{string.Join(" OR ", guards)} OR ({body})";
    }

    private string Body(Condition condition) => condition switch
    {
        Comparison comparison => Compare(comparison),
        Equality equality => $"{columns(equality.Member).Sql} {(equality.Equal ? "=" : "<>")} {Stored(columns(equality.Member).Property, equality.Value)}",
        MemberEquality pair => $"{columns(pair.Left).Sql} {(pair.Equal ? "=" : "<>")} {columns(pair.Right).Sql}",
        Truth truth => $"{columns(truth.Member).Sql} = {Stored(columns(truth.Member).Property, true)}",
        Constant constant => constant.Value ? "1 = 1" : "1 = 0",
        Not not => $"NOT ({Body(not.Operand)})",
        Junction junction => $"({Body(junction.Left)}) {(junction.Conjunction ? "AND" : "OR")} ({Body(junction.Right)})",
        _ => throw new UnsupportedInvariantException($"{condition} has no SQL."),
    };

    private string Compare(Comparison comparison)
    {
        var terms = new List<(string Sql, Rational Coefficient)>();
        var constant = comparison.Difference.Constant;
        foreach (var (member, coefficient) in comparison.Difference.Terms)
        {
            var exact = dialect.Exact(columns(member));
            terms.Add((exact.Sql, coefficient * exact.Scale));
            constant += coefficient * exact.Offset;
        }
        // Whole numbers on both sides: multiply by the common denominator, divide by the common factor.
        var all = terms.Select(t => t.Coefficient).Append(constant).ToList();
        var denominator = all.Aggregate(BigInteger.One, (lcm, f) => lcm * f.Denominator / BigInteger.GreatestCommonDivisor(lcm, f.Denominator));
        var factor = all.Where(f => !f.IsZero).Aggregate(BigInteger.Zero, (gcd, f) => BigInteger.GreatestCommonDivisor(gcd, f.Numerator * (denominator / f.Denominator)));
        if (factor.IsZero) factor = BigInteger.One;
        BigInteger Whole(Rational f) => f.Numerator * (denominator / f.Denominator) / factor;

        var left = terms.Where(t => t.Coefficient.Sign > 0).Select(t => Term(Whole(t.Coefficient), t.Sql)).ToList();
        var right = terms.Where(t => t.Coefficient.Sign < 0).Select(t => Term(-Whole(t.Coefficient), t.Sql)).ToList();
        var bound = -Whole(constant);
        if (left.Count == 0 && right.Count == 0) return Holds(bound, comparison.Comparator) ? "1 = 1" : "1 = 0";
        var rightSide = right.Count == 0 ? Number(bound)
            : bound.IsZero ? string.Join(" + ", right)
            : $"{string.Join(" + ", right)} {(bound.Sign > 0 ? "+" : "-")} {Number(BigInteger.Abs(bound))}";
        return $"{(left.Count == 0 ? "0" : string.Join(" + ", left))} {Operator(comparison.Comparator)} {rightSide}";
    }

    /// <summary>Whether <c>0 ⋈ bound</c>, for a comparison whose members cancel out.</summary>
    private static bool Holds(BigInteger bound, Comparator comparator) => comparator switch
    {
        Comparator.Less => bound.Sign > 0,
        Comparator.LessOrEqual => bound.Sign >= 0,
        Comparator.Greater => bound.Sign < 0,
        Comparator.GreaterOrEqual => bound.Sign <= 0,
        Comparator.Equal => bound.IsZero,
        _ => !bound.IsZero,
    };

    private static string Term(BigInteger coefficient, string sql) => coefficient.IsOne ? sql : $"{Number(coefficient)} * {sql}";

    private static string Number(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Operator(Comparator comparator) => comparator switch
    {
        Comparator.Less => "<",
        Comparator.LessOrEqual => "<=",
        Comparator.Greater => ">",
        Comparator.GreaterOrEqual => ">=",
        Comparator.Equal => "=",
        _ => "<>",
    };

    /// <summary>The value as the database stores it: through the property's value converter (enums by name when converted to strings).</summary>
    private string Stored(IReadOnlyProperty property, object value)
    {
        var stored = StoredValue.Of(property, value);
        return stored is null ? throw new UnsupportedInvariantException($"{value} is stored as NULL.") : dialect.Literal(stored)
            ?? throw new UnsupportedInvariantException($"{value} is stored as a {stored.GetType().Name}, which has no literal here.");
    }
}
