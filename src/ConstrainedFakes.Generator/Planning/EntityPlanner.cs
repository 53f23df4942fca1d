using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning;

/// <summary>Plans every member of an entity and orders them so that text built from the row's names comes after the names.</summary>
internal static class EntityPlanner
{
    /// <summary>Plans every entity; an internal error becomes the plan's <see cref="FakerPlan.Failure"/>, never an exception.</summary>
    public static FakerPlan Plan(FakerModel faker)
    {
        try
        {
            var (dataSet, models) = Links(faker);
            var plans = models.Select(m => PlanInDataSet(m, dataSet, faker, null)).ToList();
            AskParents(faker, models, plans, (m, required) => PlanInDataSet(m, dataSet, faker, required));
            var entities = plans.ToEquatableArray();
            dataSet = Relationships.StateMachinePlanner.Attach(dataSet, faker.Entities, name => entities.First(p => p.Name == name));
            return new(faker.Namespace, faker.Name, faker.Containers, entities, faker.SkippedEntities, faker.DeclaredConstructors, faker.Failure, dataSet);
        }
        catch (System.Exception exception)
        {
            return new(faker.Namespace, faker.Name, faker.Containers, EquatableArray<EntityPlan>.Empty,
                faker.SkippedEntities, faker.DeclaredConstructors, $"planning failed: {exception.GetType().Name}: {exception.Message}");
        }
    }

    /// <summary>
    /// Plans parents again with what their children's constraints ask of them, and their own parents with what that
    /// asks in turn, until a round asks nothing new: a claim's rule on <c>Adjuster.Office.Limit</c> narrows the
    /// adjuster's <c>Office.Limit</c>, which narrows the office. Rounds are bounded by the number of entities, since
    /// each one reaches one level further up (a self-reference settles in its first rounds).
    /// </summary>
    private static void AskParents(FakerModel faker, List<EntityModel> models, List<EntityPlan> plans,
        System.Func<EntityModel, IReadOnlyList<Constraints.DeclaredInequality>?, EntityPlan> planEntity)
    {
        var asked = new Dictionary<string, string>();
        for (var round = 0; round < models.Count; round++)
        {
            var needed = Relationships.ParentBounds.Needed(models, plans);
            var changed = false;
            for (var i = 0; i < models.Count; i++)
            {
                if (!needed.TryGetValue(models[i].Name, out var needs)) continue;
                var signature = needs.Signature;
                if (asked.TryGetValue(models[i].Name, out var before) && before == signature) continue;
                asked[models[i].Name] = signature;
                changed = true;
                if (needs.Paths.Count > 0) models[i] = Relationships.ParentPaths.WithParentMembers(models[i], faker.Entities, needs.Paths);
                plans[i] = planEntity(models[i], needs.Inequalities);
            }
            if (!changed) return;
        }
    }

    /// <summary>
    /// The faker's data set as <see cref="Plan(FakerModel)"/> makes it, with every problem that stops it, for the analyzer:
    /// an entity is planned only when its times follow a <c>[Sequence]</c>, the one place the data set reads a plan.
    /// </summary>
    public static Relationships.DataSetPlan DataSet(FakerModel faker)
    {
        var (dataSet, models) = Links(faker);
        return Relationships.StateMachinePlanner.Attach(dataSet, faker.Entities, name => PlanInDataSet(models.First(m => m.Name == name), dataSet, faker, null));
    }

    /// <summary>The links between the faker's entities, and the entities as a data set plans them (unique indexes held, parents' members read through navigations).</summary>
    private static (Relationships.DataSetPlan DataSet, List<EntityModel> Models) Links(FakerModel faker)
    {
        var dataSet = Relationships.RelationshipPlanner.Plan(faker.Entities, faker.JoinEntities);
        var problems = new List<Relationships.DataSetProblem>();
        var models = faker.Entities.Select(e =>
        {
            var (unique, indexProblems) = Relationships.UniqueIndexes.WithUniqueMembers(e, dataSet);
            problems.AddRange(indexProblems);
            return Relationships.ParentPaths.WithParentMembers(unique, faker.Entities);
        }).ToList();
        problems.AddRange(Relationships.BackReferences.ReadThrough(models, dataSet));
        problems.AddRange(models.SelectMany(m => Relationships.ParentPaths.ClashesOnTheWay(m, faker.Entities)).Distinct());
        if (problems.Count > 0) dataSet = dataSet with { Problems = dataSet.Problems.Concat(problems).ToEquatableArray() };
        return (dataSet, models);
    }

    private static EntityPlan PlanInDataSet(EntityModel entity, Relationships.DataSetPlan dataSet, FakerModel faker, IReadOnlyList<Constraints.DeclaredInequality>? required)
        => Plan(entity, Relationships.RelationshipPlanner.ForeignKeys(entity, dataSet), required) with
        {
            Navigations = Relationships.RelationshipPlanner.Navigations(entity, dataSet, faker.Entities),
            InvariantChecks = Constraints.InvariantChecks.Plan(entity),
        };

