namespace ConstrainedFakes.Generator.Model;

/// <summary>A navigation property: a reference to one entity or a collection of them, as declared.</summary>
/// <param name="Name">The navigation's name, e.g. <c>Customer</c> or <c>Orders</c>.</param>
/// <param name="Kind">Reference or collection.</param>
/// <param name="Target">The simple name of the entity it leads to.</param>
/// <param name="TargetFullName">The fully qualified name of that entity, e.g. <c>global::Shop.Customer</c>.</param>
/// <param name="ForeignKey">A reference's foreign-key members on this entity, by convention or <c>[ForeignKey]</c>; empty for a collection, or when the key is a shadow property.</param>
/// <param name="IsRequired">A reference with <c>[Required]</c>, or whose foreign key (or, without one, whose navigation) is not nullable.</param>
/// <param name="InverseName">The name of the navigation on the other side from <c>[InverseProperty]</c>, if declared.</param>
/// <param name="Count">A collection's <c>[Count]</c>, if declared.</param>
/// <param name="NullRate">A reference's <c>[Nulls]</c>, if declared.</param>
/// <param name="Fill">How generated code adds to a collection.</param>
/// <param name="IsSettable">Whether generated code can assign the property.</param>
/// <param name="Sequence">A collection's <c>[Sequence]</c>, if declared.</param>
/// <param name="Popularity">A reference's <c>[Popularity]</c> exponent, if declared.</param>
/// <param name="IsRequiredMember">Whether the property is C# <c>required</c>, so the object initializer must set it.</param>
/// <param name="PrincipalKey">A reference's target key members, in key order: the parts <paramref name="ForeignKey"/> copies, one for one.</param>
/// <param name="Unresolved">A <c>[ForeignKey]</c> on the navigation naming members this entity does not have, if so.</param>
internal sealed record NavigationModel(
    string Name,
    NavigationKind Kind,
    string Target,
    string TargetFullName,
    EquatableArray<string> ForeignKey,
    bool IsRequired,
    string? InverseName,
    CountModel? Count,
    DeclaredNumber? NullRate,
    CollectionFill Fill,
    bool IsSettable,
    SequenceModel? Sequence = null,
    DeclaredNumber? Popularity = null,
    bool IsRequiredMember = false,
    EquatableArray<string> PrincipalKey = default,
    UnresolvedForeignKey? Unresolved = null);

/// <summary>A <c>[ForeignKey("...")]</c> on a navigation that names members the entity does not have (CF0003).</summary>
/// <param name="Declared">The attribute as C# source, for messages.</param>
/// <param name="Missing">The names it gives that are no member.</param>
/// <param name="IsSingle">Whether it names one member, so the closest member can replace it as <c>nameof</c>.</param>
internal sealed record UnresolvedForeignKey(string Declared, EquatableArray<string> Missing, bool IsSingle);

/// <summary>A <c>[Sequence(state, time)]</c> on a collection of events.</summary>
/// <param name="State">The event's enum member holding the state.</param>
/// <param name="Time">The event's date or time member that orders the path.</param>
/// <param name="Declared">The attribute as C# source, for messages.</param>
internal sealed record SequenceModel(string State, string Time, string Declared);

/// <summary>Whether a navigation leads to one entity or to many.</summary>
internal enum NavigationKind
{
    Reference,
    Collection,
}

/// <summary>How generated code puts a child into a parent's collection navigation.</summary>
internal enum CollectionFill
{
    /// <summary>Not a collection, or one generated code cannot add to (<c>IEnumerable&lt;T&gt;</c>, a read-only list).</summary>
    None,

    /// <summary><c>parent.Items.Add(child)</c>: the collection is created by the entity itself.</summary>
    Add,

    /// <summary><c>(parent.Items ??= new List&lt;T&gt;()).Add(child)</c>: a settable property a <c>List&lt;T&gt;</c> fits.</summary>
    CreateThenAdd,

    /// <summary><c>parent.Profile = child</c>: the principal's reference of a one-to-one.</summary>
    Assign,
}

/// <summary>A <c>[Count(min, max)]</c> on a collection navigation.</summary>
/// <param name="Min">The fewest children per parent.</param>
/// <param name="Max">The most children per parent.</param>
/// <param name="Mean">The Poisson mean, or 0 for uniform.</param>
/// <param name="Declared">The attribute as C# source, for messages.</param>
internal sealed record CountModel(int Min, int Max, double Mean, string Declared);
