using System;

namespace ConstrainedFakes;

/// <summary>The probability that a <see cref="bool"/> member is <c>true</c> (0.5 without the attribute).</summary>
/// <example><code>
/// [Probability(0.003)] public bool IsFraud { get; set; }
/// </code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class ProbabilityAttribute : Attribute
{
    /// <summary>Declares the probability of <c>true</c>.</summary>
    /// <param name="probability">A value in [0, 1].</param>
    public ProbabilityAttribute(double probability) => Probability = probability;

    /// <summary>The probability of <c>true</c>.</summary>
    public double Probability { get; }
}
