using System.Collections.Generic;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>
/// CF0008 and CF0001 for <c>[Count]</c>: on a member that is not a collection navigation, bounds that are
/// empty or negative, a <c>[Required]</c> collection that may hold no child. Cycles of required references
/// span entities and are the data set's (<see cref="Relationships.RelationshipPlanner"/>).
/// </summary>
internal static class RelationshipCheck
{
    public static IEnumerable<Finding> Check(EquatableArray<CountedMemberModel> navigations)
    {
        foreach (var navigation in navigations)
        {
            if (navigation.Count is not { } count) continue;
            var site = ProblemSite.OnMember(navigation.Name, count.Declared);
            if (!navigation.IsCollection)
                yield return new Finding(DiagnosticIds.Relationship, $"{navigation.Name}: {count.Declared} applies to collection navigations, and {navigation.Name} is a {navigation.TypeName}.", site);
            else if (count.Min < 0)
                yield return new Finding(DiagnosticIds.EmptyBounds, $"{navigation.Name}: {count.Declared} asks for {count.Min} children; a count cannot be negative.", site);
            else if (count.Min > count.Max)
                yield return new Finding(DiagnosticIds.EmptyBounds, $"{navigation.Name}: {count.Declared} asks for at least {count.Min} and at most {count.Max} children.", site);
            else if (navigation.IsRequired && count.Max == 0)
                yield return new Finding(DiagnosticIds.Relationship, $"{navigation.Name}: [Required] asks for at least one child, but {count.Declared} allows none.", site);
        }
    }
}
