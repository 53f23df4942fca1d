using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Graph;

// Skewed pools: page views follow Zipf's law over the catalogue, basket lines too (distinct items per basket),
// and a few early members recommend most of the others.

[ConstrainedFaker(typeof(PageView), typeof(Basket), typeof(Fan))]
public partial class PopularityFaker;

public class CatalogueItem
{
    public int Id { get; set; }

    [MaxLength(40)]
    public string Title { get; set; } = "";

    public ICollection<BasketLine> Lines { get; } = new List<BasketLine>();
}

public class PageView
{
    public long Id { get; set; }

    public int CatalogueItemId { get; set; }

    [Popularity(1.0)]
    public CatalogueItem CatalogueItem { get; set; } = null!;
}

public class Basket
{
    public int Id { get; set; }

    [Count(1, 8)]
    public List<BasketLine> Lines { get; } = new();
}

[Index(nameof(BasketId), nameof(CatalogueItemId), IsUnique = true)]
public class BasketLine
{
    public int Id { get; set; }

    public int BasketId { get; set; }

    public Basket Basket { get; set; } = null!;

    public int CatalogueItemId { get; set; }

    [Popularity(1.5)]
    public CatalogueItem CatalogueItem { get; set; } = null!;
}

public class Fan
{
    public int Id { get; set; }

    public int? RecommendedById { get; set; }

    [Popularity(2.0), Nulls(0)]
    public Fan? RecommendedBy { get; set; }
}

// Popularity that cannot be followed: a negative exponent, and one on the reference that owns the row.

[ConstrainedFaker(typeof(Misranked), typeof(Shelf))]
public partial class MisrankedFaker;

public class Misranked
{
    public int Id { get; set; }

    public int CatalogueItemId { get; set; }

    [Popularity(-1)]
    public CatalogueItem CatalogueItem { get; set; } = null!;
}

public class Shelf
{
    public int Id { get; set; }

    [Count(1, 2)]
    public List<ShelfSlot> Slots { get; } = new();
}

public class ShelfSlot
{
    public int Id { get; set; }

    public int ShelfId { get; set; }

    [Popularity(1)]
    public Shelf Shelf { get; set; } = null!;
}
