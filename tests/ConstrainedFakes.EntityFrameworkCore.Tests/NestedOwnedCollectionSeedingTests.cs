using ConstrainedFakes.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>
/// Collections of owned types inside owned objects (<see cref="Warehouse"/>): a yard's docks and every aisle's bins
/// land in their own tables, with foreign keys on, the rows read back are clean by the fidelity report, and the
/// element types' invariants are CHECK constraints on those tables.
/// </summary>
public class NestedOwnedCollectionSeedingTests
{
    private static WarehouseContext NewContext(TestDatabase database) => database.NewContext<WarehouseContext>(o => new WarehouseContext(o));

    [Theory, InlineData(Provider.Sqlite), PostgresData]
    public async Task Every_element_of_every_nested_collection_lands_and_reads_back_clean(Provider provider)
    {
        var data = new WarehouseFaker(21).DataSet().Count<Warehouse>(200).Build();
        var warehouses = data.Set<Warehouse>();
        var docks = warehouses.Sum(w => w.Yard.Docks.Count);
        var bins = warehouses.Sum(w => w.Aisles.Sum(a => a.Bins.Count));
        Assert.True(docks > 200 && bins > 200, $"{docks} docks, {bins} bins");
        await using var database = await TestDatabase.CreateAsync(provider, NewContext);
        await using (var context = NewContext(database))
        {
            if (provider == Provider.Sqlite)
                Assert.Equal(1L, await context.Database.SqlQueryRaw<long>("SELECT foreign_keys AS \"Value\" FROM pragma_foreign_keys").SingleAsync());
            await context.SeedAsync(data);
        }

        await using var reading = NewContext(database);
        var read = await reading.Warehouses.AsNoTracking().OrderBy(w => w.Id).ToListAsync();
        Assert.Equal(warehouses.Select(Describe), read.Select(Describe));
        Assert.Equal(docks, read.Sum(w => w.Yard.Docks.Count));
        Assert.Equal(bins, read.Sum(w => w.Aisles.Sum(a => a.Bins.Count)));
        var report = FidelityReport.Measure(read, WarehouseFaker.InvariantChecks);
        Assert.True(report.IsClean, report.ToJson());
        var checks = report.Entities.Single().Checks;
        Assert.Contains(checks, c => c.Kind == CheckKind.Count && c.Member == "Yard.Docks" && c.Checked == 200);
        Assert.Contains(checks, c => c.Kind == CheckKind.Invariant && c.Member == "Yard.Docks" && c.Checked == docks);
        Assert.Contains(checks, c => c.Kind == CheckKind.Count && c.Member == "Aisles.Bins" && c.Checked == read.Sum(w => w.Aisles.Count));
        Assert.Contains(checks, c => c.Kind == CheckKind.Unique && c.Member == "Aisles.Bins.Tag" && c.Checked == bins);
        Assert.Contains(checks, c => c.Kind == CheckKind.Invariant && c.Member == "Aisles.Bins" && c.Checked == bins);
    }

    [Theory, InlineData(Provider.Sqlite), PostgresData]
    public async Task The_nested_element_types_invariants_are_check_constraints_on_their_tables(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, NewContext);
        await using (var context = NewContext(database)) await context.SeedAsync(new WarehouseFaker(4).DataSet().Count<Warehouse>(30).Build());
        await using (var context = NewContext(database))
        {
            var names = context.GetService<IDesignTimeModel>().Model.GetEntityTypes().SelectMany(e => e.GetCheckConstraints()).Select(c => c.Name!).ToList();
            // Named with the element table (after the owned type, as EF Core names it) and the owned path.
            Assert.Contains("CK_Dock_Yard_Docks_Invariant1", names);
            Assert.Contains("CK_Bin_Aisles_Bins_Invariant1", names);
        }
        await database.RefusesAsync("CK_Dock_Yard_Docks_Invariant1", "UPDATE \"Dock\" SET \"Width\" = 20, \"Length\" = 1");
        await database.RefusesAsync("CK_Bin_Aisles_Bins_Invariant1", "UPDATE \"Bin\" SET \"Low\" = 50, \"High\" = 0");
    }

    private static string Describe(Warehouse w)
        => $"{w.Id}|{w.Yard.Gates}|{string.Join(";", w.Yard.Docks.Select(d => $"{d.Width},{d.Length}").Order(StringComparer.Ordinal))}|" +
            string.Join(";", w.Aisles.Select(a => $"{a.Code}:{string.Join(",", a.Bins.Select(b => $"{b.Low}/{b.High}/{b.Tag}").Order(StringComparer.Ordinal))}").Order(StringComparer.Ordinal));
}
