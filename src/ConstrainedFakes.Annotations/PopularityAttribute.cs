using System;

namespace ConstrainedFakes;

/// <summary>
/// Skews which parent a many-to-one reference picks from its pool (or which rows a many-to-many's rows link to,
/// or which parent a collection with no reference back picks): the parent of popularity rank k (1, 2, ...)
/// is picked in proportion to 1 / k^<see cref="Exponent"/> (Zipf's law), instead of uniformly. The ranks are
/// spread over the pool by a keyed permutation, so the most popular rows are not simply the first ones; on a
/// self-reference the earliest rows are the most popular (the first employees manage the most people).
/// </summary>
/// <example><code>
/// [Popularity(1.1)] public Product Product { get; set; } = null!;   // a few best sellers, a long tail
/// </code></example>
/// <remarks>
/// Applies to a reference navigation whose parent is picked from the parent's whole table (not one that owns
/// the row through a <c>[Count]</c> collection), to a collection navigation with no reference back that picks
/// (not the one that makes its children), and to the skip navigation of the side of a many-to-many whose rows draw
/// the links (the side with <c>[Count]</c>, else the side with <c>[Popularity]</c>, else the first). With a unique
/// index over the owner's key and the picked key, each owner's children still pick distinct parents, and a
/// many-to-many's row still links to distinct rows: each next one drawn with the same weights among the rows not
/// yet taken.
/// </remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class PopularityAttribute : Attribute
{
    /// <summary>Declares the skew.</summary>
    /// <param name="exponent">The Zipf exponent: 0 is uniform, 1 is classic Zipf, larger is more skewed; finite and not negative.</param>
    public PopularityAttribute(double exponent) => Exponent = exponent;

    /// <summary>The Zipf exponent.</summary>
    public double Exponent { get; }
}
