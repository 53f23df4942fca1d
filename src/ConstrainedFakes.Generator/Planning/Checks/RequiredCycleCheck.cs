using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;
using ConstrainedFakes.Generator.Planning.Relationships;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>
/// CF0008: a cycle of required references among a faker's entities with no optional link: every row needs
/// a row of the next entity first, so no first row can exist (nor be inserted). Each cycle is reported
/// once, starting from its first entity in the faker's order. References are the generator's own reading
/// (<see cref="NavigationModel.IsRequired"/>, without the principal's side of a one-to-one), so the analyzer
/// reports a cycle exactly when the data set cannot break it.
/// </summary>
internal static class RequiredCycleCheck
{
    /// <summary>One step of a cycle: the entity (by its simple name, as navigations name their targets) and its required navigation to the next.</summary>
    public sealed record Step(string Entity, string Member);

    /// <summary>Each cycle as a finding located at its first navigation, with the entity that declares it.</summary>
    /// <param name="entities">The faker's entities, in order.</param>
    public static IEnumerable<(EntityModel Entity, Finding Finding)> Check(IReadOnlyList<EntityModel> entities)
    {
        var distinct = entities.GroupBy(e => e.Name).Select(g => g.First()).ToList();
        var byName = distinct.ToDictionary(e => e.Name);
        foreach (var cycle in Cycles(distinct, byName))
        {
            var steps = string.Join(", ", cycle.Select(s => $"{s.Entity}.{s.Member}"));
            yield return (byName[cycle[0].Entity], new Finding(DiagnosticIds.Relationship,
                $"the required references {steps} form a cycle with no optional link, so no first row can be built; make one of them nullable.",
                new[] { ProblemSite.On(cycle[0].Member, null) }.ToEquatableArray()));
        }
    }

    private static IEnumerable<IReadOnlyList<Step>> Cycles(List<EntityModel> entities, Dictionary<string, EntityModel> byName)
    {
        var edges = entities.ToDictionary(e => e.Name, e => e.Navigations
            .Where(n => n.Kind == NavigationKind.Reference && n.IsRequired && byName.TryGetValue(n.Target, out var target)
                && !RelationshipPlanner.IsPrincipalSide(e, target, n))
            .ToList());
        var reported = new HashSet<string>();
        foreach (var start in entities.Select(e => e.Name))
        {
            if (Cycle(start, edges) is not { } cycle) continue;
            // The same cycle is found from each of its entities: keep the first, by its set of steps.
            var key = string.Join("|", cycle.Select(s => $"{s.Entity}.{s.Member}").OrderBy(s => s, System.StringComparer.Ordinal));
            if (reported.Add(key)) yield return cycle;
        }
    }

    /// <summary>A shortest cycle of required references back to <paramref name="start"/>, by breadth-first search, or null.</summary>
    private static List<Step>? Cycle(string start, Dictionary<string, List<NavigationModel>> edges)
    {
        var cameFrom = new Dictionary<string, Step>();
        var queue = new Queue<string>(new[] { start });
        var visited = new HashSet<string>();
        while (queue.Count > 0)
        {
            var entity = queue.Dequeue();
            foreach (var reference in edges[entity])
            {
                var step = new Step(entity, reference.Name);
                if (reference.Target == start)
                {
                    var path = new List<Step> { step };
                    for (var at = entity; at != start; at = cameFrom[at].Entity) path.Insert(0, cameFrom[at]);
                    return path;
                }
                if (visited.Add(reference.Target))
                {
                    cameFrom[reference.Target] = step;
                    queue.Enqueue(reference.Target);
                }
            }
        }
        return null;
    }
}
