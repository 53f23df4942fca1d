using System.Collections.Generic;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;
using ConstrainedFakes.Generator.Planning.Relationships;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>
/// CF0008 for <c>[Popularity]</c>: an exponent that is negative or not finite (the data set refuses it too),
/// or one on a collection navigation, where it means nothing (picks are made from the child's reference).
/// Whether the reference is a pick or owns its rows is only known with the whole faker: the data set says so.
/// </summary>
internal static class PopularityCheck
{
    public static IEnumerable<Finding> Check(EntityModel entity)
    {
        foreach (var navigation in entity.Navigations)
        {
            if (navigation.Popularity is not { } declared) continue;
            var site = ProblemSite.OnMember(navigation.Name, declared.Declared);
            if (navigation.Kind == NavigationKind.Collection)
                yield return new Finding(DiagnosticIds.Relationship, $"{navigation.Name}: {declared.Declared} applies to the reference a child picks its parent by, not to a collection.", site);
            else if (PoolPopularity.Why(declared) is { } why)
                yield return new Finding(DiagnosticIds.Relationship, $"{navigation.Name}: {why}", site);
        }
    }
}
