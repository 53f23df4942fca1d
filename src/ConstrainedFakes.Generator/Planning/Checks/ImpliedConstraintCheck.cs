using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Constraints;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>CF0010 (info): a declared cross-member constraint the others already imply, so it never narrows anything.</summary>
internal static class ImpliedConstraintCheck
{
    public static IEnumerable<Finding> Check(LinearPlanner.LinearSystem system)
    {
        foreach (var implied in LinearPlanner.ImpliedConstraints(system))
        {
            yield return new Finding(DiagnosticIds.Narrowed,
                $"{implied.Source} is implied by the others ({string.Join("; ", implied.By)}), so it never narrows anything.",
                new[] { implied.Site }.ToEquatableArray());
        }
    }
}