    /// <summary>Plans one entity.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="foreignKeys">Members a data set sets from parent rows.</param>
    /// <param name="required">Inequalities over the entity's members that its children's constraints need.</param>
    public static EntityPlan Plan(EntityModel entity, ISet<string>? foreignKeys = null, IReadOnlyList<Constraints.DeclaredInequality>? required = null)
    {
        var problems = new List<ProblemPlan>();
        if (entity.Problem is not null)
            problems.Add(new ProblemPlan(DiagnosticIds.FakerDeclaration, entity.Problem, EquatableArray<string>.Empty, new[] { new ProblemSite(null, null) }.ToEquatableArray()));

        var names = (First: NameMember(entity, SemanticKind.FirstName), Last: NameMember(entity, SemanticKind.LastName));
        var members = new List<MemberPlan>();
        foreach (var member in entity.Members)
        {
            var (plan, memberProblems) = MemberPlanner.Plan(member, entity.Name, names, foreignKeys?.Contains(member.Name) == true);
            var ownedPath = entity.Owned.SelectMany(o => o.AllMembers()).FirstOrDefault(m => m.Name == member.Name).Path;
            if (plan is not null) members.Add(plan with { ParentNavigation = member.ParentNavigation, ParentPath = member.ParentPath, ParentType = member.ParentType, HeldPath = member.HeldPath, OwnedPath = ownedPath });
            problems.AddRange(memberProblems);
        }

        members = ComputedPlanner.Plan(entity, members, problems);
        var (correlated, copula, notes) = Correlation.CopulaPlanner.Plan(entity, members, problems);
        members = correlated;
        var opaque = new List<OpaquePlan>();
        // Planned even when a member failed: its names and types are still checked, so every problem is told at
        // once (the projection itself stops at a member with no plan).
        var (linear, linearProblems) = Constraints.LinearPlanner.Plan(entity, members, opaque, required);
        problems.AddRange(linearProblems);
        members = ComputedPlanner.ProjectProducts(members, linear);
        members = ShapePlanner.Shape(entity, members, linear, problems);
        var (grouped, groups, checkedInvariants) = Constraints.CategoricalPlanner.Plan(entity, members, opaque, linear, problems);
        members = grouped;

        // Names first (stable otherwise), so an email or full name can read the row's own names;
        // computed members last, after their inputs.
        var samplingOrder = members
            .Select((m, i) => (m.Name, Rank: m.Name == names.First || m.Name == names.Last ? 0 : m.Sampler is ComputedSampler ? 2 : 1, Index: i))
            .OrderBy(x => x.Rank).ThenBy(x => x.Index)
            .Select(x => x.Name)
            .ToList();
        samplingOrder = ComputedPlanner.OrderComputed(samplingOrder, members, problems);
        var owned = OwnedPlan.Plan(entity, problems);
        var built = new EntityPlan(entity.Name, entity.FullName, entity.IsPublic, members.ToEquatableArray(), samplingOrder.ToEquatableArray(),
            entity.ConstructorParameters, entity.Skipped, problems.ToEquatableArray(), linear, checkedInvariants.ToEquatableArray(), groups.ToEquatableArray(), Copula: copula, Notes: notes.ToEquatableArray(),
            Owned: owned, RequiredNavigations: RequiredNavigations(entity), OwnedCollections: OwnedCollectionPlan.Plan(entity), Key: entity.Key);
        // A row local named twice would break the build in generated code: the builder throws instead, saying so.
        var clashes = Parsing.GeneratedNames.RowLocalClashes(members.Select(m => m.Name).ToList(), linear?.Variables.Select(v => v.Member).ToList() ?? new List<string>(),
                linear?.NullableMembers.ToList() ?? new List<string>(), built.Retries)
            .Select(c => new ProblemPlan(DiagnosticIds.FakerDeclaration, c.Message, EquatableArray<string>.Empty, new[] { ProblemSite.On(c.Member, null) }.ToEquatableArray()))
            .ToList();
        return clashes.Count == 0 ? built : built with { Problems = built.Problems.Concat(clashes).ToEquatableArray() };
    }

    private static EquatableArray<NavigationInitializer> RequiredNavigations(EntityModel entity)
        => entity.Navigations.Where(n => n.IsRequiredMember)
            .Select(n => new NavigationInitializer(n.Name, n.Kind == NavigationKind.Collection ? $"new global::System.Collections.Generic.List<{n.TargetFullName}>()" : "null!"))
            .ToEquatableArray();

    /// <summary>The string member holding the row's first (or last) name, declared or inferred; null when there is none.</summary>
    private static string? NameMember(EntityModel entity, SemanticKind kind)
        => entity.Members.FirstOrDefault(m => m.Type.Kind == ScalarKind.String && !m.IsKey
            && (m.Semantic ?? SemanticInference.Infer(m.Name, entity.Name)) == kind)?.Name;
}
