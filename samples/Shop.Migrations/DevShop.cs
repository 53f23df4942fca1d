using ConstrainedFakes.DataSets;
using Shop.Seeding;

namespace Shop.Migrations;

/// <summary>
/// The dev data the migration carries: a small shop from a fixed seed. The same seed and size give the same
/// rows on every build, so the model snapshot never changes by itself and <c>migrations add</c> finds no
/// difference to migrate.
/// </summary>
public static class DevShop
{
    public const ulong Seed = 42;

    public const int Customers = 5;

    /// <summary>Built once per process, when the model is first built.</summary>
    public static DataSet Data { get; } = ShopGenerator.Generate(Seed, Customers);
}
