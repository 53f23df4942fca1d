using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning;

/// <summary>
/// How a row builds one collection of owned objects (EF Core OwnsMany): how many, drawn from the row like a
/// parent's children, and each element from a builder of the owned type of its own, at element index
/// <c>row * Stride + i</c>, so every element is a pure function of the seed, the owner's row and its place.
/// </summary>
/// <param name="Name">Its path from the owner: the owner's property (<c>Stops</c>), or one of an owned object it holds (<c>Site.Rooms</c>).</param>
/// <param name="ElementFullName">The owned type, fully qualified.</param>
/// <param name="Fill">How the collection is filled: assigned a new list, or added to.</param>
/// <param name="Min">The fewest elements.</param>
/// <param name="Max">The most elements.</param>
/// <param name="Mean">The Poisson mean of the count, or 0 for uniform.</param>
/// <param name="Declared">The <c>[Count]</c> as written, or a note of the default.</param>
/// <param name="CountStreamKey">The stable hash that keys the count (of <c>Entity.Property</c>).</param>
/// <param name="Problem">Why no count can be drawn (a <c>[Count]</c> with no value), or null.</param>
/// <param name="Element">The owned type's builder plan, named <c>{Owner}_{Property}</c>.</param>
internal sealed record OwnedCollectionPlan(string Name, string ElementFullName, CollectionFill Fill, int Min, int Max, double Mean, string Declared,
    ulong CountStreamKey, string? Problem, EntityPlan Element)
{
    /// <summary>Elements per owner row without <c>[Count]</c>: 0 to 4, uniform, as children per parent.</summary>
    public const int DefaultMax = 4;

    /// <summary>The path with underscores, which names the collection's fields and method: <c>Site_Rooms</c> (see <see cref="OwnedCollectionModel.Local"/>).</summary>
    public string Local => OwnedCollectionModel.Local(Name);

    /// <summary>The path of the owned object that holds the collection (<c>Site</c> of <c>Site.Rooms</c>), or null when the owner itself does.</summary>
    public string? Holder => Name.IndexOf('.') < 0 ? null : Name.Substring(0, Name.LastIndexOf('.'));

    /// <summary>The property that holds the collection on the object around it: <c>Rooms</c> of <c>Site.Rooms</c>.</summary>
    public string Property => Name.Substring(Name.LastIndexOf('.') + 1);

    /// <summary>
    /// The element plans of <paramref name="entity"/>'s owned collections and of the collections inside their elements,
    /// outermost first; not inside an element that cannot be built, whose builder makes no elements.
    /// </summary>
    public static IEnumerable<EntityPlan> ElementsOf(EntityPlan entity)
        => entity.OwnedCollections.SelectMany(c => new[] { c.Element }.Concat(c.Element.Problems.Count == 0 ? ElementsOf(c.Element) : Enumerable.Empty<EntityPlan>()));

    /// <summary>How far apart two owner rows' element indices are: the most elements a row can have (at least 1).</summary>
    public long Stride => System.Math.Max(Max, 1);

    /// <summary>Plans the owned collections of <paramref name="entity"/>, each element type with the entity planner.</summary>
    public static EquatableArray<OwnedCollectionPlan> Plan(EntityModel entity)
        => entity.OwnedCollections.Select(collection =>
        {
            var count = collection.Count;
            var (min, max, mean) = count is null ? (0, DefaultMax, 0.0) : (count.Min, count.Max, count.Mean);
            var declared = count?.Declared ?? $"0 to {DefaultMax} (no [Count])";
            string? problem = null;
            if (min < 0 || max < min) problem = $"{declared} on {collection.Name} admits no count of elements.";
            else if (double.IsNaN(mean) || double.IsInfinity(mean) || mean < 0) problem = $"the mean of {declared} on {collection.Name} is not a positive number.";
            var element = EntityPlanner.Plan(collection.Element) with
            {
                IsPublic = false,
                InvariantChecks = Constraints.InvariantChecks.Plan(collection.Element),
            };
            return new OwnedCollectionPlan(collection.Name, collection.Element.FullName, collection.Fill, min, max, mean, declared,
                ConstrainedFakes.Randomness.NameHash.Of($"{entity.Name}.{collection.Name}"), problem, element);
        }).ToEquatableArray();
}
