using System.ComponentModel.DataAnnotations;
using ConstrainedFakes;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

public class Rack
{
    public int Id { get; set; }

    [Required, MaxLength(30)]
    public string Label { get; set; } = "";

    [Count(0, 3)]
    public ICollection<Gadget> Gadgets { get; } = new List<Gadget>();
}

/// <summary>Declarations the Fluent configuration of <see cref="MismatchContext"/> asks more of, and some it agrees with.</summary>
public class Gadget
{
    public int Id { get; set; }

    public int? RackId { get; set; }

    [Nulls(0.2)]
    public Rack? Rack { get; set; }

    [Required, MaxLength(40)]
    public string Name { get; set; } = "";

    [Required]
    public string Code { get; set; } = "";

    [Required, AllowedValues("USD", "EUR")]
    public string Currency { get; set; } = "";

    [Unique, EmailAddress, MaxLength(100)]
    public string Email { get; set; } = "";

    [Range(0, 100), Precision(8, 2)]
    public decimal Price { get; set; }

    [Range(0, 5000)]
    public decimal Weight { get; set; }

    [Nulls(0.5), MaxLength(50)]
    public string? Note { get; set; }

    /// <summary>A plain number to the faker: the context makes it a foreign key with no navigation.</summary>
    [Range(1, 1_000)]
    public int MakerId { get; set; }
}

/// <summary>A context whose Fluent API asks for more than the faker promises on <see cref="Gadget"/> (and exactly what it promises on <see cref="Rack"/>).</summary>
public class MismatchContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Rack> Racks => Set<Rack>();

    public DbSet<Gadget> Gadgets => Set<Gadget>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Rack>().Property(s => s.Label).HasMaxLength(30);
        var gadget = modelBuilder.Entity<Gadget>();
        gadget.HasOne(g => g.Rack).WithMany(s => s.Gadgets).HasForeignKey(g => g.RackId).IsRequired();
        gadget.Property(g => g.Name).HasMaxLength(20);
        gadget.Property(g => g.Code).HasMaxLength(10);
        gadget.Property(g => g.Currency).HasMaxLength(3);
        gadget.Property(g => g.Price).HasPrecision(8, 1);
        gadget.Property(g => g.Weight).HasPrecision(4, 2);
        gadget.Property(g => g.Note).IsRequired();
        gadget.HasAlternateKey(g => g.Code);
        gadget.HasIndex(g => g.Name).IsUnique();
        gadget.HasIndex(g => g.Email).IsUnique();
        gadget.HasOne<Rack>().WithMany().HasForeignKey(g => g.MakerId);
    }
}

[ConstrainedFaker(typeof(Rack), typeof(Gadget))]
public partial class GadgetFaker;
