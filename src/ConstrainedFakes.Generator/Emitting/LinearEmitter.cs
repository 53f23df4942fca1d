using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>
/// Writes the parts of a builder that serve cross-member constraints: each constrained member's own
/// bounds as fields (a fixed value collapses them), its bounds given the earlier members as straight-line
/// expressions, and the check that fixed values leave a solution.
/// </summary>
internal static class LinearEmitter
{
    /// <summary>How often a row is redrawn when rounding to the members' lattices left a member no value.</summary>
    public const int MaxAttempts = 32;

    public static LinearVariable? Variable(EntityPlan entity, string member)
        => entity.Linear?.Variables.FirstOrDefault(v => v.Member == member);

    public static void WriteFields(SourceWriter writer, LinearPlan linear)
    {
        foreach (var variable in linear.Variables)
        {
            writer.Line($"private decimal {Minimum(variable.Member)} = {variable.Minimum};");
            writer.Line($"private decimal {Maximum(variable.Member)} = {variable.Maximum};");
        }
    }

    /// <summary>In a With method: the member's own bounds become the fixed value.</summary>
    public static void WriteFix(SourceWriter writer, LinearVariable variable)
    {
        writer.Line($"{Minimum(variable.Member)} = {Maximum(variable.Member)} = {ToValue(variable.Kind, "value")};");
    }

    public static void WriteMember(SourceWriter writer, MemberPlan member, LinearVariable variable, IReadOnlyList<LinearVariable> all)
    {
        var local = Names.Local(member.Name);
        var value = ValueLocal(member.Name);
        writer.Line($"decimal {local}Low = {Combine("Max", variable.Lower)};");
        writer.Line($"decimal {local}High = {Combine("Min", variable.Upper)};");
        writer.Line($"if ({local}Low > {local}High) return false;");
        writer.Line($"decimal {value} = {Minimum(member.Name)};");
        var stream = Names.Field(member.Name, "Stream");
        var shape = member.Shape is null ? "" : $"in {SamplerEmitter.ShapeField(member)}, ";
        var draw = $"!{Names.Sample}.TryLattice({stream}, index, attempt, {local}Low, {local}High, {variable.Step}, {shape}out {value})";
        // Dates and times are drawn on whole seconds; a window narrower than a second falls back to ticks.
        if (IsTicks(variable.Kind) && variable.Step != "1m") draw += $" && !{Names.Sample}.TryLattice({stream}, index, attempt, {local}Low, {local}High, 1m, out {value})";
        writer.Line($"if (!{Names.Field(member.Name, "IsFixed")} && {draw}) return false;");
        writer.Line($"{member.TypeName} {local} = {Names.Field(member.Name, "IsFixed")} ? {Names.Field(member.Name, "Fixed")} : {FromValue(variable.Kind, value, member.TypeName)};");
    }

    /// <summary>In CheckFixedValues: the conditions on the members' own bounds, which fixed values may break.</summary>
    public static void WriteConditions(SourceWriter writer, LinearPlan linear)
    {
        foreach (var condition in linear.Conditions)
        {
            // The values involved: the members whose bounds the condition reads.
            var values = string.Join(", ", condition.Expression.Terms.Select(t => t.Member).Distinct()
                .Select(m => $"({Names.Field(m, "IsFixed")}, \"{m}\", {Names.Field(m, "Fixed")})"));
            writer.Line($"if ({Affine(condition.Expression)} < 0m)");
            writer.Line($"    throw Unsatisfiable({Strings(condition.Sources)}, {values});");
        }
    }

    private static string Combine(string function, IReadOnlyList<AffineBound> bounds)
    {
        var expressions = bounds.Select(Affine).ToList();
        var combined = expressions[expressions.Count - 1];
        for (var i = expressions.Count - 2; i >= 0; i--) combined = $"global::System.Math.{function}({expressions[i]}, {combined})";
        return combined;
    }

    private static string Affine(AffineBound bound)
    {
        var parts = new List<string>();
        foreach (var term in bound.Terms)
        {
            var operand = term.Operand switch
            {
                AffineOperand.Minimum => Minimum(term.Member),
                AffineOperand.Maximum => Maximum(term.Member),
                _ => ValueLocal(term.Member),
            };
            parts.Add(term.Coefficient switch
            {
                "1m" => operand,
                "-1m" => "-" + operand,
                _ => $"{term.Coefficient} * {operand}",
            });
        }
        if (bound.Constant != "0m" || parts.Count == 0) parts.Add(bound.Constant);
        return string.Join(" + ", parts).Replace("+ -", "- ");
    }

    public static string Strings(IEnumerable<string> texts)
    {
        var quoted = texts.Select(t => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(t, quote: true)).ToList();
        return quoted.Count == 0 ? "global::System.Array.Empty<string>()" : $"new[] {{ {string.Join(", ", quoted)} }}";
    }

    private static bool IsTicks(ScalarKind kind) => kind is ScalarKind.DateTime or ScalarKind.DateTimeOffset or ScalarKind.TimeOnly or ScalarKind.TimeSpan;

    private static string Minimum(string member) => Names.Field(member, "Min");

    private static string Maximum(string member) => Names.Field(member, "Max");

    private static string ValueLocal(string member) => Names.Local(member).TrimStart('@') + "Value";

    /// <summary>A member's value in the units constraints are solved in: the number itself, or ticks.</summary>
    private static string ToValue(ScalarKind kind, string expression) => kind switch
    {
        ScalarKind.DateTime or ScalarKind.TimeOnly or ScalarKind.TimeSpan => $"{expression}.Ticks",
        ScalarKind.DateTimeOffset => $"{expression}.UtcTicks",
        ScalarKind.DateOnly => $"{expression}.DayNumber * global::System.TimeSpan.TicksPerDay",
        _ => expression,
    };

    private static string FromValue(ScalarKind kind, string value, string type) => kind switch
    {
        ScalarKind.DateTime => $"new global::System.DateTime((long){value}, global::System.DateTimeKind.Utc)",
        ScalarKind.DateTimeOffset => $"new global::System.DateTimeOffset((long){value}, global::System.TimeSpan.Zero)",
        ScalarKind.DateOnly => $"global::System.DateOnly.FromDayNumber((int)((long){value} / global::System.TimeSpan.TicksPerDay))",
        ScalarKind.TimeOnly => $"new global::System.TimeOnly((long){value})",
        ScalarKind.TimeSpan => $"new global::System.TimeSpan((long){value})",
        ScalarKind.Decimal => value,
        _ => $"({type}){value}",
    };
}
