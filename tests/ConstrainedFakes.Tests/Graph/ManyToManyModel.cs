using System.ComponentModel.DataAnnotations;

namespace ConstrainedFakes.Tests.Graph;

// Many-to-many through skip navigations: articles and topics, no join entity class. Articles are children of
// authors, topics a pool; each article has 1 to 3 distinct topics, and each topic lists its articles.

[ConstrainedFaker(typeof(Author))]
public partial class BlogFaker;

public class Author
{
    public int Id { get; set; }

    [MaxLength(60)]
    public string FullName { get; set; } = "";

    [Count(0, 3)]
    public List<Article> Articles { get; } = [];
}

public class Article
{
    public int Id { get; set; }

    public int AuthorId { get; set; }

    public Author Author { get; set; } = null!;

    [MaxLength(80)]
    public string Title { get; set; } = "";

    [Count(1, 3)]
    public ICollection<Topic> Topics { get; set; } = null!;
}

public class Topic
{
    public Guid Id { get; set; }

    [Unique, MaxLength(40)]
    public string Name { get; set; } = "";

    public ICollection<Article> Articles { get; } = new List<Article>();
}
