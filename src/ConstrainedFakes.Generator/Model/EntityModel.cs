namespace ConstrainedFakes.Generator.Model;

/// <summary>An entity class as declared: its members and attributes, with no symbols attached.</summary>
/// <param name="Name">The type's simple name, e.g. <c>Customer</c>: it names the builder and keys the random streams.</param>
/// <param name="FullName">The fully qualified name, e.g. <c>global::Shop.Customer</c>.</param>
/// <param name="IsPublic">Whether the type is visible outside its assembly (the builder's accessibility follows).</param>
/// <param name="Members">The members the generator may set, in declaration order (base class members first).</param>
/// <param name="ConstructorParameters">Members passed to the binding constructor, in parameter order; empty for a parameterless constructor.</param>
/// <param name="Skipped">Members left alone, with the reason.</param>
/// <param name="Invariants">Class-level <c>[Invariant]</c> expressions.</param>
/// <param name="EdgeCases">The <c>[EdgeCases]</c> of the class, else of its assembly, if any.</param>
/// <param name="Problem">Why the entity cannot be built at all, or null.</param>
/// <param name="Navigations">Reference and collection navigations to other entities, in declaration order.</param>
/// <param name="UniqueIndexes">EF Core <c>[Index(..., IsUnique = true)]</c>s over several members, or naming a member the entity does not have (one-member ones make the member <c>[Unique]</c>).</param>
/// <param name="Owned">Reference properties of EF Core owned types, whose members are among <paramref name="Members"/> as <c>{Property}_{Member}</c>.</param>
/// <param name="OwnedCollections">Collection properties of EF Core owned types, whose elements are built with the row.</param>
/// <param name="Key">The primary key's members, in key order (<c>[Key]</c> members' declaration order, else <c>[PrimaryKey]</c>'s, else <c>Id</c>).</param>
/// <param name="PrimaryKey">EF Core's <c>[PrimaryKey]</c> as written, when it names the key (no member has <c>[Key]</c>), with every name it gives, even one naming no member (which <paramref name="Key"/> leaves out); else null.</param>
internal sealed record EntityModel(
    string Name,
    string FullName,
    bool IsPublic,
    EquatableArray<MemberModel> Members,
    EquatableArray<string> ConstructorParameters,
    EquatableArray<SkippedMember> Skipped,
    EquatableArray<InvariantModel> Invariants,
    DeclaredNumber? EdgeCases,
    string? Problem,
    EquatableArray<NavigationModel> Navigations = default,
    EquatableArray<UniqueIndexModel> UniqueIndexes = default,
    EquatableArray<OwnedReferenceModel> Owned = default,
    EquatableArray<OwnedCollectionModel> OwnedCollections = default,
    EquatableArray<string> Key = default,
    UniqueIndexModel? PrimaryKey = null);

/// <summary>A unique index over several members (or a primary key as written): no two rows share all their values.</summary>
/// <param name="Members">The members, in index order.</param>
/// <param name="Declared">The attribute as C# source, for messages.</param>
internal sealed record UniqueIndexModel(EquatableArray<string> Members, string Declared);

/// <summary>An <c>[Invariant("...")]</c> on the entity: the expression text, parsed by the planner.</summary>
/// <param name="Expression">The C# boolean expression, over the entity's member names (an owned object's as <c>{Property}_{Member}</c>).</param>
/// <param name="Declared">The attribute as C# source, for messages.</param>
/// <param name="OwnedBy">For an invariant an owned type declares: the path of the owned reference it holds on (<c>Destination</c>); else null.</param>
internal sealed record InvariantModel(string Expression, string Declared, string? OwnedBy = null);

/// <summary>A member the generator does not set, and why.</summary>
/// <param name="Name">The member's name.</param>
/// <param name="Reason">Why it is left at its default.</param>
/// <param name="BlocksBuilding">True when the entity cannot be built without it (a <c>required</c> member or a constructor parameter).</param>
internal sealed record SkippedMember(string Name, string Reason, bool BlocksBuilding);
