namespace ConstrainedFakes.Reports;

/// <summary>
/// One declared <c>[Invariant]</c> of an entity, or one <c>[Computed]</c> member's expression, as the generator
/// writes it for the fidelity report: the expression as declared, evaluated over a finished row and the parents
/// its paths read (never the bounds the planner projected from it). A faker lists them in its generated
/// <c>InvariantChecks</c>.
/// </summary>
/// <param name="Entity">The entity type the invariant is declared on.</param>
/// <param name="Declared">The attribute as written, e.g. <c>[Invariant("Discount &lt;= 0.3m * Value")]</c>.</param>
/// <param name="Parents">The reference navigations to the parents its paths read (<c>Policy</c>, or <c>Policy.Holder</c> for a parent's parent), in the order <paramref name="Holds"/> takes the parents.</param>
/// <param name="Holds">Whether the row holds it, given its parents; null when it does not apply (a null member) or a parent is missing.</param>
/// <param name="Computed">For a <c>[Computed]</c> member, its name: the check is that its stored value equals the expression. Null for an <c>[Invariant]</c>.</param>
public sealed record InvariantCheck(Type Entity, string Declared, IReadOnlyList<string> Parents, Func<object, object?[], bool?> Holds, string? Computed = null);
