using System;

namespace ConstrainedFakes;

/// <summary>
/// A target Spearman rank correlation with another numeric or date member of the same entity, or of a
/// parent through a reference navigation (<c>"Account.AnnualRevenue"</c>). Realised by a Gaussian copula;
/// hard constraints still hold exactly, so a binding constraint bends the achieved correlation.
/// </summary>
/// <example><code>
/// [Correlated(nameof(Age), 0.6)] public decimal Income { get; set; }
/// </code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = true, Inherited = true)]
public sealed class CorrelatedAttribute : Attribute
{
    /// <summary>Declares the correlation.</summary>
    /// <param name="other">The other member, or a path through a reference navigation; use <c>nameof</c> where you can.</param>
    /// <param name="rho">The target Spearman correlation, in [-1, 1].</param>
    public CorrelatedAttribute(string other, double rho)
    {
        Other = other;
        Rho = rho;
    }

    /// <summary>The other member or path.</summary>
    public string Other { get; }

    /// <summary>The target Spearman correlation.</summary>
    public double Rho { get; }
}
