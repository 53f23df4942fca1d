using System.ComponentModel.DataAnnotations;

namespace ConstrainedFakes.Tests.Graph;

// Constraints through two levels: a purchase follows its shopper's registration, and its settlement follows
// the purchase. A purchase's values depend on its own parent, so a stream cannot build one again from its
// row alone when the settlement reads it.

[ConstrainedFaker(typeof(Shopper))]
public partial class ChainFaker;

public class Shopper
{
    public int Id { get; set; }

    [Range(typeof(DateTime), "2019-01-01", "2025-06-30")]
    public DateTime RegisteredAt { get; set; }

    [Count(1, 3)]
    public List<Purchase> Purchases { get; } = new();
}

public class Purchase
{
    public int Id { get; set; }

    public int ShopperId { get; set; }

    public Shopper Shopper { get; set; } = null!;

    [Range(typeof(DateTime), "2019-01-01", "2025-12-31"), GreaterThanOrEqual("Shopper.RegisteredAt")]
    public DateTime PlacedAt { get; set; }

    [Count(1, 2)]
    public List<Settlement> Settlements { get; } = new();
}

public class Settlement
{
    public int Id { get; set; }

    public int PurchaseId { get; set; }

    public Purchase Purchase { get; set; } = null!;

    [Range(typeof(DateTime), "2019-01-01", "2026-01-31"), GreaterThanOrEqual("Purchase.PlacedAt")]
    public DateTime PaidAt { get; set; }

    // Two owner links up: a part of a stream holds every row on the way.
    [Range(typeof(DateTime), "2019-01-01", "2026-01-31"), GreaterThan("Purchase.Shopper.RegisteredAt")]
    public DateTime DisputableFrom { get; set; }
}
