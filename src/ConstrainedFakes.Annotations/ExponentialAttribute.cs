using System;

namespace ConstrainedFakes;

/// <summary>An exponential marginal distribution with the given rate (mean 1/rate). The distribution is always truncated exactly to the member's feasible interval (never clamped).</summary>
/// <example><code>
/// [Exponential(0.2)] public double WaitMinutes { get; set; }
/// </code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class ExponentialAttribute : Attribute
{
    /// <summary>Declares the distribution.</summary>
    /// <param name="rate">The rate (positive).</param>
    public ExponentialAttribute(double rate) => Rate = rate;

    /// <summary>The rate.</summary>
    public double Rate { get; }
}
