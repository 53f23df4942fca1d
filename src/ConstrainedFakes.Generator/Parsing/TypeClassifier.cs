using System.Linq;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>Maps a member's type symbol to a <see cref="TypeModel"/> and its nullability.</summary>
internal static class TypeClassifier
{
    public static (TypeModel Type, bool IsNullable) Classify(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            return (Describe(nullable.TypeArguments[0]), true);
        var isNullable = type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated;
        return (Describe(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)), isNullable);
    }

    private static TypeModel Describe(ITypeSymbol type)
    {
        var fullName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var kind = KindOf(type);
        if (kind != ScalarKind.Enum) return new TypeModel(kind, fullName, EquatableArray<EnumMemberModel>.Empty);
        var members = type.GetMembers().OfType<IFieldSymbol>()
            .Where(f => f.HasConstantValue)
            .Select(f => new EnumMemberModel(f.Name, AttributeReader.Invariant(f.ConstantValue), WeightOf(f)))
            .ToEquatableArray();
        var transitions = type.GetAttributes().FirstOrDefault(a => AttributeReader.MetadataName(a) == AttributeNames.Transitions);
        return new TypeModel(kind, fullName, members, transitions is null ? null : new TransitionsModel(
            AttributeReader.ParamsValues(transitions).Select(v => v.Value as string ?? "").ToEquatableArray(), AttributeReader.Declared(transitions)));
    }

    private static double WeightOf(IFieldSymbol field)
    {
        var weight = field.GetAttributes().FirstOrDefault(a => AttributeReader.MetadataName(a) == AttributeNames.Weight);
        return weight is null ? 1.0 : weight.ConstructorArguments.Select(AttributeReader.Number).FirstOrDefault() ?? double.NaN;
    }

    private static ScalarKind KindOf(ITypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Enum) return ScalarKind.Enum;
        switch (type.SpecialType)
        {
            case SpecialType.System_SByte: return ScalarKind.SByte;
            case SpecialType.System_Byte: return ScalarKind.Byte;
            case SpecialType.System_Int16: return ScalarKind.Int16;
            case SpecialType.System_UInt16: return ScalarKind.UInt16;
            case SpecialType.System_Int32: return ScalarKind.Int32;
            case SpecialType.System_UInt32: return ScalarKind.UInt32;
            case SpecialType.System_Int64: return ScalarKind.Int64;
            case SpecialType.System_UInt64: return ScalarKind.UInt64;
            case SpecialType.System_Decimal: return ScalarKind.Decimal;
            case SpecialType.System_Double: return ScalarKind.Double;
            case SpecialType.System_Single: return ScalarKind.Single;
            case SpecialType.System_Boolean: return ScalarKind.Boolean;
            case SpecialType.System_String: return ScalarKind.String;
            case SpecialType.System_DateTime: return ScalarKind.DateTime;
        }
        return type.ToDisplayString() switch
        {
            "System.Guid" => ScalarKind.Guid,
            "System.DateTimeOffset" => ScalarKind.DateTimeOffset,
            "System.DateOnly" => ScalarKind.DateOnly,
            "System.TimeOnly" => ScalarKind.TimeOnly,
            "System.TimeSpan" => ScalarKind.TimeSpan,
            _ => ScalarKind.Unsupported,
        };
    }
}
