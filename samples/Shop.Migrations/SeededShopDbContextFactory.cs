using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Shop.Data;
using Shop.Seeding;

namespace Shop.Migrations;

/// <summary>
/// How <c>dotnet ef</c> makes the context at design time: SQLite, foreign keys on, the file <c>shop-dev.db</c>
/// unless <c>dotnet ef database update --connection "Data Source=..."</c> names another.
/// </summary>
public sealed class SeededShopDbContextFactory : IDesignTimeDbContextFactory<SeededShopDbContext>
{
    public const string DefaultDatabase = "shop-dev.db";

    /// <inheritdoc/>
    public SeededShopDbContext CreateDbContext(string[] args) => Create(DefaultDatabase);

    /// <summary>A context on the SQLite file at <paramref name="path"/>.</summary>
    public static SeededShopDbContext Create(string path) =>
        new(new DbContextOptionsBuilder<ShopDbContext>().UseSqlite(ShopSeeder.SqliteConnectionString(path)).Options);
}
