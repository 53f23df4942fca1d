namespace ConstrainedFakes.DataSets;

/// <summary>
/// One row of a many-to-many join table that has no entity class (EF Core's skip navigations, e.g.
/// <c>Post.Tags</c> and <c>Tag.Posts</c>): the row of <see cref="Entity"/> keyed <see cref="Key"/> holds the row
/// of <see cref="Target"/> keyed <see cref="TargetKey"/> in <see cref="Navigation"/>, and the other way round in
/// <see cref="Inverse"/>. A data set's <see cref="DataSet.Entities"/> and a stream hand these out after both
/// tables, so inserting everything in order writes the join table too.
/// </summary>
/// <param name="entity">The entity type on one side.</param>
/// <param name="navigation">Its collection navigation of the other side.</param>
/// <param name="key">The key of its row.</param>
/// <param name="target">The entity type on the other side.</param>
/// <param name="inverse">The other side's collection navigation back.</param>
/// <param name="targetKey">The key of the other side's row.</param>
public sealed class JoinRow(Type entity, string navigation, object key, Type target, string inverse, object targetKey)
{
    /// <summary>The entity type on one side.</summary>
    public Type Entity { get; } = entity;

    /// <summary>Its collection navigation of the other side.</summary>
    public string Navigation { get; } = navigation;

    /// <summary>The key of its row.</summary>
    public object Key { get; } = key;

    /// <summary>The entity type on the other side.</summary>
    public Type Target { get; } = target;

    /// <summary>The other side's collection navigation back.</summary>
    public string Inverse { get; } = inverse;

    /// <summary>The key of the other side's row.</summary>
    public object TargetKey { get; } = targetKey;

    /// <summary>The link as <c>Post(1).Tags → Tag(7)</c>.</summary>
    public override string ToString() => $"{Entity.Name}({Key}).{Navigation} → {Target.Name}({TargetKey})";
}
