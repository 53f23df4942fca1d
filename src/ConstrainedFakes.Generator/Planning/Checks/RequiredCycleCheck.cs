using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>
/// CF0008: a cycle of required references among a faker's entities with no optional link: every row needs
/// a row of the next entity first, so no first row can exist (nor be inserted). Each cycle is reported
/// once, starting from its first entity in the faker's order.
/// </summary>
internal static class RequiredCycleCheck
{
    /// <summary>One step of a cycle: the entity (fully qualified) and its required navigation to the next.</summary>
    public sealed record Step(string Entity, string Member);

    /// <summary>Each cycle as a finding located at its first navigation, with the entity (fully qualified) that declares it.</summary>
    /// <param name="entities">The faker's entities, fully qualified, in order, with their references.</param>
    public static IEnumerable<(string Entity, Finding Finding)> Check(IReadOnlyList<(string Entity, EquatableArray<ReferenceModel> References)> entities)
    {
        static string Simple(string fullName) => fullName.Substring(fullName.LastIndexOfAny(new[] { '.', ':' }) + 1);
        foreach (var cycle in Cycles(entities))
        {
            var steps = string.Join(", ", cycle.Select(s => $"{Simple(s.Entity)}.{s.Member}"));
            yield return (cycle[0].Entity, new Finding(DiagnosticIds.Relationship,
                $"the required references {steps} form a cycle with no optional link, so no first row can be built; make one of them nullable.",
                new[] { ProblemSite.On(cycle[0].Member, null) }.ToEquatableArray()));
        }
    }

    private static IEnumerable<IReadOnlyList<Step>> Cycles(IReadOnlyList<(string Entity, EquatableArray<ReferenceModel> References)> entities)
    {
        var names = new HashSet<string>(entities.Select(e => e.Entity));
        var edges = entities.ToDictionary(e => e.Entity, e => e.References.Where(r => r.IsRequired && names.Contains(r.Target)).ToList());
        var reported = new HashSet<string>();
        foreach (var (start, _) in entities)
        {
            if (Cycle(start, edges) is not { } cycle) continue;
            // The same cycle is found from each of its entities: keep the first, by its set of steps.
            var key = string.Join("|", cycle.Select(s => $"{s.Entity}.{s.Member}").OrderBy(s => s, System.StringComparer.Ordinal));
            if (reported.Add(key)) yield return cycle;
        }
    }

    /// <summary>A shortest cycle of required references back to <paramref name="start"/>, by breadth-first search, or null.</summary>
    private static List<Step>? Cycle(string start, Dictionary<string, List<ReferenceModel>> edges)
    {
        var cameFrom = new Dictionary<string, Step>();
        var queue = new Queue<string>(new[] { start });
        var visited = new HashSet<string>();
        while (queue.Count > 0)
        {
            var entity = queue.Dequeue();
            foreach (var reference in edges[entity])
            {
                var step = new Step(entity, reference.Member);
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
