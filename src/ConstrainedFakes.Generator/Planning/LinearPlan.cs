using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning;

/// <summary>
/// Cross-member linear constraints of one entity, solved at compile time: each variable's bounds as
/// affine expressions of the variables drawn before it and of every variable's own bounds (which a
/// fixed value collapses to one point), so drawing in order never backtracks.
/// </summary>
/// <param name="Variables">The constrained members in sampling order.</param>
/// <param name="Conditions">Conditions on the members' own bounds alone; they hold for the declared bounds and are checked when values are fixed.</param>
/// <param name="Sources">The declared cross-member constraints, as written.</param>
internal sealed record LinearPlan(EquatableArray<LinearVariable> Variables, EquatableArray<BoundCondition> Conditions, EquatableArray<string> Sources);

/// <summary>One constrained member: its lattice, its own bounds, and its bounds given the earlier members, all in its units.</summary>
/// <param name="Member">The member's name.</param>
/// <param name="Kind">Its type, which fixes how it converts to and from units (ticks for dates and times).</param>
/// <param name="Scale">For a decimal, its digits after the point (a unit is 10^-scale); 0 otherwise.</param>
/// <param name="Step">The lattice step in units: 1, or a second or a day in ticks.</param>
/// <param name="AnyUnit">Whether a window narrower than a step may take any unit inside it (times and dates with a time).</param>
/// <param name="Minimum">Its own lower bound in units.</param>
/// <param name="Maximum">Its own upper bound in units.</param>
/// <param name="Lower">Lower bounds given the earlier members (the largest applies).</param>
/// <param name="Upper">Upper bounds given the earlier members (the smallest applies).</param>
internal sealed record LinearVariable(
    string Member,
    ScalarKind Kind,
    int Scale,
    long Step,
    bool AnyUnit,
    long Minimum,
    long Maximum,
    EquatableArray<IntegerBound> Lower,
    EquatableArray<IntegerBound> Upper);

/// <summary>
/// ⌊(constant + Σ coefficient × operand) / divisor⌋, or ⌈…⌉ for a lower bound: exact integer arithmetic in
/// lattice units, in <see cref="long"/>, or in <c>Int128</c> when the sum could overflow.
/// </summary>
/// <param name="Constant">The constant.</param>
/// <param name="Terms">The terms.</param>
/// <param name="Divisor">The positive divisor (1 for none).</param>
/// <param name="Wide">Whether the sum needs 128 bits.</param>
internal sealed record IntegerBound(long Constant, EquatableArray<IntegerTerm> Terms, long Divisor, bool Wide);

/// <summary>A whole coefficient times a member's value, or times a member's own lower or upper bound, in units.</summary>
/// <param name="Coefficient">The coefficient.</param>
/// <param name="Member">The member.</param>
/// <param name="Operand">Which quantity of the member.</param>
internal sealed record IntegerTerm(long Coefficient, string Member, AffineOperand Operand);

/// <summary>What an <see cref="IntegerTerm"/> multiplies.</summary>
internal enum AffineOperand
{
    Value,
    Minimum,
    Maximum,
}

/// <summary>A condition <c>Expression ≥ 0</c> on the members' own bounds, with the declared constraints it comes from.</summary>
/// <param name="Expression">The sum over bounds (divisor 1).</param>
/// <param name="Sources">The declared constraints, as written.</param>
internal sealed record BoundCondition(IntegerBound Expression, EquatableArray<string> Sources);

/// <summary>An invariant outside the linear class, checked on each finished row (a false row is drawn again).</summary>
/// <param name="Expression">The C# expression as written.</param>
/// <param name="Source">The attribute, as written.</param>
internal sealed record OpaquePlan(string Expression, string Source);

/// <summary>
/// Categorical members tied by invariants (<c>Region != Region.US || Currency == "USD"</c>): every allowed
/// combination enumerated at compile time, drawn with the product of the members' own weights (C4).
/// </summary>
/// <param name="Members">The members, in order.</param>
/// <param name="Types">Their C# types, in the same order.</param>
/// <param name="Columns">For each member, its value (a C# literal) in each allowed combination.</param>
/// <param name="Weights">Each combination's weight.</param>
/// <param name="Sources">The invariants, as written.</param>
/// <param name="StreamKey">The stable hash that keys the group's draw.</param>
internal sealed record CategoricalGroup(
    EquatableArray<string> Members,
    EquatableArray<string> Types,
    EquatableArray<EquatableArray<string>> Columns,
    EquatableArray<double> Weights,
    EquatableArray<string> Sources,
    ulong StreamKey);
