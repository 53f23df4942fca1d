using System;

namespace ConstrainedFakes;

/// <summary>
/// Values just below, at and just above a threshold get extra mass: with probability
/// <see cref="Probability"/> the member takes one of those three (one lattice step apart: 1 for integers,
/// a cent for money at scale 2, a second for times), when it is feasible. Compliance rules live on such lines.
/// </summary>
/// <example><code>
/// [Threshold(10_000)] public decimal Amount { get; set; }   // 9999.99, 10000.00, 10000.01 often
/// </code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class ThresholdAttribute : Attribute
{
    /// <summary>Declares the threshold.</summary>
    /// <param name="value">The threshold, in the member's own units.</param>
    public ThresholdAttribute(double value) => Value = value;

    /// <summary>The threshold.</summary>
    public double Value { get; }

    /// <summary>The probability of a value just below, at or just above the threshold (0.1 unless set).</summary>
    public double Probability { get; set; } = 0.1;
}
