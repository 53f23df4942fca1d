using System;
using System.Globalization;

namespace ConstrainedFakes.Generator.Planning;

/// <summary>C# literal text for constants the planner puts into emitted code, culture-invariant.</summary>
internal static class Literals
{
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Long(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Double(double value) => value switch
    {
        double.PositiveInfinity => "double.PositiveInfinity",
        double.NegativeInfinity => "double.NegativeInfinity",
        _ when double.IsNaN(value) => "double.NaN",
        _ => WithPoint(value.ToString("R", CultureInfo.InvariantCulture)) + "d",
    };

    public static string Single(double value)
    {
        var f = (float)value;
        if (float.IsPositiveInfinity(f)) return "float.PositiveInfinity";
        if (float.IsNegativeInfinity(f)) return "float.NegativeInfinity";
        return WithPoint(f.ToString("R", CultureInfo.InvariantCulture)) + "f";
    }

    public static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A date or time as readable C#: <c>new global::System.DateTime(2024, 12, 31)</c>; ticks only below a second.</summary>
    public static string Temporal(Model.ScalarKind kind, long ticks)
    {
        var wholeSeconds = ticks % TimeSpan.TicksPerSecond == 0;
        if (kind == Model.ScalarKind.TimeSpan)
        {
            var span = TimeSpan.FromTicks(ticks);
            return wholeSeconds
                ? $"new global::System.TimeSpan({span.Days}, {span.Hours}, {span.Minutes}, {span.Seconds})"
                : $"global::System.TimeSpan.FromTicks({Long(ticks)})";
        }
        var at = new DateTime(ticks);
        var clock = at.TimeOfDay == TimeSpan.Zero ? "" : $", {at.Hour}, {at.Minute}, {at.Second}";
        switch (kind)
        {
            case Model.ScalarKind.DateOnly:
                return $"new global::System.DateOnly({at.Year}, {at.Month}, {at.Day})";
            case Model.ScalarKind.DateTime when wholeSeconds:
                return $"new global::System.DateTime({at.Year}, {at.Month}, {at.Day}{clock})";
            case Model.ScalarKind.DateTimeOffset when wholeSeconds:
                return $"new global::System.DateTimeOffset({at.Year}, {at.Month}, {at.Day}, {at.Hour}, {at.Minute}, {at.Second}, global::System.TimeSpan.Zero)";
            case Model.ScalarKind.DateTimeOffset:
                return $"new global::System.DateTimeOffset({Long(ticks)}, global::System.TimeSpan.Zero)";
            case Model.ScalarKind.TimeOnly when wholeSeconds:
                return $"new global::System.TimeOnly({at.Hour}, {at.Minute}, {at.Second})";
            default:
                return $"new global::{(kind == Model.ScalarKind.DateTime ? "System.DateTime" : "System." + kind)}({Long(ticks)})";
        }
    }

    private static string WithPoint(string number)
        => number.IndexOf('.') >= 0 || number.IndexOf('E') >= 0 ? number : number + ".0";

    /// <summary>The next double towards +∞ (netstandard2.0 has no Math.BitIncrement).</summary>
    public static double NextUp(double value)
    {
        if (double.IsNaN(value) || double.IsPositiveInfinity(value)) return value;
        if (value == 0) return double.Epsilon;
        var bits = BitConverter.DoubleToInt64Bits(value);
        return BitConverter.Int64BitsToDouble(value > 0 ? bits + 1 : bits - 1);
    }

    /// <summary>The next double towards -∞.</summary>
    public static double NextDown(double value) => -NextUp(-value);

    /// <summary>The next float towards +∞, as a double.</summary>
    public static double NextUpSingle(double value)
    {
        var f = (float)value;
        if (float.IsNaN(f) || float.IsPositiveInfinity(f)) return f;
        if (f == 0) return float.Epsilon;
        var bits = BitConverter.ToInt32(BitConverter.GetBytes(f), 0);
        return BitConverter.ToSingle(BitConverter.GetBytes(f > 0 ? bits + 1 : bits - 1), 0);
    }

    /// <summary>The next float towards -∞, as a double.</summary>
    public static double NextDownSingle(double value) => -NextUpSingle(-value);
}
