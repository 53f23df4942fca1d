using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>
/// Writes the parts of a builder that serve cross-member constraints: each constrained member's own
/// bounds as fields in its units (a fixed value collapses them), its bounds given the earlier members as
/// straight-line integer arithmetic, and the check that fixed values leave a solution.
/// </summary>
internal static class LinearEmitter
{
    public static LinearVariable? Variable(EntityPlan entity, string member)
        => entity.Linear?.Variables.FirstOrDefault(v => v.Member == member);

    public static void WriteFields(SourceWriter writer, LinearPlan linear)
    {
        foreach (var variable in linear.Variables)
        {
            writer.Line($"private long {Minimum(variable.Member)} = {Literals.Long(variable.Minimum)};");
            writer.Line($"private long {Maximum(variable.Member)} = {Literals.Long(variable.Maximum)};");
        }
    }

    /// <summary>In a With method: the member's own bounds become the fixed value, in units.</summary>
    public static void WriteFix(SourceWriter writer, LinearVariable variable, string member)
    {
        if (variable.Kind == ScalarKind.Decimal)
        {
            // Constraints are solved in units of the member's last decimal place: a finer value has no unit.
            writer.Line($"if (decimal.Round(value, {variable.Scale}) != value) throw Reject(\"{member}\", value, \"cross-member constraints\", \"a value with at most {variable.Scale} digits after the point\");");
        }
        writer.Line($"{Minimum(variable.Member)} = {Maximum(variable.Member)} = {ToUnits(variable, "value")};");
    }

    public static void WriteMember(SourceWriter writer, MemberPlan member, LinearVariable variable, string stream)
    {
        var local = Names.Local(member.Name);
        var units = Units(member.Name);
        writer.Line($"long {local}Low = {Combine("Max", variable.Lower, ceiling: true)};");
        writer.Line($"long {local}High = {Combine("Min", variable.Upper, ceiling: false)};");
        writer.Line($"if ({local}Low > {local}High) return false;");
        writer.Line($"long {units} = {Minimum(member.Name)};");
        var shape = member.Shape is null ? "" : $"in {SamplerEmitter.ShapeField(member)}, ";
        var anyUnit = variable.AnyUnit ? "true" : "false";
        writer.Line($"if (!{Names.Field(member.Name, "IsFixed")} && !{Names.Sample}.TryUnits({stream}, index, attempt, {local}Low, {local}High, {Literals.Long(variable.Step)}, {anyUnit}, {shape}out {units})) return false;");
        writer.Line($"{member.TypeName} {local} = {Names.Field(member.Name, "IsFixed")} ? {Names.Field(member.Name, "Fixed")} : {FromUnits(variable, units, member.TypeName)};");
    }

    /// <summary>In CheckFixedValues: the conditions on the members' own bounds, which fixed values may break.</summary>
    public static void WriteConditions(SourceWriter writer, LinearPlan linear)
    {
        foreach (var condition in linear.Conditions)
        {
            // The values involved: the members whose bounds the condition reads.
            var values = string.Join(", ", condition.Expression.Terms.Select(t => t.Member).Distinct()
                .Select(m => $"({Names.Field(m, "IsFixed")}, \"{m}\", {Names.Field(m, "Fixed")})"));
            writer.Line($"if ({Sum(condition.Expression)} < 0)");
            writer.Line($"    throw Unsatisfiable({Strings(condition.Sources)}, {values});");
        }
    }

    public static string Strings(IEnumerable<string> texts)
    {
        var quoted = texts.Select(t => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(t, quote: true)).ToList();
        return quoted.Count == 0 ? "global::System.Array.Empty<string>()" : $"new[] {{ {string.Join(", ", quoted)} }}";
    }

    /// <summary>Every bound on the member (its own among them) combined: the tightest wins.</summary>
    private static string Combine(string function, IReadOnlyList<IntegerBound> bounds, bool ceiling)
    {
        var combined = Bounded(bounds[bounds.Count - 1], ceiling);
        for (var i = bounds.Count - 2; i >= 0; i--) combined = $"global::System.Math.{function}({Bounded(bounds[i], ceiling)}, {combined})";
        return combined;
    }

    private static string Bounded(IntegerBound bound, bool ceiling)
        => bound.Divisor == 1 ? Sum(bound) : $"{Names.Sample}.{(ceiling ? "CeilingDivide" : "FloorDivide")}({Sum(bound)}, {Literals.Long(bound.Divisor)})";

    /// <summary>constant + Σ coefficient × operand, in <see cref="long"/>, or <c>Int128</c> when it could overflow.</summary>
    private static string Sum(IntegerBound bound)
    {
        var parts = new List<string>();
        foreach (var term in bound.Terms)
        {
            var operand = term.Operand switch
            {
                AffineOperand.Minimum => Minimum(term.Member),
                AffineOperand.Maximum => Maximum(term.Member),
                _ => Units(term.Member),
            };
            if (bound.Wide) operand = $"(global::System.Int128){operand}";
            parts.Add(term.Coefficient switch
            {
                1 => operand,
                -1 => "-" + operand,
                _ => $"{term.Coefficient.ToString(CultureInfo.InvariantCulture)} * {operand}",
            });
        }
        if (bound.Constant != 0 || parts.Count == 0) parts.Add(Literals.Long(bound.Constant));
        return string.Join(" + ", parts).Replace("+ -", "- ");
    }

    private static string Minimum(string member) => Names.Field(member, "Min");

    private static string Maximum(string member) => Names.Field(member, "Max");

    private static string Units(string member) => Names.Local(member).TrimStart('@') + "Units";

    /// <summary>A member's value in its units: the whole number itself, 10^-scale steps for a decimal, ticks for dates and times.</summary>
    private static string ToUnits(LinearVariable variable, string expression) => variable.Kind switch
    {
        ScalarKind.Decimal => $"{Names.Sample}.ToUnits({expression}, {variable.Scale})",
        ScalarKind.DateTime or ScalarKind.TimeOnly or ScalarKind.TimeSpan => $"{expression}.Ticks",
        ScalarKind.DateTimeOffset => $"{expression}.UtcTicks",
        ScalarKind.DateOnly => $"{expression}.DayNumber * global::System.TimeSpan.TicksPerDay",
        _ => expression,
    };

    private static string FromUnits(LinearVariable variable, string units, string type) => variable.Kind switch
    {
        ScalarKind.DateTime => $"new global::System.DateTime({units}, global::System.DateTimeKind.Utc)",
        ScalarKind.DateTimeOffset => $"new global::System.DateTimeOffset({units}, global::System.TimeSpan.Zero)",
        ScalarKind.DateOnly => $"global::System.DateOnly.FromDayNumber((int)({units} / global::System.TimeSpan.TicksPerDay))",
        ScalarKind.TimeOnly => $"new global::System.TimeOnly({units})",
        ScalarKind.TimeSpan => $"new global::System.TimeSpan({units})",
        ScalarKind.Decimal => $"{Names.Sample}.FromUnits({units}, {variable.Scale})",
        _ => type == "long" ? units : $"({type}){units}",
    };
}
