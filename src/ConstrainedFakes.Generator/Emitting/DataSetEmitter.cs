using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning;
using ConstrainedFakes.Generator.Planning.Relationships;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>
/// Writes the faker's <c>DataSet()</c> and its <c>DataSetBuilder</c>: one iterator makes every table in insert
/// order, so <c>Build()</c> (which keeps the rows and sets navigations) and <c>Stream()</c> (which does not) give
/// the same rows with the same keys.
/// </summary>
internal static partial class DataSetEmitter
{
    private const string Base = Names.Runtime + ".DataSets.DataSetBuilder";
    private const string DataSet = Names.Runtime + ".DataSets.DataSet";
    private const string Table = Names.Runtime + ".DataSets.DataSetTable";
    private const string List = "global::System.Collections.Generic.List";

    public static void EmitMethod(SourceWriter writer)
    {
        writer.Line("/// <summary>A builder of whole data sets of this faker's entities: parents before children, every foreign key resolved.</summary>");
        writer.Line("public DataSetBuilder DataSet() => new(this);");
    }

    public static void Emit(SourceWriter writer, FakerPlan faker, DataSetPlan plan)
    {
        writer.Line($"/// <summary>Builds whole data sets of {faker.Name}'s entities; row i of each table depends only on the seed, the table sizes and i.</summary>");
        writer.Line(Names.GeneratedCode);
        using (writer.Block($"public sealed class DataSetBuilder : {Base}"))
        {
            foreach (var (table, link) in Links(plan).Where(x => x.Link.Count is { Mean: > 0 } && x.Link.Sequence is null))
            {
                var count = link.Count!;
                writer.Line($"private static readonly double[] {CountsField(table, link)} = PoissonCumulative({count.Min}, {count.Max}, {Literals.Double(count.Mean)});");
            }
            foreach (var (table, link) in Links(plan).Where(x => x.Link.Sequence is not null)) WriteMachine(writer, table, link);
            WritePopularities(writer, plan);
            if (CanBuildInParts(faker, plan)) writer.Line($"private readonly {faker.Name} _faker; // for the builders of a parallel Build's parts");
            foreach (var table in plan.Tables) writer.Line($"private readonly {table.Entity}Builder {Builder(table.Entity)};");
            foreach (var (table, link) in Links(plan)) writer.Line($"private readonly ulong {StreamField(table, link)};");
            foreach (var (table, link) in Links(plan).Where(x => x.Link.Sequence is not null)) writer.Line($"private readonly ulong {TimeStreamField(table, link)};");
            JoinEmitter.WriteFields(writer, plan);
            writer.Line();
            WriteConstructor(writer, faker, plan);
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            using (writer.Block($"public override {DataSet} Build()"))
            {
                if (plan.Problems.Count > 0)
                {
                    writer.Line($"throw Unbuildable();");
                }
                else
                {
                    WriteSerialOrParallel(writer, faker, plan);
                    var invariants = InvariantCatalogEmitter.Any(faker) ? $", {faker.Name}.{InvariantCatalogEmitter.Property}" : "";
                    using (writer.Block($"return new {DataSet}(new {Table}[]", $"}}{invariants});"))
                    {
                        foreach (var table in plan.Tables)
                        {
                            writer.Line($"{Table}.Of(sets.{table.Entity}),");
                            foreach (var join in JoinEmitter.CompletedBy(plan, table)) writer.Line($"{Table}.Of(sets.{JoinEmitter.SetName(join)}),");
                        }
                    }
                }
            }
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line($"protected override global::System.Collections.Generic.IEnumerable<object> StreamPartition(int partition, int partitions) => {(plan.Problems.Count > 0 ? "throw Unbuildable()" : "Rows(null, new Sets(), partition, partitions, null)")};");
            writer.Line();
            if (plan.Problems.Count > 0)
            {
                WriteUnbuildable(writer, faker, plan);
                return;
            }
            using (writer.Block("private sealed class Sets"))
            {
                foreach (var table in plan.Tables) writer.Line($"public readonly {List}<{table.FullName}> {table.Entity} = new();");
                JoinEmitter.WriteSets(writer, plan);
                WriteDeferredFields(writer, plan);
                WriteRecordedFields(writer, plan, faker.Entities);
            }
            writer.Line();
            WriteBuildInParts(writer, faker, plan);
            var kept = KeptTables(plan, faker.Entities);
            writer.Line("/// <summary>");
            writer.Line("/// Every table in insert order. <paramref name=\"sets\"/> keeps every row and wires navigations (Build);");
            writer.Line("/// <paramref name=\"kept\"/> holds the rows a later table reads through a navigation whose values a row");
            writer.Line("/// index alone cannot rebuild (they depend on the row's own parents): the same as <paramref name=\"sets\"/> in Build.");
            writer.Line("/// With <paramref name=\"joined\"/> (a parallel Build), this part's rows go to <paramref name=\"kept\"/>, <paramref name=\"sets\"/>");
            writer.Line("/// holds every part's rows of the tables joined so far, and <paramref name=\"joined\"/> is called after each table.");
            writer.Line("/// </summary>");
            using (writer.Block("private global::System.Collections.Generic.IEnumerable<object> Rows(Sets? sets, Sets kept, int partition, int partitions, global::System.Action? joined)"))
            {
                if (plan.Tables.Count == 0) writer.Line("yield break;");
                else writer.Line("var into = joined is null ? sets : kept;");
                WriteCountsAhead(writer, plan);
                if (WholeStreamOnly(plan, faker.Entities, kept) is { } pick)
                {
                    var why = Quote($"a part of the stream cannot make {pick.Table}: {pick.Link.Source} picks from all of {pick.Link.Parent}, whose rows depend on their own parents and are only known in the part that makes them; stream it in one part.");
                    writer.Line($"if (sets is null && partitions > 1) throw new global::System.NotSupportedException({why});");
                }
                var recorded = RecordedLinks(plan, faker.Entities);
                if (PickOnAFarPath(plan, faker.Entities) is { } far)
                {
                    var why = Quote($"a part of the stream cannot make {far.Table}: a rule reads a parent's parent through {far.Link.Source}, a pick, so the rows on the way may belong to another part; stream it in one part.");
                    writer.Line($"if (sets is null && partitions > 1) throw new global::System.NotSupportedException({why});");
                }
                var first = true;
                foreach (var table in plan.Tables)
                {
                    if (!first) writer.Line();
                    first = false;
                    WriteTable(writer, table, plan, faker.Entities, kept, recorded);
                    foreach (var join in JoinEmitter.CompletedBy(plan, table))
                    {
                        writer.Line();
                        JoinEmitter.WriteLinks(writer, join);
                    }
                    WriteBackReferencesTo(writer, table, plan, null);
                    writer.Line("joined?.Invoke();");
                }
            }
        }
    }

