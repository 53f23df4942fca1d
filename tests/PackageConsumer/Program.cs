using System.ComponentModel.DataAnnotations;
using ConstrainedFakes;

var order = new ConsumerFaker(seed: 1).Order().Build();
if (order.Quantity is < 1 or > 5 || order.Reference.Length > 12)
{
    Console.Error.WriteLine($"constraint broken: {order.Quantity} {order.Reference}");
    return 1;
}
Console.WriteLine($"package consumer built order {order.Id}: {order.Quantity} x {order.Reference}");
return 0;

public class Order
{
    public int Id { get; set; }

    [Range(1, 5)]
    public int Quantity { get; set; }

    [MaxLength(12)]
    public string Reference { get; set; } = "";
}

[ConstrainedFaker(typeof(Order))]
public partial class ConsumerFaker;
