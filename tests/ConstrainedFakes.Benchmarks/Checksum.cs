using System.Runtime.CompilerServices;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// Consumes a contract cheaply: reads every string's length and a few value members, so the text has to
/// exist. Every source also keeps its last contract in a field, so the object itself escapes.
/// </summary>
public static class Checksum
{
    /// <summary>A cheap combination of the contract's members.</summary>
    /// <param name="c">The contract.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Of(Contract c)
        => c.Id + c.CompanyName.Length + c.ContactEmail.Length + c.Currency.Length + c.DurationMonths
           + (c.SignedAt.Ticks >> 32) + c.Value.Scale + c.Discount.Scale + c.AnnualRevenue.Scale;

    /// <summary>The same combination for the correlated contract, whose members are the contract's.</summary>
    /// <param name="c">The contract.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Of(CorrelatedContract c)
        => c.Id + c.CompanyName.Length + c.ContactEmail.Length + c.Currency.Length + c.DurationMonths
           + (c.SignedAt.Ticks >> 32) + c.Value.Scale + c.Discount.Scale + c.AnnualRevenue.Scale;

    /// <summary>A cheap combination of the constrained contract's members.</summary>
    /// <param name="c">The contract.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Of(ConstrainedContract c)
        => c.Id + c.CompanyName.Length + c.ContactEmail.Length + c.Currency.Length
           + (c.Start.Ticks >> 32) + (c.End.Ticks >> 32) + c.Value.Scale + c.Discount.Scale + c.AnnualRevenue.Scale;
}
