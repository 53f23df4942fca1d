using System;
using ConstrainedFakes.Generator.Emitting;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Parsing;
using ConstrainedFakes.Generator.Planning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator;

/// <summary>
/// Emits a faker and one builder per entity for every <c>[ConstrainedFaker]</c> partial class.
/// Pipeline: Parse (symbols → equatable model) → Plan (constraints → samplers) → Emit (plan → C#).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ConstrainedFakesGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for caching tests.</summary>
    public static class Steps
    {
        public const string Parse = nameof(Parse);
        public const string Plan = nameof(Plan);
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var models = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeNames.ConstrainedFaker,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntax, cancellationToken) => ParseSafely(syntax, cancellationToken))
            .Where(static model => model is not null)
            .WithTrackingName(Steps.Parse);

        var plans = models
            .Select(static (model, _) => EntityPlanner.Plan(model!))
            .WithTrackingName(Steps.Plan);

        context.RegisterSourceOutput(plans, static (output, plan) => output.AddSource(plan.HintName, FakerEmitter.Emit(plan)));
    }

    /// <summary>
    /// A generator exception would drop every generated file of the user's build, so an internal error
    /// becomes a faker whose generated file says what went wrong.
    /// </summary>
    private static FakerModel? ParseSafely(GeneratorAttributeSyntaxContext syntax, System.Threading.CancellationToken cancellationToken)
    {
        if (syntax.TargetSymbol is not INamedTypeSymbol faker || syntax.Attributes.Length == 0) return null;
        try
        {
            return FakerParser.Parse(faker, syntax.Attributes[0], syntax.SemanticModel.Compilation, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return FakerParser.IsEmittable(faker) && faker.ContainingType is null
                ? new FakerModel(
                    faker.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
                    faker.Name,
                    EquatableArray<ContainingTypeModel>.Empty,
                    EquatableArray<EntityModel>.Empty,
                    EquatableArray<SkippedMember>.Empty,
                    FakerConstructors.None,
                    $"reading the declaration failed: {exception.GetType().Name}: {exception.Message}")
                : null;
        }
    }
}
