using ConstrainedFakes.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Shop.Data;
using Shop.Model;

namespace Shop.Migrations;

/// <summary>
/// The shop's model, CHECK constraints included, with <see cref="DevShop.Data"/> as <c>HasData</c>: the dev
/// rows are part of the model, so <c>dotnet ef migrations add</c> writes them into the migration as
/// <c>InsertData</c> and <c>dotnet ef database update</c> (or <c>Migrate()</c>) inserts them.
/// </summary>
public sealed class SeededShopDbContext(DbContextOptions<ShopDbContext> options) : ShopDbContext(options)
{
    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // AsModelData copies each row with its keys and foreign keys and without navigations, as HasData requires.
        modelBuilder.Entity<Customer>().HasData(DevShop.Data.AsModelData<Customer>());
        modelBuilder.Entity<Product>().HasData(DevShop.Data.AsModelData<Product>());
        modelBuilder.Entity<Order>().HasData(DevShop.Data.AsModelData<Order>());
        modelBuilder.Entity<OrderLine>().HasData(DevShop.Data.AsModelData<OrderLine>());
        modelBuilder.Entity<Payment>().HasData(DevShop.Data.AsModelData<Payment>());
        modelBuilder.Entity<OrderEvent>().HasData(DevShop.Data.AsModelData<OrderEvent>());
        modelBuilder.Entity<Contract>().HasData(DevShop.Data.AsModelData<Contract>());
    }
}
