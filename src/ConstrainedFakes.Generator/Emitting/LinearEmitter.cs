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
        if (linear.Branches.Count == 1) return;
        writer.Line($"private readonly ulong {BranchStream};");
        // Every branch is feasible for the declared bounds; fixed values may rule some out.
        writer.Line($"private int {Branches} = {AllBranches(linear)};");
        if (linear.NullMasks.Count > 0)
            writer.Line($"private static readonly int[] {NullMasks} = {{ {string.Join(", ", linear.NullMasks.Select(Literals.Int))} }};");
    }

    public static void WriteStreams(SourceWriter writer, EntityPlan entity)
    {
        if (entity.Linear is { Branches.Count: > 1 } linear)
            writer.Line($"{BranchStream} = context.Stream(0x{linear.BranchStreamKey:X16}UL); // {entity.Name}.<branch>");
    }

    /// <summary>
    /// The row's branch (choice of the disjunctions' cases), before any constrained member is drawn: one of those
    /// its categorical values admit and the fixed values leave feasible, equally likely.
    /// </summary>
    public static void WriteBranch(SourceWriter writer, EntityPlan entity)
    {
        if (entity.Linear is not { Branches.Count: > 1 } linear) return;
        var guards = entity.Groups.Select((g, i) => (Group: g, Index: i)).FirstOrDefault(x => x.Group.BranchMasks.Count > 0);
        var admitted = guards.Group is null ? Branches : $"{GroupEmitter.Masks(guards.Index)}[{SamplerEmitter.GroupLocal(guards.Index)}] & {Branches}";
        if (linear.NullableMembers.Count > 0)
        {
            // Nulls first: a constraint on a null member holds, so the branch follows them. A row whose nulls admit
            // no feasible branch is drawn again, nulls included.
            var bits = new List<string>();
            for (var i = 0; i < linear.NullableMembers.Count; i++)
            {
                var member = linear.NullableMembers[i];
                var draw = $"{Names.Sample}.IsNull({Names.Runtime}.Randomness.CounterRng.Attempt({Names.Field(member, "NullStream")}, attempt), index, {Names.Field(member, "NullRate")})";
                writer.Line($"bool {IsNull(member)} = {Names.Field(member, "IsFixed")} ? {Names.Field(member, "Fixed")} is null : {draw};");
                bits.Add($"({IsNull(member)} ? {Literals.Int(1 << i)} : 0)");
            }
            writer.Line($"int admitted = {NullMasks}[{string.Join(" | ", bits)}] & {admitted};");
            writer.Line("if (admitted == 0) return false;");
            admitted = "admitted";
        }
        writer.Line($"// one of {linear.Branches.Count} cases of {string.Join(", ", linear.Disjunctions)}");
        writer.Line($"int {Branch} = {Names.Sample}.Branch({BranchStream}, index, attempt, {admitted});");
    }

    /// <summary>Frees a fixed member: its own bounds become the declared ones again.</summary>
    public static void WriteRelease(SourceWriter writer, LinearVariable variable)
    {
        writer.Line($"{Minimum(variable.Member)} = {Literals.Long(variable.Minimum)};");
        writer.Line($"{Maximum(variable.Member)} = {Literals.Long(variable.Maximum)};");
    }

    /// <summary>
    /// In a With method: the member's own bounds become the fixed value, in units; a fixed null restores the
    /// declared bounds (no constraint reads a null member).
    /// </summary>
    public static void WriteFix(SourceWriter writer, LinearVariable variable, string member, bool isNullable)
    {
        if (!isNullable)
        {
            WriteFixedUnits(writer, variable, member, "value");
            return;
        }
        using (writer.Block("if (value is { } given)")) WriteFixedUnits(writer, variable, member, "given");
        using (writer.Block("else"))
        {
            writer.Line($"{Minimum(variable.Member)} = {Literals.Long(variable.Minimum)};");
            writer.Line($"{Maximum(variable.Member)} = {Literals.Long(variable.Maximum)};");
        }
    }

    /// <summary>Whether fixing the member needs <see cref="WriteScaleCheck"/>: constraints are solved in units of a decimal's last place, and a finer value has no unit.</summary>
    public static bool ChecksScale(LinearVariable variable) => variable.Kind == ScalarKind.Decimal;

    /// <summary>Refuses a fixed decimal finer than the member's scale.</summary>
    public static void WriteScaleCheck(SourceWriter writer, LinearVariable variable, string member, string value)
        => writer.Line($"if (decimal.Round({value}, {variable.Scale}) != {value}) throw Reject(\"{member}\", value, \"cross-member constraints\", \"a value with at most {variable.Scale} digits after the point\");");

    private static void WriteFixedUnits(SourceWriter writer, LinearVariable variable, string member, string value)
    {
        writer.Line($"{Minimum(variable.Member)} = {Maximum(variable.Member)} = {ToUnits(variable, value)};");
    }

    public static void WriteMember(SourceWriter writer, LinearPlan linear, MemberPlan member, LinearVariable variable, string stream)
    {
        var local = Names.Local(member.Name);
        var units = Units(member.Name);
        var k = linear.Variables.ToList().IndexOf(variable);
        writer.Line($"long {local}Low = {ByBranch(linear, b => Combine("Max", b.Bounds[k].Lower, ceiling: true))};");
        writer.Line($"long {local}High = {ByBranch(linear, b => Combine("Min", b.Bounds[k].Upper, ceiling: false))};");
        // A null member is bound by nothing: its units stay at its minimum, which no bound of this branch reads.
        var isNull = linear.NullableMembers.Contains(member.Name) ? IsNull(member.Name) : null;
        writer.Line($"if ({(isNull is null ? "" : $"!{isNull} && ")}{local}Low > {local}High) return false;");
        writer.Line($"long {units} = {Minimum(member.Name)};");
        var shape = member.Shape is null ? "" : $"in {SamplerEmitter.ShapeField(member)}, ";
        var anyUnit = variable.AnyUnit ? "true" : "false";
        var draw = member.Marginal is null
            ? $"{Names.Sample}.TryUnits({stream}, index, attempt, {local}Low, {local}High, {Literals.Long(variable.Step)}, {anyUnit}, {shape}out {units})"
            : $"{Names.Sample}.TryUnits({CopulaEmitter.Quantile(member, stream, "attempt")}, {CopulaEmitter.Field(member)}, {stream}, index, attempt, {local}Low, {local}High, {Literals.Long(variable.Step)}, {anyUnit}, {(member.Shape is null ? "default" : $"in {SamplerEmitter.ShapeField(member)}")}, out {units})";
        writer.Line($"if (!{Names.Field(member.Name, "IsFixed")} && {(isNull is null ? "" : $"!{isNull} && ")}!{draw}) return false;");
        var drawn = isNull is null ? FromUnits(variable, units, member.TypeName) : $"{isNull} ? default({member.TypeName}) : {FromUnits(variable, units, member.TypeName)}";
        writer.Line($"{member.TypeName} {local} = {Names.Field(member.Name, "IsFixed")} ? {Names.Field(member.Name, "Fixed")} : {drawn};");
    }

    /// <summary>In CheckFixedValues: the conditions on the members' own bounds, which fixed values may break.</summary>
    public static void WriteConditions(SourceWriter writer, LinearPlan linear)
    {
        foreach (var condition in linear.Conditions)
        {
            // The values involved: the members whose bounds the condition reads.
            writer.Line($"if ({Sum(condition.Expression)} < 0)");
            writer.Line("    " + Conflict(Strings(condition.Sources), Values(condition.Expression.Terms.Select(t => t.Member))));
        }
        if (linear.Branches.Count == 1) return;
        // A branch whose own conditions fail is ruled out; none left means the fixed values have no solution.
        var unconditional = linear.Branches.Select((b, i) => b.Conditions.Count == 0 ? 1 << i : 0).Aggregate(0, (mask, bit) => mask | bit);
        writer.Line($"{Branches} = {Literals.Int(unconditional)};");
        for (var b = 0; b < linear.Branches.Count; b++)
        {
            if (linear.Branches[b].Conditions.Count == 0) continue;
            writer.Line($"if ({string.Join(" && ", linear.Branches[b].Conditions.Select(c => $"{Sum(c.Expression)} >= 0"))}) {Branches} |= {Literals.Int(1 << b)};");
        }
        if (linear.NullMasks.Count > 0)
        {
            // Only the branches that the fixed nulls (and non-nulls) admit.
            var agrees = string.Join(" && ", linear.NullableMembers.Select((m, i) =>
                $"(!{Names.Field(m, "IsFixed")} || ({Names.Field(m, "Fixed")} is null) == ((pattern & {Literals.Int(1 << i)}) != 0))"));
            writer.Line("var nullsAdmit = 0;");
            writer.Line($"for (var pattern = 0; pattern < {NullMasks}.Length; pattern++) if ({agrees}) nullsAdmit |= {NullMasks}[pattern];");
            writer.Line($"{Branches} &= nullsAdmit;");
        }
        var sources = linear.Branches.SelectMany(b => b.Conditions).SelectMany(c => c.Sources).Concat(linear.Disjunctions).Distinct();
        var members = linear.Branches.SelectMany(b => b.Conditions).SelectMany(c => c.Expression.Terms).Select(t => t.Member).Concat(linear.Variables.Select(v => v.Member));
        writer.Line($"if ({Branches} == 0) {Conflict(Strings(sources), Values(members))}");
    }

    /// <summary>
    /// The statement in CheckFixedValues that ends it on a conflict: it throws the exception that names the
    /// constraints and values when <c>throwing</c>, else returns false (a data set then leaves an optional parent out).
    /// </summary>
    public static string Conflict(string constraints, string values)
        => $"return throwing ? throw Unsatisfiable({constraints}, {values}) : false;";

    /// <summary>The fixed values a message names: (is fixed, name, value) for each member.</summary>
    public static string Values(IEnumerable<string> members)
        => string.Join(", ", members.Distinct().Select(m => $"({Names.Field(m, "IsFixed")}, \"{m}\", {Names.Field(m, "Fixed")})"));

    /// <summary>
    /// The expression for the row's branch: a switch over the branches, those that share an expression in one
    /// arm and the most common one last; the expression itself when every branch has the same.
    /// </summary>
    private static string ByBranch(LinearPlan linear, System.Func<LinearBranch, string> expression)
    {
        var arms = linear.Branches.Select((b, i) => (Expression: expression(b), Index: i))
            .GroupBy(x => x.Expression)
            .Select(g => (Expression: g.Key, Indices: g.Select(x => x.Index).ToList()))
            .OrderBy(g => -g.Indices.Count).ThenBy(g => g.Indices[0])
            .ToList();
        if (arms.Count == 1) return arms[0].Expression;
        var cases = arms.Skip(1).OrderBy(a => a.Indices[0])
            .Select(a => $"{string.Join(" or ", a.Indices.Select(Literals.Int))} => {a.Expression}")
            .Append($"_ => {arms[0].Expression}");
        return $"{Branch} switch {{ {string.Join(", ", cases)} }}";
    }

    private static string AllBranches(LinearPlan linear) => Literals.Int((1 << linear.Branches.Count) - 1);

    private const string Branch = "branch";

    /// <summary>The builder's field holding the branches the fixed values leave feasible, one bit each.</summary>
    public const string Branches = "_branches";

    private const string BranchStream = "_branchStream";

    private const string NullMasks = "s_nullMasks";

    private static string IsNull(string member) => Names.Local(member).TrimStart('@') + "IsNull";

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
        ScalarKind.DateTime or ScalarKind.TimeOnly or ScalarKind.TimeSpan or ScalarKind.DateTimeOffset or ScalarKind.DateOnly => TicksOf(variable.Kind, expression),
        _ => expression,
    };

    /// <summary>A time value in ticks (a DateOnly's day number in days' ticks), the units' common measure.</summary>
    public static string TicksOf(ScalarKind kind, string value) => kind switch
    {
        ScalarKind.DateOnly => $"{value}.DayNumber * global::System.TimeSpan.TicksPerDay",
        ScalarKind.DateTimeOffset => $"{value}.UtcTicks",
        _ => $"{value}.Ticks",
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
