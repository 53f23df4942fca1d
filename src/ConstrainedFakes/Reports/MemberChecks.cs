using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace ConstrainedFakes.Reports;

/// <summary>
/// Single-member declarations, judged by the BCL's own validation attributes (<c>[Range]</c>, lengths,
/// <c>[Required]</c>, <c>[AllowedValues]</c>, <c>[EmailAddress]</c>, ...), non-nullable text, and order
/// relations with another member or a parent's member.
/// </summary>
internal static class MemberChecks
{
    public static IEnumerable<ConstraintCheck> Of(ReportData data, EntityShape shape, IReadOnlyList<object> rows)
    {
        var nullability = new NullabilityInfoContext();
        foreach (var member in shape.Scalars)
        {
            foreach (var (declaration, attribute) in ValidationAttributes(member))
            {
                var tally = new Tally(CheckKind.Member, member.Name, declaration);
                for (var i = 0; i < rows.Count; i++)
                {
                    var value = member.GetValue(rows[i]);
                    if (value is null && attribute is not RequiredAttribute) continue;
                    tally.Record(IsValid(attribute, value), () => $"{ReportData.Describe(shape, rows[i], i)}: {member.Name} = {ReportData.Format(value)}");
                }
                yield return tally.ToCheck();
            }
            if (member.PropertyType == typeof(string) && nullability.Create(member).ReadState == NullabilityState.NotNull)
            {
                var tally = new Tally(CheckKind.Member, member.Name, "non-nullable");
                for (var i = 0; i < rows.Count; i++)
                    tally.Record(member.GetValue(rows[i]) is not null, () => $"{ReportData.Describe(shape, rows[i], i)}: {member.Name} = null");
                yield return tally.ToCheck();
            }
            foreach (var relation in DeclaredRelation.Of(member))
                yield return Relation(data, shape, rows, member, relation);
        }
    }

    private static ConstraintCheck Relation(ReportData data, EntityShape shape, IReadOnlyList<object> rows, PropertyInfo member, DeclaredRelation relation)
    {
        var other = relation.Other;
        var tally = new Tally(CheckKind.Relation, member.Name, ReportData.Declaration(relation.Declared));
        for (var i = 0; i < rows.Count; i++)
        {
            var value = member.GetValue(rows[i]);
            var (found, otherValue) = data.Read(shape, rows[i], other);
            if (value is null || !found || otherValue is null) continue;
            tally.Record(relation.Holds(Compare(value, otherValue)),
                () => $"{ReportData.Describe(shape, rows[i], i)}: {member.Name} = {ReportData.Format(value)}, {other} = {ReportData.Format(otherValue)}");
        }
        return tally.ToCheck();
    }

    /// <summary>
    /// The attribute's verdict; a value it cannot even convert (<c>[Range(0, 100)]</c> on a <c>double</c> holding
    /// infinity makes <see cref="RangeAttribute"/> throw) breaks it rather than stopping the report.
    /// </summary>
    private static bool IsValid(ValidationAttribute attribute, object? value)
    {
        try
        {
            return attribute.IsValid(value);
        }
        catch (Exception e) when (e is OverflowException or FormatException or InvalidCastException)
        {
            return false;
        }
    }

    /// <summary>Two numbers of any type compare as decimals; anything else as itself.</summary>
    public static int Compare(object left, object right)
        => left.GetType() != right.GetType() && IsNumber(left) && IsNumber(right)
            ? Convert.ToDecimal(left, System.Globalization.CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(right, System.Globalization.CultureInfo.InvariantCulture))
            : ((IComparable)left).CompareTo(right);

    private static bool IsNumber(object value) => value is sbyte or byte or short or ushort or int or uint or long or ulong or decimal;

    /// <summary>Each validation attribute with its declaration; dates in <c>[Range]</c> are read culture-invariantly, as the generator reads them.</summary>
    private static IEnumerable<(string Declaration, ValidationAttribute Attribute)> ValidationAttributes(PropertyInfo member)
    {
        var data = member.GetCustomAttributesData().Where(a => typeof(ValidationAttribute).IsAssignableFrom(a.AttributeType)).ToArray();
        var attributes = member.GetCustomAttributes<ValidationAttribute>(inherit: true).ToArray();
        foreach (var attribute in attributes)
        {
            if (attribute is RangeAttribute range)
            {
                range.ParseLimitsInInvariantCulture = true;
                range.ConvertValueInInvariantCulture = true;
            }
            var declaration = data.FirstOrDefault(d => d.AttributeType == attribute.GetType());
            yield return (declaration is null ? $"[{attribute.GetType().Name}]" : ReportData.Declaration(declaration), attribute);
        }
    }
}
