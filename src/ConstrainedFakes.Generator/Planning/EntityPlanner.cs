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
            return new(faker.Namespace, faker.Name, faker.Containers, faker.Entities.Select(Plan).ToEquatableArray(),
                faker.SkippedEntities, faker.DeclaredConstructors, faker.Failure);
        }
        catch (System.Exception exception)
        {
            return new(faker.Namespace, faker.Name, faker.Containers, EquatableArray<EntityPlan>.Empty,
                faker.SkippedEntities, faker.DeclaredConstructors, $"planning failed: {exception.GetType().Name}: {exception.Message}");
        }
    }

    public static EntityPlan Plan(EntityModel entity)
    {
        var problems = new List<ProblemPlan>();
        if (entity.Problem is not null)
            problems.Add(new ProblemPlan(DiagnosticIds.FakerDeclaration, entity.Problem, EquatableArray<string>.Empty, new[] { new ProblemSite(null, null) }.ToEquatableArray()));

        var names = (First: NameMember(entity, SemanticKind.FirstName), Last: NameMember(entity, SemanticKind.LastName));
        var members = new List<MemberPlan>();
        foreach (var member in entity.Members)
        {
            var (plan, memberProblems) = MemberPlanner.Plan(member, entity.Name, names);
            if (plan is not null) members.Add(plan);
            problems.AddRange(memberProblems);
        }

        members = ComputedPlanner.Plan(entity, members, problems);
        var opaque = new List<OpaquePlan>();
        // Planned even when a member failed: its names and types are still checked, so every problem is told at
        // once (the projection itself stops at a member with no plan).
        var (linear, linearProblems) = Constraints.LinearPlanner.Plan(entity, members, opaque);
        problems.AddRange(linearProblems);
        members = ComputedPlanner.ProjectProducts(members, linear);
        members = ShapePlanner.Shape(entity, members, linear, problems);
        var (grouped, groups, checkedInvariants) = Constraints.CategoricalPlanner.Plan(entity, members, opaque, problems);
        members = grouped;

        // Names first (stable otherwise), so an email or full name can read the row's own names;
        // computed members last, after their inputs.
        var samplingOrder = members
            .Select((m, i) => (m.Name, Rank: m.Name == names.First || m.Name == names.Last ? 0 : m.Sampler is ComputedSampler ? 2 : 1, Index: i))
            .OrderBy(x => x.Rank).ThenBy(x => x.Index)
            .Select(x => x.Name)
            .ToList();
        samplingOrder = ComputedPlanner.OrderComputed(samplingOrder, members, problems);
        return new EntityPlan(entity.Name, entity.FullName, entity.IsPublic, members.ToEquatableArray(), samplingOrder.ToEquatableArray(),
            entity.ConstructorParameters, entity.Skipped, problems.ToEquatableArray(), linear, checkedInvariants.ToEquatableArray(), groups.ToEquatableArray());
    }

    /// <summary>The string member holding the row's first (or last) name, declared or inferred; null when there is none.</summary>
    private static string? NameMember(EntityModel entity, SemanticKind kind)
        => entity.Members.FirstOrDefault(m => m.Type.Kind == ScalarKind.String && !m.IsKey
            && (m.Semantic ?? SemanticInference.Infer(m.Name, entity.Name)) == kind)?.Name;
}