    private static void WriteConstructor(SourceWriter writer, FakerPlan faker, DataSetPlan plan)
    {
        writer.Line("/// <summary>Every entity type, with why <c>Count&lt;T&gt;</c> cannot size its table (null when it can).</summary>");
        using (writer.Block("private static readonly global::System.Collections.Generic.Dictionary<global::System.Type, string?> s_countable = new()", "};"))
        {
            foreach (var table in plan.Tables)
            {
                var whyNot = table.Owner is { } owner
                    ? Quote($"{table.Entity} rows are made per {owner.Parent} row ({owner.Source}, {owner.Count!.Declared}): size the {owner.Parent} table instead.")
                    : "null";
                writer.Line($"[typeof({table.FullName})] = {whyNot},");
            }
        }
        writer.Line();
        writer.Line($"internal DataSetBuilder({faker.Name} faker)");
        using (writer.Block("    : base(faker._context, s_countable)"))
        {
            if (CanBuildInParts(faker, plan)) writer.Line("_faker = faker;");
            foreach (var table in plan.Tables) writer.Line($"{Builder(table.Entity)} = faker.{table.Entity}();");
            foreach (var (table, link) in Links(plan))
                writer.Line($"{StreamField(table, link)} = faker._context.Stream(0x{link.StreamKey:X16}UL); // {link.Source}");
            foreach (var (table, link) in Links(plan).Where(x => x.Link.Sequence is not null))
                writer.Line($"{TimeStreamField(table, link)} = faker._context.Stream(0x{link.Sequence!.TimeStreamKey:X16}UL); // {table.Entity}.{link.Sequence.TimeMember}, increasing along each path");
            JoinEmitter.WriteStreams(writer, plan);
        }
    }

