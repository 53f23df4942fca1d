using System;

namespace ConstrainedFakes;

/// <summary>A Poisson marginal distribution for an integer member. The distribution is always truncated exactly to the member's feasible interval (never clamped).</summary>
/// <example><code>
/// [Poisson(3)] public int Visits { get; set; }
/// </code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class PoissonAttribute : Attribute
{
    /// <summary>Declares the distribution.</summary>
    /// <param name="lambda">The mean (positive).</param>
    public PoissonAttribute(double lambda) => Lambda = lambda;

    /// <summary>The mean.</summary>
    public double Lambda { get; }
}
