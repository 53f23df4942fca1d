namespace ConstrainedFakes.Generator.Model;

/// <summary>
/// A many-to-many whose join table is an entity class of its own, configured in the context's
/// <c>OnModelCreating</c>: <c>modelBuilder.Entity&lt;Post&gt;().HasMany(p =&gt; p.Tags).WithMany(t =&gt; t.Posts).UsingEntity&lt;PostTag&gt;()</c>.
/// </summary>
/// <param name="Entity">The entity whose skip navigation <c>HasMany</c> names, e.g. <c>Post</c>.</param>
/// <param name="Navigation">That skip navigation, e.g. <c>Tags</c>.</param>
/// <param name="Target">The other side, e.g. <c>Tag</c>.</param>
/// <param name="Inverse">Its skip navigation back, e.g. <c>Posts</c>.</param>
/// <param name="JoinEntity">The join entity, e.g. <c>PostTag</c>.</param>
/// <param name="Declared">The configuration as written, for messages.</param>
internal sealed record JoinEntityModel(string Entity, string Navigation, string Target, string Inverse, string JoinEntity, string Declared);
