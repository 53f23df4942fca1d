using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>Writes one <c>{Entity}Builder</c>: stream keys, fixed values, and a straight-line <c>BuildAt</c>.</summary>
internal static class BuilderEmitter
{
    /// <summary>How often a text value is redrawn past denied values before the row is declared impossible.</summary>
    private const int MaxRedraws = 32;

    /// <summary>Writes the builder; <paramref name="keyType"/> is the type of its generated key, for <c>KeyAt</c>, or null when it has none.</summary>
    public static void Emit(SourceWriter writer, EntityPlan entity, string context, string cursor, string? keyType)
    {
        var builder = entity.Name + "Builder";
        var cref = Names.Cref(entity.FullName);
        foreach (var skipped in entity.Skipped) writer.Line($"// {entity.Name}.{skipped.Name} is not generated: {skipped.Reason}.");
        foreach (var note in entity.Notes) writer.Line($"// {entity.Name}: {note}");
        if (entity.Problems.Count == 0)
            writer.Line($"/// <summary>Builds <see cref=\"{cref}\"/> rows that satisfy every declared constraint; row i depends only on the seed and i.</summary>");
        else
            writer.Line($"/// <summary>Cannot build <see cref=\"{cref}\"/>: <c>BuildAt</c> throws a ConstraintViolationException that says why.</summary>");
        writer.Line(Names.GeneratedCode);
        using (writer.Block($"{FakerEmitter.Accessibility(entity)} sealed class {builder} : {Names.Runtime}.Building.EntityBuilder<{entity.FullName}>"))
        {
            if (entity.Problems.Count == 0) WriteBuildable(writer, entity, builder, context, cursor);
            else WriteUnbuildable(writer, entity, builder, context, cursor);
            if (keyType is not null) WriteKeyAt(writer, entity, keyType);
            else if (CompositeKey(entity) is { } parts) WriteCompositeKeyAt(writer, entity, parts);
        }
    }

    private static void WriteBuildable(SourceWriter writer, EntityPlan entity, string builder, string context, string cursor)
    {
        foreach (var table in entity.Members.SelectMany(SamplerEmitter.Tables)) writer.Line(table);
        GroupEmitter.WriteTables(writer, entity);
        if (entity.Members.Any(m => SamplerEmitter.Tables(m).Any()) || entity.Groups.Count > 0) writer.Line();
        if (entity.Members.Any(UsesText)) writer.Line($"private readonly {Names.Runtime}.Text.RealisticText _text;");
        foreach (var member in entity.Members)
        {
            if (SamplerEmitter.UsesStream(member.Sampler)) writer.Line($"private readonly ulong {Names.Field(member.Name, "Stream")};");
            if (member.NullRate is null) continue;
            writer.Line($"private readonly ulong {Names.Field(member.Name, "NullStream")};");
            writer.Line($"private readonly double {Names.Field(member.Name, "NullRate")};");
        }
        OwnedEmitter.WriteFields(writer, entity);
        OwnedCollectionEmitter.WriteFields(writer, entity);
        foreach (var member in entity.Members)
        {
            writer.Line($"private bool {Names.Field(member.Name, "IsFixed")};");
            writer.Line($"private {member.TypeName} {Names.Field(member.Name, "Fixed")}{(member.TypeName == "string" ? " = \"\"" : "")};");
        }
        foreach (var navigation in entity.Navigations) writer.Line($"private {navigation.TypeName}? {Names.Field(navigation.Name, "Fixed")};");
        if (entity.Linear is { } linear) LinearEmitter.WriteFields(writer, linear);
        GroupEmitter.WriteFields(writer, entity);
        CopulaEmitter.WriteFields(writer, entity);
        if (ChecksFixedValues(entity)) writer.Line("private bool _fixedValuesChecked = true;");
        writer.Line();

