using System;

namespace ConstrainedFakes;

/// <summary>
/// With this probability, each bounded number, date or time of an entity takes a boundary of its feasible
/// interval instead of a value inside it: its smallest or its largest value (just inside a strict bound),
/// given the members drawn before it. Every hard constraint still holds. On a class it applies to that
/// entity; on an assembly, to every entity declared in it that does not say otherwise.
/// </summary>
/// <example><code>
/// [EdgeCases(0.05)] public class LoanApplication { ... }
/// [assembly: EdgeCases(0.01)]
/// </code></example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
public sealed class EdgeCasesAttribute : Attribute
{
    /// <summary>Declares the edge-case rate.</summary>
    /// <param name="probability">A value in [0, 1].</param>
    public EdgeCasesAttribute(double probability) => Probability = probability;

    /// <summary>The probability that a bounded member takes a boundary value.</summary>
    public double Probability { get; }
}
