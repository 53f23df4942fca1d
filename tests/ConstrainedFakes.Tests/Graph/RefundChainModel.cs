using System.ComponentModel.DataAnnotations;

namespace ConstrainedFakes.Tests.Graph;

// Narrowing that climbs through a parent's own rule: a refund falls by the end of 2022 and after its sale, and a
// sale after its seller joined, so a seller must have joined by the end of 2022 for its sales to have a refund.

[ConstrainedFaker(typeof(Seller))]
public partial class RefundChainFaker;

public class Seller
{
    public int Id { get; set; }

    [Range(typeof(DateTime), "2019-01-01", "2025-06-30")]
    public DateTime JoinedAt { get; set; }

    [Count(1, 3)]
    public List<Sale> Sales { get; } = new();
}

public class Sale
{
    public int Id { get; set; }

    public int SellerId { get; set; }

    public Seller Seller { get; set; } = null!;

    [Range(typeof(DateTime), "2019-01-01", "2025-12-31"), GreaterThanOrEqual("Seller.JoinedAt")]
    public DateTime SoldAt { get; set; }

    [Count(1, 2)]
    public List<Refund> Refunds { get; } = new();
}

public class Refund
{
    public int Id { get; set; }

    public int SaleId { get; set; }

    public Sale Sale { get; set; } = null!;

    [Range(typeof(DateTime), "2019-01-01", "2022-12-31"), GreaterThanOrEqual("Sale.SoldAt")]
    public DateTime RefundedAt { get; set; }
}
