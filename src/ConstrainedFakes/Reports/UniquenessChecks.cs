using System.Reflection;

namespace ConstrainedFakes.Reports;

/// <summary>
/// Keys, <c>[Unique]</c> members and EF Core's unique indexes (read from metadata by name, so the runtime needs
/// no EF Core): no two rows share the values. A null in any member leaves the row out, as SQL unique indexes do.
/// </summary>
internal static class UniquenessChecks
{
    private const string IndexAttribute = "Microsoft.EntityFrameworkCore.IndexAttribute";

    public static IEnumerable<ConstraintCheck> Of(EntityShape shape, IReadOnlyList<object> rows)
    {
        if (shape.Keys.Count > 0) yield return Check(shape, rows, shape.Keys, shape.KeyDeclaration);
        foreach (var check in OfUniqueMembers(shape, rows)) yield return check;
        foreach (var index in shape.Type.GetCustomAttributesData().Where(a => a.AttributeType.FullName == IndexAttribute))
        {
            if (!index.NamedArguments.Any(a => a.MemberName == "IsUnique" && a.TypedValue.Value is true)) continue;
            var members = EntityShape.MemberNames(index).Select(n => shape.Properties.FirstOrDefault(p => p.Name == n)).ToArray();
            if (members.All(m => m is not null)) yield return Check(shape, rows, members!, ReportData.Declaration(index));
        }
    }

    /// <summary>The <c>[Unique]</c> members alone: an owned type's, whose objects have no key of their own.</summary>
    public static IEnumerable<ConstraintCheck> OfUniqueMembers(EntityShape shape, IReadOnlyList<object> rows)
        => shape.Scalars.Where(m => m.GetCustomAttribute<UniqueAttribute>() is not null).Select(member => Check(shape, rows, [member], "[Unique]"));

    private static ConstraintCheck Check(EntityShape shape, IReadOnlyList<object> rows, IReadOnlyList<PropertyInfo> members, string declaration)
    {
        var tally = new Tally(CheckKind.Unique, string.Join(", ", members.Select(m => m.Name)), declaration);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var values = members.Select(m => m.GetValue(rows[i])).ToArray();
            if (values.Any(v => v is null)) continue;
            var joined = string.Join("\u001f", values.Select(ReportData.Format));
            tally.Record(seen.Add(joined), () => $"{ReportData.Describe(shape, rows[i], i)}: {string.Join(", ", members.Select((m, k) => $"{m.Name} = {ReportData.Format(values[k])}"))} again");
        }
        return tally.ToCheck();
    }
}
