using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>Turns a <c>[ConstrainedFaker]</c> class into a <see cref="FakerModel"/>, or null when the declaration itself is unusable.</summary>
internal static class FakerParser
{
    /// <summary>
    /// Null for a faker that cannot be emitted (not partial, generic, static, or nested in a non-partial
    /// type): the analyzer reports CF0011 for those; emitting anything would only add compile errors.
    /// </summary>
    public static FakerModel? Parse(INamedTypeSymbol faker, AttributeData attribute, CancellationToken cancellationToken)
    {
        if (!IsEmittable(faker)) return null;
        var containers = new List<ContainingTypeModel>();
        for (var outer = faker.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (!IsPartial(outer)) return null;
            containers.Insert(0, new ContainingTypeModel(Keyword(outer), outer.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
        }

        var entities = new List<EntityModel>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in EntityTypes(attribute))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Builder and method names come from the simple name, so two entities may not share one.
            if (seen.Add(type.Name)) entities.Add(EntityParser.Parse(type, cancellationToken));
        }

        var ns = faker.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : null;
        return new FakerModel(ns, faker.Name, containers.ToEquatableArray(), entities.ToEquatableArray());
    }

    public static bool IsEmittable(INamedTypeSymbol faker)
        => faker.TypeKind == TypeKind.Class && !faker.IsStatic && !faker.IsGenericType && faker.ContainingType?.IsGenericType != true && IsPartial(faker);

    private static bool IsPartial(INamedTypeSymbol type)
        => type.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax d && d.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
    {
        (true, TypeKind.Struct) => "record struct",
        (true, _) => "record",
        (_, TypeKind.Struct) => "struct",
        (_, TypeKind.Interface) => "interface",
        _ => "class",
    };

    /// <summary>The named types, with a DbContext replaced by its <c>DbSet&lt;T&gt;</c> entity types.</summary>
    private static IEnumerable<INamedTypeSymbol> EntityTypes(AttributeData attribute)
    {
        foreach (var value in AttributeReader.ParamsValues(attribute))
        {
            if (value.Value is not INamedTypeSymbol type || type.TypeKind == TypeKind.Error) continue;
            if (!IsDbContext(type))
            {
                yield return type;
                continue;
            }
            foreach (var property in DbSetProperties(type)) yield return property;
        }
    }

    private static bool IsDbContext(INamedTypeSymbol type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.ToDisplayString() == AttributeNames.DbContext) return true;
        }
        return false;
    }

    private static IEnumerable<INamedTypeSymbol> DbSetProperties(INamedTypeSymbol context)
        => context.GetMembers().OfType<IPropertySymbol>()
            .Where(p => !p.IsStatic && p.Type is INamedTypeSymbol { IsGenericType: true } set && set.OriginalDefinition.ToDisplayString() == AttributeNames.DbSet)
            .Select(p => ((INamedTypeSymbol)p.Type).TypeArguments[0])
            .OfType<INamedTypeSymbol>();
}
