using System.ComponentModel.DataAnnotations;
using ConstrainedFakes;
using Microsoft.EntityFrameworkCore;

namespace Shop.Model;

/// <summary>One product on an order, with the quantity bought and the price paid per unit.</summary>
[Invariant("UnitPrice == Product.UnitPrice")]
public class OrderLine
{
    public int Id { get; set; }

    public int OrderId { get; set; }

    public Order Order { get; set; } = null!;

    /// <summary>Picked from the whole product table for each line.</summary>
    public int ProductId { get; set; }

    public Product Product { get; set; } = null!;

    [Range(1, 4)]
    public int Quantity { get; set; }

    /// <summary>The product's price at the time of the order: equal to <see cref="Product.UnitPrice"/> by the class's invariant.</summary>
    [Precision(10, 2), Range(1.99, 499.99)]
    public decimal UnitPrice { get; set; }
}
