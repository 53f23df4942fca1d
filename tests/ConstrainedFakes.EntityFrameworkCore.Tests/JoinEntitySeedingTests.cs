using ConstrainedFakes.DataSets;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>A many-to-many through an explicit join entity: seeding writes exactly the join entity's rows, with their own columns.</summary>
public class JoinEntitySeedingTests
{
    private static PostTagContext Open(TestDatabase database) => database.NewContext<PostTagContext>(options => new PostTagContext(options));

    private static DataSetBuilder Blog() => new PostTagFaker(8).DataSet().Count<Post>(200).Count<Tag>(15);

    [Theory, InlineData(Provider.Sqlite), PostgresData]
    public async Task The_join_entity_rows_are_the_links_of_both_skip_navigations(Provider provider)
    {
        var data = Blog().Build();
        var expected = data.Set<PostTag>().Select(l => (l.PostId, l.TagId, l.TaggedOn)).Order().ToList();
        Assert.NotEmpty(expected);
        foreach (var (bulkCopy, stream) in new[] { (true, false), (false, false), (true, true) })
        {
            await using var database = await TestDatabase.CreateAsync(provider, Open);
            await using (var context = Open(database))
            {
                IEnumerable<object> rows = stream ? Blog().Stream() : data.Entities;
                await context.SeedAsync(rows, options: new SeedOptions { BulkCopy = bulkCopy, BatchSize = 64 });
            }
            await using (var context = Open(database))
            {
                var stored = await context.Set<PostTag>().AsNoTracking().ToListAsync();
                Assert.Equal(expected, stored.Select(l => (l.PostId, l.TagId, l.TaggedOn)).Order().ToList());
                // EF Core reads the skip navigations through the join entity: each post's tags, as built.
                var tags = await context.Posts.AsNoTracking().Include(p => p.Tags).ToDictionaryAsync(p => p.Id, p => p.Tags.Select(t => t.Id).Order().ToList());
                Assert.All(data.Set<Post>(), p => Assert.Equal(p.Tags.Select(t => t.Id).Order(), tags[p.Id]));
            }
        }
    }

    [Fact]
    public async Task A_link_of_an_explicit_join_entity_the_faker_did_not_see_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite, Open);
        await using var context = Open(database);
        var link = new JoinRow(typeof(Post), nameof(Post.Tags), 1, typeof(Tag), nameof(Tag.Posts), 1);
        var failure = await Assert.ThrowsAsync<SeedException>(() => context.SeedAsync(new object[] { link }));
        Assert.Contains("the join entity is the class PostTag (UsingEntity<PostTag>)", failure.Message);
    }
}
