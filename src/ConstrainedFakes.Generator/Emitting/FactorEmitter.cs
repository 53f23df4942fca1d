using ConstrainedFakes.Generator.Planning;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>
/// Writes the draw of one factor of a ranged <c>[Computed("A * B")]</c>, in whole units: inside the bounds
/// that keep the product of the two factors' units between its least and greatest allowed values.
/// </summary>
internal static class FactorEmitter
{
    public static void WriteFactor(SourceWriter writer, MemberPlan member, FactorSampler factor, string stream)
    {
        var local = Names.Local(member.Name);
        var units = Units(member.Name);
        // Positive factors: x·y ≥ P₁ needs x ≥ ⌈P₁/y⌉ at the other's largest y; x·y ≤ P₂ needs x ≤ ⌊P₂/y⌋ at its smallest.
        var (lowDivisor, highDivisor) = factor.IsFirst
            ? (Other(factor, Literals.Long(factor.OtherRange.Maximum)), Other(factor, Literals.Long(factor.OtherRange.Minimum)))
            : (Units(factor.Other), Units(factor.Other));
        writer.Line($"// {member.Name}: a factor of {factor.Product}, bounded so that the product stays within its range");
        writer.Line(factor.ProductMinimum == 0
            ? $"long {local}Low = {Literals.Long(factor.Own.Minimum)};"
            : $"long {local}Low = global::System.Math.Max({Literals.Long(factor.Own.Minimum)}, {Names.Sample}.CeilingDivide({Literals.Long(factor.ProductMinimum)}, {lowDivisor}));");
        writer.Line($"long {local}High = global::System.Math.Min({Literals.Long(factor.Own.Maximum)}, {Names.Sample}.FloorDivide({Literals.Long(factor.ProductMaximum)}, {highDivisor}));");
        writer.Line($"if ({local}Low > {local}High) return false;");
        writer.Line($"long {units} = {Names.Field(member.Name, "IsFixed")} ? {ToUnits(Names.Field(member.Name, "Fixed"), factor.Own.Scale)} : 0L;");
        writer.Line($"if ({Names.Field(member.Name, "IsFixed")} ? {units} < {local}Low || {units} > {local}High : !{Names.Sample}.TryUnits({stream}, index, attempt, {local}Low, {local}High, 1L, false, out {units})) return false;");
        var converted = factor.Own.Scale > 0 ? $"{Names.Sample}.FromUnits({units}, {factor.Own.Scale})" : member.TypeName == "long" ? units : $"({member.TypeName}){units}";
        writer.Line($"{member.TypeName} {local} = {Names.Field(member.Name, "IsFixed")} ? {Names.Field(member.Name, "Fixed")} : {converted};");
    }

    /// <summary>The other factor's own bound in units, or its fixed value in units.</summary>
    private static string Other(FactorSampler factor, string bound)
        => $"({Names.Field(factor.Other, "IsFixed")} ? {ToUnits(Names.Field(factor.Other, "Fixed"), factor.OtherRange.Scale)} : {bound})";

    /// <summary>A value in units: the integer itself, or the decimal in 10^-scale steps (a fixed value finer than that is truncated here; the product's own range check still judges the real value).</summary>
    private static string ToUnits(string value, int scale) => scale > 0 ? $"{Names.Sample}.ToUnits({value}, {scale})" : $"(long){value}";

    private static string Units(string member) => Names.Local(member).TrimStart('@') + "Units";
}
