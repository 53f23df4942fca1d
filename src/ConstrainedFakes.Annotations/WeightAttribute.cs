using System;

namespace ConstrainedFakes;

/// <summary>
/// The relative frequency of an enum member when a value of that enum is generated.
/// Members without the attribute weigh 1.
/// </summary>
/// <example><code>
/// public enum Tier { [Weight(8)] Free, [Weight(2)] Pro, [Weight(0.5)] Enterprise }
/// </code></example>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class WeightAttribute : Attribute
{
    /// <summary>Declares the relative frequency of this enum member.</summary>
    /// <param name="weight">A finite, non-negative weight; 0 means the member is never generated.</param>
    public WeightAttribute(double weight) => Weight = weight;

    /// <summary>The relative frequency.</summary>
    public double Weight { get; }
}
