using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using ConstrainedFakes;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>A cycle through an optional key: staff belong to a department, a department's optional head is one of the staff.</summary>
public class Division
{
    public int Id { get; set; }

    [Required, MaxLength(40)]
    public string Name { get; set; } = "";

    public int? HeadId { get; set; }

    [Nulls(0.2)]
    public Worker? Head { get; set; }

    [Count(1, 4), InverseProperty(nameof(Worker.Division))]
    public List<Worker> Staff { get; } = new();
}

public class Worker
{
    public int Id { get; set; }

    [Required, MaxLength(40)]
    public string Name { get; set; } = "";

    public int DivisionId { get; set; }

    public Division Division { get; set; } = null!;
}

public class CompanyContext(DbContextOptions<CompanyContext> options) : DbContext(options)
{
    public DbSet<Division> Divisions => Set<Division>();

    public DbSet<Worker> Workers => Set<Worker>();

    // The head is a reference with no collection back: EF Core would otherwise pair it with Worker.Division.
    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.Entity<Division>().HasOne(d => d.Head).WithMany().HasForeignKey(d => d.HeadId);
}

[ConstrainedFaker(typeof(CompanyContext))]
public partial class CompanyFaker;