    /// <summary>
    /// One table's rows of this partition. A table's rows are <c>[{x}First, {x}End)</c> of <c>{x}Count</c> in
    /// all: a root table's are its share of the rows; a child table's are the children of its owner's rows in
    /// the partition, numbered after the children of the owner's earlier rows, which are counted (children
    /// per parent are pure functions of the parent's row, so counting builds nothing).
    /// </summary>
    private static void WriteTable(SourceWriter writer, TablePlan table, DataSetPlan plan, EquatableArray<EntityPlan> entities, ISet<string> kept, IReadOnlyList<(TablePlan Table, LinkPlan Link)> recorded)
    {
        var entity = entities.First(e => e.Name == table.Entity);
        var (first, end, count) = (FirstLocal(table.Entity), EndLocal(table.Entity), CountLocal(table.Entity));
        var sequences = CurrentStates(table, plan).ToList();
        if (table.Owner is not { } owner)
        {
            writer.Line($"// {table.Entity}: Count<{table.Entity}>(n) rows, DataSetBuilder.DefaultCount when not set");
            writer.Line($"var {count} = RowCount(typeof({table.FullName}));");
            writer.Line($"var ({first}, {end}) = Share({count}, partition, partitions);");
            foreach (var (child, link) in sequences) writer.Line($"var {CurrentPathLocal(child, link)} = new int[{MachineField(child, link)}.MaxLength];");
            using (writer.Block($"for (var index = {first}; index < {end}; index++)"))
            {
                WriteRow(writer, table, sequences, entities, plan, kept, recorded);
            }
            return;
        }

        var sequence = owner.Sequence;
        writer.Line(sequence is null
            ? $"// {table.Entity}: {owner.Count!.Declared} per {owner.Parent} ({owner.Source})"
            : $"// {table.Entity}: per {owner.Parent}, a path of the {Short(sequence.StateType)} state machine ({owner.Count!.Declared}) with increasing {sequence.TimeMember} ({owner.Source})");
        foreach (var (child, link) in sequences) writer.Line($"var {CurrentPathLocal(child, link)} = new int[{MachineField(child, link)}.MaxLength];");
        if (sequence is not null)
        {
            writer.Line($"var {PathLocal(table, owner)} = new int[{MachineField(table, owner)}.MaxLength];");
            writer.Line($"var {TimesLocal(table, owner)} = new long[{MachineField(table, owner)}.MaxLength];");
        }
        var children = Children(table, owner, PathLocal(table, owner));
        writer.Line($"var {first} = 0L;");
        writer.Line($"for (var parentRow = 0L; parentRow < {FirstLocal(owner.Parent)}; parentRow++) {first} += {children};");
        writer.Line($"var {end} = {first};");
        using (writer.Block($"for (var parentRow = {FirstLocal(owner.Parent)}; parentRow < {EndLocal(owner.Parent)}; parentRow++)"))
        {
            writer.Line($"var children = {children};");
            var conditions = owner.Reference is { } reference && entity.Members.Any(m => m.ParentNavigation == reference);
            if (conditions || sequence is { Floors.Count: > 0 })
            {
                // The owner is read once for all its children: its members condition them, or start their times.
                writer.Line("if (children == 0) continue;");
                if (sequence is { Floors.Count: > 0 } || BuilderEmitter.Holders(entity, owner.Reference!).Any(h => h.Holder == owner.Reference))
                    writer.Line($"var ownerParent = {ParentObject(owner.Parent, "parentRow", kept)};");
                if (conditions) WriteConditioning(writer, table, entity, owner, "parentRow", "ownerParent", false, plan, kept);
            }
            if (sequence is not null)
            {
                var earliest = Literals.Long(sequence.TimeMinUnits);
                foreach (var floor in sequence.Floors)
                {
                    var ticks = $"{LinearEmitter.TicksOf(sequence.TimeKind, $"ownerParent.{Names.Identifier(floor.ParentMember)}")}{(floor.IsStrict ? " + 1" : "")}";
                    earliest = $"global::System.Math.Max({earliest}, {Names.Sample}.CeilingDivide({ticks}, {Literals.Long(sequence.TicksPerUnit)}))";
                }
                writer.Line($"{Names.Runtime}.DataSets.StateMachine.IncreasingUnits({TimeStreamField(table, owner)}, parentRow, {earliest}, {Literals.Long(sequence.TimeMaxUnits)}, new global::System.Span<long>({TimesLocal(table, owner)}, 0, children), {Quote($"{owner.Parent}.{owner.Collection}")});");
            }
            using (writer.Block("for (var ordinal = 0; ordinal < children; ordinal++)"))
            {
                writer.Line($"var index = {end};");
                WriteRow(writer, table, sequences, entities, plan, kept, recorded);
            }
        }
        // The whole table's size, for the picks of other tables: the children of the owner's later rows, counted.
        writer.Line($"var {count} = {end};");
        writer.Line($"for (var parentRow = {EndLocal(owner.Parent)}; parentRow < {CountLocal(owner.Parent)}; parentRow++) {count} += {children};");
    }

