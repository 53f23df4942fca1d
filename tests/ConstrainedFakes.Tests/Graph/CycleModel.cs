namespace ConstrainedFakes.Tests.Graph;

// Two entities that each require the other: no insert order puts every parent first.

[ConstrainedFaker(typeof(Chicken))]
public partial class CycleFaker;

public class Chicken
{
    public int Id { get; set; }

    public int EggId { get; set; }

    public Egg Egg { get; set; } = null!;
}

public class Egg
{
    public int Id { get; set; }

    public int ChickenId { get; set; }

    public Chicken Chicken { get; set; } = null!;
}

// A cycle closed by an optional composite foreign key: a studio's lead is one of the artists, keyed by their region
// and number, which the artist generates from its row, so the lead's key is known before the artists are made.

[ConstrainedFaker(typeof(Studio))]
public partial class StudioFaker;

public class Studio
{
    public int Id { get; set; }

    public string? LeadRegion { get; set; }

    public int? LeadNumber { get; set; }

    [System.ComponentModel.DataAnnotations.Schema.ForeignKey("LeadRegion, LeadNumber"), Nulls(0.25)]
    public Artist? Lead { get; set; }

    [Count(1, 4)]
    public List<Artist> Artists { get; } = [];
}

[Microsoft.EntityFrameworkCore.PrimaryKey(nameof(Region), nameof(Number))]
public class Artist
{
    [System.ComponentModel.DataAnnotations.MaxLength(20)]
    public string Region { get; set; } = "";

    public int Number { get; set; }

    public int StudioId { get; set; }

    public Studio Studio { get; set; } = null!;
}

// The same cycle where the lead's key parts are the place's own foreign key: not known before the places are made.

[ConstrainedFaker(typeof(Cohort))]
public partial class CohortFaker;

public class Cohort
{
    public int Id { get; set; }

    public int? FeaturedCohortId { get; set; }

    public int? FeaturedNumber { get; set; }

    [System.ComponentModel.DataAnnotations.Schema.ForeignKey("FeaturedCohortId, FeaturedNumber")]
    public Place? Featured { get; set; }

    [Count(1, 2)]
    public List<Place> Places { get; } = [];
}

[Microsoft.EntityFrameworkCore.PrimaryKey(nameof(CohortId), nameof(Number))]
public class Place
{
    public int CohortId { get; set; }

    public Cohort Cohort { get; set; } = null!;

    public int Number { get; set; }
}
