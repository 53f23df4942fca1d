using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning;

/// <summary>How a member's value is drawn. Each case carries the constants the emitted code uses.</summary>
internal abstract record SamplerPlan;

/// <summary>A primary key: row index + 1 for integers, a deterministic Guid, or <c>{Entity}-{n}</c> for strings.</summary>
internal sealed record KeySampler(ScalarKind Kind) : SamplerPlan;

/// <summary>A foreign key: the type's default (null, or 0 for a required key) until a data set or <c>With{Navigation}</c> sets it from the parent.</summary>
internal sealed record ForeignKeySampler : SamplerPlan;

/// <summary>A uniform integer in [Min, Max], skipping <paramref name="Excluded"/> (sorted).</summary>
internal sealed record IntegerSampler(long Min, long Max, EquatableArray<long> Excluded) : SamplerPlan;

/// <summary>A uniform decimal on the lattice [MinUnits, MaxUnits] × 10^-Scale, skipping <paramref name="ExcludedUnits"/>.</summary>
internal sealed record DecimalSampler(long MinUnits, long MaxUnits, int Scale, EquatableArray<long> ExcludedUnits) : SamplerPlan;

/// <summary>A uniform double or float in [Min, Max] (bounds already moved inward past exclusive limits).</summary>
internal sealed record RealSampler(double Min, double Max, bool IsSingle) : SamplerPlan;

/// <summary>A date or time on a lattice of <paramref name="TicksPerUnit"/> ticks (days for DateOnly), uniform in [MinUnits, MaxUnits].</summary>
internal sealed record TemporalSampler(ScalarKind Kind, long MinUnits, long MaxUnits, long TicksPerUnit) : SamplerPlan;

/// <summary><c>true</c> with the given probability.</summary>
internal sealed record BoolSampler(double Probability) : SamplerPlan;

/// <summary>A random (version 4) Guid.</summary>
internal sealed record GuidSampler : SamplerPlan;

/// <summary>One of a fixed list of C# values; weighted by running sums, or uniform when <paramref name="CumulativeWeights"/> is empty.</summary>
internal sealed record ChoiceSampler(EquatableArray<string> Values, EquatableArray<double> CumulativeWeights) : SamplerPlan;

/// <summary>Realistic text of a kind, <paramref name="MinLength"/> to <paramref name="MaxLength"/> characters, redrawn (boundedly) past denied values.</summary>
/// <param name="Kind">The kind of text.</param>
/// <param name="MinLength">The minimum length.</param>
/// <param name="MaxLength">The maximum length (int.MaxValue for none).</param>
/// <param name="FirstNameMember">The row's first-name member that emails, user names and full names are built from, if any.</param>
/// <param name="LastNameMember">The row's last-name member, if any.</param>
/// <param name="Denied">Denied values as C# string literals.</param>
internal sealed record TextSampler(SemanticKind Kind, int MinLength, int MaxLength, string? FirstNameMember, string? LastNameMember, EquatableArray<string> Denied) : SamplerPlan;

/// <summary>
/// A <c>[Unique]</c> member: row i takes the i-th value of a keyed permutation of <paramref name="Inner"/>'s
/// domain (integers, decimals and dates on their lattice, choices), or, for text, the inner text with a
/// distinct number woven in after <paramref name="Separator"/>. At most <paramref name="Capacity"/> rows.
/// </summary>
internal sealed record UniqueSampler(SamplerPlan Inner, ulong Capacity, string? Separator) : SamplerPlan;

/// <summary>
/// A <c>[Computed]</c> member: <paramref name="Expression"/> (C#, with the inputs' row locals) evaluated after
/// its inputs; the member's own checks are then applied to the row (C7: a failing row is redrawn).
/// </summary>
/// <param name="Expression">The expression, rewritten over the row's locals.</param>
/// <param name="Inputs">The members it reads.</param>
/// <param name="Range">The member's own range on its lattice, when it declares one.</param>
internal sealed record ComputedSampler(string Expression, EquatableArray<string> Inputs, LatticeRange? Range = null) : SamplerPlan;

/// <summary>A lattice member's own bounds in whole units of 10^-<paramref name="Scale"/> (scale 0 for integers).</summary>
/// <param name="Minimum">The lower bound in units.</param>
/// <param name="Maximum">The upper bound in units.</param>
/// <param name="Scale">The decimal scale.</param>
internal sealed record LatticeRange(long Minimum, long Maximum, int Scale);

/// <summary>A member of a categorical group: its value is column <c>Member</c> of the tuple the group draws.</summary>
/// <param name="Group">The group's index in <see cref="EntityPlan.Groups"/>.</param>
internal sealed record GroupSampler(int Group) : SamplerPlan;

/// <summary>
/// One factor of a <c>[Computed("A * B")]</c> member with a range of its own, both factors positive: drawn
/// inside bounds that keep the product in range (exact projection, no redraw), in whole units (1, or
/// 10^-scale for a decimal). The first factor's bounds use the other factor's own bounds; the second's use
/// the first factor's value.
/// </summary>
/// <param name="Other">The other factor.</param>
/// <param name="IsFirst">Whether this factor is drawn first.</param>
/// <param name="Own">This factor's own bounds in units.</param>
/// <param name="OtherRange">The other factor's own bounds in units.</param>
/// <param name="ProductMinimum">The least product of the two factors' units that keeps the product in range.</param>
/// <param name="ProductMaximum">The greatest such product.</param>
/// <param name="Product">The computed member, for comments.</param>
internal sealed record FactorSampler(string Other, bool IsFirst, LatticeRange Own, LatticeRange OtherRange, long ProductMinimum, long ProductMaximum, string Product) : SamplerPlan;
