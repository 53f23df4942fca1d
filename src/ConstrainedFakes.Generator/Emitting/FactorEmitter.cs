using ConstrainedFakes.Generator.Planning;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>Writes the draw of one factor of a ranged <c>[Computed("A * B")]</c>: inside the bounds that keep the product in range.</summary>
internal static class FactorEmitter
{
    public static void WriteFactor(SourceWriter writer, MemberPlan member, FactorSampler factor, string stream)
    {
        var local = Names.Local(member.Name);
        var value = Value(member.Name);
        var (low, high) = factor.IsFirst
            ? ($"{factor.ProductMinimum} / {Other(factor, factor.OtherMaximum)}", $"{factor.ProductMaximum} / {Other(factor, factor.OtherMinimum)}")
            : ($"{factor.ProductMinimum} / {Value(factor.Other)}", $"{factor.ProductMaximum} / {Value(factor.Other)}");
        writer.Line($"// {member.Name}: a factor of {factor.Product}, bounded so that the product stays within its range");
        // A product that may be 0 puts no lower bound on positive factors.
        writer.Line(factor.ProductMinimum == "0m"
            ? $"decimal {local}Low = {factor.Minimum};"
            : $"decimal {local}Low = global::System.Math.Max({factor.Minimum}, {low});");
        writer.Line($"decimal {local}High = global::System.Math.Min({factor.Maximum}, {high});");
        writer.Line($"if ({local}Low > {local}High) return false;");
        writer.Line($"decimal {value} = {Names.Field(member.Name, "IsFixed")} ? {Names.Field(member.Name, "Fixed")} : 0m;");
        writer.Line($"if (!{Names.Field(member.Name, "IsFixed")} && !{Names.Sample}.TryLattice({stream}, index, attempt, {local}Low, {local}High, {factor.Step}, out {value})) return false;");
        var converted = member.TypeName == "decimal" ? value : $"({member.TypeName}){value}";
        writer.Line($"{member.TypeName} {local} = {Names.Field(member.Name, "IsFixed")} ? {Names.Field(member.Name, "Fixed")} : {converted};");
    }

    /// <summary>The other factor's own bound, or its fixed value.</summary>
    private static string Other(FactorSampler factor, string bound)
        => $"({Names.Field(factor.Other, "IsFixed")} ? {Names.Field(factor.Other, "Fixed")} : {bound})";

    private static string Value(string member) => Names.Local(member).TrimStart('@') + "Value";
}
