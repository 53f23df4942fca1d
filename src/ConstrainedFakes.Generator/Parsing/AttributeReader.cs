using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>Reads attribute arguments into model values; never throws on malformed arguments.</summary>
internal static class AttributeReader
{
    // Display strings are built anew on every call, and every parse asks for each attribute's name several
    // times: remembered per attribute class (weakly, so a compilation's symbols are not kept alive).
    private static readonly ConditionalWeakTable<INamedTypeSymbol, string> Names = new();

    public static string MetadataName(AttributeData attribute)
        => attribute.AttributeClass is { } type ? Names.GetValue(type, t => t.ToDisplayString()) : "";

    /// <summary>The attribute as the user wrote it, or, for metadata, rebuilt from its arguments.</summary>
    public static string Declared(AttributeData attribute)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax() is { } syntax) return $"[{syntax}]";
        var name = attribute.AttributeClass?.Name ?? "?";
        if (name.EndsWith("Attribute")) name = name.Substring(0, name.Length - "Attribute".Length);
        var arguments = attribute.ConstructorArguments
            .SelectMany(Flatten)
            .Select(ToCSharp)
            .Concat(attribute.NamedArguments.Select(n => $"{n.Key} = {ToCSharp(n.Value)}"))
            .ToList();
        return arguments.Count == 0 ? $"[{name}]" : $"[{name}({string.Join(", ", arguments)})]";
    }

    public static int? Int(TypedConstant constant) => constant.Value switch
    {
        int i => i,
        short s => s,
        byte b => b,
        long l when l >= int.MinValue && l <= int.MaxValue => (int)l,
        _ => null,
    };

    public static double? Number(TypedConstant constant) => constant.Kind == TypedConstantKind.Primitive
        ? constant.Value switch
        {
            double d => d,
            float f => f,
            int i => i,
            long l => l,
            _ => null,
        }
        : null;

    public static bool Flag(AttributeData attribute, string name)
        => attribute.NamedArguments.Any(n => n.Key == name && n.Value.Value is true);

    public static int? NamedInt(AttributeData attribute, string name)
        => attribute.NamedArguments.Where(n => n.Key == name).Select(n => Int(n.Value)).FirstOrDefault();

    /// <summary>All values of a <c>params</c> argument list, flattened.</summary>
    public static IEnumerable<TypedConstant> ParamsValues(AttributeData attribute)
        => attribute.ConstructorArguments.SelectMany(Flatten);

    /// <summary>An array argument's elements (none for a null array), or the argument itself.</summary>
    private static IEnumerable<TypedConstant> Flatten(TypedConstant argument)
        => argument.Kind != TypedConstantKind.Array ? new[] { argument } : argument.IsNull ? Enumerable.Empty<TypedConstant>() : argument.Values;

    public static ConstantModel Constant(TypedConstant constant)
    {
        var typeName = constant.Type?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) ?? "";
        if (constant.IsNull) return new ConstantModel(ConstantKind.Null, "", "null", "");
        if (constant.Kind == TypedConstantKind.Enum && constant.Type is INamedTypeSymbol enumType)
        {
            var underlying = Invariant(constant.Value);
            var member = enumType.GetMembers().OfType<IFieldSymbol>()
                .FirstOrDefault(f => f.HasConstantValue && Invariant(f.ConstantValue) == underlying);
            return new ConstantModel(ConstantKind.Enum, underlying,
                member is null ? $"({typeName})({underlying})" : $"{typeName}.{member.Name}", typeName);
        }
        if (constant.Kind != TypedConstantKind.Primitive) return new ConstantModel(ConstantKind.Other, "", ToCSharp(constant), typeName);
        return constant.Value switch
        {
            bool b => new ConstantModel(ConstantKind.Bool, b ? "true" : "false", b ? "true" : "false", typeName),
            string s => new ConstantModel(ConstantKind.String, s, SymbolDisplay.FormatLiteral(s, quote: true), typeName),
            char c => new ConstantModel(ConstantKind.Other, c.ToString(), ToCSharp(constant), typeName),
            double or float => new ConstantModel(ConstantKind.Real, Invariant(constant.Value), ToCSharp(constant), typeName),
            _ => new ConstantModel(ConstantKind.Integer, Invariant(constant.Value), ToCSharp(constant), typeName),
        };
    }

    /// <summary>A constant as invariant text; doubles in round-trip form.</summary>
    public static string Invariant(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        System.IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string ToCSharp(TypedConstant constant) => constant.Kind switch
    {
        TypedConstantKind.Error => "?",
        TypedConstantKind.Array when constant.IsNull => "null",
        TypedConstantKind.Array => "{ " + string.Join(", ", constant.Values.Select(ToCSharp)) + " }",
        _ => constant.ToCSharpString(),
    };
}
