using System.Reflection;

namespace ConstrainedFakes.Reports;

/// <summary>
/// Foreign keys resolve to a row of the parent table and agree with the navigation when it is set; a
/// required link has a parent; children per parent stay within <c>[Count(min, max)]</c>.
/// </summary>
internal static class LinkChecks
{
    public static IEnumerable<ConstraintCheck> Of(ReportData data, EntityShape shape, IReadOnlyList<object> rows)
    {
        foreach (var link in shape.Links) yield return ForeignKey(data, shape, rows, link);
        foreach (var (collection, element) in shape.Collections)
        {
            if (collection.GetCustomAttribute<CountAttribute>() is { } count)
                yield return Count(data, shape, rows, collection, data.Shapes[element], count, ReportData.Declaration<CountAttribute>(collection));
        }
    }

    private static ConstraintCheck ForeignKey(ReportData data, EntityShape shape, IReadOnlyList<object> rows, EntityLink link)
    {
        var parentShape = data.Shapes[link.Parent];
        var parentKey = parentShape.Keys.Count == 0 ? "?" : string.Join(", ", parentShape.Keys.Select(k => k.Name));
        var tally = new Tally(CheckKind.ForeignKey, link.Name,
            $"{link.ForeignKeyName ?? link.Name} -> {parentShape.Name}.{parentKey}{(link.IsRequired ? " (required)" : "")}");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var key = link.KeyOf(row);
            var navigation = link.Navigation?.GetValue(row);
            if (key is null && navigation is null)
            {
                if (link.IsRequired) tally.Fail($"{ReportData.Describe(shape, row, i)}: no {link.Name}");
                continue;
            }
            var parent = key is null ? null : data.ByKey(link.Parent, key);
            var navigationKey = navigation is null ? null : parentShape.KeyOf(navigation);
            var resolves = key is null
                ? navigationKey is not null && data.ByKey(link.Parent, navigationKey) is not null
                : parent is not null && (navigation is null || Equals(navigationKey, key));
            tally.Record(resolves, () => key is not null && parent is null
                ? $"{ReportData.Describe(shape, row, i)}: {link.ForeignKeyName} = {ReportData.Format(key)} names no {parentShape.Name}"
                : $"{ReportData.Describe(shape, row, i)}: {link.Name} is {parentShape.Name} {ReportData.Format(navigationKey)}, but {link.ForeignKeyName ?? "its key"} = {ReportData.Format(key)}");
        }
        return tally.ToCheck();
    }

    private static ConstraintCheck Count(ReportData data, EntityShape shape, IReadOnlyList<object> rows, PropertyInfo collection, EntityShape child, CountAttribute count, string declaration)
    {
        var children = ChildrenByParent(data, shape, collection, child);
        return Count(shape, rows, collection.Name, count, declaration, row => children.TryGetValue(row, out var list) ? list.Count : 0);
    }

    /// <summary>Each row's number of <paramref name="name"/> (<paramref name="childrenOf"/>) within <c>[Count(min, max)]</c>, with the achieved mean and histogram.</summary>
    public static ConstraintCheck Count(EntityShape shape, IReadOnlyList<object> rows, string name, CountAttribute count, string declaration, Func<object, int> childrenOf)
    {
        var tally = new Tally(CheckKind.Count, name, declaration);
        var perParent = new double[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var n = childrenOf(rows[i]);
            perParent[i] = n;
            tally.Record(n >= count.Min && n <= count.Max, () => $"{ReportData.Describe(shape, rows[i], i)}: {n} {name}");
        }
        var weights = Weights(count);
        return tally.ToCheck() with
        {
            Target = Mean(weights),
            Achieved = rows.Count == 0 ? null : Math.Round(perParent.Sum() / rows.Count, 4),
            Figure = Figures.Histogram(perParent, count.Min, count.Max, isLattice: true, Cdf(weights)),
        };
    }

    /// <summary>The mean children per parent that <c>[Count]</c> asks for (its <see cref="Weights"/>): of the uniform, or of Poisson(Mean) truncated to [min, max].</summary>
    private static double? Mean((int K, double Weight)[] weights)
    {
        var total = weights.Sum(w => w.Weight);
        return total > 0 ? Math.Round(weights.Sum(w => w.K * w.Weight) / total, 4) : null;
    }

    /// <summary>P(children ≤ k) under the declared count (its <see cref="Weights"/>), for the histogram; null when [min, max] is empty.</summary>
    private static Func<double, double>? Cdf((int K, double Weight)[] weights)
    {
        var total = weights.Sum(w => w.Weight);
        return total > 0 ? k => weights.Where(w => w.K <= k).Sum(w => w.Weight) / total : null;
    }

    /// <summary>The relative weight of each count in [min, max]: equal, or Poisson(Mean)'s mass.</summary>
    private static (int K, double Weight)[] Weights(CountAttribute count)
        => count.Min > count.Max ? []
            : Enumerable.Range(count.Min, count.Max - count.Min + 1)
                .Select(k => (k, count.Mean > 0 ? MathNet.Numerics.Distributions.Poisson.PMF(count.Mean, k) : 1.0)).ToArray();

    /// <summary>
    /// Each parent's children, in row order, found from the children's side (their link to the parent), so
    /// a collection left empty by loading still counts its children. A collection whose children have no link
    /// back (a many-to-many's skip navigation) is read as it is set.
    /// </summary>
    public static Dictionary<object, List<object>> ChildrenByParent(ReportData data, EntityShape parent, PropertyInfo collection, EntityShape child)
    {
        var byParent = new Dictionary<object, List<object>>(ReferenceEqualityComparer.Instance);
        var link = child.InverseOf(collection, parent);
        var rows = data.Tables.First(t => t.Type == child.Type).Rows;
        if (link is null)
        {
            foreach (var owner in data.Tables.First(t => t.Type == parent.Type).Rows)
            {
                if (collection.GetValue(owner) is System.Collections.IEnumerable children) byParent[owner] = children.Cast<object>().ToList();
            }
            return byParent;
        }
        foreach (var row in rows)
        {
            if (data.Parent(link, row) is not { } owner) continue;
            if (!byParent.TryGetValue(owner, out var list)) byParent[owner] = list = [];
            list.Add(row);
        }
        return byParent;
    }
}
