namespace ConstrainedFakes.Tests.Graph;

// C# required navigations: the object initializer must set them, so the builder sets a placeholder (an empty
// list, or null! that a data set or With{Navigation} replaces).

[ConstrainedFaker(typeof(Kennel))]
public partial class KennelFaker;

public class Kennel
{
    public int Id { get; set; }

    [Count(1, 3)]
    public required List<Dog> Dogs { get; set; }
}

public class Dog
{
    public int Id { get; set; }

    public int KennelId { get; set; }

    public required Kennel Kennel { get; set; }
}

// [Required] on a nullable reference with a shadow key: EF Core makes the link required, and so does the data set.

[ConstrainedFaker(typeof(Memo), typeof(Writer))]
public partial class MemoFaker;

public class Writer
{
    public int Id { get; set; }
}

public class Memo
{
    public int Id { get; set; }

    [System.ComponentModel.DataAnnotations.Required]
    public Writer? Author { get; set; }
}
