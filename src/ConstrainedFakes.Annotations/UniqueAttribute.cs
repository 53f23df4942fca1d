using System;

namespace ConstrainedFakes;

/// <summary>
/// No two rows share the member's value. Guaranteed by construction: row i takes the i-th value of a
/// keyed permutation of the member's domain (a number within its range, a date on its lattice, text
/// with a distinct number woven in), never by retrying. Asking for more rows than the domain holds
/// throws before anything is generated, with the capacity in the message.
/// </summary>
/// <example><code>
/// [Unique, EmailAddress] public string Email { get; set; } = "";   // amos.moore.4821@gmail.com
/// [Unique, Range(1000, 9999)] public int BadgeNumber { get; set; }  // at most 9,000 rows
/// </code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class UniqueAttribute : Attribute;
