namespace ConstrainedFakes.Reports;

/// <summary>
/// One declared <c>[Invariant]</c> of an entity, as the generator writes it for the fidelity report: the
/// expression as declared, evaluated over a finished row and the parents its paths read (never the bounds
/// the planner projected from it). A faker lists them in its generated <c>InvariantChecks</c>.
/// </summary>
/// <param name="Entity">The entity type the invariant is declared on.</param>
/// <param name="Declared">The attribute as written, e.g. <c>[Invariant("Discount &lt;= 0.3m * Value")]</c>.</param>
/// <param name="Parents">The reference navigations its paths read, in the order <paramref name="Holds"/> takes the parents.</param>
/// <param name="Holds">Whether the row holds it, given its parents; null when it does not apply (a null member) or a parent is missing.</param>
public sealed record InvariantCheck(Type Entity, string Declared, IReadOnlyList<string> Parents, Func<object, object?[], bool?> Holds);
