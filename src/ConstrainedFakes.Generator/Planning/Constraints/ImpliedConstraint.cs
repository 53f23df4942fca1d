using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning.Constraints;

/// <summary>A declared cross-member constraint that the entity's other constraints already imply.</summary>
/// <param name="Source">The constraint, as written.</param>
/// <param name="Site">Where it is declared.</param>
/// <param name="By">The constraints that imply it, as written.</param>
internal sealed record ImpliedConstraint(string Source, ProblemSite Site, EquatableArray<string> By);