    /// <summary>Parent row <c>parentRow</c>'s children: a count, or the length of its path (drawn into <paramref name="path"/>).</summary>
    private static string Children(TablePlan table, LinkPlan owner, string path)
        => owner.Sequence is null
            ? $"ChildCount({StreamField(table, owner)}, parentRow, {owner.Count!.Min}, {owner.Count.Max}, {(owner.Count.Mean > 0 ? CountsField(table, owner) : "null")})"
            : $"{MachineField(table, owner)}.Path({StreamField(table, owner)}, parentRow, {path})";

    /// <summary>
    /// One row: its parents chosen (the owner's row, then each pick), the builder conditioned on the parents'
    /// members its constraints read, the row built and linked, kept, counted and handed out.
    /// </summary>
    private static void WriteRow(SourceWriter writer, TablePlan table, IReadOnlyList<(TablePlan Child, LinkPlan Link)> currentStates, EquatableArray<EntityPlan> entities, DataSetPlan plan, ISet<string> kept, IReadOnlyList<(TablePlan Table, LinkPlan Link)> recorded)
    {
        var entity = entities.First(e => e.Name == table.Entity);
        var row = Names.Local(table.Entity) + "Row";
        var links = new List<(LinkPlan Link, string ParentRow, bool Optional)>();
        if (table.Owner is { } owner) links.Add((owner, "parentRow", false));
        foreach (var reference in table.References)
        {
            var parentCount = reference.IsSelf(table) ? "index" : reference.PointsBack ? CountAheadLocal(reference.Parent) : CountLocal(reference.Parent);
            var parentRow = ParentRowLocal(reference);
            var linkName = Quote($"{table.Entity}.{reference.Reference ?? reference.Parent}");
            var pick = reference.DistinctPerOwner is { } index
                ? $"PickDistinct({StreamField(table, reference)}, parentRow, ordinal, {parentCount}, {linkName}, {Quote(index)}{PopularityArguments(table, reference)})"
                : $"Pick({StreamField(table, reference)}, index, {parentCount}, {linkName}{PopularityArguments(table, reference)})";
            var optional = reference.IsOptionalIn(table);
            // Optional: left empty (-1) at the link's null rate, or when there is no parent row to point at.
            var drawn = optional ? $"{parentCount} > 0 && !IsNull({StreamField(table, reference)}, index, {Literals.Double(reference.NullRate)}) ? {pick} : -1L" : pick;
            if (reference.NamedBy is { } named)
            {
                // The parent the other link's row names (the key part they share came from it); drawn only when that link has none.
                var (by, byRow, byOptional) = links.First(l => l.Link.Reference == named.Reference);
                writer.Line($"// {table.Entity}.{reference.Reference}: the {reference.Parent} of the {by.Parent} row that {by.Source} chose ({table.Entity}.{reference.ForeignKey} is a part of its key)");
                var read = RecordedRow(plan, by.Parent, named.ParentForeignKey, byRow);
                writer.Line(byOptional ? $"var {parentRow} = {byRow} >= 0 ? {read} : {drawn};" : $"var {parentRow} = {read};");
                links.Add((reference, parentRow, optional && byOptional));
                continue;
            }
            writer.Line($"var {parentRow} = {drawn};");
            links.Add((reference, parentRow, optional));
        }
        // The owner conditions its children once, before them (WriteTable); the picks, row by row.
        var conditioning = links.Where(l => l.Link != table.Owner && l.Link.Reference is not null && entity.Members.Any(m => m.ParentNavigation == l.Link.Reference)).ToList();
        var tried = conditioning.Where(l => l.Link.NamedBy is null && entity.Navigations.FirstOrDefault(n => n.Name == l.Link.Reference) is { } n && BuilderEmitter.TriesParents(entity, n)).ToList();
        // Each parent tried is judged given this row's other parents, not the previous row's: the others are set
        // first, and the tried ones free.
        if (tried.Count > 1) foreach (var (link, _, _) in tried) WriteRelease(writer, table, entity, link);
        foreach (var (link, parentRow, optional) in conditioning.Except(tried).Concat(tried))
        {
            WriteConditioning(writer, table, entity, link, parentRow, ParentObject(link.Parent, parentRow, kept), optional, plan, kept);
            if (!tried.Any(l => l.Link == link)) continue;
            // An optional parent that leaves the row no solution is left out, as if the link had drawn none.
            using (writer.Block($"if ({parentRow} >= 0 && !{Builder(table.Entity)}.HasSolution())"))
            {
                WriteRelease(writer, table, entity, link);
                writer.Line($"{parentRow} = -1L;");
            }
        }
        writer.Line($"var {row} = {Builder(table.Entity)}.BuildAt(index);");
        foreach (var (link, parentRow, optional) in links)
        {
            if (!optional)
            {
                WriteLink(writer, table, link, row, parentRow, plan, entities, kept);
                continue;
            }
            using (writer.Block($"if ({parentRow} >= 0)"))
            {
                WriteLink(writer, table, link, row, parentRow, plan, entities, kept);
            }
        }
        if (table.Owner is { Sequence: { } sequence } sequenced)
        {
            writer.Line($"{row}.{Names.Identifier(sequence.StateMember)} = {StatesField(table, sequenced)}[{PathLocal(table, sequenced)}[ordinal]];");
            writer.Line($"{row}.{Names.Identifier(sequence.TimeMember)} = {FromUnits(sequence, $"{TimesLocal(table, sequenced)}[ordinal]")};");
        }
        foreach (var (child, link) in currentStates)
        {
            // The path its events will follow is a pure function of this row, so its last state is known now.
            var current = link.Sequence!;
            var length = Names.Local(child.Entity) + "Length";
            writer.Line($"var {length} = {MachineField(child, link)}.Path({StreamField(child, link)}, index, {CurrentPathLocal(child, link)});");
            writer.Line($"{row}.{Names.Identifier(current.CurrentStateMember!)} = {StatesField(child, link)}[{length} == 0 ? {current.Initial} : {CurrentPathLocal(child, link)}[{length} - 1]];");
        }
        WriteRecordedRows(writer, table, links.Select(l => (l.Link, l.ParentRow)), recorded);
        writer.Line(kept.Contains(table.Entity) ? $"kept.{table.Entity}.Add({row});" : $"into?.{table.Entity}.Add({row});");
        if (table.Owner is not null) writer.Line($"{EndLocal(table.Entity)}++;");
        writer.Line($"yield return {row};");
    }

