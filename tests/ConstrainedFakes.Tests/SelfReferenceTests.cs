using ConstrainedFakes.Tests.Graph;
using CsCheck;

namespace ConstrainedFakes.Tests;

/// <summary>A strict rule through a self-reference: every row holds it against its master, and rows that cannot are left without one.</summary>
public class SelfReferenceTests
{
    [Fact]
    public void EveryApprenticeIsBelowItsMasterAndMostHaveOne()
        => Gen.ULong.Sample(seed =>
        {
            var apprentices = new GuildFaker(seed).DataSet().Count<Apprentice>(2_000).Build().Set<Apprentice>();
            foreach (var apprentice in apprentices)
            {
                Assert.InRange(apprentice.Level, 1, 100);
                Assert.Equal(apprentice.Master?.Id, apprentice.MasterId);
                if (apprentice.Master is { } master) Assert.True(apprentice.Level < master.Level, $"{apprentice.Level} < {master.Level}");
            }
            // Rows left without a master are those whose picked master sits at the narrowed bottom (level 2). Levels
            // fall along each line of masters, so the bottom is common (about a fifth of the rows), but far from all.
            var masterless = apprentices.Count(a => a.Master is null);
            Assert.InRange(masterless, 1, apprentices.Count / 3);
        }, iter: 30);

    [Fact]
    public void OnlyAMasterThatLeavesNoLevelIsLeftOut()
    {
        // The rows whose pick was dropped are those that left their master's level at the narrowed bottom:
        // with masters everywhere else, the lowest levels must still have apprentices.
        var apprentices = new GuildFaker(5).DataSet().Count<Apprentice>(20_000).Build().Set<Apprentice>();
        Assert.Contains(apprentices, a => a.Master is { Level: 3 });
        Assert.DoesNotContain(apprentices, a => a.Master is { Level: <= 2 });
        Assert.Contains(apprentices, a => a.Master is null && a.Id > 1);
    }

    [Fact]
    public void StreamAndBuildAgree()
    {
        var built = new GuildFaker(8).DataSet().Count<Apprentice>(3_000).Build().Entities.Select(GraphIntegrity.Columns);
        var streamed = new GuildFaker(8).DataSet().Count<Apprentice>(3_000).Stream().Select(GraphIntegrity.Columns);
        Assert.Equal(built, streamed);
    }

    [Fact]
    public void AMasterAtTheBottomIsRefusedClearlyByABuilderAlone()
    {
        var faker = new GuildFaker(3);
        var bottom = faker.Apprentice().WithLevel(2).Build();
        var error = Assert.Throws<ConstraintViolationException>(() => faker.Apprentice().WithMaster(bottom).Build());
        Assert.Contains("[LessThan(\"Master.Level\")] Level", error.Constraints);
        Assert.Contains("Master_Level = 2", error.Message);
        var apprentice = faker.Apprentice().WithMaster(faker.Apprentice().WithLevel(50).Build()).Build();
        Assert.InRange(apprentice.Level, 1, 49);
    }

    [Fact]
    public void ARequiredSelfReferenceIsRefusedClearly()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new OrderFaker(1).DataSet().Build());
        Assert.Contains("Disciple.Master", error.Message);
        // The builder alone still works, drawing the master's level from its declared range.
        Assert.All(new OrderFaker(1).Disciple().Build(500), d => Assert.InRange(d.Level, 1, 99));
    }
}
