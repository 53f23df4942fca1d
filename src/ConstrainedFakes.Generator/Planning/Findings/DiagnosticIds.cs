namespace ConstrainedFakes.Generator.Planning.Findings;

/// <summary>
/// The diagnostic IDs of spec §5 (fixed). The planner tags every problem and finding with one, so the
/// analyzer reports exactly what the planner found, under the ID the catalog describes.
/// </summary>
internal static class DiagnosticIds
{
    /// <summary>A member's own bounds are empty.</summary>
    public const string EmptyBounds = "CF0001";

    /// <summary>An entity's constraints together have no solution.</summary>
    public const string Unsatisfiable = "CF0002";

    /// <summary>A constraint names a member or path that does not exist.</summary>
    public const string UnknownMember = "CF0003";

    /// <summary>A constraint is outside the supported language, or an argument outside what it accepts.</summary>
    public const string Unsupported = "CF0004";

    /// <summary>Types in a constraint do not fit.</summary>
    public const string TypeMismatch = "CF0005";

    /// <summary>A correlation coefficient or matrix that cannot hold.</summary>
    public const string Correlation = "CF0006";

    /// <summary><c>[Unique]</c> on a member whose finite domain limits the rows.</summary>
    public const string UniqueCapacity = "CF0007";

    /// <summary>Relationships that cannot hold.</summary>
    public const string Relationship = "CF0008";

    /// <summary>State machines that cannot hold.</summary>
    public const string StateMachine = "CF0009";

    /// <summary>A constraint is implied by the others, or they narrow a member far below its declared range.</summary>
    public const string Narrowed = "CF0010";

    /// <summary>The faker declaration, or a type it names, cannot be generated.</summary>
    public const string FakerDeclaration = "CF0011";

    /// <summary>A <c>[Computed]</c> member can never meet its own declared range.</summary>
    public const string ComputedRange = "CF0012";
}
