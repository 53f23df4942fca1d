using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>Writes one <c>{Entity}Builder</c>: stream keys, fixed values, and a straight-line <c>BuildAt</c>.</summary>
internal static class BuilderEmitter
{
    /// <summary>How often a text value is redrawn past denied values before the row is declared impossible.</summary>
    private const int MaxRedraws = 32;

    public static void Emit(SourceWriter writer, EntityPlan entity, string context, string cursor)
    {
        var builder = entity.Name + "Builder";
        var buildable = entity.Problems.Count == 0;
        writer.Line($"/// <summary>Builds <see cref=\"{entity.FullName}\"/> rows that satisfy every declared constraint; row i depends only on the seed and i.</summary>");
        writer.Line(Names.GeneratedCode);
        using (writer.Block($"{FakerEmitter.Accessibility(entity)} sealed class {builder} : {Names.Runtime}.Building.EntityBuilder<{entity.FullName}>"))
        {
            if (buildable) WriteFields(writer, entity);
            writer.Line($"internal {builder}({context} context, {cursor} rows)");
            using (writer.Block($"    : base(\"{entity.Name}\", rows)"))
            {
                if (buildable) WriteStreams(writer, entity);
            }
            foreach (var member in entity.Members) WriteWith(writer, entity, member, builder, buildable);
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            using (writer.Block($"public override {entity.FullName} BuildAt(long index)"))
            {
                writer.Line("CheckIndex(index);");
                if (buildable) WriteRow(writer, entity);
                else WriteUnbuildable(writer, entity);
            }
            foreach (var member in entity.Members.Where(m => m.Sampler is TextSampler { Denied.Count: > 0 }))
                WriteRedraw(writer, entity, member);
        }
        foreach (var skipped in entity.Skipped) writer.Line($"// {entity.Name}.{skipped.Name} is left at its default: {skipped.Reason}.");
    }

