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

/// <summary>One constrained member: its lattice, its own bounds, and its bounds given the earlier members.</summary>
/// <param name="Member">The member's name.</param>
/// <param name="Kind">Its type, which fixes how it converts to and from its value (ticks for dates and times).</param>
/// <param name="Step">The lattice step of its value, a decimal literal (1 for integers, 0.01m for cents, a second in ticks).</param>
/// <param name="Minimum">Its own lower bound in value units, a decimal literal.</param>
/// <param name="Maximum">Its own upper bound in value units, a decimal literal.</param>
/// <param name="Lower">Lower bounds given the earlier members (the largest applies).</param>
/// <param name="Upper">Upper bounds given the earlier members (the smallest applies).</param>
internal sealed record LinearVariable(
    string Member,
    ScalarKind Kind,
    string Step,
    string Minimum,
    string Maximum,
    EquatableArray<AffineBound> Lower,
    EquatableArray<AffineBound> Upper);

/// <summary>constant + Σ coefficient × operand.</summary>
/// <param name="Constant">A decimal literal.</param>
/// <param name="Terms">The terms.</param>
internal sealed record AffineBound(string Constant, EquatableArray<AffineTerm> Terms);

/// <summary>A coefficient times a member's value, or times a member's own lower or upper bound.</summary>
/// <param name="Coefficient">A decimal literal.</param>
/// <param name="Member">The member.</param>
/// <param name="Operand">Which quantity of the member.</param>
internal sealed record AffineTerm(string Coefficient, string Member, AffineOperand Operand);

/// <summary>What an <see cref="AffineTerm"/> multiplies.</summary>
internal enum AffineOperand
{
    Value,
    Minimum,
    Maximum,
}

/// <summary>A condition <c>Expression ≥ 0</c> on the members' own bounds, with the declared constraints it comes from.</summary>
/// <param name="Expression">The affine expression over bounds.</param>
/// <param name="Sources">The declared constraints, as written.</param>
internal sealed record BoundCondition(AffineBound Expression, EquatableArray<string> Sources);

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
