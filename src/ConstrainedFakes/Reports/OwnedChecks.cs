using System.Reflection;

namespace ConstrainedFakes.Reports;

/// <summary>
/// The members of owned objects (EF Core <c>[Owned]</c> references), and of the owned objects inside them, judged
/// as the owner's own members are, and named by their path (<c>Window.To</c>, <c>Destination.Geo.Latitude</c>); a
/// null owned object is judged only on whether it may be null.
/// </summary>
internal static class OwnedChecks
{
    public static IEnumerable<ConstraintCheck> Of(ReportData data, EntityShape shape, IReadOnlyList<object> rows)
    {
        var nullability = new NullabilityInfoContext();
        foreach (var owned in shape.Owned)
        {
            if (nullability.Create(owned).ReadState == NullabilityState.NotNull)
            {
                var tally = new Tally(CheckKind.Member, owned.Name, "non-nullable");
                for (var i = 0; i < rows.Count; i++)
                    tally.Record(owned.GetValue(rows[i]) is not null, () => $"{ReportData.Describe(shape, rows[i], i)}: {owned.Name} = null");
                yield return tally.ToCheck();
            }
            // Examples name an owned object by its place among the rows' owned objects that are set.
            var objects = rows.Select(owned.GetValue).OfType<object>().ToArray();
            var ownedShape = EntityShape.OfOwned(owned.PropertyType);
            // An owned type that holds itself is never generated; with no objects there is nothing further in to judge.
            var inner = objects.Length == 0 ? [] : Of(data, ownedShape, objects);
            foreach (var check in MemberChecks.Of(data, ownedShape, objects).Concat(inner))
                yield return check with { Member = $"{owned.Name}.{check.Member}" };
        }
    }
}
