using System;

namespace ConstrainedFakes;

/// <summary>
/// The rate at which a nullable member is <c>null</c>. Without it a nullable member is never null
/// (unless <c>FakerOptions.NullRate</c> asks for nulls); a non-nullable member is never null.
/// </summary>
/// <example><code>
/// [Nulls(0.1)] public string? MiddleName { get; set; }
/// </code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class NullsAttribute : Attribute
{
    /// <summary>Declares the null rate.</summary>
    /// <param name="rate">A value in [0, 1].</param>
    public NullsAttribute(double rate) => Rate = rate;

    /// <summary>The probability that the member is <c>null</c>.</summary>
    public double Rate { get; }
}
