using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Graph;

// A small company graph that exercises every relationship shape data sets support: owned children with
// uniform and Poisson counts, nested children, a Guid-keyed pool, a string-keyed pool, an optional
// reference with a null rate, a self-reference, a collection with no reference back, and [ForeignKey]
// and [InverseProperty] naming the sides.

[ConstrainedFaker(typeof(Account))]
public partial class GraphFaker;

public enum Tier { Standard, Gold }

public class Region
{
    [Key, MaxLength(12)]
    public string Code { get; set; } = "";

    [MaxLength(60)]
    public string Name { get; set; } = "";
}

public class Account
{
    public int Id { get; set; }

    [MaxLength(80)]
    public string Company { get; set; } = "";

    public Tier Tier { get; set; }

    /// <summary>Foreign key to a string-keyed pool, by the {Navigation}{Key} convention.</summary>
    public string RegionCode { get; set; } = "";

    public Region Region { get; set; } = null!;

    [Count(1, 4)]
    public List<Contract> Contracts { get; set; } = new();

    /// <summary>No reference back: the foreign key is Tag.AccountId by convention.</summary>
    [Count(0, 2)]
    public ICollection<Tag> Tags { get; } = new List<Tag>();
}

/// <summary>A unique index over one member makes it [Unique].</summary>
[Index(nameof(Label), IsUnique = true)]
public class Tag
{
    public long Id { get; set; }

    public int AccountId { get; set; }

    [MaxLength(20)]
    public string Label { get; set; } = "";
}

public class Contract
{
    public int Id { get; set; }

    public int AccountId { get; set; }

    public Account Account { get; set; } = null!;

    [Range(1000, 500000)]
    public decimal Value { get; set; }

    [Count(0, 6, Mean = 1.5)]
    public ICollection<Invoice> Invoices { get; set; } = null!;
}

public class Invoice
{
    public int Id { get; set; }

    public int ContractId { get; set; }

    public Contract Contract { get; set; } = null!;

    /// <summary>Optional, named by [ForeignKey] on the navigation; a third of the invoices have no approver.</summary>
    public int? ApproverNumber { get; set; }

    [ForeignKey(nameof(ApproverNumber)), Nulls(0.3)]
    public Employee? ApprovedBy { get; set; }

    [InverseProperty(nameof(InvoiceLine.Invoice)), Count(1, 5)]
    public List<InvoiceLine> Lines { get; } = new();
}

/// <summary>The owner's key with a picked parent's: an invoice's lines name distinct products.</summary>
[Index(nameof(InvoiceId), nameof(ProductId), IsUnique = true)]
public class InvoiceLine
{
    public int Id { get; set; }

    public int InvoiceId { get; set; }

    public Invoice Invoice { get; set; } = null!;

    /// <summary>A required reference to a Guid-keyed pool, which lists its lines.</summary>
    public Guid ProductId { get; set; }

    public Product Product { get; set; } = null!;

    [Range(1, 10)]
    public int Quantity { get; set; }
}

public class Product
{
    public Guid Id { get; set; }

    [MaxLength(40)]
    public string Name { get; set; } = "";

    public ICollection<InvoiceLine> Lines { get; } = new List<InvoiceLine>();
}

/// <summary>A foreign key with a plain member: the plain member is made unique across the table.</summary>
[Index(nameof(FirstName), nameof(ManagerId), IsUnique = true)]
public class Employee
{
    public int Id { get; set; }

    [MaxLength(40)]
    public string FirstName { get; set; } = "";

    /// <summary>A self-reference: a manager is always an earlier row, so inserting in row order works.</summary>
    public int? ManagerId { get; set; }

    [Nulls(0.1)]
    public Employee? Manager { get; set; }

    public ICollection<Employee> Reports { get; } = new List<Employee>();
}
