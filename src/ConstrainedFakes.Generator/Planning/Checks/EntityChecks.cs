using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Constraints;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>
/// Findings about an entity that do not stop a row from being built (its problems are the plan's):
/// capacities, constraints that do not apply, correlations, relationships, unique indexes, sequences, implied constraints
/// and narrowed ranges. Declared distributions are checked by the planner itself (their problems stop a build).
/// </summary>
internal static class EntityChecks
{
    public static IEnumerable<Finding> Check(EntityModel entity, EntityPlan plan, EquatableArray<CountedMemberModel> navigations)
        => UniqueCapacityCheck.Check(entity, plan)
            .Concat(RangeTypeCheck.Check(entity))
            .Concat(CorrelationCheck.Check(entity))
            .Concat(ComputedRangeCheck.Check(entity, plan))
            .Concat(RelationshipCheck.Check(navigations))
            .Concat(ForeignKeyCheck.Check(entity))
            .Concat(UniqueIndexCheck.Check(entity))
            .Concat(CurrentStateCheck.Check(entity, navigations))
            .Concat(PopularityCheck.Check(entity))
            .Concat(navigations.Where(n => n.Sequence is not null).SelectMany(n => SequenceCheck.Check(n, n.Sequence!)))
            .Concat(Advice(entity, plan));

    /// <summary>CF0010 advice, from one system shared by both checks (each projection is the costly part of the analysis).</summary>
    private static IEnumerable<Finding> Advice(EntityModel entity, EntityPlan plan)
    {
        if (plan.Problems.Count > 0 || plan.Linear is null || LinearPlanner.AdvisorySystem(entity, plan.Members.ToList()) is not { } system)
            return Enumerable.Empty<Finding>();
        return EffectiveRangeCheck.Check(plan, system).Concat(ImpliedConstraintCheck.Check(system));
    }
}
