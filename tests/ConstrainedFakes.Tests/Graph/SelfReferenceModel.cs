using System.ComponentModel.DataAnnotations;

namespace ConstrainedFakes.Tests.Graph;

// A strict rule through an optional self-reference: an apprentice's level is below its master's. The
// masters are the same table, narrowed alike, so a master at the narrowed bottom leaves its apprentice no level.

[ConstrainedFaker(typeof(Apprentice))]
public partial class GuildFaker;

public class Apprentice
{
    public int Id { get; set; }

    [Range(1, 100), LessThan("Master.Level")]
    public int Level { get; set; }

    public int? MasterId { get; set; }

    public Apprentice? Master { get; set; }
}

// The same rule through a required self-reference: no first row can have a master, so a data set is refused.

[ConstrainedFaker(typeof(Disciple))]
public partial class OrderFaker;

public class Disciple
{
    public int Id { get; set; }

    [Range(1, 100), LessThan("Master.Level")]
    public int Level { get; set; }

    public int MasterId { get; set; }

    public Disciple Master { get; set; } = null!;
}
