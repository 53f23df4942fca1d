using System.Collections.Generic;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>CF0005: a <c>[Range]</c> on a member it cannot bound (a string, bool, Guid or enum), which the generator would ignore.</summary>
internal static class RangeTypeCheck
{
    public static IEnumerable<Finding> Check(EntityModel entity)
    {
        foreach (var member in entity.Members)
        {
            if (member.Range is not { } range || member.Type.Kind is not (ScalarKind.String or ScalarKind.Boolean or ScalarKind.Guid or ScalarKind.Enum)) continue;
            yield return new Finding(DiagnosticIds.TypeMismatch,
                $"{member.Name}: {range.Declared} does not apply to a {member.Type.FullName} member" +
                (member.Type.Kind == ScalarKind.String ? "; bound its length with [StringLength] or [Length] instead." : "."),
                ProblemSite.OnMember(member.Name, range.Declared));
        }
    }
}
