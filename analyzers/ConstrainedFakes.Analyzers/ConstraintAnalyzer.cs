using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Parsing;
using ConstrainedFakes.Generator.Planning;
using ConstrainedFakes.Generator.Planning.Checks;
using ConstrainedFakes.Generator.Planning.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConstrainedFakes.Analyzers;

/// <summary>
/// Reports what the shared planner finds (spec §5), at the attribute that is part of the problem. It runs
/// the generator's own Parse and Plan on every class that carries a constraint attribute (with or without
/// a faker), on every type a <c>[ConstrainedFaker]</c> names, and on enums with <c>[Transitions]</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConstraintAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The property of a CF0003 diagnostic holding the closest existing member name.</summary>
    public const string SuggestionProperty = "Suggestion";

    /// <summary>The property of a CF0011 diagnostic set when adding <c>partial</c> fixes it.</summary>
    public const string MissingPartialProperty = "MissingPartial";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var state = new CompilationState();
            start.RegisterSymbolAction(symbol => Analyze(symbol, state), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, CompilationState state)
    {
        if (context.Symbol is not INamedTypeSymbol type) return;
        var report = new Reporter(context, state);
        if (type.TypeKind == TypeKind.Class && !type.IsStatic && CarriesConstraints(type))
            AnalyzeEntity(type, null, report, context.CancellationToken);
        if (type.TypeKind == TypeKind.Enum && StateMachineParser.Parse(type) is not null)
            report.All(EnumFindings(type, state), new SiteLocator(type, null, context.CancellationToken));
        var faker = type.GetAttributes().FirstOrDefault(a => AttributeReader.MetadataName(a) == AttributeNames.ConstrainedFaker);
        if (faker is not null) AnalyzeFaker(type, faker, report, context.Compilation, context.CancellationToken);
    }

    /// <summary>Plans one entity and reports every problem and finding but CF0011, which only a faker naming it makes a problem (<paramref name="named"/>).</summary>
    private static void AnalyzeEntity(INamedTypeSymbol type, Location? fallback, Reporter report, CancellationToken cancellationToken, bool named = false)
        => report.All(EntityFindings(type, report.State, cancellationToken).Where(f => named || !IsBuilderProblem(f)), new SiteLocator(type, fallback, cancellationToken));

    /// <summary>A reason the entity's builder cannot be built at all (CF0011), which matters only to a faker that names it.</summary>
    private static bool IsBuilderProblem(Finding finding) => finding.Id == DiagnosticIds.FakerDeclaration;

    /// <summary>What the analysis of an entity reports, computed once per compilation (a faker's data set checks against it too).</summary>
    private static IReadOnlyList<Finding> EntityFindings(INamedTypeSymbol type, CompilationState state, CancellationToken cancellationToken)
        => state.Findings(type, () =>
        {
            var model = WithParentMembers(type, state, cancellationToken);
            var plan = EntityPlanner.Plan(model);
            var (toldAtOwnedType, invariantsToldAtOwnedType) = OwnedConstraintsAnalysedAlone(type, model);
            bool ToldAtOwnedType(ProblemSite site)
                => site.Member is { } member ? toldAtOwnedType.Contains(member) : site.Attribute is { } declared && invariantsToldAtOwnedType.Contains(declared);
            // The entity-level CF0011 (no usable constructor, abstract) is the faker's to tell; one at a member or attribute
            // (two row locals named alike, a rule's parent path named like a member) is kept, for the faker to tell there
            // (IsBuilderProblem).
            return plan.Problems.Where(p => p.Id != DiagnosticIds.FakerDeclaration || p.Sites.Any(s => s.Member is not null || s.Attribute is not null))
                .Select(p => p.Id == DiagnosticIds.FakerDeclaration ? p.ToFinding() with { Message = $"cannot be built: {p.Detail}" } : p.ToFinding())
                .Concat(EntityChecks.Check(model, plan, CountedMemberParser.Parse(type)))
                .Where(f => !(f.Sites.Count > 0 && f.Sites.All(ToldAtOwnedType)))
                .Concat(OwnedElementProblems(type, plan))
                .ToList();
        });

    /// <summary>What the analysis of an enum's <c>[Transitions]</c> reports, computed once per compilation.</summary>
    private static IReadOnlyList<Finding> EnumFindings(INamedTypeSymbol type, CompilationState state)
        => state.Findings(type, () => StateMachineParser.Parse(type) is { } machine ? StateMachineCheck.Check(machine).ToList() : new List<Finding>());

    /// <summary>
    /// The entity's model with the members of the parents its constraints read through reference navigations
    /// (<c>Master.Level</c>, <c>Order.Customer.RegisteredAt</c>), as the generator plans it: every entity reached
    /// through references, so that a path is judged by the member at its end, not as a name the entity lacks.
    /// </summary>
    private static EntityModel WithParentMembers(INamedTypeSymbol type, CompilationState state, CancellationToken cancellationToken)
    {
        var model = state.Model(type, cancellationToken);
        var reached = new Dictionary<INamedTypeSymbol, EntityModel>(SymbolEqualityComparer.Default) { [type] = model };
        var pending = new Queue<INamedTypeSymbol>();
        pending.Enqueue(type);
        while (pending.Count > 0)
        {
            var current = pending.Dequeue();
            foreach (var navigation in reached[current].Navigations.Where(n => n.Kind == NavigationKind.Reference))
            {
                if (EntityParser.Property(current, navigation.Name)?.Type is not INamedTypeSymbol target || reached.ContainsKey(target)) continue;
                reached[target] = state.Model(target, cancellationToken);
                pending.Enqueue(target);
            }
        }
        return Generator.Planning.Relationships.ParentPaths.WithParentMembers(model, reached.Values.ToList());
    }

    /// <summary>
    /// The problems of an owned collection's element type that is not analysed on its own (it is read from a compiled
    /// assembly): told at the collection, since the elements' builder throws for them.
    /// </summary>
    private static IEnumerable<Finding> OwnedElementProblems(INamedTypeSymbol owner, EntityPlan plan)
    {
        foreach (var collection in plan.OwnedCollections)
        {
            if (EntityParser.Property(owner, collection.Name) is not { } property || NavigationParser.ElementType(property.Type) is not INamedTypeSymbol element) continue;
            if (AnalysedAlone(element)) continue;
            var site = new[] { ProblemSite.On(collection.Name, null) }.ToEquatableArray();
            foreach (var problem in collection.Element.Problems.Select(p => p.ToFinding()))
                yield return problem with { Message = $"{collection.Name}: the owned {element.Name}: {problem.Message}", Sites = site };
        }
    }

    /// <summary>
    /// The owner's <c>{Property}_{Member}</c> members, and the invariants, that stand for an owned type in this
    /// compilation carrying constraints (held by the owner or inside another owned object): that type is analysed
    /// on its own, at its own attributes, so what its members and invariants alone are part of is told there, not
    /// again at the owner (an owned type from a referenced assembly is told at the owner).
    /// </summary>
    private static (HashSet<string> Members, HashSet<string> Invariants) OwnedConstraintsAnalysedAlone(INamedTypeSymbol owner, EntityModel model)
    {
        var members = new HashSet<string>();
        var paths = new HashSet<string>();
        void Visit(INamedTypeSymbol holder, OwnedReferenceModel owned)
        {
            if (EntityParser.Property(holder, owned.Property)?.Type is not INamedTypeSymbol ownedType) return;
            if (AnalysedAlone(ownedType))
            {
                members.UnionWith(owned.AllMembers().Select(m => m.Name));
                paths.UnionWith(owned.SelfAndInner().Select(o => o.Path));
                return;
            }
            foreach (var inner in owned.Owned) Visit(ownedType, inner);
        }
        foreach (var owned in model.Owned) Visit(owner, owned);
        var invariants = new HashSet<string>(model.Invariants.Where(i => i.OwnedBy is { } path && paths.Contains(path)).Select(i => i.Declared));
        return (members, invariants);
    }

    /// <summary>
    /// Whether an owned type is analysed on its own: it carries constraints and is source, of this compilation or of
    /// a referenced project, whose own analysis tells its problems; one read from a compiled assembly is not.
    /// </summary>
    private static bool AnalysedAlone(INamedTypeSymbol owned) => owned.Locations.Any(l => l.IsInSource) && CarriesConstraints(owned);

    private static void AnalyzeFaker(INamedTypeSymbol faker, AttributeData attribute, Reporter report, Compilation compilation, CancellationToken cancellationToken)
    {
        var declaration = faker.Locations.FirstOrDefault(l => l.IsInSource);
        var own = FakerParser.WhyNotEmittable(faker);
        var outer = FakerParser.NonPartialContainer(faker);
        var why = own ?? (outer is null ? null : $"it is nested in {outer.Name}, which is not partial");
        // Adding partial (to the faker and every type around it) mends exactly these two cases.
        var isMissingPartial = own == FakerParser.NotPartial || own is null && outer is not null;
        if (why is not null && declaration is not null)
            report.Declaration(faker.Name, $"no code is generated for it: {why}", declaration, isMissingPartial);

        var arguments = (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax)?.ArgumentList?.Arguments;
        var fallback = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? declaration;
        var names = new FakerParser.TakenNames(faker.Name);
        var built = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var values = AttributeReader.ParamsValues(attribute).ToList();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].IsNull || values[i].Value is not INamedTypeSymbol named || named.TypeKind == TypeKind.Error) continue;
            var at = arguments is { } list && i < list.Count ? list[i].GetLocation() : fallback ?? Location.None;
            var entities = FakerParser.IsDbContext(named) ? FakerParser.DbSetProperties(named).ToList() : new List<INamedTypeSymbol> { named };
            foreach (var entity in entities)
            {
                var noBuilder = FakerParser.WhyNoBuilder(entity, faker, names, () => report.State.Model(entity, cancellationToken), out var model);
                if (noBuilder is not null)
                {
                    report.Declaration(entity.Name, $"gets no builder: {noBuilder}", at);
                    continue;
                }
                built.Add(entity);
                if (model!.Problem is not null) report.Declaration(entity.Name, $"cannot be built: {model.Problem}", at);
                // Classes in this compilation that carry constraints are analysed on their own, but for what stops the builder; the rest here.
                else if (!(entity.Locations.Any(l => l.IsInSource) && CarriesConstraints(entity))) AnalyzeEntity(entity, at, report, cancellationToken, named: true);
                else report.All(EntityFindings(entity, report.State, cancellationToken).Where(IsBuilderProblem), new SiteLocator(entity, at, cancellationToken));
            }
        }
        ReportDataSetProblems(faker, attribute, fallback, built, report, compilation, cancellationToken);
    }

    /// <summary>
    /// The faker's data set, planned as the generator plans it: each problem that makes <c>DataSet().Build()</c> throw
    /// (CF0008, or the ID it carries), at the member or attribute at fault, else at <c>[ConstrainedFaker]</c>; not
    /// when the analysis of that entity (or enum) already reports the same problem there, so each problem is told once.
    /// </summary>
    private static void ReportDataSetProblems(INamedTypeSymbol faker, AttributeData attribute, Location? fallback, HashSet<INamedTypeSymbol> named, Reporter report,
        Compilation compilation, CancellationToken cancellationToken)
    {
        var entities = new Dictionary<string, INamedTypeSymbol>();
        EntityModel Read(INamedTypeSymbol entity)
        {
            entities[entity.Name] = entity;
            return report.State.Model(entity, cancellationToken);
        }
        if (FakerParser.Parse(faker, attribute, compilation, cancellationToken, Read) is not { } model) return;
        var dataSet = EntityPlanner.DataSet(model);
        foreach (var problem in dataSet.Problems)
        {
            var type = problem.Type is null ? null : entities.TryGetValue(problem.Type, out var entity) ? entity : EnumOf(problem.Type, entities.Values);
            if (type is not null && problem.Site is { } at && OwnFindings(type, named, report.State, cancellationToken).Any(f => IsSameProblem(f, problem.Id, at))) continue;
            var site = type is null ? ProblemSite.OnType(AttributeReader.Declared(attribute)) : problem.Site;
            var finding = new Finding(problem.Id, problem.Message, site is null ? EquatableArray<ProblemSite>.Empty : new[] { site }.ToEquatableArray(), problem.Suggestion);
            // A type compiled elsewhere (an entity, an enum) has no place in source: the problem is told at the faker's attribute.
            report.All(new[] { finding }, new SiteLocator(type ?? faker, fallback, cancellationToken));
        }
        // A [Popularity] the data set ignores does not stop it, but the user meant something by it.
        foreach (var (entity, finding) in PopularityPlacementCheck.Check(model.Entities, dataSet))
            report.All(new[] { finding }, new SiteLocator(entities[entity.Name], fallback, cancellationToken));
    }

    /// <summary>What the analysis of a type reports on its own: a faker's entity, a class in source with constraints, an enum with <c>[Transitions]</c>; nothing for others.</summary>
    private static IReadOnlyList<Finding> OwnFindings(INamedTypeSymbol type, HashSet<INamedTypeSymbol> named, CompilationState state, CancellationToken cancellationToken)
        => type.TypeKind == TypeKind.Enum ? (type.Locations.Any(l => l.IsInSource) ? EnumFindings(type, state) : new List<Finding>())
            : named.Contains(type) || type.Locations.Any(l => l.IsInSource) && CarriesConstraints(type) ? EntityFindings(type, state, cancellationToken)
            : new List<Finding>();

    /// <summary>
    /// Whether a finding of the type's own analysis tells the data set's problem already: the same ID where the finding is
    /// reported (the same attribute, or the same member or type itself). A different ID, or another attribute of the same
    /// member, is another problem, which fixing the first would not mend, so it is told too (advice, CF0006, CF0007 and
    /// CF0010, shares no ID with a data-set problem, so it never hides one).
    /// </summary>
    private static bool IsSameProblem(Finding told, string id, ProblemSite site) => told.Id == id && told.Sites.Count > 0 && told.Sites[0] == site;

    /// <summary>The enum (by its fully qualified name) that a member of one of the entities has, or null.</summary>
    private static INamedTypeSymbol? EnumOf(string fullName, IEnumerable<INamedTypeSymbol> entities)
        => entities.SelectMany(EntityParser.Properties)
            .Select(p => p.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : p.Type)
            .OfType<INamedTypeSymbol>()
            .FirstOrDefault(t => t.TypeKind == TypeKind.Enum && t.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == fullName);

    /// <summary>Whether the class, a base class or one of their properties carries a constraint attribute (or a <c>[ForeignKey]</c>, a unique <c>[Index]</c> or a <c>[PrimaryKey]</c>).</summary>
    private static bool CarriesConstraints(INamedTypeSymbol type)
    {
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            if (t.GetAttributes().Any(IsConstraint)) return true;
            if (t.GetMembers().OfType<IPropertySymbol>().Any(p => p.GetAttributes().Any(IsConstraint))) return true;
        }
        return false;
    }

    /// <summary>A constraint, or a <c>[ForeignKey]</c>, unique <c>[Index]</c> or <c>[PrimaryKey]</c>, whose names the analysis checks (CF0003).</summary>
    private static bool IsConstraint(AttributeData attribute)
        => AttributeReader.MetadataName(attribute) is var name
            && (AttributeNames.IsConstraint(name) || name == AttributeNames.ForeignKey || name == AttributeNames.PrimaryKey
                || name == AttributeNames.Index && AttributeReader.Flag(attribute, "IsUnique"));

    /// <summary>Reports findings at their located sites, each (ID, place, message) once per compilation.</summary>
    private sealed class Reporter
    {
        private readonly SymbolAnalysisContext _context;
        public Reporter(SymbolAnalysisContext context, CompilationState state)
        {
            _context = context;
            State = state;
        }

        public CompilationState State { get; }

        public void All(IEnumerable<Finding> findings, SiteLocator locator)
        {
            foreach (var finding in findings)
            {
                var (locations, subject) = locator.Locate(finding.Sites);
                if (locations.Count == 0) continue;
                var properties = finding.Suggestion is null
                    ? ImmutableDictionary<string, string?>.Empty
                    : ImmutableDictionary<string, string?>.Empty.Add(SuggestionProperty, finding.Suggestion);
                Report(Diagnostic.Create(Descriptors.For(finding.Id), locations[0], locations.Skip(1), properties, subject, finding.Message));
            }
        }

        public void Declaration(string subject, string message, Location location, bool isMissingPartial = false)
        {
            var properties = isMissingPartial ? ImmutableDictionary<string, string?>.Empty.Add(MissingPartialProperty, "true") : ImmutableDictionary<string, string?>.Empty;
            Report(Diagnostic.Create(Descriptors.FakerDeclaration, location, properties, subject, message));
        }

        private void Report(Diagnostic diagnostic)
        {
            var location = diagnostic.Location;
            var key = $"{diagnostic.Id}|{location.SourceTree?.FilePath}|{location.SourceSpan}|{diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            if (State.FirstReport(key)) _context.ReportDiagnostic(diagnostic);
        }
    }
}
