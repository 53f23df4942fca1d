using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Linear;

namespace ConstrainedFakes.Generator.Planning.Constraints;

/// <summary>A constrained member's own range and the range all the entity's constraints leave it, in its units (cents, ticks, ...).</summary>
/// <param name="Member">The member.</param>
/// <param name="Minimum">Its own lower bound.</param>
/// <param name="Maximum">Its own upper bound.</param>
/// <param name="Low">The lowest value the other constraints leave it (over the reals).</param>
/// <param name="High">The highest.</param>
internal sealed record EffectiveRange(MemberModel Member, long Minimum, long Maximum, Rational Low, Rational High);
