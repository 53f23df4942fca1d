using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>Reads the distributions and weights declared on an entity's members into <see cref="DistributionModel"/>s.</summary>
internal static class DistributionParser
{
    private static readonly Dictionary<string, string> Kinds = new()
    {
        [AttributeNames.Normal] = "Normal",
        [AttributeNames.LogNormal] = "LogNormal",
        [AttributeNames.Exponential] = "Exponential",
        [AttributeNames.Poisson] = "Poisson",
        [AttributeNames.Weights] = "Weights",
    };

    public static EquatableArray<DistributionModel> Parse(INamedTypeSymbol entity)
    {
        var distributions = new List<DistributionModel>();
        var seen = new HashSet<string>();
        for (var t = entity; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            foreach (var property in t.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && seen.Add(p.Name)))
            {
                foreach (var attribute in property.GetAttributes())
                {
                    if (!Kinds.TryGetValue(AttributeReader.MetadataName(attribute), out var kind)) continue;
                    var arguments = AttributeReader.ParamsValues(attribute).Select(v => AttributeReader.Number(v) ?? double.NaN).ToEquatableArray();
                    distributions.Add(new DistributionModel(property.Name, kind, arguments, AttributeReader.Declared(attribute)));
                }
            }
        }
        return distributions.ToEquatableArray();
    }
}
