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
        if (type.TypeKind == TypeKind.Enum && StateMachineParser.Parse(type) is { } machine)
            report.All(StateMachineCheck.Check(machine), new SiteLocator(type, null, context.CancellationToken));
        var faker = type.GetAttributes().FirstOrDefault(a => AttributeReader.MetadataName(a) == AttributeNames.ConstrainedFaker);
        if (faker is not null) AnalyzeFaker(type, faker, report, context.Compilation, context.CancellationToken);
    }

    /// <summary>Plans one entity and reports every problem and finding but CF0011, which only a faker naming it makes a problem.</summary>
    private static void AnalyzeEntity(INamedTypeSymbol type, Location? fallback, Reporter report, CancellationToken cancellationToken)
    {
        var model = WithParentMembers(type, report.State, cancellationToken);
        var plan = EntityPlanner.Plan(model);
        var (toldAtOwnedType, invariantsToldAtOwnedType) = OwnedConstraintsAnalysedAlone(type, model);
        bool ToldAtOwnedType(ProblemSite site)
            => site.Member is { } member ? toldAtOwnedType.Contains(member) : site.Attribute is { } declared && invariantsToldAtOwnedType.Contains(declared);
        var findings = plan.Problems.Where(p => p.Id != DiagnosticIds.FakerDeclaration).Select(p => p.ToFinding())
            .Concat(EntityChecks.Check(model, plan, CountedMemberParser.Parse(type)))
            .Where(f => !(f.Sites.Count > 0 && f.Sites.All(ToldAtOwnedType)))
            .Concat(OwnedElementProblems(type, plan));
        report.All(findings, new SiteLocator(type, fallback, cancellationToken));
    }

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
                if (Property(current, navigation.Name)?.Type is not INamedTypeSymbol target || reached.ContainsKey(target)) continue;
                reached[target] = state.Model(target, cancellationToken);
                pending.Enqueue(target);
            }
        }
        return Generator.Planning.Relationships.ParentPaths.WithParentMembers(model, reached.Values.ToList());
    }

    private static IPropertySymbol? Property(INamedTypeSymbol type, string name)
    {
        for (var declaring = type; declaring is not null; declaring = declaring.BaseType)
        {
            if (declaring.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault() is { } property) return property;
        }
        return null;
    }

    /// <summary>
    /// The problems of an owned collection's element type that is not analysed on its own (it is read from a compiled
    /// assembly): told at the collection, since the elements' builder throws for them.
    /// </summary>
    private static IEnumerable<Finding> OwnedElementProblems(INamedTypeSymbol owner, EntityPlan plan)
    {
        foreach (var collection in plan.OwnedCollections)
        {
            var property = EntityParser.Properties(owner).FirstOrDefault(p => p.Name == collection.Name);
            if (property is null || NavigationParser.ElementType(property.Type) is not INamedTypeSymbol element) continue;
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
        void Visit(ITypeSymbol holder, OwnedReferenceModel owned)
        {
            if (holder.GetMembers(owned.Property).OfType<IPropertySymbol>().FirstOrDefault()?.Type is not INamedTypeSymbol ownedType) return;
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
        var names = new HashSet<string>();
        var built = new List<(INamedTypeSymbol Entity, Location At)>();
        var values = AttributeReader.ParamsValues(attribute).ToList();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].IsNull || values[i].Value is not INamedTypeSymbol named || named.TypeKind == TypeKind.Error) continue;
            var at = arguments is { } list && i < list.Count ? list[i].GetLocation() : fallback ?? Location.None;
            var entities = FakerParser.IsDbContext(named) ? FakerParser.DbSetProperties(named).ToList() : new List<INamedTypeSymbol> { named };
            foreach (var entity in entities)
            {
                var noBuilder = FakerParser.WhyNoBuilder(entity, faker) ?? (names.Add(entity.Name) ? null : $"another entity of this faker is already named {entity.Name}");
                if (noBuilder is not null)
                {
                    report.Declaration(entity.Name, $"gets no builder: {noBuilder}", at);
                    continue;
                }
                built.Add((entity, at));
                var model = report.State.Model(entity, cancellationToken);
                if (model.Problem is not null) report.Declaration(entity.Name, $"cannot be built: {model.Problem}", at);
                // Classes in this compilation that carry constraints are analysed on their own; the rest here.
                else if (!(entity.Locations.Any(l => l.IsInSource) && CarriesConstraints(entity))) AnalyzeEntity(entity, at, report, cancellationToken);
            }
        }
        ReportRequiredCycles(built, report, cancellationToken);
        if (why is null) ReportIgnoredPopularity(faker, attribute, report, compilation, cancellationToken);
    }

    /// <summary>CF0008 for each <c>[Popularity]</c> on a collection that the faker's data set ignores, read from the data set's own plan.</summary>
    private static void ReportIgnoredPopularity(INamedTypeSymbol faker, AttributeData attribute, Reporter report, Compilation compilation, CancellationToken cancellationToken)
    {
        var (types, joins) = FakerParser.Graph(attribute, compilation, cancellationToken);
        var names = new HashSet<string>();
        // As the generator does: each type that gets a builder, the first of a name.
        var entities = types.Where(t => FakerParser.WhyNoBuilder(t, faker) is null && names.Add(t.Name))
            .Select(t => (Symbol: t, Model: report.State.Model(t, cancellationToken))).ToList();
        foreach (var (entity, finding) in PopularityPlacementCheck.Check(entities.Select(e => e.Model).ToList(), joins))
        {
            var symbol = entities.First(e => ReferenceEquals(e.Model, entity)).Symbol;
            report.All(new[] { finding }, new SiteLocator(symbol, null, cancellationToken));
        }
    }

    /// <summary>CF0008 for cycles of required references among the faker's entities, at the first navigation of each.</summary>
    private static void ReportRequiredCycles(List<(INamedTypeSymbol Entity, Location At)> entities, Reporter report, CancellationToken cancellationToken)
    {
        var models = entities.Select(e => (Model: report.State.Model(e.Entity, cancellationToken), e.Entity, e.At)).ToList();
        foreach (var (entity, finding) in RequiredCycleCheck.Check(models.Select(m => m.Model).ToList()))
        {
            var (_, symbol, at) = models.First(m => ReferenceEquals(m.Model, entity));
            report.All(new[] { finding }, new SiteLocator(symbol, at, cancellationToken));
        }
    }

    /// <summary>Whether the class, a base class or one of their properties carries a constraint attribute (or a <c>[ForeignKey]</c>).</summary>
    private static bool CarriesConstraints(INamedTypeSymbol type)
    {
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            if (t.GetAttributes().Any(IsConstraint)) return true;
            if (t.GetMembers().OfType<IPropertySymbol>().Any(p => p.GetAttributes().Any(IsConstraint))) return true;
        }
        return false;
    }

    /// <summary>A constraint, or a <c>[ForeignKey]</c>, whose names the analysis checks (CF0003).</summary>
    private static bool IsConstraint(AttributeData attribute)
        => AttributeReader.MetadataName(attribute) is var name && (AttributeNames.IsConstraint(name) || name == AttributeNames.ForeignKey);

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
