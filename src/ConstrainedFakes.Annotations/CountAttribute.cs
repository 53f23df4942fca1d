using System;

namespace ConstrainedFakes;

/// <summary>
/// How many children each parent has through a collection navigation: uniform in [min, max], or,
/// with <see cref="Mean"/>, Poisson(Mean) truncated to [min, max].
/// </summary>
/// <example><code>
/// [Count(1, 5, Mean = 2.0)] public List&lt;OrderLine&gt; Lines { get; set; } = new();
/// </code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class CountAttribute : Attribute
{
    /// <summary>Declares the range of children per parent.</summary>
    /// <param name="min">The fewest children a parent has (0 or more).</param>
    /// <param name="max">The most children a parent has (at least <paramref name="min"/>).</param>
    public CountAttribute(int min, int max)
    {
        Min = min;
        Max = max;
    }

    /// <summary>The fewest children a parent has.</summary>
    public int Min { get; }

    /// <summary>The most children a parent has.</summary>
    public int Max { get; }

    /// <summary>The mean of a Poisson distribution truncated to [<see cref="Min"/>, <see cref="Max"/>]; 0 (the default) means uniform.</summary>
    public double Mean { get; set; }
}
