namespace ConstrainedFakes.Generator.Model;

/// <summary>A <c>[ConstrainedFaker]</c> declaration: where the partial class lives and the entities it covers.</summary>
/// <param name="Namespace">The faker's namespace, or null for the global namespace.</param>
/// <param name="Name">The faker class's name.</param>
/// <param name="Containers">Enclosing types, outermost first, when the faker is nested.</param>
/// <param name="Entities">The entities, in declaration (or DbSet) order.</param>
/// <param name="SkippedEntities">Types named by the declaration that get no builder, with the reason.</param>
/// <param name="DeclaredConstructors">The faker constructors the user wrote, which the generator must not emit again.</param>
/// <param name="Failure">Why the declaration could not be read (an internal error), or null.</param>
/// <param name="JoinEntities">Many-to-manys whose join table is an entity class, from a context's <c>UsingEntity&lt;T&gt;</c> calls.</param>
internal sealed record FakerModel(
    string? Namespace,
    string Name,
    EquatableArray<ContainingTypeModel> Containers,
    EquatableArray<EntityModel> Entities,
    EquatableArray<SkippedMember> SkippedEntities,
    FakerConstructors DeclaredConstructors,
    string? Failure = null,
    EquatableArray<JoinEntityModel> JoinEntities = default);

/// <summary>Which of the faker's standard constructors the user already declared.</summary>
[System.Flags]
internal enum FakerConstructors
{
    None = 0,
    Parameterless = 1,
    Seed = 2,
    Options = 4,
}

/// <summary>A type that encloses a nested faker, e.g. <c>partial class</c> <c>ShopTests</c>.</summary>
/// <param name="Keyword">The declaration keyword(s): <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c>, <c>interface</c>.</param>
/// <param name="Name">The type's name with its type parameter list, e.g. <c>Tests&lt;T&gt;</c>.</param>
internal sealed record ContainingTypeModel(string Keyword, string Name);
