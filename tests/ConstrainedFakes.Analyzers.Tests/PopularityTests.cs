using static ConstrainedFakes.Analyzers.Tests.Infrastructure.AnalyzerHarness;

namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>CF0008 for <c>[Popularity]</c>.</summary>
public sealed class PopularityTests
{
    private static string Line(string exponent) => $$"""
        public class Product { public int Id { get; set; } }
        public class Line
        {
            public int Id { get; set; }
            public int ProductId { get; set; }
            [Popularity({{exponent}})] public Product Product { get; set; } = null!;
        }
        [ConstrainedFaker(typeof(Line))] public partial class ShopFaker;
        """;

    [Theory]
    [InlineData("-1.0")]
    [InlineData("double.NaN")]
    [InlineData("double.PositiveInfinity")]
    public void An_exponent_that_is_negative_or_not_finite_is_a_relationship_problem(string exponent)
    {
        var diagnostics = Analyze(Line(exponent));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0008", diagnostic.Id);
        Assert.Contains("needs a finite Zipf exponent of 0 or more", Message(diagnostic));
    }

    [Fact]
    public void Popularity_on_the_collection_that_makes_the_children_is_ignored_and_told()
    {
        var diagnostics = Analyze("""
            public class Line { public int Id { get; set; } }
            public class Order
            {
                public int Id { get; set; }
                [Popularity(1.2)] public List<Line> Lines { get; set; } = new();
            }
            [ConstrainedFaker(typeof(Order))] public partial class ShopFaker;
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0008", diagnostic.Id);
        Assert.Equal("Popularity(1.2)", At(diagnostic));
        Assert.Equal("Order: Lines: [Popularity(1.2)] is ignored: each Order row makes its own Line rows (Order.Lines), so there is no Order to choose; "
            + "it skews picks, on a reference or a collection with no reference back whose parent is picked from a pool.", Message(diagnostic));
    }

    /// <summary>Lines made per basket (its [Count]); each line's product picked, by the line's reference when REFERENCE is one.</summary>
    private const string BasketLines = """
        public class Product
        {
            public int Id { get; set; }
            [Popularity(1.1)] public List<Line> Lines { get; set; } = new();
        }
        public class Basket
        {
            public int Id { get; set; }
            [Count(1, 3)] public List<Line> Lines { get; set; } = new();
        }
        public class Line
        {
            public int Id { get; set; }
            public int BasketId { get; set; }
            public Basket Basket { get; set; } = null!;
            REFERENCE
        }
        [ConstrainedFaker(typeof(Basket), typeof(Product))] public partial class ShopFaker;
        """;

    [Fact]
    public void Popularity_on_the_collection_of_a_reference_belongs_on_the_reference()
    {
        var diagnostics = Analyze(BasketLines.Replace("REFERENCE", "public int ProductId { get; set; } public Product Product { get; set; } = null!;"));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0008", diagnostic.Id);
        Assert.Equal("Product: Lines: [Popularity(1.1)] is ignored: Line.Product picks each Line's Product (Product.Lines ↔ Line.Product); put it on that reference.", Message(diagnostic));
    }

    [Fact]
    public void Popularity_on_a_collection_that_picks_the_parent_is_followed()
    {
        // Product.Lines has no reference back and no [Count], so it picks each line's Product.
        var diagnostics = Analyze(BasketLines.Replace("REFERENCE", ""));
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    private const string PostsAndTags = """
        public class Post
        {
            public int Id { get; set; }
            POST public List<Tag> Tags { get; set; } = new();
        }
        public class Tag
        {
            public int Id { get; set; }
            TAG public List<Post> Posts { get; set; } = new();
        }
        [ConstrainedFaker(typeof(Post), typeof(Tag))] public partial class BlogFaker;
        """;

    [Theory]
    [InlineData("[Count(1, 3), Popularity(1.1)]", "")]
    [InlineData("[Popularity(1.1)]", "")]
    [InlineData("", "[Popularity(1.1)]")]
    public void Popularity_on_the_side_of_a_many_to_many_that_draws_is_followed(string post, string tag)
    {
        var diagnostics = Analyze(PostsAndTags.Replace("POST", post).Replace("TAG", tag));
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Theory]
    [InlineData("[Count(1, 3)]", "[Popularity(1.1)]")]
    [InlineData("[Popularity(2)]", "[Popularity(1.1)]")]
    public void Popularity_on_the_side_of_a_many_to_many_that_does_not_draw_says_where_it_belongs(string post, string tag)
    {
        var diagnostics = Analyze(PostsAndTags.Replace("POST", post).Replace("TAG", tag));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0008", diagnostic.Id);
        Assert.Equal("Popularity(1.1)", At(diagnostic));
        Assert.Equal("Tag: Posts: [Popularity(1.1)] is ignored: the rows of Post.Tags draw the links of Post.Tags ↔ Tag.Posts (the side with [Count] draws, "
            + "else the side with [Popularity], else the first), so only a [Popularity] there is followed, where it makes a few Tag rows the most linked; put it there.", Message(diagnostic));
    }

    [Fact]
    public void Popularity_on_the_side_of_a_join_entity_that_does_not_draw_says_where_it_belongs()
    {
        var diagnostics = Analyze("""
            using Microsoft.EntityFrameworkCore;
            public class Post
            {
                public int Id { get; set; }
                public List<Tag> Tags { get; set; } = new();
            }
            public class Tag
            {
                public int Id { get; set; }
                [Count(0, 2)] public List<Post> Posts { get; set; } = new();
                [Popularity(1.1)] public List<PostTag> Entries { get; set; } = new();
            }
            [PrimaryKey(nameof(PostId), nameof(TagId))]
            public class PostTag
            {
                public int PostId { get; set; }
                [Popularity(1.3)] public Post Post { get; set; } = null!;
                public int TagId { get; set; }
                public Tag Tag { get; set; } = null!;
            }
            public class BlogContext : DbContext
            {
                public DbSet<Post> Posts => Set<Post>();
                protected override void OnModelCreating(ModelBuilder modelBuilder)
                    => modelBuilder.Entity<Post>().HasMany(p => p.Tags).WithMany(t => t.Posts).UsingEntity<PostTag>();
            }
            [ConstrainedFaker(typeof(BlogContext))] public partial class BlogFaker;
            """);
        // Tag.Posts has [Count], so each Tag makes its PostTag rows (Tag.Entries) and PostTag.Post picks (its [Popularity] is followed).
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Popularity(1.1)", At(diagnostic));
        Assert.StartsWith("Tag: Entries: [Popularity(1.1)] is ignored: each Tag row makes its own PostTag rows", Message(diagnostic));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.1")]
    public void A_finite_exponent_of_zero_or_more_on_a_reference_is_fine(string exponent)
    {
        var diagnostics = Analyze(Line(exponent));
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }
}
