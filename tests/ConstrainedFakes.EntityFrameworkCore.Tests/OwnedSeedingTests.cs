using ConstrainedFakes.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>
/// Owned types inside owned types, with their own invariants and computed members (<see cref="Delivery"/>):
/// every owned column and every element of an owned collection lands, the rows read back are clean by the
/// fidelity report, and the owned types' invariants are CHECK constraints over the owner's columns, one per owned
/// reference, and over the owned collection's own table.
/// </summary>
public class OwnedSeedingTests
{
    private static CourierContext NewContext(TestDatabase database) => database.NewContext<CourierContext>(o => new CourierContext(o));

    [Theory, InlineData(Provider.Sqlite), PostgresData]
    public async Task Every_owned_column_lands_and_the_rows_read_back_are_clean(Provider provider)
    {
        var data = new CourierFaker(11).DataSet().Count<Delivery>(300).Build();
        var deliveries = data.Set<Delivery>();
        Assert.InRange(deliveries.Count(d => d.DropOff is null), 110, 190);
        await using var database = await TestDatabase.CreateAsync(provider, NewContext);
        await using (var context = NewContext(database)) await context.SeedAsync(data);

        await using var reading = NewContext(database);
        var read = await reading.Deliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
        Assert.Equal(deliveries.Select(Describe), read.Select(Describe));
        Assert.All(read, d => Assert.True(d.Fee >= d.Pickup.Floor && d.Fee >= (d.DropOff?.Spot.North ?? 0), Describe(d)));
        var report = FidelityReport.Measure(read, CourierFaker.InvariantChecks);
        Assert.True(report.IsClean, report.ToJson());
        var checks = report.Entities.Single().Checks;
        Assert.Contains(checks, c => c.Constraint == "[Invariant(\"North <= East\")] on DropOff.Spot" && c.Checked == read.Count(d => d.DropOff is not null));
        Assert.Contains(checks, c => c.Kind == CheckKind.Computed && c.Member == "Pickup.Stairs" && c.Checked == 300);
        // Every element of every owned collection lands, in its own table, with its own constraints holding.
        var items = deliveries.Sum(d => d.Items.Count);
        Assert.True(items > 300, $"{items} items");
        Assert.Equal(items, read.Sum(d => d.Items.Count));
        Assert.Contains(checks, c => c.Kind == CheckKind.Count && c.Member == "Items" && c.Checked == 300);
        Assert.Contains(checks, c => c.Kind == CheckKind.Invariant && c.Member == "Items" && c.Checked == items);
        Assert.Contains(checks, c => c.Kind == CheckKind.Member && c.Member == "Items.Shelf.North" && c.Checked == items);
    }

    [Theory, InlineData(Provider.Sqlite), PostgresData]
    public async Task The_owned_types_invariants_are_check_constraints_on_the_owners_columns(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, NewContext);
        await using (var context = NewContext(database)) await context.SeedAsync(new CourierFaker(4).DataSet().Count<Delivery>(40).Build());

        await using (var context = NewContext(database))
        {
            var names = context.GetService<IDesignTimeModel>().Model.GetEntityTypes().SelectMany(e => e.GetCheckConstraints()).Select(c => c.Name!).Order(StringComparer.Ordinal).ToList();
            // One per owned reference: the same owned type held twice, and an owned type inside each; and the owned
            // collection's, in its own table (EF Core names it after the owned type).
            // The owner's rules through its owned objects read their columns in its own table.
            Assert.Contains("CK_Deliveries_Invariant1", names);
            Assert.Contains("CK_Deliveries_Fee_GreaterThanOrEqual_DropOff_Spot_North", names);
            Assert.Equal(["CK_Deliveries_DropOff_Invariant1", "CK_Deliveries_DropOff_Spot_Invariant1", "CK_Deliveries_Invariant1", "CK_Deliveries_Pickup_Invariant1",
                "CK_Deliveries_Pickup_Spot_Invariant1", "CK_Item_Items_Invariant1", "CK_Item_Items_Shelf_Invariant1"],
                names.Where(n => n.Contains("Invariant", StringComparison.Ordinal)));
        }

        await ExecuteAsync(database, "UPDATE \"Deliveries\" SET \"Pickup_Floors\" = 5, \"Pickup_Floor\" = 5, \"Fee\" = 60");
        await database.RefusesAsync("CK_Deliveries_Pickup_Invariant1", "UPDATE \"Deliveries\" SET \"Pickup_Floors\" = 1, \"Pickup_Floor\" = 2");
        await database.RefusesAsync("CK_Deliveries_DropOff_Spot_Invariant1",
            "UPDATE \"Deliveries\" SET \"DropOff_Spot_North\" = 50, \"DropOff_Spot_East\" = 0 WHERE \"DropOff_Floor\" IS NOT NULL");
        await database.RefusesAsync("CK_Deliveries_Invariant1",
            "UPDATE \"Deliveries\" SET \"Pickup_Floors\" = 30, \"Pickup_Floor\" = 20, \"Fee\" = 10 WHERE \"DropOff_Floor\" IS NULL");
        await database.RefusesAsync("CK_Deliveries_Fee_GreaterThanOrEqual_DropOff_Spot_North",
            "UPDATE \"Deliveries\" SET \"Pickup_Floor\" = 0, \"Fee\" = 0, \"DropOff_Spot_North\" = 5, \"DropOff_Spot_East\" = 50 WHERE \"DropOff_Floor\" IS NOT NULL");
        await database.RefusesAsync("CK_Item_Items_Invariant1", "UPDATE \"Item\" SET \"Weight\" = 50, \"MaxWeight\" = 1");
        await database.RefusesAsync("CK_Item_Items_Shelf_Invariant1", "UPDATE \"Item\" SET \"Shelf_North\" = 50, \"Shelf_East\" = 0");
        // An optional owned object's columns are all NULL when it is null, and its CHECKs let that be.
        await ExecuteAsync(database, "UPDATE \"Deliveries\" SET \"DropOff_Street\" = NULL, \"DropOff_Floors\" = NULL, \"DropOff_Floor\" = NULL, " +
            "\"DropOff_Stairs\" = NULL, \"DropOff_Spot_North\" = NULL, \"DropOff_Spot_East\" = NULL");
    }

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var context = NewContext(database);
        Assert.True(await context.Database.ExecuteSqlRawAsync(sql) > 0);
    }

    /// <summary>A delivery's columns, its owned objects' and its items', the items in a fixed order (a database returns them in any).</summary>
    internal static string Describe(Delivery d)
        => $"{d.Id}|{d.Fee}|{Describe(d.Pickup)}|{(d.DropOff is null ? "-" : Describe(d.DropOff))}|" +
            string.Join(";", d.Items.Select(i => $"{i.Label},{i.Weight},{i.MaxWeight},{i.Shelf.North},{i.Shelf.East}").Order(StringComparer.Ordinal));

    private static string Describe(Site s) => $"{s.Street}|{s.Floors}|{s.Floor}|{s.Stairs}|{s.Spot.North}|{s.Spot.East}";
}
