namespace ConstrainedFakes.Generator.Model;

/// <summary>
/// A collection property whose elements are of an EF Core owned type (<c>List&lt;Address&gt;</c> of an
/// <c>[Owned] Address</c>, which EF Core maps with OwnsMany to a table of its own keyed by the owner): its
/// elements belong to the owner's row, are no rows of the data set, and are built, each with its own constraints,
/// with the owner.
/// </summary>
/// <param name="Name">The owner's property.</param>
/// <param name="Element">The owned type read as an entity, named <c>{Owner}_{Property}</c> so its streams are its own.</param>
/// <param name="Fill">How generated code fills the collection.</param>
/// <param name="Count">Its <c>[Count]</c>, if declared.</param>
internal sealed record OwnedCollectionModel(string Name, EntityModel Element, CollectionFill Fill, CountModel? Count);
