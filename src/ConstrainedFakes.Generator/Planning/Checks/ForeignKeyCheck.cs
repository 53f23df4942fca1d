using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Constraints;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>
/// CF0003: a <c>[ForeignKey]</c> on a navigation that names members the entity does not have. EF Core refuses such
/// a model, and the faker could only treat the key as a shadow property, so the analyzer says so while it is typed.
/// </summary>
internal static class ForeignKeyCheck
{
    public static IEnumerable<Finding> Check(EntityModel entity)
    {
        foreach (var navigation in entity.Navigations)
        {
            if (navigation.Unresolved is not { } unresolved) continue;
            var names = entity.Members.Select(m => m.Name).Concat(entity.Skipped.Select(s => s.Name)).ToList();
            // Only a single name can be replaced as nameof; in a list, the message names the closest.
            var suggestions = unresolved.Missing.Select(missing => (Missing: missing, Closest: MemberNames.Closest(missing, names))).ToList();
            var hints = string.Concat(suggestions.Select(s => s.Closest is null ? "" : $" did you mean '{s.Closest}' for '{s.Missing}'?"));
            yield return new Finding(DiagnosticIds.UnknownMember,
                $"{navigation.Name} is {unresolved.Declared}, but {entity.Name} has no member {string.Join(", ", unresolved.Missing.Select(m => $"'{m}'"))}.{hints}",
                ProblemSite.OnMember(navigation.Name, unresolved.Declared),
                unresolved.IsSingle ? suggestions[0].Closest : null);
        }
    }
}
