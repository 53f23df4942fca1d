using ConstrainedFakes.Randomness;
using ConstrainedFakes.Text;

namespace ConstrainedFakes.Building;

/// <summary>What every builder of one faker shares: its options, its seed's streams and its text source.</summary>
public sealed class FakerContext
{
    /// <summary>Creates the context of a faker.</summary>
    /// <param name="options">The faker's options.</param>
    /// <exception cref="ArgumentException">An option is out of range, or the locale is unknown.</exception>
    public FakerContext(FakerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        Text = RealisticText.For(options.Locale);
    }

    /// <summary>The faker's options.</summary>
    public FakerOptions Options { get; }

    /// <summary>Realistic text in the options' locale.</summary>
    public RealisticText Text { get; }

    /// <summary>The stream key of a member under this faker's seed.</summary>
    /// <param name="nameHash">The <see cref="StableHash"/> of the qualified member name.</param>
    public ulong Stream(ulong nameHash) => CounterRng.Stream(Options.Seed, nameHash);
}
