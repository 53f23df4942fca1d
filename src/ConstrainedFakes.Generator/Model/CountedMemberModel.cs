namespace ConstrainedFakes.Generator.Model;

/// <summary>A member carrying <c>[Count]</c> or <c>[Sequence]</c>: what the relationship and state-machine checks need.</summary>
/// <param name="Name">The member's name.</param>
/// <param name="TypeName">Its type as written in messages.</param>
/// <param name="IsCollection">Whether it is a collection (a collection navigation).</param>
/// <param name="IsRequired">Whether <c>[Required]</c> is present.</param>
/// <param name="Count">The <c>[Count]</c>, if any.</param>
/// <param name="Sequence">The <c>[Sequence]</c>, if any.</param>
internal sealed record CountedMemberModel(string Name, string TypeName, bool IsCollection, bool IsRequired, CountModel? Count, DeclaredSequence? Sequence);

/// <summary><c>[Sequence(state, time)]</c> on a collection of events.</summary>
/// <param name="State">The event's state member, as written.</param>
/// <param name="Time">The event's time member, as written.</param>
/// <param name="Declared">The attribute as C# source.</param>
/// <param name="ElementMembers">The event type's member names (empty when the member is no collection).</param>
/// <param name="Machine">The state member's enum's <c>[Transitions]</c>, or null when it has none.</param>
internal sealed record DeclaredSequence(string State, string Time, string Declared, EquatableArray<string> ElementMembers, StateMachineModel? Machine);
