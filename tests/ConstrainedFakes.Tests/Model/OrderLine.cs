using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Model;

/// <summary>Computed members: an exact product, and one whose range the inputs must respect.</summary>
public class OrderLine
{
    public int Id { get; set; }

    [Range(1, 20)]
    public int Quantity { get; set; }

    [Precision(10, 2), Range(0.5, 400)]
    public decimal UnitPrice { get; set; }

    [Precision(4, 2), Range(0, 0.25)]
    public decimal DiscountRate { get; set; }

    /// <summary>Bounded tighter than its inputs allow (up to 8,000): rows over 2,000 are redrawn.</summary>
    [Computed("Math.Round(Quantity * UnitPrice * (1 - DiscountRate), 2)"), Range(0, 2_000)]
    public decimal Total { get; set; }

    /// <summary>Unique in an entity whose rows are redrawn: a retry must not draw another permutation.</summary>
    [Unique, Range(1, 1_000_000)]
    public int LineNumber { get; set; }

    /// <summary>A plain product with a range: its factors are drawn inside bounds that keep it in range (no redraw).</summary>
    [Computed("Quantity * UnitPrice"), Range(0, 2_000)]
    public decimal Subtotal { get; set; }

    [Computed("Quantity * 2")]
    public int Handling { get; set; }
}
