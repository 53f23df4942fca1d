using System.Linq;

namespace ConstrainedFakes.Generator.Model;

/// <summary>
/// A collection property whose elements are of an EF Core owned type (<c>List&lt;Address&gt;</c> of an
/// <c>[Owned] Address</c>, which EF Core maps with OwnsMany to a table of its own keyed by the owner): its
/// elements belong to the owner's row, are no rows of the data set, and are built, each with its own constraints,
/// with the owner. It may sit inside an owned reference of the owner (<c>Site.Rooms</c>), and an element may hold
/// owned collections of its own (among its <see cref="EntityModel.OwnedCollections"/>).
/// </summary>
/// <param name="Name">Its path from the owner: the owner's property (<c>Stops</c>), or the property of an owned object the owner holds (<c>Site.Rooms</c>).</param>
/// <param name="Element">The owned type read as an entity, named <c>{Owner}_{Path}</c> (<c>Route_Stops</c>, <c>Route_Stops_Legs</c>) so its streams are its own.</param>
/// <param name="Fill">How generated code fills the collection.</param>
/// <param name="Count">Its <c>[Count]</c>, if declared.</param>
internal sealed record OwnedCollectionModel(string Name, EntityModel Element, CollectionFill Fill, CountModel? Count)
{
    /// <summary>
    /// A path as one identifier: its steps joined by underscores, an underscore of a step doubled, so that a path
    /// (<c>A.B</c>, <c>A_B</c>) and a property named like it (<c>A_B</c>, <c>A__B</c>) never share fields or builders.
    /// </summary>
    public static string Local(string path) => string.Join("_", path.Split('.').Select(step => step.Replace("_", "__")));

    /// <summary>
    /// The collection held by <paramref name="owner"/>: its element named <c>{owner}_{Path}</c>, and the collections inside
    /// the element named under that, so the same owned type in two places draws apart.
    /// </summary>
    public OwnedCollectionModel NamedUnder(string owner)
    {
        var name = owner + "_" + Local(Name);
        return this with { Element = Element with { Name = name, OwnedCollections = Element.OwnedCollections.Select(c => c.NamedUnder(name)).ToEquatableArray() } };
    }
}