    /// <summary>
    /// The parent row a child reads: from all rows when they are kept (Build), else from the rows the part
    /// keeps (numbered from its first row), or, for a table whose rows are their row index's alone, built
    /// again when streaming (same seed, same values).
    /// </summary>
    private static string ParentObject(string parent, string parentRow, ISet<string> kept)
        => $"(sets is not null ? sets.{parent}[(int){parentRow}] : " + (kept.Contains(parent)
            ? $"kept.{parent}[(int)({parentRow} - {FirstLocal(parent)})])"
            : $"{Builder(parent)}.BuildAt({parentRow}))");

    /// <summary>
    /// Tables a later row reads as an object (a constraint through a navigation, or event times after a
    /// parent's date) whose rows are more than <c>BuildAt(index)</c>: conditioned on parents of their own,
    /// or given states by a sequence. Building such a row again from its index alone would give other values,
    /// so a stream keeps them.
    /// </summary>
    private static HashSet<string> KeptTables(DataSetPlan plan, EquatableArray<EntityPlan> entities)
    {
        var read = Links(plan).Where(x => ReadsParent(x.Table, x.Link, plan, entities)).Select(x => x.Link.Parent).Concat(FarHolders(plan, entities))
            .Where(parent => IsDerived(plan.Tables.First(t => t.Entity == parent), plan, entities));
        return new HashSet<string>(read.Concat(Links(plan).Where(x => KeyIsLinked(plan, x.Link)).Select(x => x.Link.Parent)));
    }

