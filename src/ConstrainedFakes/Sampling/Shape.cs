namespace ConstrainedFakes.Sampling;

/// <summary>
/// Extra mass on some values of a member drawn on a lattice: its bounds (<c>[EdgeCases]</c>) and the
/// points around a threshold (<c>[Threshold]</c>). The generated builder holds one per shaped member.
/// </summary>
/// <param name="EdgeRate">The probability of taking the smallest or the largest value.</param>
/// <param name="Threshold">The threshold on the member's lattice, or <see cref="Sample.NoThreshold"/>.</param>
/// <param name="ThresholdRate">The probability of a value one step below, at or one step above the threshold.</param>
public readonly record struct Shape(double EdgeRate, long Threshold, double ThresholdRate);
