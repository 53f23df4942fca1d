namespace ConstrainedFakes.Reports;

/// <summary>The checks of one entity type's rows.</summary>
/// <param name="Entity">The entity type's name.</param>
/// <param name="Rows">How many rows it has.</param>
/// <param name="Checks">Every declared constraint of the entity, checked or measured, in declaration order.</param>
public sealed record EntityFidelity(string Entity, long Rows, IReadOnlyList<ConstraintCheck> Checks)
{
    /// <summary>Hard-constraint violations over all the entity's checks.</summary>
    public long Violations => Checks.Where(c => c.IsHard).Sum(c => c.Violations);
}