    /// <summary>Whether a composite foreign key copies a key part that the parent's own links set, which its row index alone cannot rebuild.</summary>
    private static bool KeyIsLinked(DataSetPlan plan, LinkPlan link)
    {
        if (link.CompositeKey.Count == 0) return false;
        var parent = plan.Tables.First(t => t.Entity == link.Parent);
        var linked = (parent.Owner is null ? parent.References : parent.References.Prepend(parent.Owner))
            .SelectMany(l => l.CompositeKey.Select(k => k.Member).Append(l.ForeignKey));
        return link.CompositeKey.Any(k => linked.Contains(k.ParentMember));
    }

    /// <summary>
    /// Whether a composite foreign key copies its parts from the parent row itself: when they are the parent's own foreign
    /// keys, or not all generated from its row index; else they are the parent builder's <c>KeyAt</c>.
    /// </summary>
    private static bool CopiesParentRow(DataSetPlan plan, LinkPlan link, EquatableArray<EntityPlan> entities)
        => link.CompositeKey.Count > 0 && (KeyIsLinked(plan, link) || BuilderEmitter.CompositeKey(entities.First(e => e.Name == link.Parent)) is null);

    /// <summary>A pick (not an owner) that reads a kept table: its row may lie in another part of the stream.</summary>
    private static (string Table, LinkPlan Link)? WholeStreamOnly(DataSetPlan plan, EquatableArray<EntityPlan> entities, ISet<string> kept)
        => plan.Tables.SelectMany(t => t.References.Select(l => (t.Entity, Link: l)))
            .Where(x => kept.Contains(x.Link.Parent) && ReadsParent(plan.Tables.First(t => t.Entity == x.Entity), x.Link, plan, entities))
            .Select(x => ((string, LinkPlan)?)(x.Entity, x.Link))
            .FirstOrDefault();

    private static bool ReadsParent(TablePlan table, LinkPlan link, DataSetPlan plan, EquatableArray<EntityPlan> entities)
        => CopiesParentRow(plan, link, entities)
            || link.Reference is { } reference && entities.First(e => e.Name == table.Entity).Members.Any(m => m.ParentNavigation == reference)
            || link == table.Owner && link.Sequence is { Floors.Count: > 0 };

    private static bool IsDerived(TablePlan table, DataSetPlan plan, EquatableArray<EntityPlan> entities)
        => (table.Owner is null ? table.References : table.References.Prepend(table.Owner)).Any(l => ReadsParent(table, l, plan, entities))
            || table.Owner?.Sequence is not null
            || CurrentStates(table, plan).Any();

    private static string ParentRowLocal(LinkPlan link) => Names.Local(link.Reference ?? link.Collection ?? link.Parent) + "ParentRow";

    /// <summary>
    /// Sets the foreign key from the parent's key, and (when the rows are kept) both navigations; in a
    /// parallel Build, a link whose navigations another part could touch at the same time is set at the join.
    /// </summary>
    private static void WriteLink(SourceWriter writer, TablePlan table, LinkPlan link, string row, string parentRow, DataSetPlan plan, EquatableArray<EntityPlan> entities, ISet<string> kept)
    {
        if (link.ForeignKey is not null)
            writer.Line($"{row}.{Names.Identifier(link.ForeignKey)} = {Builder(link.Parent)}.KeyAt({parentRow});");
        // A part that another link's key is too (a parent this link names) is set by that link, to the same value.
        var copied = link.CompositeKey.Where(k => !table.References.Any(l => l.NamedBy?.Reference == link.Reference && l.ForeignKey == k.Member)).ToList();
        if (copied.Count > 0 && CopiesParentRow(plan, link, entities))
        {
            // A composite key's parts may be the parent's own foreign keys, which only its row holds: copied from it.
            var keyed = Names.Local(link.Reference ?? link.Parent) + "Keyed";
            writer.Line($"var {keyed} = {ParentObject(link.Parent, parentRow, kept)};");
            foreach (var part in copied)
                writer.Line($"{row}.{Names.Identifier(part.Member)} = {keyed}.{Names.Identifier(part.ParentMember)};");
        }
        else if (copied.Count > 0)
        {
            // Parts the parent generates from its row index alone: its builder's KeyAt, without building it.
            var key = Names.Local(link.Reference ?? link.Parent) + "Key";
            var parts = entities.First(e => e.Name == link.Parent).Key;
            writer.Line($"var {key} = {Builder(link.Parent)}.KeyAt({parentRow});");
            foreach (var part in copied)
                writer.Line($"{row}.{Names.Identifier(part.Member)} = {key}.{Names.TupleElement(parts, part.ParentMember)};");
        }
        if (link.Skip is not null) WriteSkip(writer, table, link, parentRow);
        if (!SetsNavigations(link)) return;
        if (link.PointsBack)
        {
            writer.Line($"if (sets is not null) kept.{DeferredField(table, link)}.Add(((int){parentRow}, {row}));");
            return;
        }
        var deferred = IsDeferred(table, link);
        if (deferred) writer.Line($"if (joined is not null) kept.{DeferredField(table, link)}.Add(((int){parentRow}, {row}));");
        using (writer.Block(deferred ? "else if (sets is not null)" : "if (sets is not null)"))
        {
            WriteNavigations(writer, table, link, row, $"sets.{link.Parent}[(int){parentRow}]");
        }
    }

