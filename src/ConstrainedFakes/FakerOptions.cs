namespace ConstrainedFakes;

/// <summary>Options every generated faker takes. The same options and seed give the same data everywhere.</summary>
public sealed record FakerOptions
{
    /// <summary>The seed of every random stream (0 unless set).</summary>
    public ulong Seed { get; init; }

    /// <summary>
    /// The Bogus locale whose data realistic text is drawn from, e.g. <c>"en"</c>, <c>"de"</c>, <c>"fr"</c>.
    /// Keys a locale lacks fall back to English.
    /// </summary>
    public string Locale { get; init; } = "en";

    /// <summary>
    /// The null rate of nullable members that declare no <c>[Nulls]</c> of their own (0 unless set, so a
    /// nullable member is never null unless asked). Non-nullable members are never null.
    /// </summary>
    public double NullRate { get; init; }

    /// <summary>Checks that every option is in range.</summary>
    /// <exception cref="ArgumentException">An option is out of range, with its name and value.</exception>
    public void Validate()
    {
        if (!(NullRate >= 0 && NullRate <= 1))
            throw new ArgumentOutOfRangeException(nameof(NullRate), NullRate, "NullRate must be between 0 and 1.");
        if (string.IsNullOrWhiteSpace(Locale))
            throw new ArgumentException("Locale must name a Bogus locale such as \"en\".", nameof(Locale));
    }
}
