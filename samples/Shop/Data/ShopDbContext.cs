using ConstrainedFakes.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Shop.Model;

namespace Shop.Data;

/// <summary>
/// The shop's EF Core model. <c>[ConstrainedFaker(typeof(ShopDbContext))]</c> takes every
/// <see cref="DbSet{TEntity}"/> below as an entity type of the faker.
/// </summary>
public class ShopDbContext(DbContextOptions<ShopDbContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<OrderEvent> OrderEvents => Set<OrderEvent>();

    public DbSet<Contract> Contracts => Set<Contract>();

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as their names, so the database reads well in sqlite3.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(16);
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Keys, relationships and lengths come from the entity classes by convention. Order history outlives
        // its customers and products: deleting either is refused while orders refer to it.
        modelBuilder.Entity<Order>().HasOne(o => o.Customer).WithMany(c => c.Orders).OnDelete(DeleteBehavior.Restrict);
        modelBuilder.Entity<OrderLine>().HasOne(l => l.Product).WithMany().OnDelete(DeleteBehavior.Restrict);

        // Indexes a shop would query by.
        // The faker guarantees these are unique ([Unique]); the database enforces it.
        modelBuilder.Entity<Customer>().HasIndex(c => c.Email).IsUnique();
        modelBuilder.Entity<Product>().HasIndex(p => p.Sku).IsUnique();
        modelBuilder.Entity<Order>().HasIndex(o => o.PlacedAt);
        modelBuilder.Entity<Product>().HasIndex(p => p.Category);

        // The entity classes' ranges, lengths and allowed values as CHECK constraints: the database enforces what the faker guarantees.
        modelBuilder.ApplyConstrainedFakesCheckConstraints();
    }
}
