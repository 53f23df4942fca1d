using System;

namespace ConstrainedFakes;

/// <summary>The relative frequencies of the values of an <c>[AllowedValues]</c> member, in the order they are listed.</summary>
/// <example><code>
/// [AllowedValues("EUR", "USD", "GBP"), Weights(5, 1, 1)] public string Currency { get; set; } = "";
/// </code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class WeightsAttribute : Attribute
{
    /// <summary>Declares the weights.</summary>
    /// <param name="weights">One non-negative weight per allowed value.</param>
    public WeightsAttribute(params double[] weights) => Weights = weights;

    /// <summary>The weights, in the order of the allowed values.</summary>
    public double[] Weights { get; }
}
