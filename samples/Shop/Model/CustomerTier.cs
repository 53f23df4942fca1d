using ConstrainedFakes;

namespace Shop.Model;

/// <summary>A customer's loyalty tier: most customers are Standard, very few Platinum.</summary>
public enum CustomerTier
{
    [Weight(80)] Standard,
    [Weight(14)] Silver,
    [Weight(5)] Gold,
    [Weight(1)] Platinum,
}