    /// <summary>
    /// A join entity's row is a link of its many-to-many: the pair goes into both skip navigations (Build only; a
    /// parallel Build adds it at the join, since every part adds to the picked side's).
    /// </summary>
    private static void WriteSkip(SourceWriter writer, TablePlan table, LinkPlan link, string parentRow)
    {
        writer.Line($"if (joined is not null) kept.{SkipsField(table, link)}.Add(((int)parentRow, (int){parentRow}));");
        using (writer.Block("else if (sets is not null)"))
        {
            WriteSkipNavigations(writer, table, link, "sets", "(int)parentRow", $"(int){parentRow}");
        }
    }

    /// <summary>Adds the pair of the owner's row and the picked row to both skip navigations.</summary>
    private static void WriteSkipNavigations(SourceWriter writer, TablePlan table, LinkPlan link, string sets, string ownerRow, string pickedRow)
    {
        var skip = link.Skip!;
        var owner = table.Owner!;
        PairSide.WriteBothSides(writer, sets,
            new PairSide(owner.Parent, ownerRow, Names.Local(owner.Parent) + "Side", skip.OwnerNavigation, skip.OwnerFill, skip.OwnerFullName),
            new PairSide(link.Parent, pickedRow, Names.Local(link.Parent) + "Side", skip.Navigation, skip.Fill, skip.PickedFullName));
    }

    /// <summary>Puts <paramref name="item"/> into a collection navigation (or a one-to-one reference) the way <paramref name="fill"/> says, creating the list first where the property may be null; nothing for <see cref="CollectionFill.None"/>.</summary>
    internal static void WriteAdd(SourceWriter writer, string collection, CollectionFill fill, string elementFullName, string item)
    {
        if (fill == CollectionFill.None) return;
        writer.Line(fill switch
        {
            CollectionFill.CreateThenAdd => $"({collection} ??= new {List}<{elementFullName}>()).Add({item});",
            CollectionFill.Assign => $"{collection} = {item};",
            _ => $"{collection}.Add({item});",
        });
    }

    private static bool SetsNavigations(LinkPlan link)
        => link.Reference is not null || link.Collection is not null && link.CollectionFill != CollectionFill.None;

    /// <summary>Sets the child's reference to its parent and adds the child to the parent's collection.</summary>
    private static void WriteNavigations(SourceWriter writer, TablePlan table, LinkPlan link, string row, string parentObject)
    {
        var parent = Names.Local(link.Parent) + "Parent";
        writer.Line($"var {parent} = {parentObject};");
        if (link.Reference is not null) writer.Line($"{row}.{Names.Identifier(link.Reference)} = {parent};");
        if (link.Collection is not null) WriteAdd(writer, $"{parent}.{Names.Identifier(link.Collection)}", link.CollectionFill, table.FullName, row);
    }

    private static void WriteUnbuildable(SourceWriter writer, FakerPlan faker, DataSetPlan plan)
    {
        using (writer.Block($"private static {Names.Violation} Unbuildable()"))
        {
            var detail = Quote("no data set can be built: " + string.Join(" ", plan.Problems.Select(p => p.Message)));
            writer.Line($"return new {Names.Violation}(\"{faker.Name}\", global::System.Array.Empty<string>(), {detail});");
        }
    }

