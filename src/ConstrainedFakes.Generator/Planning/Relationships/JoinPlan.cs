using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// A many-to-many through skip navigations (a collection on each side and no join entity class): each row of
/// <paramref name="Entity"/> links to <paramref name="Count"/> distinct rows of <paramref name="Target"/>, and
/// every link is one row of the join table that EF Core makes for the pair.
/// </summary>
/// <param name="Entity">The side whose rows choose their links (see <see cref="ManyToMany.BackDraws"/>).</param>
/// <param name="FullName">Its fully qualified name.</param>
/// <param name="Navigation">Its collection of <paramref name="Target"/>.</param>
/// <param name="Fill">How generated code adds to <paramref name="Navigation"/>.</param>
/// <param name="Target">The other side.</param>
/// <param name="TargetFullName">Its fully qualified name.</param>
/// <param name="Inverse">The other side's collection of <paramref name="Entity"/>.</param>
/// <param name="InverseFill">How generated code adds to <paramref name="Inverse"/>.</param>
/// <param name="Count">Links per row of <paramref name="Entity"/>.</param>
/// <param name="StreamKey">The stable hash that keys the links' draws (how many, which).</param>
/// <param name="Source">The pair as a person reads it, e.g. <c>Post.Tags ↔ Tag.Posts</c>.</param>
/// <param name="Popularity">The Zipf exponent of <c>[Popularity]</c> on <paramref name="Navigation"/>, or 0 for uniform links.</param>
internal sealed record JoinPlan(
    string Entity,
    string FullName,
    string Navigation,
    CollectionFill Fill,
    string Target,
    string TargetFullName,
    string Inverse,
    CollectionFill InverseFill,
    CountPlan Count,
    ulong StreamKey,
    string Source,
    double Popularity = 0);
