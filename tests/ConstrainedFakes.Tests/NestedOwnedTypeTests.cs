using ConstrainedFakes.Reports;
using ConstrainedFakes.Tests.Graph;

namespace ConstrainedFakes.Tests;

public class NestedOwnedTypeTests
{
    public static TheoryData<ulong> Seeds => [1UL, 7UL, 42UL, 999UL, 123_456UL];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void OwnedObjectsInsideOwnedObjectsHoldTheirInvariantsComputedMembersAndTheOwnersPaths(ulong seed)
    {
        var parcels = new CourierFaker(seed).Parcel().Build(2_000);
        for (var i = 0; i < parcels.Count; i++)
        {
            var parcel = parcels[i];
            Referee.AssertValid(parcel, i);
            AssertPremises(parcel.Site, i);
            if (parcel.Backup is not null) AssertPremises(parcel.Backup, i);
            // The owner's own constraints read its owned object by path.
            Assert.True(parcel.Fee >= parcel.Site.Floor + 2, $"row {i}: Fee {parcel.Fee}, Site.Floor {parcel.Site.Floor}");
            Assert.True(parcel.Fee >= parcel.Site.Rooms, $"row {i}: Fee {parcel.Fee}, Site.Rooms {parcel.Site.Rooms}");
        }
    }

    private static void AssertPremises(Premises premises, int row)
    {
        Referee.AssertValid(premises, row);
        Assert.True(premises.Floor <= premises.Floors, $"row {row}: floor {premises.Floor} of {premises.Floors}");
        Assert.Equal(premises.Floors * premises.Rooms, premises.TotalRooms);
        Assert.True(premises.Use != Use.Depot || premises.Floors <= 3, $"row {row}: a depot of {premises.Floors} floors");
        Assert.NotNull(premises.Geo);
        AssertPoint(premises.Geo, row);
        Assert.True(premises.Geo.Latitude >= 0, $"row {row}: latitude {premises.Geo.Latitude}");
        if (premises.Entrance is not null) AssertPoint(premises.Entrance, row);
    }

    private static void AssertPoint(GeoPoint point, int row)
    {
        Referee.AssertValid(point, row);
        Assert.True(point.Latitude + point.Longitude <= 100, $"row {row}: {point.Latitude} + {point.Longitude}");
    }

    [Fact]
    public void NestedOwnedReferencesAreNullAtTheirRatesOnStreamsOfTheirOwn()
    {
        var parcels = new CourierFaker(3).Parcel().Build(6_000);
        Assert.InRange(parcels.Count(p => p.Backup is null) / 6_000.0, 0.47, 0.53);
        Assert.InRange(parcels.Count(p => p.Site.Entrance is null) / 6_000.0, 0.37, 0.43);
        var backups = parcels.Where(p => p.Backup is not null).ToList();
        Assert.InRange(backups.Count(p => p.Backup!.Entrance is null) / (double)backups.Count, 0.36, 0.44);
        // Site.Entrance and Backup.Entrance decide apart: about 40% of the backups' entrances are null either way.
        var bothNull = backups.Count(p => p.Site.Entrance is null && p.Backup!.Entrance is null) / (double)backups.Count;
        Assert.InRange(bothNull, 0.12, 0.20);
    }

    [Fact]
    public void AFixedNestedOwnedMemberConditionsTheOthers()
    {
        var parcels = new CourierFaker(5).Parcel().WithSite_Geo_Latitude(80m).WithSite_Floor(10).Build(300);
        Assert.All(parcels, p =>
        {
            Assert.Equal(80m, p.Site.Geo.Latitude);
            Assert.True(p.Site.Geo.Longitude <= 20m);
            Assert.True(p.Site.Floors >= 10);
            Assert.True(p.Fee >= 12);
        });
        // A latitude below zero breaks the owned type's [Invariant("Geo.Latitude >= 0")].
        Assert.Throws<ConstraintViolationException>(() => new CourierFaker(5).Parcel().WithSite_Geo_Latitude(-1m).Build());
    }

    [Fact]
    public void TheFidelityReportJudgesNestedMembersInvariantsAndComputedMembersAndFindsBrokenOnes()
    {
        var data = new CourierFaker(8).DataSet().Count<Parcel>(400).Build();
        var report = FidelityReport.Measure(data);
        Assert.True(report.IsClean, report.ToJson());
        var checks = report.Entities.Single(e => e.Entity == "Parcel").Checks;
        Assert.Contains(checks, c => c.Kind == CheckKind.Member && c.Member == "Site.Geo.Latitude" && c.Checked == 400);
        Assert.Contains(checks, c => c.Kind == CheckKind.Member && c.Member == "Site.Geo" && c.Constraint == "non-nullable");
        Assert.Contains(checks, c => c.Kind == CheckKind.Invariant && c.Constraint == "[Invariant(\"Latitude + Longitude <= 100\")] on Backup.Entrance"
            && c.Checked > 60 && c.Checked < 180);
        Assert.Contains(checks, c => c.Kind == CheckKind.Computed && c.Member == "Backup.TotalRooms" && c.Checked > 150 && c.Checked < 250);
        Assert.Contains(checks, c => c.Kind == CheckKind.Unique && c.Member == "Site.Geo.Code" && c.Checked == 400);

        var broken = data.Set<Parcel>().First(p => p.Backup?.Entrance is not null);
        broken.Backup!.Entrance!.Longitude = 200m;
        broken.Site.Floor = broken.Site.Floors + 1;
        broken.Site.TotalRooms += 1;
        data.Set<Parcel>()[1].Site.Geo.Code = data.Set<Parcel>()[0].Site.Geo.Code;
        var again = FidelityReport.Measure(data).Entities.Single(e => e.Entity == "Parcel").Checks;
        Assert.Equal(1, again.Single(c => c.Member == "Backup.Entrance.Longitude" && c.Constraint.StartsWith("[Range")).Violations);
        Assert.Equal(1, again.Single(c => c.Constraint == "[Invariant(\"Floor <= Floors\")] on Site").Violations);
        Assert.Equal(1, again.Single(c => c.Kind == CheckKind.Computed && c.Member == "Site.TotalRooms").Violations);
        Assert.Equal(0, again.Single(c => c.Constraint == "[Invariant(\"Floor <= Floors\")] on Backup").Violations);
        Assert.Equal(1, again.Single(c => c.Kind == CheckKind.Unique && c.Member == "Site.Geo.Code").Violations);
    }

    [Fact]
    public void GoldenValuesForSeed42()
    {
        var parcel = new CourierFaker(42).Parcel().BuildAt(0);
        Assert.Equal("52|45|36|72.08|-46.72|Sid Cremin", $"{parcel.Fee}|{parcel.Site.Floors}|{parcel.Site.Floor}|{parcel.Site.Geo.Latitude}|{parcel.Site.Entrance?.Longitude}|{parcel.Backup?.Name}");
    }
}
