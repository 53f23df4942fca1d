using System.Collections.Generic;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;
using ConstrainedFakes.Generator.Planning.Relationships;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>
/// CF0008 for a <c>[Popularity]</c> exponent that is negative or not finite (the data set refuses it too).
/// Whether a navigation's <c>[Popularity]</c> can be followed at all is only known with the whole faker:
/// <see cref="PopularityPlacementCheck"/> tells it.
/// </summary>
internal static class PopularityCheck
{
    public static IEnumerable<Finding> Check(EntityModel entity)
    {
        foreach (var navigation in entity.Navigations)
        {
            if (navigation.Popularity is { } declared && PoolPopularity.Why(declared) is { } why)
                yield return new Finding(DiagnosticIds.Relationship, $"{navigation.Name}: {why}", ProblemSite.OnMember(navigation.Name, declared.Declared));
        }
    }
}
