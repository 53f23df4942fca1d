using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;
using ConstrainedFakes.Generator.Planning.Relationships;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>
/// CF0003 for a unique <c>[Index]</c> or the <c>[PrimaryKey]</c> (the unique index a key is) naming a member the entity
/// does not have: the problem a faker's data set refuses (<see cref="UniqueIndexes"/>), told by the entity's own
/// analysis too, so a class with no faker gets it as it is typed.
/// </summary>
internal static class UniqueIndexCheck
{
    public static IEnumerable<Finding> Check(EntityModel entity)
        => UniqueIndexes.UnknownMembers(entity).Select(p => new Finding(p.Id, p.Message, new[] { p.Site! }.ToEquatableArray(), p.Suggestion));
}
