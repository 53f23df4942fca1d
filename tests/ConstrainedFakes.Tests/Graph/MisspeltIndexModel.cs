using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Graph;

// Unique indexes naming a member the entity does not have (EF Core refuses such a model): the builders are made,
// the data set refuses to build, naming each index.

[ConstrainedFaker(typeof(Locker), typeof(Pass))]
public partial class LockerFaker;

[Index(nameof(Floor), "Nmuber", IsUnique = true)]
public class Locker
{
    public int Id { get; set; }

    [Range(1, 5)]
    public int Floor { get; set; }

    [Range(1, 500)]
    public int Number { get; set; }
}

[Index("Cdoe", IsUnique = true)]
public class Pass
{
    public int Id { get; set; }

    [StringLength(8, MinimumLength = 8)]
    public string Code { get; set; } = "";
}
