using CsCheck;
using ConstrainedFakes.Randomness;
using ConstrainedFakes.Sampling;

namespace ConstrainedFakes.Tests;

public class SamplingTests
{
    [Fact]
    public void IntegersStayInAnyRange()
        => Gen.Select(Gen.Long, Gen.Long, Gen.ULong, Gen.Long[0, long.MaxValue]).Sample((a, b, stream, row) =>
        {
            var (min, max) = a <= b ? (a, b) : (b, a);
            Assert.InRange(Sample.Int64(stream, row, min, max), min, max);
        }, iter: 50_000);

    [Fact]
    public void ExcludedIntegersNeverAppearAndTheRestAreEquallyLikely()
    {
        var excluded = new long[] { 0, 3, 4, 9 };
        var counts = new int[10];
        for (long row = 0; row < 60_000; row++) counts[Sample.Int64Excluding(77, row, 0, 9, excluded)]++;
        foreach (var skipped in excluded) Assert.Equal(0, counts[skipped]);
        foreach (var kept in new[] { 1, 2, 5, 6, 7, 8 }) Assert.InRange(counts[kept], 9_400, 10_600);
    }

    [Fact]
    public void DecimalsAreExactOnTheirLattice()
    {
        Assert.Equal(-12.34m, Sample.FromUnits(-1234, 2));
        Assert.Equal(0.000001m, Sample.FromUnits(1, 6));
        Assert.Equal(long.MaxValue, (long)Sample.FromUnits(long.MaxValue, 0));
        Assert.Equal(-(decimal)long.MaxValue - 1, Sample.FromUnits(long.MinValue, 0));
    }

    [Fact]
    public void WeightedChoiceFollowsTheWeights()
    {
        var cumulative = new[] { 1.0, 1.0, 4.0 };
        var counts = new int[3];
        for (long row = 0; row < 40_000; row++) counts[Sample.Weighted(5, row, cumulative)]++;
        Assert.Equal(0, counts[1]);
        Assert.InRange(counts[0], 9_500, 10_500);
    }

    [Fact]
    public void GuidsAreVersion4AndDistinct()
    {
        var guids = Enumerable.Range(0, 10_000).Select(i => Sample.Guid(9, i)).ToList();
        Assert.Equal(guids.Count, guids.Distinct().Count());
        Assert.All(guids, g => Assert.Equal(4, g.Version));
        Assert.All(guids, g => Assert.Equal(0b10, g.Variant >> 2));
    }

    /// <summary>The generator's bits are part of the data contract: pinned so an accidental change is caught.</summary>
    [Fact]
    public void CounterRngGoldenValues()
    {
        Assert.Equal(GoldenNameHash, StableHash.Of("Customer.Age"));
        var stream = CounterRng.Stream(42, GoldenNameHash);
        Assert.Equal(GoldenStream, stream);
        Assert.Equal(GoldenRow0, CounterRng.Next(stream, 0));
        Assert.Equal(GoldenRow1Draw1, CounterRng.Next(stream, 1, 1));
    }

    [Fact]
    public void NeighbouringRowsAndDrawsAreUncorrelated()
    {
        var stream = CounterRng.Stream(1, 2);
        var bits = 0L;
        for (long row = 0; row < 10_000; row++)
            bits += System.Numerics.BitOperations.PopCount(CounterRng.Next(stream, row) ^ CounterRng.Next(stream, row + 1))
                + System.Numerics.BitOperations.PopCount(CounterRng.Next(stream, row, 0) ^ CounterRng.Next(stream, row, 1));
        // Half of the 64 bits flip on average between neighbours: 2 × 10,000 × 32.
        Assert.InRange(bits / 20_000.0, 31.8, 32.2);
    }

    private const ulong GoldenNameHash = 0xB045834F32B3BEDFUL;
    private const ulong GoldenStream = 0x84F64C7C6111050DUL;
    private const ulong GoldenRow0 = 0xE40091A0D864F5A8UL;
    private const ulong GoldenRow1Draw1 = 0x5DCDE7D1E93C928FUL;
}
