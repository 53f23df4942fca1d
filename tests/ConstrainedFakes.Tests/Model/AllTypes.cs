using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Model;

public enum Colour
{
    Red,
    [Weight(0)] Never,
    Green,
    Blue,
}

/// <summary>Every supported member type, with bounds tight enough that a slip would show.</summary>
public class AllTypes
{
    [Key]
    public long Key { get; set; }

    [Range(-5, 5)] public sbyte SByteValue { get; set; }
    [Range(200, 255)] public byte ByteValue { get; set; }
    [Range(-300, -100)] public short ShortValue { get; set; }
    [Range(60000, 65535)] public ushort UShortValue { get; set; }
    [Range(int.MinValue, int.MaxValue)] public int IntFull { get; set; }
    [Range(4_000_000_000d, 4_294_967_295d)] public uint UIntValue { get; set; }
    [Range(long.MinValue, long.MaxValue)] public long LongFull { get; set; }
    public ulong ULongValue { get; set; }

    [Range(0.5, 1.5, MinimumIsExclusive = true, MaximumIsExclusive = true)]
    public int NarrowExclusiveInt { get; set; }

    [Precision(6, 3), Range(-1.25, 1.25)]
    public decimal SmallMoney { get; set; }

    [Range(0.1, 0.2, MinimumIsExclusive = true, MaximumIsExclusive = true)]
    public decimal ExclusiveDecimal { get; set; }

    [Range(-1e-3, 1e-3)] public double Tiny { get; set; }
    [Range(0.0, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true)] public double OpenUnit { get; set; }
    [Range(1.5f, 2.5f)] public float FloatValue { get; set; }
    [Probability(0.25)] public bool Flag { get; set; }
    public Guid Token { get; set; }

    [Range(typeof(DateTime), "2024-02-28", "2024-03-01", MaximumIsExclusive = true)]
    public DateTime LeapWindow { get; set; }

    [Range(typeof(DateTimeOffset), "2030-01-01T00:00:00Z", "2030-01-01T00:00:00.5Z")]
    public DateTimeOffset SubSecond { get; set; }

    [Range(typeof(DateOnly), "2000-01-01", "2000-01-03", MinimumIsExclusive = true)]
    public DateOnly Day { get; set; }

    [Range(typeof(TimeOnly), "09:00:00", "17:30:00")]
    public TimeOnly OfficeHours { get; set; }

    [Range(typeof(TimeSpan), "00:05:00", "02:00:00")]
    public TimeSpan Duration { get; set; }

    public Colour Colour { get; set; }

    [DeniedValues(2, 3, 4)]
    [Range(1, 6)]
    public int NotTwoToFour { get; set; }

    [AllowedValues(1.5, 2.5, 99.0)]
    [Range(0, 10)]
    public double AllowedInRange { get; set; }

    [AllowedValues(3L, 5L), DeniedValues(5L)]
    public long OnlyThree { get; set; }

    [Nulls(0.5), Range(1, 9)] public int? MaybeInt { get; set; }
    [Nulls(1.0)] public DateTime? AlwaysNull { get; set; }
    public Guid? NeverNull { get; set; }

    [StringLength(8, MinimumLength = 8)]
    public string Code { get; set; } = "";

    [MinLength(30), MaxLength(35)]
    public string LongCity { get; set; } = "";

    [Length(2, 3)]
    public string ShortDescription { get; set; } = "";

    [Url, MaxLength(14)]
    public string Homepage { get; set; } = "";

    [EmailAddress, MaxLength(6)]
    public string TinyEmail { get; set; } = "";

    [EmailAddress, MinLength(40), MaxLength(41)]
    public string PaddedEmail { get; set; } = "";

    [Phone, MaxLength(7), MinLength(7)]
    public string ShortPhone { get; set; } = "";

    [DeniedValues("Red", "Green")]
    [AllowedValues("Red", "Green", "Blue")]
    public string OnlyBlue { get; set; } = "";

    [Semantic(SemanticKind.CompanyName), MaxLength(12)]
    public string Employer { get; set; } = "";
}
