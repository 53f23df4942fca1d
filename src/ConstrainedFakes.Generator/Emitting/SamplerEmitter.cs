using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>Turns a <see cref="SamplerPlan"/> into the C# expression that draws one row's value, plus the static tables it reads.</summary>
internal static class SamplerEmitter
{
    /// <summary>Static tables (choices, weights, exclusions) the expression refers to.</summary>
    public static IEnumerable<string> Tables(MemberPlan member)
    {
        foreach (var table in Tables(member, member.Sampler)) yield return table;
        if (CopulaEmitter.Table(member) is { } marginal) yield return marginal;
        if (member.Shape is { } shape)
        {
            var threshold = shape.Threshold is { } t ? Literals.Long(t) : $"{Names.Sample}.NoThreshold";
            yield return $"private static readonly {Names.Runtime}.Sampling.Shape {ShapeField(member)} = new({Literals.Double(shape.EdgeRate)}, {threshold}, {Literals.Double(shape.ThresholdRate)});";
        }
    }

    /// <summary>The static field holding a member's <c>[EdgeCases]</c>/<c>[Threshold]</c> shape.</summary>
    public static string ShapeField(MemberPlan member) => Names.Static(member.Name, "Shape");

    private static IEnumerable<string> Tables(MemberPlan member, SamplerPlan sampler)
    {
        switch (sampler)
        {
            case UniqueSampler unique:
                foreach (var table in Tables(member, unique.Inner)) yield return table;
                break;
            case ChoiceSampler choice:
                yield return $"private static readonly {ElementType(member)}[] {Names.Static(member.Name, "Choices")} = {{ {string.Join(", ", choice.Values)} }};";
                if (choice.CumulativeWeights.Count > 0)
                    yield return $"private static readonly double[] {Names.Static(member.Name, "CumulativeWeights")} = {{ {string.Join(", ", choice.CumulativeWeights.Select(Literals.Double))} }};";
                break;
            case IntegerSampler { Excluded.Count: > 0 } integer:
                yield return ExcludedTable(member.Name, integer.Excluded);
                break;
            case DecimalSampler { ExcludedUnits.Count: > 0 } number:
                yield return ExcludedTable(member.Name, number.ExcludedUnits);
                break;
        }
    }

    /// <summary>The expression for one row's value of <paramref name="member"/>, given the entity's name and the row's locals.</summary>
    /// <param name="member">The member.</param>
    /// <param name="entityName">The entity's name (string keys carry it).</param>
    /// <param name="stream">The stream key expression: the member's field, or its stream for a retried row.</param>
    public static string Expression(MemberPlan member, string entityName, string stream)
    {
        switch (member.Sampler)
        {
            case GroupSampler group:
                return $"{GroupColumn(group.Group, member.Name)}[{GroupLocal(group.Group)}]";
            case ComputedSampler computed:
                return $"({ElementType(member)})({Planning.Constraints.RowExpression.OverLocals(computed.Expression, computed.Inputs, Names.Local)})";
            case UniqueSampler unique:
                return UniqueExpression(member, unique, stream);
            case IntegerSampler or DecimalSampler or TemporalSampler when member.Marginal is not null:
                var quantile = CopulaEmitter.Quantile(member, stream, "0");
                var shape = member.Shape is null ? "default" : $"in {ShapeField(member)}";
                return FromLattice(member, member.Sampler, (min, max) =>
                    $"{Names.Sample}.Units({quantile}, {CopulaEmitter.Field(member)}, {stream}, index, {Literals.Long(min)}, {Literals.Long(max)}, {shape})");
            case RealSampler real when member.Marginal is not null:
                var value = $"{CopulaEmitter.Field(member)}.Real({CopulaEmitter.Quantile(member, stream, "0")}, {Literals.Double(real.Min)}, {Literals.Double(real.Max)})";
                return real.IsSingle ? $"(float){value}" : value;
            case IntegerSampler or DecimalSampler or TemporalSampler when member.Shape is not null:
                return ShapedExpression(member, stream);
            case KeySampler key:
                return KeyExpression(key.Kind, stream, entityName, ElementType(member));
            case ForeignKeySampler:
                return $"default({member.TypeName})!";
            case IntegerSampler integer:
                var draw = integer.Excluded.Count == 0
                    ? $"{Names.Sample}.Int64({stream}, index, {Literals.Long(integer.Min)}, {Literals.Long(integer.Max)})"
                    : $"{Names.Sample}.Int64Excluding({stream}, index, {Literals.Long(integer.Min)}, {Literals.Long(integer.Max)}, {Names.Static(member.Name, "Excluded")})";
                return ElementType(member) == "long" ? draw : $"({ElementType(member)}){draw}";
            case DecimalSampler number when number.ExcludedUnits.Count == 0:
                return $"{Names.Sample}.Decimal({stream}, index, {Literals.Long(number.MinUnits)}, {Literals.Long(number.MaxUnits)}, {number.Scale})";
            case DecimalSampler number:
                return $"{Names.Sample}.FromUnits({Names.Sample}.Int64Excluding({stream}, index, {Literals.Long(number.MinUnits)}, {Literals.Long(number.MaxUnits)}, {Names.Static(member.Name, "Excluded")}), {number.Scale})";
            case RealSampler { IsSingle: true } real:
                return $"{Names.Sample}.Single({stream}, index, {Literals.Single(real.Min)}, {Literals.Single(real.Max)})";
            case RealSampler real:
                return $"{Names.Sample}.Double({stream}, index, {Literals.Double(real.Min)}, {Literals.Double(real.Max)})";
            case TemporalSampler temporal:
                return TemporalExpression(temporal, stream);
            case BoolSampler boolean:
                return $"{Names.Sample}.Bool({stream}, index, {Literals.Double(boolean.Probability)})";
            case GuidSampler:
                return $"{Names.Sample}.Guid({stream}, index)";
            case ChoiceSampler choice when choice.CumulativeWeights.Count == 0:
                return $"{Names.Sample}.OneOf({stream}, index, {Names.Static(member.Name, "Choices")})";
            case ChoiceSampler:
                return $"{Names.Static(member.Name, "Choices")}[{Names.Sample}.Weighted({stream}, index, {Names.Static(member.Name, "CumulativeWeights")})]";
            case TextSampler text:
                return TextExpression(text, stream, "");
            default:
                throw new InvalidOperationException($"No expression for {member.Sampler.GetType().Name}.");
        }
    }

