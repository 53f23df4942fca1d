using CsCheck;
using ConstrainedFakes.Randomness;
using ConstrainedFakes.Tests.Model;

namespace ConstrainedFakes.Tests;

public class UniqueTests
{
    [Fact]
    public void EveryUniqueMemberIsDistinctAcrossRows()
        => Gen.ULong.Sample(seed =>
        {
            var rows = new TestFaker(seed).Member().Build(10_000);
            Assert.Equal(rows.Count, rows.Select(m => m.Email).Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(rows.Count, rows.Select(m => m.UserName).Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(rows.Count, rows.Select(m => m.BadgeNumber).Distinct().Count());
            Assert.Equal(rows.Count, rows.Select(m => m.Score).Distinct().Count());
            Assert.Equal(rows.Count, rows.Select(m => m.JoinedAt).Distinct().Count());
            Assert.Equal(rows.Count, rows.Select(m => m.Token).Distinct().Count());
            var nicknames = rows.Select(m => m.Nickname).OfType<string>().ToList();
            Assert.Equal(nicknames.Count, nicknames.Distinct(StringComparer.Ordinal).Count());
            Assert.All(rows, (m, i) => Referee.AssertValid(m, i));
        }, iter: 5);

    [Fact]
    public void UniqueEmailsStillComeFromTheRowsNames()
    {
        foreach (var m in new TestFaker(2).Member().Build(200))
        {
            Assert.Matches(@"^[a-z0-9._]+\.\d+@[a-z.]+$", m.Email);
            Assert.InRange(m.Email.Length, 6, 40);
        }
    }

    [Fact]
    public void AWholeSmallDomainIsUsedExactlyOnce()
    {
        var badges = new TestFaker(1).Medal().Build(3).Select(m => m.Badge).OrderBy(b => b);
        Assert.Equal(new[] { Badge.Bronze, Badge.Silver, Badge.Gold }, badges);
    }

    [Fact]
    public void AskingForMoreRowsThanTheDomainHoldsThrowsBeforeGenerating()
    {
        var builder = new TestFaker(1).Medal();
        Assert.Equal(3, builder.Capacity);
        var e = Assert.Throws<ConstraintViolationException>(() => builder.Build(4));
        Assert.Contains("[Unique] Badge", e.Constraints);
        Assert.Contains("at most 3 distinct values", e.Message);
        Assert.Throws<ConstraintViolationException>(() => builder.BuildAt(3));
        // Score in [0, 99.99] with two decimals has the smallest domain of Member's unique members.
        Assert.Equal(10_000, new TestFaker().Member().Capacity);
    }

    [Fact]
    public void ThePermutationIsABijectionForAnySize()
        => Gen.Select(Gen.ULong, Gen.Int[1, 5_000]).Sample((key, size) =>
        {
            var seen = new bool[size];
            for (var i = 0; i < size; i++)
            {
                var image = KeyedPermutation.Permute(key, (ulong)i, (ulong)size);
                Assert.True(image < (ulong)size && !seen[image], $"size {size}: {i} -> {image}");
                seen[image] = true;
            }
        }, iter: 200);

    [Fact]
    public void AUniqueIndexNamingAMissingMemberLeavesTheBuildersAndRefusesTheDataSet()
    {
        var faker = new Graph.LockerFaker(1);
        Assert.Equal(10, faker.Locker().Build(10).Count);
        Assert.Equal(10, faker.Pass().Build(10).Count);
        var error = Assert.Throws<ConstraintViolationException>(() => faker.DataSet().Build());
        Assert.Contains("Locker [Index(nameof(Floor), \"Nmuber\", IsUnique = true)] names 'Nmuber', which Locker does not have as a member the builder sets. Did you mean 'Number' for 'Nmuber'?", error.Message);
        Assert.Contains("Pass [Index(\"Cdoe\", IsUnique = true)] names 'Cdoe'", error.Message);
    }
}
