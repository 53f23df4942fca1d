using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace ConstrainedFakes.Reports;

/// <summary>
/// <c>[EdgeCases(p)]</c> and <c>[Threshold(t)]</c>, measured: the share of rows at a bound a member declares, and
/// at a threshold's three values. The generator takes a bound of each row's feasible interval, which other
/// constraints can move (<c>Deposit &lt;= 0.5m * Amount</c>); the report reads only the bounds it can see in the
/// declarations (the <c>[Range]</c>'s ends, the other side of an order relation), so the share misses edge
/// cases at bounds set by invariants, and includes values that land on a bound by chance.
/// </summary>
internal static class EdgeCaseChecks
{
    private const int Digits = 4;

    public static IEnumerable<ConstraintCheck> Of(ReportData data, EntityShape shape, IReadOnlyList<object> rows)
    {
        var edgeCases = EdgeCasesOf(shape.Type);
        var foreignKeys = shape.Links.SelectMany(l => l.ForeignKey).ToHashSet();
        foreach (var member in shape.Scalars)
        {
            if (member == shape.Key || foreignKeys.Contains(member) || Lattice.Of(member) is not { } lattice) continue;
            if (edgeCases is { } declared && IsDrawnWithEdges(member) && Edges(data, shape, rows, member, lattice, declared) is { } edges)
                yield return edges;
            if (member.GetCustomAttribute<ThresholdAttribute>() is { } threshold)
                yield return Threshold(rows, member, lattice, threshold);
        }
    }

    /// <summary>The class's <c>[EdgeCases]</c> (or a base class's), else its assembly's.</summary>
    private static (CustomAttributeData Declaration, double Rate)? EdgeCasesOf(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (Declared(t.GetCustomAttributesData()) is { } declared) return declared;
        }
        return Declared(type.Assembly.GetCustomAttributesData());

        static (CustomAttributeData, double)? Declared(IEnumerable<CustomAttributeData> attributes)
            => attributes.FirstOrDefault(a => a.AttributeType == typeof(EdgeCasesAttribute)) is { ConstructorArguments: [{ Value: double rate }] } attribute
                ? (attribute, rate) : null;
    }

    /// <summary>What the generator draws with edge cases: not chosen from a list, not a permutation, not derived from other members.</summary>
    private static bool IsDrawnWithEdges(PropertyInfo member)
        => member.GetCustomAttribute<AllowedValuesAttribute>() is null && member.GetCustomAttribute<DeniedValuesAttribute>() is null
            && member.GetCustomAttribute<UniqueAttribute>() is null && member.GetCustomAttribute<ComputedAttribute>() is null;

    private static ConstraintCheck? Edges(ReportData data, EntityShape shape, IReadOnlyList<object> rows, PropertyInfo member, Lattice lattice, (CustomAttributeData Declaration, double Rate) edgeCases)
    {
        var range = member.GetCustomAttribute<RangeAttribute>();
        var (low, high) = range is null ? (null, null) : lattice.Ends(member, range);
        var relations = DeclaredRelation.Of(member).ToArray();
        if (low is null && high is null && relations.Length == 0) return null;

        var bounds = new List<string>();
        if (range is not null) bounds.Add(ReportData.Declaration<RangeAttribute>(member));
        bounds.AddRange(relations.Select(r => ReportData.Declaration(r.Declared)));
        long valued = 0, atEdge = 0;
        foreach (var row in rows)
        {
            if (Lattice.Exact(member.GetValue(row)) is not { } value) continue;
            valued++;
            if (value == low || value == high || relations.Any(r => IsOnRelation(data, shape, row, value, lattice, r))) atEdge++;
        }
        return new ConstraintCheck
        {
            Kind = CheckKind.EdgeCases,
            Member = member.Name,
            Constraint = $"{ReportData.Declaration(edgeCases.Declaration)} at {string.Join(", ", bounds)}",
            Checked = valued,
            Target = edgeCases.Rate,
            Achieved = valued == 0 ? null : Math.Round(atEdge / (double)valued, Digits),
        };
    }

    /// <summary>Whether the value is the nearest one the relation allows to the other side (equal to it, or one point past a strict one).</summary>
    private static bool IsOnRelation(ReportData data, EntityShape shape, object row, decimal value, Lattice lattice, DeclaredRelation relation)
    {
        var (found, other) = data.Read(shape, row, relation.Other);
        if (!found || Lattice.Exact(other) is not { } bound) return false;
        return value == (relation.IsAbove ? lattice.Above(bound, relation.IsStrict) : lattice.Below(bound, relation.IsStrict));
    }

    /// <summary>The share of rows one point below, at or one point above the threshold.</summary>
    private static ConstraintCheck Threshold(IReadOnlyList<object> rows, PropertyInfo member, Lattice lattice, ThresholdAttribute threshold)
    {
        var at = Math.Round((decimal)threshold.Value / lattice.Step) * lattice.Step;
        var values = rows.Select(r => Lattice.Exact(member.GetValue(r))).OfType<decimal>().ToArray();
        var near = values.Count(v => v == at || v == at - lattice.Step || v == at + lattice.Step);
        return new ConstraintCheck
        {
            Kind = CheckKind.Threshold,
            Member = member.Name,
            Constraint = ReportData.Declaration<ThresholdAttribute>(member),
            Checked = values.Length,
            Target = threshold.Probability,
            Achieved = values.Length == 0 ? null : Math.Round(near / (double)values.Length, Digits),
        };
    }
}
