using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

namespace ConstrainedFakes.Reports;

/// <summary>
/// The points a bounded member's values lie on, read from its declarations as docs/architecture.md states
/// them (whole numbers; decimals at their <c>[Precision]</c> scale, 2 by default; dates and times in whole
/// seconds; dates-only in days), with values as exact decimals (ticks, day numbers), so the report can say
/// which value is a bound, or just inside a strict one, without the generator's plan.
/// </summary>
internal sealed record Lattice(decimal Step)
{
    /// <summary>The lattice of a member's type; null for a type the generator does not draw on a lattice (text, <c>double</c>, enums, ...).</summary>
    public static Lattice? Of(PropertyInfo member)
    {
        var type = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
        if (type == typeof(decimal)) return new Lattice(Pow10(-Scale(member)));
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly) || type == typeof(TimeSpan)) return new Lattice(TimeSpan.TicksPerSecond);
        if (type == typeof(DateOnly)) return new Lattice(1);
        return type.IsPrimitive && type != typeof(bool) && type != typeof(char) && type != typeof(double) && type != typeof(float) && type != typeof(nint) && type != typeof(nuint)
            ? new Lattice(1) : null;
    }

    /// <summary>A value of a lattice type as an exact number: itself, or its ticks, or its day number.</summary>
    public static decimal? Exact(object? value) => value switch
    {
        null => null,
        decimal d => d,
        DateTime date => date.Ticks,
        DateTimeOffset offset => offset.UtcTicks,
        DateOnly day => day.DayNumber,
        TimeOnly time => time.Ticks,
        TimeSpan span => span.Ticks,
        sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>The smallest point at or above <paramref name="x"/>, or strictly above it.</summary>
    public decimal Above(decimal x, bool strictly) => strictly ? Math.Floor(x / Step) * Step + Step : Math.Ceiling(x / Step) * Step;

    /// <summary>The largest point at or below <paramref name="x"/>, or strictly below it.</summary>
    public decimal Below(decimal x, bool strictly) => strictly ? Math.Ceiling(x / Step) * Step - Step : Math.Floor(x / Step) * Step;

    /// <summary>A <c>[Range]</c> end read as the member's type reads it (dates as UTC, invariant culture), as an exact number.</summary>
    public static decimal? Bound(PropertyInfo member, object? declared)
    {
        var type = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
        if (declared is not string text) return declared is null ? null : Exact(declared) ?? (declared is double or float ? Convert.ToDecimal(declared, CultureInfo.InvariantCulture) : null);
        const DateTimeStyles utc = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        var invariant = CultureInfo.InvariantCulture;
        return type switch
        {
            _ when type == typeof(DateTime) => DateTime.TryParse(text, invariant, utc, out var d) ? d.Ticks : null,
            _ when type == typeof(DateTimeOffset) => DateTimeOffset.TryParse(text, invariant, utc, out var o) ? o.UtcTicks : null,
            _ when type == typeof(DateOnly) => DateOnly.TryParse(text, invariant, out var day) ? day.DayNumber : null,
            _ when type == typeof(TimeOnly) => TimeOnly.TryParse(text, invariant, out var time) ? time.Ticks : null,
            _ when type == typeof(TimeSpan) => TimeSpan.TryParse(text, invariant, out var span) ? span.Ticks : null,
            _ => decimal.TryParse(text, NumberStyles.Float, invariant, out var number) ? number : null,
        };
    }

    /// <summary>The ends of a member's <c>[Range]</c> on its lattice: rounded inward, a strict end moved one point inside.</summary>
    public (decimal? Low, decimal? High) Ends(PropertyInfo member, RangeAttribute range)
    {
        var low = Bound(member, range.Minimum);
        var high = Bound(member, range.Maximum);
        return (low is { } l ? Above(l, range.MinimumIsExclusive) : null, high is { } h ? Below(h, range.MaximumIsExclusive) : null);
    }

    /// <summary>The scale of EF Core's <c>[Precision(p, s)]</c>, read by name (the runtime does not reference EF Core); 2 without it.</summary>
    private static int Scale(PropertyInfo member)
        => member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.Name == "PrecisionAttribute" && a.ConstructorArguments.Count == 2)
            is { } precision && precision.ConstructorArguments[1].Value is int scale ? scale : 2;

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++) result = exponent < 0 ? result / 10 : result * 10;
        return result;
    }
}