    /// <summary>The state machine and its states, built once: they are the same for every data set of the faker.</summary>
    private static void WriteMachine(SourceWriter writer, TablePlan table, LinkPlan link)
    {
        var sequence = link.Sequence!;
        var count = link.Count!;
        using (writer.Block($"private static readonly {sequence.StateType}[] {StatesField(table, link)} =", "};"))
        {
            foreach (var state in sequence.States) writer.Line($"{sequence.StateType}.{Names.Identifier(state)},");
        }
        writer.Line($"private static readonly {Names.Runtime}.DataSets.StateMachine {MachineField(table, link)} = new(");
        writer.Line($"    {sequence.States.Count}, {sequence.Initial},");
        writer.Line($"    new[] {{ {string.Join(", ", sequence.From)} }},");
        writer.Line($"    new[] {{ {string.Join(", ", sequence.To)} }},");
        writer.Line($"    {count.Min}, {count.Max}, {Literals.Double(count.Mean)});");
    }

    /// <summary>The sequences whose last state a row of <paramref name="table"/> mirrors (<c>[CurrentStateOf]</c>).</summary>
    private static IEnumerable<(TablePlan Child, LinkPlan Link)> CurrentStates(TablePlan table, DataSetPlan plan)
        => plan.Tables.Where(t => t.Owner is { Sequence.CurrentStateMember: not null } o && o.Parent == table.Entity).Select(t => (t, t.Owner!));

    /// <summary>A time member's value from its lattice units.</summary>
    private static string FromUnits(SequencePlan sequence, string units)
    {
        var ticks = sequence.TicksPerUnit == 1 ? units : $"{units} * {Literals.Long(sequence.TicksPerUnit)}";
        return sequence.TimeKind switch
        {
            ScalarKind.DateOnly => $"global::System.DateOnly.FromDayNumber((int){units})",
            ScalarKind.DateTimeOffset => $"new global::System.DateTimeOffset({ticks}, global::System.TimeSpan.Zero)",
            ScalarKind.TimeOnly => $"new global::System.TimeOnly({ticks})",
            ScalarKind.TimeSpan => $"new global::System.TimeSpan({ticks})",
            _ => $"new global::System.DateTime({ticks}, global::System.DateTimeKind.Utc)",
        };
    }

    private static string Short(string fullName) => fullName.Substring(fullName.LastIndexOf('.') + 1);

    private static IEnumerable<(TablePlan Table, LinkPlan Link)> Links(DataSetPlan plan)
        => plan.Tables.SelectMany(t => (t.Owner is null ? t.References : new[] { t.Owner }.Concat(t.References)).Select(l => (t, l)));

    private static string Builder(string entity) => Names.Field(entity, "Builder");

    private static string CountLocal(string entity) => Names.Local(entity) + "Count";

    private static string FirstLocal(string entity) => Names.Local(entity) + "First";

    private static string EndLocal(string entity) => Names.Local(entity) + "End";

    /// <summary>A name for the link, unique in the faker: the child and its navigation (or the parent's collection).</summary>
    private static string Key(TablePlan table, LinkPlan link) => table.Entity + (link.Reference ?? link.Parent + link.Collection);

    private static string StreamField(TablePlan table, LinkPlan link) => Names.Field(Key(table, link), "Stream");

    private static string TimeStreamField(TablePlan table, LinkPlan link) => Names.Field(Key(table, link), "TimeStream");

    private static string CountsField(TablePlan table, LinkPlan link) => Names.Static(Key(table, link), "Counts");

    private static string MachineField(TablePlan table, LinkPlan link) => Names.Static(Key(table, link), "Machine");

    private static string StatesField(TablePlan table, LinkPlan link) => Names.Static(Key(table, link), "States");

    private static string PathLocal(TablePlan table, LinkPlan link) => Names.Local(Key(table, link)) + "Path";

    /// <summary>The parent's copy of its events' path, drawn to know their last state before they are made.</summary>
    private static string CurrentPathLocal(TablePlan table, LinkPlan link) => Names.Local(Key(table, link)) + "StatesAhead";

    private static string TimesLocal(TablePlan table, LinkPlan link) => Names.Local(Key(table, link)) + "Times";

    private static string Quote(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}