    /// <summary>Row i's value of a <c>[Unique]</c> member: the i-th of a keyed permutation of the inner sampler's domain.</summary>
    private static string UniqueExpression(MemberPlan member, UniqueSampler unique, string stream)
    {
        switch (unique.Inner)
        {
            case ChoiceSampler:
                return $"{Names.Static(member.Name, "Choices")}[(int){Names.Sample}.UniqueNumber({stream}, index, {unique.Capacity}UL)]";
            case GuidSampler:
                return $"{Names.Sample}.UniqueGuid({stream}, index)";
            case TextSampler text:
                var distinct = $"{Names.Sample}.UniqueNumber({stream}, index, {unique.Capacity}UL)";
                return $"{Names.Runtime}.Text.RealisticText.Numbered({TextExpression(text, stream, "")}, {distinct}, '{unique.Separator}', {MaxLength(text)})";
            default:
                return FromLattice(member, unique.Inner, (min, max) => $"{Names.Sample}.UniqueInt64({stream}, index, {Literals.Long(min)}, {Literals.Long(max)})");
        }
    }

    /// <summary>A member with <c>[EdgeCases]</c> or <c>[Threshold]</c>: drawn on its lattice with extra mass.</summary>
    private static string ShapedExpression(MemberPlan member, string stream)
        => FromLattice(member, member.Sampler, (min, max) => $"{Names.Sample}.Int64({stream}, index, {Literals.Long(min)}, {Literals.Long(max)}, in {ShapeField(member)})");

    /// <summary>The member's value from a point of its lattice (integers, decimal units, days, seconds), drawn by <paramref name="draw"/>(min, max).</summary>
    private static string FromLattice(MemberPlan member, SamplerPlan sampler, Func<long, long, string> draw)
    {
        switch (sampler)
        {
            case IntegerSampler integer:
                return ElementType(member) == "long" ? draw(integer.Min, integer.Max) : $"({ElementType(member)}){draw(integer.Min, integer.Max)}";
            case DecimalSampler number:
                return $"{Names.Sample}.FromUnits({draw(number.MinUnits, number.MaxUnits)}, {number.Scale})";
            case TemporalSampler { Kind: ScalarKind.DateOnly } day:
                return $"global::System.DateOnly.FromDayNumber((int){draw(day.MinUnits, day.MaxUnits)})";
            case TemporalSampler temporal:
                var ticks = $"{draw(temporal.MinUnits, temporal.MaxUnits)} * {Literals.Long(temporal.TicksPerUnit)}";
                return temporal.Kind switch
                {
                    ScalarKind.DateTime => $"new global::System.DateTime({ticks}, global::System.DateTimeKind.Utc)",
                    ScalarKind.DateTimeOffset => $"new global::System.DateTimeOffset({ticks}, global::System.TimeSpan.Zero)",
                    _ => $"new global::System.{temporal.Kind}({ticks})",
                };
            default:
                throw new InvalidOperationException($"{sampler.GetType().Name} has no lattice.");
        }
    }

    private static string MaxLength(TextSampler text) => text.MaxLength == int.MaxValue ? "int.MaxValue" : text.MaxLength.ToString(CultureInfo.InvariantCulture);

