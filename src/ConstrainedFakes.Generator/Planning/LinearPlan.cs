using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning;

/// <summary>
/// Cross-member linear constraints of one entity, solved at compile time: each variable's bounds as
/// affine expressions of the variables drawn before it and of every variable's own bounds (which a
/// fixed value collapses to one point), so drawing in order never backtracks. Disjunctions make several
/// branches, one per feasible choice of their cases; each row picks one, then draws inside its bounds.
/// </summary>
/// <param name="Variables">The constrained members in sampling order.</param>
/// <param name="Branches">One linear system per feasible choice of the disjunctions' cases; exactly one when there are none.</param>
/// <param name="Conditions">Conditions on the members' own bounds alone, shared by every branch; they hold for the declared bounds and are checked when values are fixed.</param>
/// <param name="Sources">The declared cross-member constraints, as written.</param>
/// <param name="Disjunctions">The invariants with several cases, as written (empty when there is one branch).</param>
/// <param name="GuardMembers">The categorical members the branches' guards read.</param>
/// <param name="BranchStreamKey">The stable hash that keys the row's choice among the branches.</param>
/// <param name="NullableMembers">Constrained members that may be null (their constraints hold vacuously then), one bit each in a null pattern.</param>
/// <param name="NullMasks">For each null pattern of <paramref name="NullableMembers"/>, the branches it admits; empty when there are none.</param>
internal sealed record LinearPlan(
    EquatableArray<LinearVariable> Variables,
    EquatableArray<LinearBranch> Branches,
    EquatableArray<BoundCondition> Conditions,
    EquatableArray<string> Sources,
    EquatableArray<string> Disjunctions,
    EquatableArray<string> GuardMembers,
    ulong BranchStreamKey,
    EquatableArray<string> NullableMembers,
    EquatableArray<int> NullMasks);

/// <summary>One constrained member: its lattice and its own bounds, in its units.</summary>
/// <param name="Member">The member's name.</param>
/// <param name="Kind">Its type, which fixes how it converts to and from units (ticks for dates and times).</param>
/// <param name="Scale">For a decimal, its digits after the point (a unit is 10^-scale); 0 otherwise.</param>
/// <param name="Step">The lattice step in units: 1, or a second or a day in ticks.</param>
/// <param name="AnyUnit">Whether a window narrower than a step may take any unit inside it (times and dates with a time).</param>
/// <param name="Minimum">Its own lower bound in units.</param>
/// <param name="Maximum">Its own upper bound in units.</param>
internal sealed record LinearVariable(
    string Member,
    ScalarKind Kind,
    int Scale,
    long Step,
    bool AnyUnit,
    long Minimum,
    long Maximum);

/// <summary>
/// One choice of the disjunctions' cases: a linear system like any other, with the categorical condition
/// under which a row may take it.
/// </summary>
/// <param name="Guard">A C# condition over the guard members (<c>true</c> when none): the row's categorical values must meet it.</param>
/// <param name="Bounds">Each variable's bounds given the earlier members, in variable order.</param>
/// <param name="Conditions">Conditions on the members' own bounds that this branch alone needs (a fixed value may rule it out).</param>
internal sealed record LinearBranch(string Guard, EquatableArray<VariableBounds> Bounds, EquatableArray<BoundCondition> Conditions);

/// <summary>A variable's bounds given the earlier members, in its units.</summary>
/// <param name="Lower">Lower bounds (the largest applies).</param>
/// <param name="Upper">Upper bounds (the smallest applies).</param>
internal sealed record VariableBounds(EquatableArray<IntegerBound> Lower, EquatableArray<IntegerBound> Upper);

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
/// <param name="BranchMasks">When the group holds the guards of the linear branches: for each combination, the branches it admits, one bit each; else empty.</param>
internal sealed record CategoricalGroup(
    EquatableArray<string> Members,
    EquatableArray<string> Types,
    EquatableArray<EquatableArray<string>> Columns,
    EquatableArray<double> Weights,
    EquatableArray<string> Sources,
    ulong StreamKey,
    EquatableArray<int> BranchMasks);
