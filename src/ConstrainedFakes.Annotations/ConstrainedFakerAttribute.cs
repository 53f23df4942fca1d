using System;

namespace ConstrainedFakes;

/// <summary>
/// Marks a <c>partial</c> class as a faker: the ConstrainedFakes source generator fills it with a
/// builder for each entity type it covers.
/// </summary>
/// <remarks>
/// Pass either a <c>DbContext</c> type (every <c>DbSet&lt;T&gt;</c> entity of the context is covered)
/// or one or more plain entity classes.
/// <code>
/// [ConstrainedFaker(typeof(Customer), typeof(Product))]
/// public partial class ShopFaker;
/// </code>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ConstrainedFakerAttribute : Attribute
{
    /// <summary>Declares the entity types (or the DbContext type) the faker generates.</summary>
    /// <param name="types">A DbContext type, or the entity types themselves.</param>
    public ConstrainedFakerAttribute(params Type[] types) => Types = types;

    /// <summary>The types named in the declaration.</summary>
    public Type[] Types { get; }
}
