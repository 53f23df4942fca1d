namespace ConstrainedFakes.Generator.Parsing;

/// <summary>The metadata names of every attribute the parser reads.</summary>
internal static class AttributeNames
{
    public const string ConstrainedFaker = "ConstrainedFakes.ConstrainedFakerAttribute";
    public const string Semantic = "ConstrainedFakes.SemanticAttribute";
    public const string Probability = "ConstrainedFakes.ProbabilityAttribute";
    public const string Nulls = "ConstrainedFakes.NullsAttribute";
    public const string Weight = "ConstrainedFakes.WeightAttribute";
    public const string GreaterThan = "ConstrainedFakes.GreaterThanAttribute";
    public const string GreaterThanOrEqual = "ConstrainedFakes.GreaterThanOrEqualAttribute";
    public const string LessThan = "ConstrainedFakes.LessThanAttribute";
    public const string LessThanOrEqual = "ConstrainedFakes.LessThanOrEqualAttribute";
    public const string Invariant = "ConstrainedFakes.InvariantAttribute";
    public const string Unique = "ConstrainedFakes.UniqueAttribute";
    public const string EdgeCases = "ConstrainedFakes.EdgeCasesAttribute";
    public const string Computed = "ConstrainedFakes.ComputedAttribute";
    public const string Threshold = "ConstrainedFakes.ThresholdAttribute";
    public const string Count = "ConstrainedFakes.CountAttribute";
    public const string Popularity = "ConstrainedFakes.PopularityAttribute";
    public const string Transitions = "ConstrainedFakes.TransitionsAttribute";
    public const string Sequence = "ConstrainedFakes.SequenceAttribute";
    public const string CurrentStateOf = "ConstrainedFakes.CurrentStateOfAttribute";
    public const string Normal = "ConstrainedFakes.NormalAttribute";
    public const string LogNormal = "ConstrainedFakes.LogNormalAttribute";
    public const string Exponential = "ConstrainedFakes.ExponentialAttribute";
    public const string Poisson = "ConstrainedFakes.PoissonAttribute";
    public const string Weights = "ConstrainedFakes.WeightsAttribute";
    public const string Correlated = "ConstrainedFakes.CorrelatedAttribute";

    private const string DataAnnotations = "System.ComponentModel.DataAnnotations.";
    public const string Key = DataAnnotations + "KeyAttribute";
    public const string Required = DataAnnotations + "RequiredAttribute";
    public const string Range = DataAnnotations + "RangeAttribute";
    public const string StringLength = DataAnnotations + "StringLengthAttribute";
    public const string MinLength = DataAnnotations + "MinLengthAttribute";
    public const string MaxLength = DataAnnotations + "MaxLengthAttribute";
    public const string Length = DataAnnotations + "LengthAttribute";
    public const string AllowedValues = DataAnnotations + "AllowedValuesAttribute";
    public const string DeniedValues = DataAnnotations + "DeniedValuesAttribute";
    public const string EmailAddress = DataAnnotations + "EmailAddressAttribute";
    public const string Phone = DataAnnotations + "PhoneAttribute";
    public const string Url = DataAnnotations + "UrlAttribute";
    public const string NotMapped = DataAnnotations + "Schema.NotMappedAttribute";
    public const string ForeignKey = DataAnnotations + "Schema.ForeignKeyAttribute";
    public const string InverseProperty = DataAnnotations + "Schema.InversePropertyAttribute";

    public const string Precision = "Microsoft.EntityFrameworkCore.PrecisionAttribute";
    public const string PrimaryKey = "Microsoft.EntityFrameworkCore.PrimaryKeyAttribute";
    public const string Owned = "Microsoft.EntityFrameworkCore.OwnedAttribute";
    public const string Index = "Microsoft.EntityFrameworkCore.IndexAttribute";
    public const string DbContext = "Microsoft.EntityFrameworkCore.DbContext";
    public const string DbSet = "Microsoft.EntityFrameworkCore.DbSet<TEntity>";

    private const string ConstrainedFakes = "ConstrainedFakes.";

    /// <summary>
    /// Whether an attribute declares a constraint the planner reads: any ConstrainedFakes attribute but the
    /// faker's own, and the DataAnnotations and EF Core ones above. A class carrying one is analysed as an
    /// entity even when no faker names it, so a domain project sees its problems at once.
    /// </summary>
    public static bool IsConstraint(string metadataName)
        => metadataName.StartsWith(ConstrainedFakes, System.StringComparison.Ordinal) && metadataName != ConstrainedFaker
            && metadataName.IndexOf('.', ConstrainedFakes.Length) < 0
            || metadataName is Required or Range or StringLength or MinLength or MaxLength or Length or AllowedValues or DeniedValues
                or EmailAddress or Phone or Url or Precision;
}
