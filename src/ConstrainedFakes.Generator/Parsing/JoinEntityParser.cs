using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>
/// Reads the explicit join entities of many-to-manys from a context's <c>OnModelCreating</c> (and its base
/// contexts'), where EF Core's Fluent API is the only place they are declared:
/// <c>.HasMany(p =&gt; p.Tags).WithMany(t =&gt; t.Posts).UsingEntity&lt;PostTag&gt;(...)</c>. The generator sees no EF
/// Core at run time, so it reads the calls as written; the arguments of <c>UsingEntity</c> (which name the join
/// entity's foreign keys) are not read: its foreign keys are found by convention (<c>PostId</c>, <c>TagId</c>, or
/// its reference navigations' keys).
/// </summary>
internal static class JoinEntityParser
{
    /// <summary>Each <c>UsingEntity&lt;T&gt;</c> whose two skip navigations could be read, with the join entity's symbol.</summary>
    public static List<(JoinEntityModel Model, INamedTypeSymbol JoinType)> Parse(INamedTypeSymbol context, Compilation compilation, CancellationToken cancellationToken)
    {
        var joins = new List<(JoinEntityModel, INamedTypeSymbol)>();
        for (var type = context; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            foreach (var method in type.GetMembers("OnModelCreating").OfType<IMethodSymbol>())
            {
                foreach (var reference in method.DeclaringSyntaxReferences)
                {
                    var syntax = reference.GetSyntax(cancellationToken);
                    if (!compilation.ContainsSyntaxTree(syntax.SyntaxTree)) continue;
                    var model = compilation.GetSemanticModel(syntax.SyntaxTree);
                    foreach (var invocation in syntax.DescendantNodes().OfType<InvocationExpressionSyntax>())
                    {
                        if (Read(invocation, model, cancellationToken) is { } join) joins.Add(join);
                    }
                }
            }
        }
        return joins;
    }

    /// <summary><c>x.HasMany(a =&gt; a.Bs).WithMany(b =&gt; b.As).UsingEntity&lt;J&gt;(...)</c>, or null for any other call.</summary>
    private static (JoinEntityModel, INamedTypeSymbol)? Read(InvocationExpressionSyntax usingEntity, SemanticModel model, CancellationToken cancellationToken)
    {
        if (usingEntity.Expression is not MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: "UsingEntity", TypeArgumentList.Arguments.Count: 1 } name } access) return null;
        if (model.GetTypeInfo(name.TypeArgumentList.Arguments[0], cancellationToken).Type is not INamedTypeSymbol joinType) return null;
        if (access.Expression is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WithMany" } withMany } withManyCall) return null;
        if (withMany.Expression is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "HasMany" } } hasManyCall) return null;
        if (Navigation(hasManyCall, model, cancellationToken) is not { } forth || Navigation(withManyCall, model, cancellationToken) is not { } back) return null;
        var declared = $"{forth.ContainingType.Name}.{forth.Name} ↔ {back.ContainingType.Name}.{back.Name} through UsingEntity<{joinType.Name}>";
        return (new JoinEntityModel(forth.ContainingType.Name, forth.Name, back.ContainingType.Name, back.Name, joinType.Name, declared), joinType);
    }

    /// <summary>The property a navigation lambda (<c>p =&gt; p.Tags</c>) names, or null.</summary>
    private static IPropertySymbol? Navigation(InvocationExpressionSyntax call, SemanticModel model, CancellationToken cancellationToken)
        => call.ArgumentList.Arguments.Count == 1 && call.ArgumentList.Arguments[0].Expression is LambdaExpressionSyntax { Body: MemberAccessExpressionSyntax body }
            ? model.GetSymbolInfo(body, cancellationToken).Symbol as IPropertySymbol
            : null;
}
