using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// Breaks a cycle of foreign keys at an optional pick (<c>Department.HeadId?</c> → <c>Employee</c>, while
/// <c>Employee.DepartmentId</c> → <c>Department</c>): the pick no longer orders the tables, so its parent table
/// comes after the child's; the child's rows are inserted with that key null and updated once the parent's
/// rows are in (<see cref="LinkPlan.PointsBack"/>).
/// </summary>
internal static class BackReferences
{
    /// <summary>Marks the cycle's first optional pick as pointing back and drops it from the insert order; false when the cycle has none.</summary>
    /// <param name="cycle">The cycle, from child to parent, ending where it starts.</param>
    /// <param name="tables">The tables, updated with the marked link.</param>
    /// <param name="parentsOf">The tables each table must come after, updated.</param>
    public static bool Break(List<string> cycle, Dictionary<string, TablePlan> tables, Dictionary<string, List<string>> parentsOf)
    {
        for (var i = 0; i + 1 < cycle.Count; i++)
        {
            var (child, parent) = (tables[cycle[i]], cycle[i + 1]);
            // A composite key copies the parent row's key parts, which do not exist before its table is made.
            var link = child.References.FirstOrDefault(l => l.Parent == parent && !l.IsRequired && l.CompositeKey.Count == 0);
            // Another link to the same parent (a required one, or the owner) would still order the two tables.
            if (link is null || child.Owner?.Parent == parent || child.References.Any(l => l != link && l.Parent == parent)) continue;
            var references = child.References.Select(l => l == link ? l with { PointsBack = true } : l).ToEquatableArray();
            tables[child.Entity] = child with { References = references };
            parentsOf[child.Entity].Remove(parent);
            return true;
        }
        return false;
    }

    /// <summary>A problem for each rule that reads a parent through a link that points back, at any step of its path: the parent is made after the row.</summary>
    public static IEnumerable<DataSetProblem> ReadThrough(IReadOnlyList<EntityModel> models, DataSetPlan plan)
        => (from model in models
           from member in model.Members.Where(m => m.ParentNavigation is not null)
           from step in Steps(model.Name, $"{member.ParentNavigation}.{member.ParentPath}", plan)
           where step.Link.PointsBack
           select DataSetProblem.At(model.Name, Reader(model, member), $"{model.Name} reads {step.Link.Parent} through {step.Link.Source}, which closes a cycle of foreign keys and is set after the {step.Link.Parent} rows are made; a rule cannot read it.")).Distinct();

    /// <summary>The member whose order relation reads the parent's member, else the navigation its path starts with (an invariant reads it).</summary>
    private static string Reader(EntityModel model, MemberModel parentMember)
        => model.Members.FirstOrDefault(m => m.Relations.Any(r => r.Other == parentMember.Name))?.Name ?? parentMember.ParentNavigation!;

    /// <summary>The links a path follows from <paramref name="entity"/>'s table, each with the table it starts from, as far as the data set makes them.</summary>
    private static IEnumerable<(string Table, LinkPlan Link)> Steps(string entity, string path, DataSetPlan plan)
    {
        var navigations = path.Split('.');
        for (var i = 0; i < navigations.Length - 1; i++)
        {
            var table = plan.Tables.FirstOrDefault(t => t.Entity == entity);
            var link = table?.Parents.FirstOrDefault(l => l.Reference == navigations[i]);
            if (link is null) yield break;
            yield return (entity, link);
            entity = link.Parent;
        }
    }
}
