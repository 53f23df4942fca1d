using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>
/// Reads the explicit join entities of many-to-manys from a context's Fluent API, where EF Core declares them only:
/// <c>.HasMany(p =&gt; p.Tags).WithMany(t =&gt; t.Posts).UsingEntity&lt;PostTag&gt;(...)</c> (or <c>HasMany("Tags")</c>,
/// <c>UsingEntity(typeof(PostTag))</c>), written in the context's <c>OnModelCreating</c> (and its base contexts'), or
/// in the <c>Configure</c> of an <c>IEntityTypeConfiguration&lt;T&gt;</c> that it applies (<c>ApplyConfiguration(new
/// PostConfiguration())</c>, or every one of the compilation's with <c>ApplyConfigurationsFromAssembly</c>). The
/// generator sees no EF Core at run time, so it reads the calls as written; the other arguments of <c>UsingEntity</c>
/// (which name the join entity's foreign keys) are not read: its foreign keys are found by convention (<c>PostId</c>,
/// <c>TagId</c>, or its reference navigations' keys).
/// </summary>
internal static class JoinEntityParser
{
    private const string ConfigurationInterface = "Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<TEntity>";

    /// <summary>Each join entity whose two skip navigations could be read, with the join entity's symbol.</summary>
    public static List<(JoinEntityModel Model, INamedTypeSymbol JoinType)> Parse(INamedTypeSymbol context, Compilation compilation, CancellationToken cancellationToken)
    {
        var joins = new List<(JoinEntityModel, INamedTypeSymbol)>();
        var configurations = new List<INamedTypeSymbol>();
        for (var type = context; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            foreach (var (invocation, model) in Invocations(type, "OnModelCreating", compilation, cancellationToken))
            {
                if (Read(invocation, model, cancellationToken) is { } join) joins.Add(join);
                configurations.AddRange(Applied(invocation, model, compilation, cancellationToken));
            }
        }
        foreach (var configuration in configurations.Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default))
        {
            foreach (var (invocation, model) in Invocations(configuration, "Configure", compilation, cancellationToken))
            {
                if (Read(invocation, model, cancellationToken) is { } join) joins.Add(join);
            }
        }
        return joins;
    }

    /// <summary>The calls in the bodies of <paramref name="type"/>'s methods named <paramref name="method"/> written in this compilation, each with its semantic model.</summary>
    private static IEnumerable<(InvocationExpressionSyntax, SemanticModel)> Invocations(INamedTypeSymbol type, string method, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var declared in type.GetMembers(method).OfType<IMethodSymbol>())
        {
            foreach (var reference in declared.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                if (!compilation.ContainsSyntaxTree(syntax.SyntaxTree)) continue;
                var model = compilation.GetSemanticModel(syntax.SyntaxTree);
                foreach (var invocation in syntax.DescendantNodes().OfType<InvocationExpressionSyntax>()) yield return (invocation, model);
            }
        }
    }

    /// <summary>
    /// The entity type configurations a call applies: <c>ApplyConfiguration(new C())</c> names one; <c>ApplyConfigurationsFromAssembly</c>
    /// applies every one of an assembly, read as every one written in this compilation.
    /// </summary>
    private static IEnumerable<INamedTypeSymbol> Applied(InvocationExpressionSyntax invocation, SemanticModel model, Compilation compilation, CancellationToken cancellationToken)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name }) return Enumerable.Empty<INamedTypeSymbol>();
        if (name == "ApplyConfiguration" && invocation.ArgumentList.Arguments.Count == 1)
            return model.GetTypeInfo(invocation.ArgumentList.Arguments[0].Expression, cancellationToken).Type is INamedTypeSymbol applied && IsConfiguration(applied)
                ? new[] { applied }
                : Enumerable.Empty<INamedTypeSymbol>();
        return name == "ApplyConfigurationsFromAssembly" ? Types(compilation.Assembly.GlobalNamespace).Where(IsConfiguration) : Enumerable.Empty<INamedTypeSymbol>();
    }

    private static bool IsConfiguration(INamedTypeSymbol type)
        => !type.IsAbstract && type.AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString() == ConfigurationInterface);

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol inner)
                foreach (var type in Types(inner)) yield return type;
            else if (member is INamedTypeSymbol type)
                foreach (var nested in Nested(type)) yield return nested;
        }
    }

    private static IEnumerable<INamedTypeSymbol> Nested(INamedTypeSymbol type)
        => new[] { type }.Concat(type.GetTypeMembers().SelectMany(Nested));

    /// <summary><c>x.HasMany(a =&gt; a.Bs).WithMany(b =&gt; b.As).UsingEntity&lt;J&gt;(...)</c> (or <c>UsingEntity(typeof(J), ...)</c>), or null for any other call.</summary>
    private static (JoinEntityModel, INamedTypeSymbol)? Read(InvocationExpressionSyntax usingEntity, SemanticModel model, CancellationToken cancellationToken)
    {
        if (usingEntity.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "UsingEntity" } access) return null;
        if (JoinType(usingEntity, access, model, cancellationToken) is not { } joinType) return null;
        if (access.Expression is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WithMany" } withMany } withManyCall) return null;
        if (withMany.Expression is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "HasMany" } hasMany } hasManyCall) return null;
        // HasMany("Tags") names a property of the builder's entity; WithMany("Posts") one of the entity HasMany leads to.
        var entity = model.GetTypeInfo(hasMany.Expression, cancellationToken).Type is INamedTypeSymbol { TypeArguments.Length: 1 } builder ? builder.TypeArguments[0] as INamedTypeSymbol : null;
        if (Navigation(hasManyCall, entity, model, cancellationToken) is not { } forth) return null;
        if (Navigation(withManyCall, NavigationParser.ElementType(forth.Type) as INamedTypeSymbol, model, cancellationToken) is not { } back) return null;
        var declared = $"{forth.ContainingType.Name}.{forth.Name} ↔ {back.ContainingType.Name}.{back.Name} through UsingEntity<{joinType.Name}>";
        return (new JoinEntityModel(forth.ContainingType.Name, forth.Name, back.ContainingType.Name, back.Name, joinType.Name, declared), joinType);
    }

    /// <summary>The join entity class: <c>UsingEntity&lt;J&gt;</c>'s type argument, or a <c>typeof(J)</c> argument; null for a join table with no class (<c>UsingEntity("PostTag")</c>, a property bag).</summary>
    private static INamedTypeSymbol? JoinType(InvocationExpressionSyntax usingEntity, MemberAccessExpressionSyntax access, SemanticModel model, CancellationToken cancellationToken)
    {
        if (access.Name is GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } generic)
            return model.GetTypeInfo(generic.TypeArgumentList.Arguments[0], cancellationToken).Type as INamedTypeSymbol;
        var typeOf = usingEntity.ArgumentList.Arguments.Select(a => a.Expression).OfType<TypeOfExpressionSyntax>().FirstOrDefault();
        return typeOf is null ? null : model.GetTypeInfo(typeOf.Type, cancellationToken).Type as INamedTypeSymbol;
    }

    /// <summary>The property a navigation lambda (<c>p =&gt; p.Tags</c>) names, or a name (<c>"Tags"</c>, <c>nameof(Post.Tags)</c>) on <paramref name="entity"/>; else null.</summary>
    private static IPropertySymbol? Navigation(InvocationExpressionSyntax call, INamedTypeSymbol? entity, SemanticModel model, CancellationToken cancellationToken)
    {
        if (call.ArgumentList.Arguments.Count != 1) return null;
        var argument = call.ArgumentList.Arguments[0].Expression;
        if (argument is LambdaExpressionSyntax { Body: MemberAccessExpressionSyntax body })
            return model.GetSymbolInfo(body, cancellationToken).Symbol as IPropertySymbol;
        if (entity is null || model.GetConstantValue(argument, cancellationToken) is not { HasValue: true, Value: string name }) return null;
        for (var type = entity; type is not null; type = type.BaseType)
        {
            if (type.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault() is { } property) return property;
        }
        return null;
    }
}