        writer.Line($"internal {builder}({context} context, {cursor} rows)");
        using (writer.Block($"    : base(\"{entity.Name}\", rows)"))
        {
            if (entity.Members.Any(UsesText)) writer.Line("_text = context.Text;");
            GroupEmitter.WriteStreams(writer, entity);
            LinearEmitter.WriteStreams(writer, entity);
            foreach (var member in entity.Members)
            {
                if (SamplerEmitter.UsesStream(member.Sampler))
                    writer.Line($"{Names.Field(member.Name, "Stream")} = context.Stream({StreamKey(member.StreamKey)}); // {entity.Name}.{member.Name}");
                if (member.NullRate is not { } rate) continue;
                // The null decision has a stream of its own, so a value never depends on whether it is null.
                writer.Line($"{Names.Field(member.Name, "NullStream")} = context.Stream({StreamKey(member.StreamKey ^ NullStreamSalt)}); // {entity.Name}.{member.Name} is null");
                writer.Line($"{Names.Field(member.Name, "NullRate")} = {(double.IsNaN(rate) ? "context.Options.NullRate" : Literals.Double(rate))};");
            }
            OwnedEmitter.WriteStreams(writer, entity);
            OwnedCollectionEmitter.WriteStreams(writer, entity, cursor);
        }