    private static void WriteFields(SourceWriter writer, EntityPlan entity)
    {
        foreach (var member in entity.Members)
        {
            writer.Line($"private static readonly ulong {Names.Static(member.Name, "Name")} = {Names.Runtime}.Randomness.StableHash.Of(\"{entity.Name}.{member.Name}\");");
            foreach (var table in SamplerEmitter.Tables(member)) writer.Line(table);
        }
        writer.Line();
        if (entity.Members.Any(m => m.Sampler is TextSampler)) writer.Line($"private readonly {Names.Runtime}.Text.RealisticText _text;");
        foreach (var member in entity.Members)
        {
            writer.Line($"private readonly ulong {Names.Field(member.Name, "Stream")};");
            if (member.NullRate is null) continue;
            writer.Line($"private readonly ulong {Names.Field(member.Name, "NullStream")};");
            writer.Line($"private readonly double {Names.Field(member.Name, "NullRate")};");
        }
        foreach (var member in entity.Members)
        {
            writer.Line($"private bool {Names.Field(member.Name, "IsFixed")};");
            writer.Line($"private {member.TypeName} {Names.Field(member.Name, "Fixed")}{(member.TypeName == "string" ? " = \"\"" : "")};");
        }
        writer.Line();
    }

    private static void WriteStreams(SourceWriter writer, EntityPlan entity)
    {
        if (entity.Members.Any(m => m.Sampler is TextSampler)) writer.Line("_text = context.Text;");
        foreach (var member in entity.Members)
        {
            writer.Line($"{Names.Field(member.Name, "Stream")} = context.Stream({Names.Static(member.Name, "Name")});");
            if (member.NullRate is not { } rate) continue;
            // The null decision has a stream of its own, so a value never depends on whether its neighbour is null.
            writer.Line($"{Names.Field(member.Name, "NullStream")} = context.Stream({Names.Static(member.Name, "Name")} ^ 0x6E756C6CUL);");
            writer.Line($"{Names.Field(member.Name, "NullRate")} = {(double.IsNaN(rate) ? "context.Options.NullRate" : Literals.Double(rate))};");
        }
    }

    private static void WriteWith(SourceWriter writer, EntityPlan entity, MemberPlan member, string builder, bool buildable)
    {
        writer.Line();
        writer.Line($"/// <summary>Fixes <see cref=\"{entity.FullName}.{member.Name}\"/> in every row this builder makes; the other members are sampled as usual.</summary>");
        writer.Line("/// <param name=\"value\">The value; it must satisfy the member's declared constraints.</param>");
        writer.Line($"/// <exception cref=\"{Names.Runtime}.ConstraintViolationException\"><paramref name=\"value\"/> breaks a declared constraint of {member.Name}.</exception>");
        using (writer.Block($"public {builder} With{member.Name}({member.TypeName} value)"))
        {
            var isNullable = member.TypeName.EndsWith("?");
            foreach (var check in member.Checks)
            {
                var condition = isNullable ? $"value is {{ }} fixedValue && ({check.Violated.Replace("$v", "fixedValue")})" : check.Violated.Replace("$v", "value");
                writer.Line($"if ({condition}) throw Reject(\"{member.Name}\", value, {Quote(check.Constraint)}, {Quote(check.Expectation)});");
            }
            if (buildable)
            {
                writer.Line($"{Names.Field(member.Name, "Fixed")} = value;");
                writer.Line($"{Names.Field(member.Name, "IsFixed")} = true;");
            }
            writer.Line("return this;");
        }
    }

    private static void WriteRow(SourceWriter writer, EntityPlan entity)
    {
        foreach (var member in entity.Members)
        {
            var local = Names.Local(member.Name);
            var fixedValue = $"{Names.Field(member.Name, "IsFixed")} ? {Names.Field(member.Name, "Fixed")}";
            var draw = member.Sampler is TextSampler { Denied.Count: > 0 } text
                ? $"Draw{member.Name}(index{NameArguments(text)})"
                : SamplerEmitter.Expression(member, entity.Name);
            if (SamplerEmitter.Comment(member) is { } comment) writer.Line($"// {member.Name}: {comment}");
            if (member.NullRate is null)
            {
                writer.Line($"{member.TypeName} {local} = {fixedValue} : {draw};");
                continue;
            }
            writer.Line($"{member.TypeName} {local} = {fixedValue}");
            writer.Line($"    : {Names.Sample}.IsNull({Names.Field(member.Name, "NullStream")}, index, {Names.Field(member.Name, "NullRate")}) ? default({member.TypeName})");
            writer.Line($"    : {draw};");
        }
        var arguments = string.Join(", ", entity.ConstructorParameters.Select(Names.Local));
        var initialised = entity.Members.Where(m => !entity.ConstructorParameters.Contains(m.Name)).ToList();
        if (initialised.Count == 0)
        {
            writer.Line($"return new {entity.FullName}({arguments});");
            return;
        }
        var construction = arguments.Length == 0 ? $"return new {entity.FullName}" : $"return new {entity.FullName}({arguments})";
        using (writer.Block(construction, "};"))
        {
            foreach (var member in initialised) writer.Line($"{member.Name} = {Names.Local(member.Name)},");
        }
    }

    private static void WriteUnbuildable(SourceWriter writer, EntityPlan entity)
    {
        var constraints = entity.Problems.SelectMany(p => p.Constraints).Distinct().Select(Quote);
        var detail = string.Join(" ", entity.Problems.Select(p => p.Detail));
        writer.Line($"throw new {Names.Runtime}.ConstraintViolationException(");
        writer.Line($"    \"{entity.Name}\",");
        writer.Line($"    new string[] {{ {string.Join(", ", constraints)} }},");
        writer.Line($"    {Quote(detail)});");
    }

    /// <summary>A text member with denied values: bounded redraw (C7), then a clear exception, never an endless loop.</summary>
    private static void WriteRedraw(SourceWriter writer, EntityPlan entity, MemberPlan member)
    {
        var text = (TextSampler)member.Sampler;
        var stream = Names.Field(member.Name, "Stream");
        var local = Names.Local(member.Name);
        var parameters = string.Concat(new[] { text.FirstNameMember, text.LastNameMember }.Where(n => n is not null).Select(n => $", string? {Names.Local(n!)}"));
        var denied = string.Join(" || ", text.Denied.Select(d => $"{local} == {d}"));
        writer.Line();
        using (writer.Block($"private string Draw{member.Name}(long index{parameters})"))
        {
            writer.Line($"var {local} = {SamplerEmitter.TextExpression(text, stream, "")};");
            using (writer.Block($"for (var attempt = 1; {denied}; attempt++)"))
            {
                writer.Line($"if (attempt == {MaxRedraws}) throw new {Names.Runtime}.ConstraintViolationException(\"{entity.Name}\", new string[] {{ \"[DeniedValues] {member.Name}\" }}, \"{member.Name}: every value drawn in {MaxRedraws} attempts for row \" + index + \" was denied.\");");
                writer.Line($"{local} = {SamplerEmitter.TextExpression(text, stream, ", attempt")};");
            }
            writer.Line($"return {local};");
        }
    }

    private static string NameArguments(TextSampler text)
        => string.Concat(new[] { text.FirstNameMember, text.LastNameMember }.Where(n => n is not null).Select(n => ", " + Names.Local(n!)));

    private static string Quote(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}