    /// <summary>The text call, with <paramref name="extra"/> appended to its arguments (a redraw's attempt number).</summary>
    public static string TextExpression(TextSampler text, string stream, string extra)
    {
        var length = $"{text.MinLength}, {MaxLength(text)}{extra}";
        var fromNames = text.Kind is SemanticKind.Email or SemanticKind.UserName or SemanticKind.FullName;
        if (!fromNames) return $"_text.{text.Kind}({stream}, index, {length})";
        var first = text.FirstNameMember is null ? "null" : Names.Local(text.FirstNameMember);
        var last = text.LastNameMember is null ? "null" : Names.Local(text.LastNameMember);
        return $"_text.{text.Kind}({first}, {last}, {stream}, index, {length})";
    }

    /// <summary>A comment that makes an opaque temporal lattice readable, e.g. <c>2020-01-01T00:00:00 .. 2025-12-31T23:59:59</c>.</summary>
    public static string? Comment(MemberPlan member)
    {
        var range = Comment(member.Sampler);
        if (member.Sampler is not UniqueSampler unique) return range;
        var once = $"each value once (at most {unique.Capacity} rows)";
        return range is null ? once : $"{range}, {once}";
    }

    private static string? Comment(SamplerPlan sampler) => sampler switch
    {
        UniqueSampler unique => Comment(unique.Inner),
        TemporalSampler { Kind: ScalarKind.DateOnly } t => $"{Day(t.MinUnits)} .. {Day(t.MaxUnits)}",
        TemporalSampler { Kind: ScalarKind.DateTime or ScalarKind.DateTimeOffset } t =>
            $"{Instant(t.MinUnits * t.TicksPerUnit)} .. {Instant(t.MaxUnits * t.TicksPerUnit)} UTC",
        TemporalSampler t => $"{Duration(t.MinUnits * t.TicksPerUnit)} .. {Duration(t.MaxUnits * t.TicksPerUnit)}",
        DecimalSampler d => $"{Units(d.MinUnits, d.Scale)} .. {Units(d.MaxUnits, d.Scale)}",
        ForeignKeySampler => "a foreign key, set from the parent row by a data set or a With method of the navigation",
        _ => null,
    };

    /// <summary>Whether the sampler draws from the member's random stream (integer and string keys and group members do not).</summary>
    public static bool UsesStream(SamplerPlan sampler) => sampler is not (KeySampler { Kind: not ScalarKind.Guid } or GroupSampler or ForeignKeySampler);

    /// <summary>The static column of a categorical group: the member's value in each allowed combination.</summary>
    public static string GroupColumn(int group, string member) => Names.Static($"Group{group}{member}", "");

    /// <summary>The row's local holding the index of the combination group <paramref name="group"/> drew.</summary>
    public static string GroupLocal(int group) => $"group{group}";

    /// <summary>The member's type without a trailing <c>?</c>.</summary>
    public static string ElementType(MemberPlan member) => member.TypeName.TrimEnd('?');

    private static string ExcludedTable(string member, EquatableArray<long> excluded)
        => $"private static readonly long[] {Names.Static(member, "Excluded")} = {{ {string.Join(", ", excluded.Select(Literals.Long))} }};";

    private static string KeyExpression(ScalarKind kind, string stream, string entityName, string type) => kind switch
    {
        ScalarKind.Int64 => "index + 1",
        ScalarKind.Guid => $"{Names.Sample}.Guid({stream}, index)",
        ScalarKind.String => $"\"{entityName}-\" + (index + 1).ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
        _ => $"checked(({type})(index + 1))",
    };

    private static string TemporalExpression(TemporalSampler t, string stream)
    {
        var unit = t.TicksPerUnit == TimeSpan.TicksPerSecond ? "global::System.TimeSpan.TicksPerSecond" : "1L";
        return t.Kind switch
        {
            ScalarKind.DateOnly => $"{Names.Sample}.DateOnly({stream}, index, {t.MinUnits}, {t.MaxUnits})",
            ScalarKind.DateTime => $"{Names.Sample}.UtcDateTime({stream}, index, {Literals.Long(t.MinUnits)}, {Literals.Long(t.MaxUnits)}, {unit})",
            _ => $"{Names.Sample}.{t.Kind}({stream}, index, {Literals.Long(t.MinUnits)}, {Literals.Long(t.MaxUnits)}, {unit})",
        };
    }

    private static string Units(long units, int scale)
        => (units / BoundReader.Scale(1m, scale)).ToString("F" + scale, CultureInfo.InvariantCulture);

    private static string Day(long dayNumber) => new DateTime(dayNumber * TimeSpan.TicksPerDay).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(long ticks) => new DateTime(ticks).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static string Duration(long ticks) => TimeSpan.FromTicks(ticks).ToString("c", CultureInfo.InvariantCulture);
}
