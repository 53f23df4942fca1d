using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConstrainedFakes.Tests.Through;

// Many-to-manys through join entities configured outside OnModelCreating: in IEntityTypeConfiguration<T> classes the
// context applies, one with navigations named by strings, one with the join entity named by typeof.

public class Recipe
{
    public int Id { get; set; }

    [Count(1, 3)]
    public List<Ingredient> Ingredients { get; } = [];
}

public class Ingredient
{
    public int Id { get; set; }

    public List<Recipe> Recipes { get; } = [];
}

public class RecipeIngredient
{
    public int RecipeId { get; set; }

    public int IngredientId { get; set; }

    [Range(1, 500)]
    public int Grams { get; set; }
}

public class Chef
{
    public int Id { get; set; }

    [Count(0, 2)]
    public List<Kitchen> Kitchens { get; } = [];
}

public class Kitchen
{
    public int Id { get; set; }

    public List<Chef> Chefs { get; } = [];
}

public class ChefKitchen
{
    public int ChefId { get; set; }

    public int KitchenId { get; set; }

    [Range(1, 7)]
    public int DaysAWeek { get; set; }
}

public class RecipeConfiguration : IEntityTypeConfiguration<Recipe>
{
    public void Configure(EntityTypeBuilder<Recipe> builder)
        => builder.HasMany<Ingredient>("Ingredients").WithMany(nameof(Ingredient.Recipes)).UsingEntity<RecipeIngredient>();
}

public class ChefConfiguration : IEntityTypeConfiguration<Chef>
{
    public void Configure(EntityTypeBuilder<Chef> builder)
        => builder.HasMany(c => c.Kitchens).WithMany(k => k.Chefs).UsingEntity(typeof(ChefKitchen));
}

public class KitchenContext(DbContextOptions<KitchenContext> options) : DbContext(options)
{
    public DbSet<Recipe> Recipes => Set<Recipe>();

    public DbSet<Chef> Chefs => Set<Chef>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new RecipeConfiguration());
        modelBuilder.ApplyConfiguration(new ChefConfiguration());
    }
}

[ConstrainedFaker(typeof(KitchenContext))]
public partial class KitchenFaker;