        WriteCapacity(writer, entity);
        foreach (var member in entity.Members) WriteWith(writer, entity, member, builder);
        foreach (var navigation in entity.Navigations) WriteWithNavigation(writer, entity, navigation, builder);
        OwnedCollectionEmitter.WriteWith(writer, entity, builder);
        if (entity.Navigations.Any(n => TriesParents(entity, n)))
        {
            writer.Line();
            writer.Line("/// <summary>Whether the rows have a solution given the parents they are conditioned on (a data set leaves an optional one out when not).</summary>");
            writer.Line("internal bool HasSolution() => _fixedValuesChecked || CheckFixedValues(throwing: false);");
        }
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        using (writer.Block($"public override {entity.FullName} BuildAt(long index)"))
        {
            writer.Line("CheckIndex(index);");
            if (ChecksFixedValues(entity)) writer.Line("if (!_fixedValuesChecked) CheckFixedValues(throwing: true);");
            if (entity.Retries) WriteRetries(writer, entity);
            else WriteRow(writer, entity);
        }
        if (entity.Retries)
        {
            writer.Line();
            using (writer.Block($"private bool TryBuildAt(long index, int attempt, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {entity.FullName}? entity)"))
            {
                writer.Line("entity = null;");
                WriteRow(writer, entity);
            }
        }
        if (ChecksFixedValues(entity)) WriteCheckFixedValues(writer, entity);
        foreach (var member in entity.Members.Where(m => m.Sampler is TextSampler { Denied.Count: > 0 }))
            WriteRedraw(writer, entity, member);
        OwnedCollectionEmitter.WriteMethods(writer, entity);
    }

    /// <summary>The smallest domain among the [Unique] members, which bounds the row index.</summary>
    private static void WriteCapacity(SourceWriter writer, EntityPlan entity)
    {
        var smallest = entity.Members
            .Select(m => (Member: m, Unique: m.Sampler as UniqueSampler))
            .Where(x => x.Unique is not null && x.Unique.Capacity < long.MaxValue)
            .OrderBy(x => x.Unique!.Capacity)
            .FirstOrDefault();
        if (smallest.Unique is null) return;
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override long Capacity => {smallest.Unique.Capacity}L;");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"protected override string CapacityConstraint => {Quote($"[Unique] {smallest.Member.Name}")};");
    }

    /// <summary>How often a row is redrawn when a computed member left its range, or lattice rounding left a member no value.</summary>
    private const int MaxAttempts = 32;

    private static void WriteRetries(SourceWriter writer, EntityPlan entity)
    {
        using (writer.Block($"for (var attempt = 0; attempt < {MaxAttempts}; attempt++)"))
        {
            writer.Line("if (TryBuildAt(index, attempt, out var entity)) return entity;");
        }
        var sources = (entity.Linear?.Sources ?? EquatableArray<string>.Empty)
            .Concat(entity.Opaque.Select(o => o.Source))
            .Concat(entity.Members.Where(m => m.Sampler is ComputedSampler).SelectMany(m => m.Checks.Select(c => $"{c.Constraint} {m.Name}")));
        writer.Line($"throw NoRow(index, {MaxAttempts}, {LinearEmitter.Strings(sources)});");
    }

    /// <summary>Whether fixed values can leave no solution, to be found once per change of them rather than per row.</summary>
    private static bool ChecksFixedValues(EntityPlan entity) => entity.Linear is not null || entity.Groups.Count > 0 || entity.Copula is not null;

    private static void WriteCheckFixedValues(SourceWriter writer, EntityPlan entity)
    {
        writer.Line();
        using (writer.Block("private bool CheckFixedValues(bool throwing)"))
        {
            if (entity.Linear is { } linear) LinearEmitter.WriteConditions(writer, linear);
            GroupEmitter.WriteFilters(writer, entity);
            CopulaEmitter.WriteConditioning(writer, entity);
            writer.Line("_fixedValuesChecked = true;");
            writer.Line("return true;");
        }
    }

    private static bool UsesText(MemberPlan member) => member.Sampler is TextSampler or UniqueSampler { Inner: TextSampler };

    /// <summary>Salt that separates a member's null stream from its value stream ("null" in ASCII).</summary>
    private const ulong NullStreamSalt = 0x6E756C6CUL;

    private static string StreamKey(ulong key) => $"0x{key:X16}UL";

    private static void WriteWith(SourceWriter writer, EntityPlan entity, MemberPlan member, string builder)
    {
        writer.Line();
        if (member.IsOwn)
        {
            var fixes = member.OwnedPath is { } path
                ? $"<c>{path}</c> of the owned <see cref=\"{Names.Cref(entity.FullName)}.{Names.Identifier(path.Substring(0, path.IndexOf('.')))}\"/>"
                : $"<see cref=\"{Names.Cref(entity.FullName)}.{Names.Identifier(member.Name)}\"/>";
            writer.Line($"/// <summary>Fixes {fixes} in every row this builder makes; the other members are sampled as usual.</summary>");
            writer.Line("/// <param name=\"value\">The value; it must satisfy the member's declared constraints.</param>");
            if (member.Checks.Count > 0)
                writer.Line($"/// <exception cref=\"{Names.Violation}\"><paramref name=\"value\"/> breaks a declared constraint of {member.Name}.</exception>");
        }
        else
        {
            writer.Line($"// {Planning.Relationships.ParentPaths.Written(member.ParentNavigation!, member.ParentPath!, member.HeldPath)} is the parent's value, fixed by With{member.ParentNavigation} or a data set; the constraints through it condition this row.");
        }
        using (writer.Block($"{(member.IsOwn ? "public" : "private")} {builder} With{member.Name}({member.TypeName} value)"))
        {
            var isNullable = member.TypeName.EndsWith("?");
            var variable = LinearEmitter.Variable(entity, member.Name);
            var checksScale = variable is not null && LinearEmitter.ChecksScale(variable);
            // A null value breaks no constraint; the value is unwrapped once, since a pattern variable per check would clash in this scope.
            // Every check comes before the first assignment, so a refused value leaves the builder as it was.
            using (isNullable && (member.Checks.Count > 0 || checksScale) ? writer.Block("if (value is { } fixedValue)") : null)
            {
                foreach (var check in member.Checks)
                {
                    var condition = check.Violated.Replace("$v", isNullable ? "fixedValue" : "value");
                    writer.Line($"if ({condition}) throw Reject(\"{member.Name}\", value, {Quote(check.Constraint)}, {Quote(check.Expectation)});");
                }
                if (checksScale) LinearEmitter.WriteScaleCheck(writer, variable!, member.Name, isNullable ? "fixedValue" : "value");
            }
            writer.Line($"{Names.Field(member.Name, "Fixed")} = value;");
            writer.Line($"{Names.Field(member.Name, "IsFixed")} = true;");
            if (variable is not null) LinearEmitter.WriteFix(writer, variable, member.Name, isNullable);
            if (variable is not null || GroupEmitter.IsGroupMember(entity, member.Name) || CopulaEmitter.IsCopulaMember(entity, member.Name))
                writer.Line("_fixedValuesChecked = false;");
            writer.Line("return this;");
        }
    }

    private static void WriteRow(SourceWriter writer, EntityPlan entity)
    {
        // A row whose nulls admit no branch is drawn again: its categories then change with it.
        GroupEmitter.WriteDraws(writer, entity, entity.RedrawsInputs || entity.Linear?.NullableMembers.Count > 0);
        LinearEmitter.WriteBranch(writer, entity);
        CopulaEmitter.WriteRow(writer, entity, entity.Retries);
        var byName = entity.Members.ToDictionary(m => m.Name);
        foreach (var member in entity.SamplingOrder.Select(n => byName[n]))
        {
            // A computed member that left its bounds is redrawn by drawing its inputs afresh; unique members
            // keep their one stream, since another permutation would break uniqueness across rows.
            var stream = entity.RedrawsInputs && SamplerEmitter.UsesStream(member.Sampler) && member.Sampler is not UniqueSampler
                ? $"{Names.Runtime}.Randomness.CounterRng.Attempt({Names.Field(member.Name, "Stream")}, attempt)"
                : Names.Field(member.Name, "Stream");
            if (LinearEmitter.Variable(entity, member.Name) is { } variable)
            {
                writer.Line($"// {member.Name}: bounded by {string.Join(", ", entity.Linear!.Sources.Where(s => s.Contains(member.Name)))}");
                LinearEmitter.WriteMember(writer, entity.Linear!, member, variable, Names.Field(member.Name, "Stream"));
                continue;
            }
            if (member.Sampler is FactorSampler factor)
            {
                FactorEmitter.WriteFactor(writer, member, factor, stream);
                continue;
            }
            var local = Names.Local(member.Name);
            var fixedValue = $"{Names.Field(member.Name, "IsFixed")} ? {Names.Field(member.Name, "Fixed")}";
            var draw = member.Sampler is TextSampler { Denied.Count: > 0 } text
                ? $"Draw{member.Name}(index{NameArguments(text)})"
                : SamplerEmitter.Expression(member, entity.Name, stream);
            if (SamplerEmitter.Comment(member) is { } comment) writer.Line($"// {member.Name}: {comment}");
            if (member.NullRate is null)
            {
                writer.Line($"{member.TypeName} {local} = {fixedValue} : {draw};");
                // A computed value that leaves its own bounds rejects the draw (C7): the row is drawn again.
                if (member.Sampler is ComputedSampler)
                    foreach (var check in member.Checks) writer.Line($"if ({check.Violated.Replace("$v", local)}) return false;");
                continue;
            }
            writer.Line($"{member.TypeName} {local} = {fixedValue}");
            writer.Line($"    : {Names.Sample}.IsNull({Names.Field(member.Name, "NullStream")}, index, {Names.Field(member.Name, "NullRate")}) ? default({member.TypeName})");
            writer.Line($"    : {draw};");
        }
        var names = entity.Members.Select(m => m.Name).ToList();
        foreach (var invariant in entity.Opaque)
        {
            writer.Line($"// {invariant.Source}: checked on the row, which is drawn again if it does not hold");
            writer.Line($"if (!({Planning.Constraints.RowExpression.OverLocals(invariant.Expression, names, Names.Local)})) return false;");
        }
        // BuildAt returns the entity; TryBuildAt (cross-member constraints) hands it out and reports success.
        // A fixed navigation is set after construction, so an entity's own initial value stays when none is fixed.
        var setsAfterCreation = entity.Navigations.Count > 0 || OwnedCollectionEmitter.AddsAfterCreation(entity);
        var target = entity.Retries ? "entity =" : setsAfterCreation ? "var entity =" : "return";
        var arguments = string.Join(", ", entity.ConstructorParameters.Select(Names.Local));
        var initialised = entity.Members.Where(m => m.IsInitialized && !entity.ConstructorParameters.Contains(m.Name)).ToList();
        if (initialised.Count == 0 && entity.Owned.Count == 0 && entity.RequiredNavigations.Count == 0 && entity.OwnedCollections.Count == 0)
        {
            writer.Line($"{target} new {entity.FullName}({arguments});");
        }
        else
        {
            var construction = arguments.Length == 0 ? $"{target} new {entity.FullName}" : $"{target} new {entity.FullName}({arguments})";
            using (writer.Block(construction, "};"))
            {
                foreach (var member in initialised) writer.Line($"{Names.Identifier(member.Name)} = {Names.Local(member.Name)},");
                OwnedEmitter.WriteInitializers(writer, entity);
                OwnedCollectionEmitter.WriteInitializers(writer, entity);
                foreach (var navigation in entity.RequiredNavigations) writer.Line($"{Names.Identifier(navigation.Member)} = {navigation.Value},");
            }
        }
        OwnedCollectionEmitter.WriteAdds(writer, entity);
        foreach (var navigation in entity.Navigations)
            writer.Line($"if ({Names.Field(navigation.Name, "Fixed")} is not null) entity.{Names.Identifier(navigation.Name)} = {Names.Field(navigation.Name, "Fixed")};");
        if (entity.Retries) writer.Line("return true;");
        else if (setsAfterCreation) writer.Line("return entity;");
    }

    /// <summary>With{Navigation}: fixes the parent object and copies its key into the foreign key.</summary>
    private static void WriteWithNavigation(SourceWriter writer, EntityPlan entity, NavigationPlan navigation, string builder)
    {
        var cref = Names.Cref(entity.FullName);
        writer.Line();
        var foreignKey = navigation.ForeignKey.Count == 0 ? ""
            : $" and {string.Join(", ", navigation.ForeignKey.Select(k => $"<see cref=\"{cref}.{Names.Identifier(k.Member)}\"/>"))} to its key";
        writer.Line($"/// <summary>Sets <see cref=\"{cref}.{Names.Identifier(navigation.Name)}\"/> to <paramref name=\"value\"/>{foreignKey} in every row this builder makes.</summary>");
        writer.Line("/// <param name=\"value\">The parent entity.</param>");
        var holders = Holders(entity, navigation.Name);
        using (writer.Block($"public {builder} With{navigation.Name}({navigation.TypeName} value)"))
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
            writer.Line($"{Names.Field(navigation.Name, "Fixed")} = value;");
            foreach (var (holder, _) in holders) writer.Line($"{ConditionOn(holder)}({Reach(holder, "value")});");
            var sets = navigation.ForeignKey.Select(k => $"With{k.Member}(value.{Names.Identifier(k.ParentMember)})").ToList();
            foreach (var set in sets.Take(sets.Count - 1)) writer.Line(set + ";");
            writer.Line(sets.Count == 0 ? "return this;" : $"return {sets[sets.Count - 1]};");
        }
        foreach (var (holder, type) in holders) WriteConditionOn(writer, entity, holder, type);
    }

    /// <summary>
    /// ConditionOn{Holder}: a data set conditions each row on the parent (or the parent's parent) that holds members its
    /// constraints read, without setting the navigation; none (an optional link left empty) frees them again.
    /// </summary>
    private static void WriteConditionOn(SourceWriter writer, EntityPlan entity, string holder, string type)
    {
        var members = entity.Members.Where(m => m.Holder == holder).ToList();
        writer.Line();
        writer.Line($"/// <summary>Conditions the rows on <paramref name=\"parent\"/>'s members that the constraints read ({string.Join(", ", members.Select(m => m.Name))}), or frees them when it is null.</summary>");
        writer.Line("/// <param name=\"parent\">The parent, or null for none.</param>");
        using (writer.Block($"internal void {ConditionOn(holder)}({type}? parent)"))
        {
            using (writer.Block("if (parent is null)"))
            {
                foreach (var member in members)
                {
                    writer.Line($"{Names.Field(member.Name, "IsFixed")} = false;");
                    if (LinearEmitter.Variable(entity, member.Name) is { } variable) LinearEmitter.WriteRelease(writer, variable);
                }
                if (members.Any(m => LinearEmitter.Variable(entity, m.Name) is not null || GroupEmitter.IsGroupMember(entity, m.Name))) writer.Line("_fixedValuesChecked = false;");
                writer.Line("return;");
            }
            foreach (var member in members) writer.Line($"With{member.Name}({ReadOn(member, "parent")});");
        }
    }

    /// <summary>A parent's member read on its holder object: <c>parent.Limits.Max</c>, or <c>parent.Address?.Since</c> when the value may be null.</summary>
    private static string ReadOn(MemberPlan member, string holder)
    {
        var path = member.HeldPath ?? member.HeldMember!;
        return $"{holder}.{string.Join(member.TypeName.EndsWith("?") ? "?." : ".", path.Split('.').Select(Names.Identifier))}";
    }

    /// <summary>
    /// The entities through <paramref name="navigation"/> that hold members the constraints read, each with its type:
    /// the parent itself (<c>Policy</c>), or one further on (<c>Policy.Holder</c>), in the order of their members. None
    /// for an entity with problems: its builder has no <c>ConditionOn</c> methods, since its rows throw before reading a parent.
    /// </summary>
    public static IReadOnlyList<(string Holder, string Type)> Holders(EntityPlan entity, string navigation)
        => entity.Problems.Count > 0 ? []
            : entity.Members.Where(m => m.ParentNavigation == navigation).Select(m => (m.Holder!, m.ParentType!)).Distinct().ToList();

    /// <summary>The builder's method that conditions the rows on one holder of parent members: <c>ConditionOnPolicy_Holder</c>.</summary>
    public static string ConditionOn(string holder) => "ConditionOn" + Planning.Relationships.ParentPaths.Local(holder);

    /// <summary>The holder reached from the first parent, <paramref name="parent"/>: <c>parent.Holder?.Region</c>.</summary>
    private static string Reach(string holder, string parent)
    {
        var further = holder.Split('.').Skip(1).Select(Names.Identifier).ToList();
        return further.Count == 0 ? parent : $"{parent}.{string.Join("?.", further)}";
    }

    /// <summary>
    /// Whether a data set asks the builder if a picked parent leaves the row a solution (<c>HasSolution</c>), to leave
    /// an optional link empty when it does not: a parent of the same table, narrowed for its children as they are, can
    /// sit where a strict rule leaves its own child nothing.
    /// </summary>
    public static bool TriesParents(EntityPlan entity, NavigationPlan navigation)
        => navigation.IsOptional && ChecksFixedValues(entity) && Holders(entity, navigation.Name).Count > 0;

    /// <summary>KeyAt: row i's key without building the row, so a streamed child can point at a parent no longer held.</summary>
    private static void WriteKeyAt(SourceWriter writer, EntityPlan entity, string keyType)
    {
        writer.Line();
        writer.Line("/// <summary>The key of row <paramref name=\"index\"/>, as <see cref=\"BuildAt\"/> gives it (a value a <c>With</c> method fixes included), without building the row.</summary>");
        writer.Line("/// <param name=\"index\">The row index, 0 or more.</param>");
        var key = entity.Problems.Count == 0 ? entity.Members.FirstOrDefault(m => m.Sampler is KeySampler) : null;
        writer.Line(key is null
            ? $"public {keyType} KeyAt(long index) => throw Unbuildable(index);"
            : $"public {keyType} KeyAt(long index) => {KeyValue(entity, key)};");
    }

    /// <summary>A key member's value in row <c>index</c>, as <c>BuildAt</c> gives it: the fixed value, else the row's.</summary>
    private static string KeyValue(EntityPlan entity, MemberPlan key)
        => $"{Names.Field(key.Name, "IsFixed")} ? {Names.Field(key.Name, "Fixed")} : {SamplerEmitter.Expression(key, entity.Name, Names.Field(key.Name, "Stream"))}";

    /// <summary>The parts of a key of several members, in key order, when the builder generates each from the row index alone (an integer, Guid or string part); else null.</summary>
    public static List<MemberPlan>? CompositeKey(EntityPlan entity)
    {
        var parts = entity.Key.Select(k => entity.Members.FirstOrDefault(m => m.Name == k)).ToList();
        return parts.Count > 1 && parts.All(p => p?.Sampler is KeySampler) ? parts! : null;
    }

    /// <summary>
    /// KeyAt for a composite key: row i's parts as <c>BuildAt</c> gives them (a fixed part's value, else the row's),
    /// without building the row. A data set sets the parts that are foreign keys from the parent rows instead.
    /// </summary>
    private static void WriteCompositeKeyAt(SourceWriter writer, EntityPlan entity, List<MemberPlan> parts)
    {
        writer.Line();
        writer.Line("/// <summary>The key of row <paramref name=\"index\"/>, its parts in key order, as <see cref=\"BuildAt\"/> gives them (a part a <c>With</c> method fixes included), without building the row.</summary>");
        writer.Line("/// <param name=\"index\">The row index, 0 or more.</param>");
        // A part named like a member of ValueTuple (Item2, Rest, ToString) cannot name a tuple element.
        var named = parts.All(p => !Names.IsTupleMember(p.Name));
        var type = "(" + string.Join(", ", parts.Select(p => named ? $"{p.TypeName} {Names.Identifier(p.Name)}" : p.TypeName)) + ")";
        if (entity.Problems.Count > 0)
        {
            writer.Line($"public {type} KeyAt(long index) => throw Unbuildable(index);");
            return;
        }
        writer.Line($"public {type} KeyAt(long index) => (");
        for (var i = 0; i < parts.Count; i++)
            writer.Line($"    {KeyValue(entity, parts[i])}{(i + 1 < parts.Count ? "," : ");")}");
    }

    /// <summary>An entity no row of which can be built: no fields or With methods, only a BuildAt that explains.</summary>
    private static void WriteUnbuildable(SourceWriter writer, EntityPlan entity, string builder, string context, string cursor)
    {
        writer.Line($"internal {builder}({context} context, {cursor} rows)");
        writer.Line($"    : base(\"{entity.Name}\", rows) {{ }}");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override {entity.FullName} BuildAt(long index) => throw Unbuildable(index);");
        writer.Line();
        using (writer.Block($"private {Names.Violation} Unbuildable(long index)"))
        {
            var constraints = entity.Problems.SelectMany(p => p.Constraints).Distinct().Select(Quote).ToList();
            writer.Line("CheckIndex(index);");
            writer.Line($"return new {Names.Violation}(");
            writer.Line($"    \"{entity.Name}\",");
            writer.Line(constraints.Count == 0 ? "    global::System.Array.Empty<string>()," : $"    new[] {{ {string.Join(", ", constraints)} }},");
            writer.Line($"    {Quote(string.Join(" ", entity.Problems.Select(p => p.Detail)))});");
        }
    }

    /// <summary>A text member with denied values: bounded redraw (C7), then a clear exception, never an endless loop.</summary>
    private static void WriteRedraw(SourceWriter writer, EntityPlan entity, MemberPlan member)
    {
        var text = (TextSampler)member.Sampler;
        var stream = Names.Field(member.Name, "Stream");
        var local = Names.Local(member.Name);
        var parameters = string.Concat(NameMembers(text).Select(n => $", string? {Names.Local(n)}"));
        var denied = string.Join(" || ", text.Denied.Select(d => $"{local} == {d}"));
        writer.Line();
        using (writer.Block($"private string Draw{member.Name}(long index{parameters})"))
        {
            writer.Line($"var {local} = {SamplerEmitter.TextExpression(text, stream, "")};");
            using (writer.Block($"for (var attempt = 1; {denied}; attempt++)"))
            {
                writer.Line($"if (attempt == {MaxRedraws}) throw new {Names.Violation}(\"{entity.Name}\", new[] {{ {Quote($"[DeniedValues] {member.Name}")} }}, \"{member.Name}: every value drawn in {MaxRedraws} attempts for row \" + index + \" was denied.\");");
                writer.Line($"{local} = {SamplerEmitter.TextExpression(text, stream, ", attempt")};");
            }
            writer.Line($"return {local};");
        }
    }

    private static IEnumerable<string> NameMembers(TextSampler text)
        => new[] { text.FirstNameMember, text.LastNameMember }.Where(n => n is not null)!;

    private static string NameArguments(TextSampler text) => string.Concat(NameMembers(text).Select(n => ", " + Names.Local(n)));

    private static string Quote(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}
