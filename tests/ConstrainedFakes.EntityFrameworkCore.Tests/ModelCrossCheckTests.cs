using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>
/// Seeding compares the context's model with the faker's declarations before it writes anything: every
/// mismatch is listed in one <see cref="SeedModelMismatchException"/>, and the database is left untouched.
/// </summary>
public class ModelCrossCheckTests
{
    private static readonly (string Member, string Facet)[] Expected =
    [
        ("RackId", "required"),
        ("Name", "max length"),
        ("Code", "max length"),
        ("Price", "scale"),
        ("Weight", "integer digits"),
        ("Note", "required"),
        ("Code", "alternate key"),
        ("Name", "unique index"),
        ("MakerId", "foreign key"),
    ];

    [Theory, InlineData(Provider.Sqlite), PostgresData]
    public async Task A_data_set_is_refused_before_its_first_row_with_every_mismatch(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, NewContext);
        var progress = new Reports();
        await using var context = NewContext(database);
        var refused = await Assert.ThrowsAsync<SeedModelMismatchException>(() => context.SeedAsync(new GadgetFaker(1).DataSet().Count<Rack>(10).Build(), progress));

        Assert.Equal(Expected.Order(), refused.Mismatches.Select(m => (m.Member, m.Facet)).Order());
        Assert.All(refused.Mismatches, m => Assert.Equal(typeof(Gadget), m.Entity));
        Assert.Empty(progress.Seen);
        Assert.Equal(0, await context.Racks.CountAsync());
        Assert.Equal(0, await context.Gadgets.CountAsync());
        Assert.Contains("Seeding refused before writing anything", refused.Message, StringComparison.Ordinal);
        Assert.Contains("- Gadget.Name: max length: EF Core 20; the faker up to 40 ([MaxLength(40)])", refused.Message, StringComparison.Ordinal);
        Assert.Contains("- Gadget.Code: max length: EF Core 10; the faker declares no maximum", refused.Message, StringComparison.Ordinal);
        Assert.Contains("- Gadget.Price: scale: EF Core keeps 1 decimals, rounding the rest; the faker draws 2 decimals ([Precision(8, 2)])", refused.Message, StringComparison.Ordinal);
        Assert.Contains("- Gadget.Weight: integer digits: EF Core holds 2 (precision 4, scale 2); the faker may need 4 ([Range(0, 5000)])", refused.Message, StringComparison.Ordinal);
        Assert.Contains("- Gadget.RackId: required: EF Core requires a value (NOT NULL); the faker treats it as an optional link", refused.Message, StringComparison.Ordinal);
        Assert.Contains("- Gadget.Note: required: EF Core requires a value (NOT NULL); the faker may leave it null", refused.Message, StringComparison.Ordinal);
        Assert.Contains("- Gadget.Code: alternate key: EF Core requires unique values; the faker does not make them unique (its key is (Id))", refused.Message, StringComparison.Ordinal);
        Assert.Contains("- Gadget.MakerId: foreign key: EF Core refers to Rack (Id); the faker sees no navigation for it", refused.Message, StringComparison.Ordinal);
        Assert.Equal("Gadget", refused.Table);
    }

    [Fact]
    public async Task A_stream_is_refused_too_and_rolled_back()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite, NewContext);
        await using var context = NewContext(database);
        var refused = await Assert.ThrowsAsync<SeedModelMismatchException>(() => context.SeedAsync(new GadgetFaker(1).DataSet().Count<Rack>(10).Stream()));
        Assert.Equal(Expected.Order(), refused.Mismatches.Select(m => (m.Member, m.Facet)).Order());
        Assert.Equal(0, await context.Racks.CountAsync());
        Assert.Equal(0, await context.Gadgets.CountAsync());
    }

    [Fact]
    public async Task Only_the_types_being_seeded_are_compared()
    {
        // Rack declares what the context configures; Gadget, which does not, has no rows here. (The library, booking and shop models pass in every seeding test.)
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite, NewContext);
        await using var context = NewContext(database);
        var racks = new GadgetFaker(1).Rack().Build(5);
        await context.SeedAsync(racks);
        Assert.Equal(5, await context.Racks.CountAsync());
    }

    private static MismatchContext NewContext(TestDatabase database) => database.NewContext<MismatchContext>(o => new MismatchContext(o));

    private sealed class Reports : IProgress<SeedProgress>
    {
        public List<SeedProgress> Seen { get; } = [];

        public void Report(SeedProgress value) => Seen.Add(value);
    }
}
