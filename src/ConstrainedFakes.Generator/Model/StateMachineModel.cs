namespace ConstrainedFakes.Generator.Model;

/// <summary>An enum with <c>[Transitions]</c>: its states and the rules as written.</summary>
/// <param name="EnumName">The enum's simple name.</param>
/// <param name="States">The enum's member names, in declaration order.</param>
/// <param name="Rules">The transition rules as written, e.g. <c>UnderReview -&gt; Approved | Denied</c>.</param>
/// <param name="Declared">The attribute as C# source, for messages and locations.</param>
internal sealed record StateMachineModel(string EnumName, EquatableArray<string> States, EquatableArray<string> Rules, string Declared);
