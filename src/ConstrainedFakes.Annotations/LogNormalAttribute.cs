using System;

namespace ConstrainedFakes;

/// <summary>A log-normal marginal distribution: the logarithm of the value is normal with mean mu and standard deviation sigma. The distribution is always truncated exactly to the member's feasible interval (never clamped).</summary>
/// <example><code>
/// [LogNormal(10.5, 0.8)] public decimal AnnualIncome { get; set; }
/// </code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class LogNormalAttribute : Attribute
{
    /// <summary>Declares the distribution.</summary>
    /// <param name="mu">The mean of the logarithm.</param>
    /// <param name="sigma">The standard deviation of the logarithm (positive).</param>
    public LogNormalAttribute(double mu, double sigma)
    {
        Mu = mu;
        Sigma = sigma;
    }

    /// <summary>The mean of the logarithm.</summary>
    public double Mu { get; }

    /// <summary>The standard deviation of the logarithm.</summary>
    public double Sigma { get; }
}
