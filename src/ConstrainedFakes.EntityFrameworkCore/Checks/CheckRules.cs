using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ConstrainedFakes.EntityFrameworkCore.Checks;

/// <summary>One CHECK constraint: what it checks (part of its name) and its SQL.</summary>
internal sealed record Check(string Kind, string Sql);

/// <summary>The CHECK constraints that one property's declared attributes call for.</summary>
internal static class CheckRules
{
    public static IEnumerable<Check> For(IMutableProperty property, string column, CheckDialect dialect)
    {
        var member = (MemberInfo)property.PropertyInfo!;
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        if (member.GetCustomAttribute<RangeAttribute>() is { } range && Range(range, type, column, dialect) is { } rangeCheck) yield return rangeCheck;
        if (type == typeof(string) && Length(member, column, dialect) is { } lengthCheck) yield return lengthCheck;
        if (member.GetCustomAttribute<AllowedValuesAttribute>() is { } allowed && Allowed(allowed, property, column, dialect) is { } allowedCheck) yield return allowedCheck;
    }

    private static Check? Range(RangeAttribute range, Type type, string column, CheckDialect dialect)
    {
        var min = Convert.ToString(range.Minimum, CultureInfo.InvariantCulture);
        var max = Convert.ToString(range.Maximum, CultureInfo.InvariantCulture);
        if (min is null || max is null) return null;
        string value, low, high;
        if (type == typeof(DateTime))
        {
            (value, low) = dialect.DateTime(column, ParseInstant(min));
            (_, high) = dialect.DateTime(column, ParseInstant(max));
        }
        else if (type == typeof(DateOnly))
        {
            (value, low) = dialect.Date(column, DateOnly.Parse(min, CultureInfo.InvariantCulture));
            (_, high) = dialect.Date(column, DateOnly.Parse(max, CultureInfo.InvariantCulture));
        }
        else if (IsNumber(type) && decimal.TryParse(min, NumberStyles.Float, CultureInfo.InvariantCulture, out var lowNumber)
            && decimal.TryParse(max, NumberStyles.Float, CultureInfo.InvariantCulture, out var highNumber))
        {
            value = type == typeof(decimal) ? dialect.Decimal(column) : column;
            low = lowNumber.ToString(CultureInfo.InvariantCulture);
            high = highNumber.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            // Ranges of other types (or bounds beyond decimal's) are left to the faker.
            return null;
        }
        var lowOp = range.MinimumIsExclusive ? ">" : ">=";
        var highOp = range.MaximumIsExclusive ? "<" : "<=";
        return new Check("Range", $"{value} {lowOp} {low} AND {value} {highOp} {high}");
    }

    private static Check? Length(MemberInfo member, string column, CheckDialect dialect)
    {
        var maxima = new List<int>();
        var minima = new List<int>();
        if (member.GetCustomAttribute<MaxLengthAttribute>() is { Length: > 0 } maxLength) maxima.Add(maxLength.Length);
        if (member.GetCustomAttribute<StringLengthAttribute>() is { } stringLength)
        {
            maxima.Add(stringLength.MaximumLength);
            if (stringLength.MinimumLength > 0) minima.Add(stringLength.MinimumLength);
        }
        if (member.GetCustomAttribute<MinLengthAttribute>() is { Length: > 0 } minLength) minima.Add(minLength.Length);
        var parts = new List<string>();
        if (minima.Count > 0) parts.Add($"{dialect.Length(column)} >= {minima.Max()}");
        if (maxima.Count > 0) parts.Add($"{dialect.Length(column)} <= {maxima.Min()}");
        return parts.Count == 0 ? null : new Check("Length", string.Join(" AND ", parts));
    }

    /// <summary>The allowed values as the database stores them (through the property's value converter, e.g. enums as names).</summary>
    private static Check? Allowed(AllowedValuesAttribute allowed, IMutableProperty property, string column, CheckDialect dialect)
    {
        var literals = new List<string>();
        foreach (var value in allowed.Values)
        {
            if (value is null) continue;
            // Values of other types are left to the faker.
            if (StoredValue.Of(property, value) is not { } stored || dialect.Literal(stored) is not { } literal) return null;
            literals.Add(literal);
        }
        return literals.Count == 0 ? null : new Check("Allowed", $"{column} IN ({string.Join(", ", literals)})");
    }

    private static DateTime ParseInstant(string text) =>
        System.DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static bool IsNumber(Type type) => Type.GetTypeCode(type) is TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16
        or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal;
}
