using ConstrainedFakes;

namespace Shop.Model;

/// <summary>The aisle a product sits in; weighted like a general online store's catalogue.</summary>
public enum ProductCategory
{
    [Weight(22)] Electronics,
    [Weight(20)] Clothing,
    [Weight(15)] Home,
    [Weight(12)] Books,
    [Weight(10)] Sports,
    [Weight(9)] Toys,
    [Weight(7)] Beauty,
    [Weight(5)] Grocery,
}
