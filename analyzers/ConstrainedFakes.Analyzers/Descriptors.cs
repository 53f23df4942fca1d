using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConstrainedFakes.Generator.Planning.Findings;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Analyzers;

/// <summary>
/// The one catalog of ConstrainedFakes diagnostics (spec §5): ID, title, message, category, severity and
/// help link. Every message is "{entity}: {what the planner found}", so the planner's text is the message.
/// </summary>
public static class Descriptors
{
    private const string HelpRoot = "https://github.com/constrainedfakes/constrainedfakes/blob/main/docs/diagnostics/";
    private const string Constraints = "ConstrainedFakes.Constraints";
    private const string Declaration = "ConstrainedFakes.Declaration";
    private const string MessageFormat = "{0}: {1}";

    /// <summary>CF0001: a member's own bounds are empty.</summary>
    public static readonly DiagnosticDescriptor EmptyBounds = Create(DiagnosticIds.EmptyBounds,
        "A member's own bounds are empty", Constraints, DiagnosticSeverity.Warning,
        "The member's own constraints admit no value (min above max, exclusive bounds that meet, a minimum length above the maximum), so no row can be built.");

    /// <summary>CF0002: an entity's constraints together have no solution.</summary>
    public static readonly DiagnosticDescriptor Unsatisfiable = Create(DiagnosticIds.Unsatisfiable,
        "An entity's constraints have no solution together", Constraints, DiagnosticSeverity.Warning,
        "Each constraint is satisfiable alone, but together they are not; the message names the smallest conflicting set found.");

    /// <summary>CF0003: a constraint names a member or path that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownMember = Create(DiagnosticIds.UnknownMember,
        "A constraint names a member that does not exist", Constraints, DiagnosticSeverity.Error,
        "A constraint refers to a member (or path) the entity does not have; the message suggests the closest name.");

    /// <summary>CF0004: an expression that does not parse or is outside the supported language.</summary>
    public static readonly DiagnosticDescriptor Unsupported = Create(DiagnosticIds.Unsupported,
        "A constraint is outside the supported language", Constraints, DiagnosticSeverity.Error,
        "A constraint expression does not parse, uses a construct the planner does not support, or an argument is outside what the attribute accepts; the message says which part.");

    /// <summary>CF0005: types in a constraint do not fit.</summary>
    public static readonly DiagnosticDescriptor TypeMismatch = Create(DiagnosticIds.TypeMismatch,
        "Types in a constraint do not fit", Constraints, DiagnosticSeverity.Error,
        "A constraint compares or applies to values of types that do not fit together (a date with a number, [Range] on a string).");

    /// <summary>CF0006: a correlation that cannot hold.</summary>
    public static readonly DiagnosticDescriptor Correlation = Create(DiagnosticIds.Correlation,
        "A correlation cannot hold", "ConstrainedFakes.Correlations", DiagnosticSeverity.Warning,
        "A correlation coefficient is outside [-1, 1], or an entity's correlations do not form a positive semidefinite matrix; the message gives what the generator will use.");

    /// <summary>CF0007: [Unique] on a member with a small finite domain.</summary>
    public static readonly DiagnosticDescriptor UniqueCapacity = Create(DiagnosticIds.UniqueCapacity,
        "[Unique] on a small finite domain", Constraints, DiagnosticSeverity.Warning,
        "A [Unique] member's domain is finite and small, so only that many rows can be built; the message states the capacity.");

    /// <summary>CF0008: relationships that cannot hold.</summary>
    public static readonly DiagnosticDescriptor Relationship = Create(DiagnosticIds.Relationship,
        "A relationship cannot hold", "ConstrainedFakes.Relationships", DiagnosticSeverity.Warning,
        "A shape a faker's data set refuses (a cycle of foreign keys no optional pick breaks, a foreign key that does not fit its parent's key, a unique index over foreign keys with no owner, a many-to-many with [Count] on both sides), [Count] on a member that is not a collection navigation, or a required collection whose [Count] allows no child.");

    /// <summary>CF0009: state machines that cannot hold.</summary>
    public static readonly DiagnosticDescriptor StateMachine = Create(DiagnosticIds.StateMachine,
        "A state machine cannot hold", "ConstrainedFakes.StateMachines", DiagnosticSeverity.Warning,
        "[Transitions] names a state the enum does not have or leaves a state unreachable, a [Sequence]'s [Count] admits no path of the state machine, or its collection does not own its events or its time member has other constraints than its parent's floors.");

    /// <summary>CF0010: an implied constraint, or a member narrowed far below its declared range.</summary>
    public static readonly DiagnosticDescriptor Narrowed = Create(DiagnosticIds.Narrowed,
        "A constraint is implied by the others, or narrows a member far below its declared range", Constraints, DiagnosticSeverity.Info,
        "A declared cross-member constraint that the others already imply (the message names them), or a member the entity's constraints leave less than a tenth of its declared range (the message states the effective range).");

    /// <summary>CF0011: the faker declaration, or a type it names, cannot be generated.</summary>
    public static readonly DiagnosticDescriptor FakerDeclaration = Create(DiagnosticIds.FakerDeclaration,
        "The faker declaration cannot be generated", Declaration, DiagnosticSeverity.Error,
        "A [ConstrainedFaker] class must be a partial, non-generic, non-static class, and every type it names must be an entity class the generator can build.");

    /// <summary>CF0012: a [Computed] member that can never meet its own declared range.</summary>
    public static readonly DiagnosticDescriptor ComputedRange = Create(DiagnosticIds.ComputedRange,
        "A [Computed] member cannot meet its declared range", Constraints, DiagnosticSeverity.Warning,
        "Whatever values its inputs take within their own bounds, the [Computed] expression lies outside the member's declared range.");

    /// <summary>Every descriptor, in ID order.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        EmptyBounds, Unsatisfiable, UnknownMember, Unsupported, TypeMismatch, Correlation,
        UniqueCapacity, Relationship, StateMachine, Narrowed, FakerDeclaration, ComputedRange);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id);

    /// <summary>The descriptor of a planner ID.</summary>
    public static DiagnosticDescriptor For(string id) => ById[id];

    /// <summary>The help link of an ID: its page under docs/diagnostics.</summary>
    public static string HelpLink(string id) => HelpRoot + id + ".md";

    private static DiagnosticDescriptor Create(string id, string title, string category, DiagnosticSeverity severity, string description)
        => new(id, title, MessageFormat, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id));
}
