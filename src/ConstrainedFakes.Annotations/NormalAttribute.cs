using System;

namespace ConstrainedFakes;

/// <summary>A normal marginal distribution with the given mean and standard deviation. The distribution is always truncated exactly to the member's feasible interval (never clamped).</summary>
/// <example><code>
/// [Normal(45, 12)] public int Age { get; set; }
/// </code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class NormalAttribute : Attribute
{
    /// <summary>Declares the distribution.</summary>
    /// <param name="mean">The mean.</param>
    /// <param name="stdDev">The standard deviation (positive).</param>
    public NormalAttribute(double mean, double stdDev)
    {
        Mean = mean;
        StdDev = stdDev;
    }

    /// <summary>The mean.</summary>
    public double Mean { get; }

    /// <summary>The standard deviation.</summary>
    public double StdDev { get; }
}
