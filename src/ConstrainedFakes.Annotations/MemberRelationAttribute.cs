using System;

namespace ConstrainedFakes;

/// <summary>
/// The base of the order relations (<see cref="GreaterThanAttribute"/> and its siblings): the member
/// always compares to another member of the same entity in one way. Generated rows satisfy the relation
/// by construction, and a fixed value on either side conditions the other.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = true, Inherited = true)]
public abstract class MemberRelationAttribute : Attribute
{
    /// <summary>Declares the relation.</summary>
    /// <param name="other">The other member's name; use <c>nameof</c>.</param>
    protected MemberRelationAttribute(string other) => Other = other;

    /// <summary>The other member's name.</summary>
    public string Other { get; }
}
