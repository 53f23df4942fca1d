using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>Reads every <c>[Correlated]</c> of an entity's members into <see cref="DeclaredCorrelation"/>s.</summary>
internal static class CorrelationParser
{
    public static EquatableArray<DeclaredCorrelation> Parse(INamedTypeSymbol entity)
    {
        var correlations = new List<DeclaredCorrelation>();
        var seen = new HashSet<string>();
        for (var t = entity; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            foreach (var property in t.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && seen.Add(p.Name)))
            {
                correlations.AddRange(property.GetAttributes()
                    .Where(a => AttributeReader.MetadataName(a) == AttributeNames.Correlated && a.ConstructorArguments.Length == 2 && a.ConstructorArguments[0].Value is string)
                    .Select(a => new DeclaredCorrelation(property.Name, (string)a.ConstructorArguments[0].Value!,
                        AttributeReader.Number(a.ConstructorArguments[1]) ?? double.NaN, AttributeReader.Declared(a))));
            }
        }
        return correlations.ToEquatableArray();
    }
}
