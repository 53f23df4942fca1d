using System.Reflection;

namespace ConstrainedFakes.Reports;

/// <summary>
/// The members of owned objects (EF Core <c>[Owned]</c> references and collections), and of the owned objects
/// inside them, judged as the owner's own members are (declarations, relations, <c>[Unique]</c>, and the owned
/// type's invariants and computed members from the faker's catalog), named by their path (<c>Window.To</c>,
/// <c>Destination.Geo.Latitude</c>, <c>Stops.City</c>); a null owned object is judged only on whether it may be
/// null, and a collection on its <c>[Count]</c>.
/// </summary>
internal static class OwnedChecks
{
    public static IEnumerable<ConstraintCheck> Of(ReportData data, EntityShape shape, IReadOnlyList<object> rows, IReadOnlyList<InvariantCheck> invariants)
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
            foreach (var check in Inside(data, EntityShape.OfOwned(owned.PropertyType), objects, invariants))
                yield return check with { Member = check.Member is null ? owned.Name : $"{owned.Name}.{check.Member}" };
        }
        foreach (var (collection, element) in shape.OwnedCollections)
        {
            if (collection.GetCustomAttribute<CountAttribute>() is { } count)
                yield return LinkChecks.Count(shape, rows, collection.Name, count, ReportData.Declaration<CountAttribute>(collection), row => Elements(collection, row).Count());
            // Examples name an element by its place among all the rows' elements.
            var objects = rows.SelectMany(row => Elements(collection, row)).ToArray();
            foreach (var check in Inside(data, EntityShape.OfOwned(element), objects, invariants))
                yield return check with { Member = check.Member is null ? collection.Name : $"{collection.Name}.{check.Member}" };
        }
    }

    /// <summary>Every check of owned objects of one shape; an owned type that holds itself is never generated, so with none there is nothing further in.</summary>
    private static IEnumerable<ConstraintCheck> Inside(ReportData data, EntityShape shape, IReadOnlyList<object> objects, IReadOnlyList<InvariantCheck> invariants)
        => MemberChecks.Of(data, shape, objects)
            .Concat(UniquenessChecks.OfUniqueMembers(shape, objects))
            .Concat(InvariantChecks.Of(data, shape, objects, invariants))
            .Concat(objects.Count == 0 ? [] : Of(data, shape, objects, invariants));

    private static IEnumerable<object> Elements(PropertyInfo collection, object row)
        => collection.GetValue(row) is System.Collections.IEnumerable elements ? elements.Cast<object>().Where(e => e is not null) : [];
}
