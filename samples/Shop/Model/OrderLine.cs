using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace Shop.Model;

/// <summary>One product on an order, with the quantity bought and the price paid per unit.</summary>
public class OrderLine
{
    public int Id { get; set; }

    /// <summary>Foreign key to <see cref="Model.Order"/>; wired by hand.</summary>
    public int OrderId { get; set; }

    public Order Order { get; set; } = null!;

    /// <summary>Foreign key to <see cref="Model.Product"/>; wired by hand (no product twice on one order).</summary>
    public int ProductId { get; set; }

    public Product Product { get; set; } = null!;

    [Range(1, 4)]
    public int Quantity { get; set; }

    /// <summary>The product's price at the time of the order: copied by hand from <see cref="Product.UnitPrice"/>, whose range it shares.</summary>
    [Precision(10, 2), Range(1.99, 499.99)]
    public decimal UnitPrice { get; set; }
}
