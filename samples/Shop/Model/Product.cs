using System.ComponentModel.DataAnnotations;
using ConstrainedFakes;
using Microsoft.EntityFrameworkCore;

namespace Shop.Model;

/// <summary>Something the shop sells.</summary>
public class Product
{
    public int Id { get; set; }

    /// <summary>A bare <c>Name</c> on a Product is inferred to be a product name ("Ergonomic Steel Chair").</summary>
    [Required, MaxLength(120)]
    public string Name { get; set; } = "";

    /// <summary>One sentence; 10 % of the products have none.</summary>
    [MaxLength(500), Nulls(0.1)]
    public string? Description { get; set; }

    public ProductCategory Category { get; set; }

    /// <summary>Stock-keeping unit: unique by construction (row i takes the i-th value of a keyed permutation).</summary>
    [Unique, Range(100_000, 999_999)]
    public int Sku { get; set; }

    /// <summary>What the shop pays the supplier: always below the list price.</summary>
    [Precision(10, 2), Range(0.5, 400), LessThan(nameof(UnitPrice))]
    public decimal UnitCost { get; set; }

    [Precision(10, 2), Range(1.99, 499.99)]
    public decimal UnitPrice { get; set; }

    /// <summary>Shipping weight, to the gram: mostly light parcels, a few heavy ones.</summary>
    [Precision(8, 3), Range(0.05, 40.0), LogNormal(0.5, 0.9)]
    public decimal WeightKg { get; set; }

    /// <summary>Units in stock: heavy products are kept in smaller numbers.</summary>
    [Range(0, 500), Normal(200, 90), Correlated(nameof(WeightKg), -0.5)]
    public int StockQuantity { get; set; }

    [Probability(0.95)]
    public bool IsActive { get; set; }

    [Range(typeof(DateTime), "2018-01-01", "2022-12-31T23:59:59")]
    public DateTime AddedAt { get; set; }
}
