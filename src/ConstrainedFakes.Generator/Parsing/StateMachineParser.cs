using System.Linq;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>Reads an enum's <c>[Transitions]</c> into a <see cref="StateMachineModel"/>.</summary>
internal static class StateMachineParser
{
    /// <summary>The state machine, or null when the type is not an enum with <c>[Transitions]</c>.</summary>
    public static StateMachineModel? Parse(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType) return null;
        var attribute = enumType.GetAttributes().FirstOrDefault(a => AttributeReader.MetadataName(a) == AttributeNames.Transitions);
        if (attribute is null) return null;
        var states = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name).ToEquatableArray();
        var rules = AttributeReader.ParamsValues(attribute).Select(v => v.Value as string).OfType<string>().ToEquatableArray();
        return new StateMachineModel(enumType.Name, states, rules, AttributeReader.Declared(attribute));
    }
}
