using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Parsing;
using ConstrainedFakes.Generator.Planning.Findings;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Analyzers;

/// <summary>
/// What the analysis of one compilation shares across its (concurrent) symbol actions: each entity parsed
/// once though both its own action and a faker's may need it, and each diagnostic reported once though a
/// base class's constraint belongs to every derived entity.
/// </summary>
internal sealed class CompilationState
{
    private readonly ConcurrentDictionary<ISymbol, EntityModel> _models = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<string, byte> _reported = new();
    private readonly ConcurrentDictionary<ISymbol, Lazy<IReadOnlyList<Finding>>> _findings = new(SymbolEqualityComparer.Default);

    public EntityModel Model(INamedTypeSymbol entity, CancellationToken cancellationToken)
        => _models.GetOrAdd(entity, type => EntityParser.Parse((INamedTypeSymbol)type, cancellationToken));

    /// <summary>What the analysis of a type finds, computed once though its own action and a faker's data set both ask.</summary>
    public IReadOnlyList<Finding> Findings(ISymbol type, Func<IReadOnlyList<Finding>> analyse)
        => _findings.GetOrAdd(type, _ => new Lazy<IReadOnlyList<Finding>>(analyse)).Value;

    /// <summary>True the first time a diagnostic with this key (ID, place, message) is seen.</summary>
    public bool FirstReport(string key) => _reported.TryAdd(key, 0);
}
