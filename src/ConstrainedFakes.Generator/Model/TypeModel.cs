namespace ConstrainedFakes.Generator.Model;

/// <summary>A member's type, reduced to what the generator needs.</summary>
/// <param name="Kind">Which supported scalar it is, or <see cref="ScalarKind.Unsupported"/>.</param>
/// <param name="FullName">The fully qualified C# name, e.g. <c>int</c>, <c>global::System.DateTime</c>, <c>global::Shop.Tier</c>.</param>
/// <param name="EnumMembers">An enum's members in declaration order; empty otherwise.</param>
/// <param name="Transitions">An enum's <c>[Transitions]</c>, if declared.</param>
internal sealed record TypeModel(ScalarKind Kind, string FullName, EquatableArray<EnumMemberModel> EnumMembers, TransitionsModel? Transitions = null);

/// <summary>A <c>[Transitions("A -> B | C", ...)]</c> on an enum: the rules as written, parsed by the planner.</summary>
/// <param name="Rules">The rules, in order; the first state named is the initial one.</param>
/// <param name="Declared">The attribute as C# source, for messages.</param>
internal sealed record TransitionsModel(EquatableArray<string> Rules, string Declared);

/// <summary>An enum member and its <c>[Weight]</c> (1 when not declared).</summary>
/// <param name="Name">The member's name.</param>
/// <param name="Value">Its underlying value as invariant text.</param>
/// <param name="Weight">Its relative frequency.</param>
internal sealed record EnumMemberModel(string Name, string Value, double Weight);

/// <summary>The member types the generator samples.</summary>
internal enum ScalarKind
{
    Unsupported,
    SByte,
    Byte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Decimal,
    Double,
    Single,
    Boolean,
    String,
    Guid,
    DateTime,
    DateTimeOffset,
    DateOnly,
    TimeOnly,
    TimeSpan,
    Enum,
}
