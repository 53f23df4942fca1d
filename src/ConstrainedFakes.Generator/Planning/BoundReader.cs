using System;
using System.Globalization;

namespace ConstrainedFakes.Generator.Planning;

/// <summary>Reads <c>[Range]</c> bound text (numbers, dates, times) the way the planner needs it, invariantly.</summary>
internal static class BoundReader
{
    /// <summary>A number as a decimal, clamped to decimal's range (so 1e300 reads as decimal.MaxValue).</summary>
    public static bool TryDecimal(string text, out decimal value)
    {
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return true;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || double.IsNaN(d)) return false;
        value = d > 0 ? decimal.MaxValue : decimal.MinValue;
        return true;
    }

    public static bool TryDouble(string text, out double value)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value);

    /// <summary>Ticks of a date-time or date given as text, read as UTC (ISO 8601 such as <c>2024-12-31</c> or <c>2024-12-31T08:00:00Z</c>).</summary>
    public static bool TryDateTimeTicks(string text, out long ticks)
    {
        ticks = 0;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)) return false;
        ticks = value.Ticks;
        return true;
    }

    /// <summary>Ticks of a time of day or a duration, e.g. <c>08:30:00</c> or <c>2.00:00:00</c>.</summary>
    public static bool TryTimeTicks(string text, out long ticks)
    {
        ticks = 0;
        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value)) return false;
        ticks = value.Ticks;
        return true;
    }

    /// <summary>⌈value⌉ as a long, clamped; one more when the bound is exclusive and already whole.</summary>
    public static long CeilingToLong(decimal value, bool exclusive)
    {
        var ceiling = Math.Ceiling(value);
        if (exclusive && ceiling == value) ceiling += 1;
        return Clamp(ceiling);
    }

    /// <summary>⌊value⌋ as a long, clamped; one less when the bound is exclusive and already whole.</summary>
    public static long FloorToLong(decimal value, bool exclusive)
    {
        var floor = Math.Floor(value);
        if (exclusive && floor == value) floor -= 1;
        return Clamp(floor);
    }

    /// <summary><paramref name="value"/> × 10^<paramref name="scale"/>, clamped to decimal's range on overflow.</summary>
    public static decimal Scale(decimal value, int scale)
    {
        try
        {
            for (var i = 0; i < scale; i++) value *= 10m;
            return value;
        }
        catch (OverflowException)
        {
            return value > 0 ? decimal.MaxValue : decimal.MinValue;
        }
    }

    private static long Clamp(decimal value)
        => value >= long.MaxValue ? long.MaxValue : value <= long.MinValue ? long.MinValue : (long)value;
}
