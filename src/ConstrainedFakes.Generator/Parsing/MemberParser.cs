using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>Reads one property's type and constraint attributes into a <see cref="MemberModel"/>.</summary>
internal static class MemberParser
{
    private static readonly Dictionary<string, RelationKind> Relations = new()
    {
        [AttributeNames.GreaterThan] = RelationKind.GreaterThan,
        [AttributeNames.GreaterThanOrEqual] = RelationKind.GreaterThanOrEqual,
        [AttributeNames.LessThan] = RelationKind.LessThan,
        [AttributeNames.LessThanOrEqual] = RelationKind.LessThanOrEqual,
    };

    public static MemberModel Parse(IPropertySymbol property, bool isKey)
    {
        var (type, isNullable) = TypeClassifier.Classify(property.Type);
        RangeModel? range = null;
        var lengths = new List<LengthModel>();
        ValueListModel? allowed = null, denied = null;
        PrecisionModel? precision = null;
        SemanticKind? semantic = null;
        DeclaredNumber? probability = null, nullRate = null;
        var isRequired = false;
        var relations = new List<RelationModel>();
        string? unique = null;
        DeclaredNumber? threshold = null;
        var thresholdRate = 0.1;
        InvariantModel? computed = null;
        string? currentStateOf = null;
        DistributionModel? distribution = null;
        WeightsModel? weights = null;
        var correlations = new List<CorrelationModel>();

        foreach (var attribute in property.GetAttributes())
        {
            var args = attribute.ConstructorArguments;
            switch (AttributeReader.MetadataName(attribute))
            {
                case AttributeNames.Key:
                    isKey = true;
                    break;
                case AttributeNames.Required:
                    isRequired = true;
                    break;
                case AttributeNames.Range when args.Length >= 2:
                    range = ReadRange(attribute);
                    break;
                case AttributeNames.StringLength when args.Length == 1:
                    lengths.Add(new LengthModel(AttributeReader.NamedInt(attribute, "MinimumLength"), AttributeReader.Int(args[0]), AttributeReader.Declared(attribute)));
                    break;
                case AttributeNames.MinLength when args.Length == 1:
                    lengths.Add(new LengthModel(AttributeReader.Int(args[0]), null, AttributeReader.Declared(attribute)));
                    break;
                // [MaxLength] without an argument means "the provider's maximum": no limit to honour here.
                case AttributeNames.MaxLength when args.Length == 1:
                    lengths.Add(new LengthModel(null, AttributeReader.Int(args[0]), AttributeReader.Declared(attribute)));
                    break;
                case AttributeNames.Length when args.Length == 2:
                    lengths.Add(new LengthModel(AttributeReader.Int(args[0]), AttributeReader.Int(args[1]), AttributeReader.Declared(attribute)));
                    break;
                case AttributeNames.AllowedValues:
                    allowed = ReadValues(attribute);
                    break;
                case AttributeNames.DeniedValues:
                    denied = ReadValues(attribute);
                    break;
                case AttributeNames.Precision when args.Length >= 1 && AttributeReader.Int(args[0]) is int digits:
                    precision = new PrecisionModel(digits, args.Length > 1 ? AttributeReader.Int(args[1]) : null, AttributeReader.Declared(attribute));
                    break;
                case AttributeNames.EmailAddress:
                    semantic ??= SemanticKind.Email;
                    break;
                case AttributeNames.Phone:
                    semantic ??= SemanticKind.Phone;
                    break;
                case AttributeNames.Url:
                    semantic ??= SemanticKind.Url;
                    break;
                case AttributeNames.Semantic when args.Length == 1 && AttributeReader.Int(args[0]) is int kind:
                    // An explicit [Semantic] wins over [EmailAddress] & co. whatever the attribute order.
                    semantic = (SemanticKind)kind;
                    break;
                case AttributeNames.Probability when args.Length == 1:
                    probability = new DeclaredNumber(AttributeReader.Number(args[0]) ?? double.NaN, AttributeReader.Declared(attribute));
                    break;
                case var name when Relations.TryGetValue(name, out var kind) && args.Length == 1 && args[0].Value is string other:
                    relations.Add(new RelationModel(kind, other, AttributeReader.Declared(attribute)));
                    break;
                case AttributeNames.Threshold when args.Length == 1:
                    threshold = new DeclaredNumber(AttributeReader.Number(args[0]) ?? double.NaN, AttributeReader.Declared(attribute));
                    thresholdRate = attribute.NamedArguments.Where(n => n.Key == "Probability").Select(n => AttributeReader.Number(n.Value)).FirstOrDefault() ?? 0.1;
                    break;
                case AttributeNames.Computed when args.Length == 1 && args[0].Value is string expression:
                    computed = new InvariantModel(expression, AttributeReader.Declared(attribute));
                    break;
                case AttributeNames.CurrentStateOf when args.Length == 1 && args[0].Value is string sequence:
                    currentStateOf = sequence;
                    break;
                case AttributeNames.Unique:
                    unique = AttributeReader.Declared(attribute);
                    break;
                case AttributeNames.Normal or AttributeNames.LogNormal when args.Length == 2:
                    distribution = new DistributionModel(AttributeReader.MetadataName(attribute) == AttributeNames.Normal ? DistributionKind.Normal : DistributionKind.LogNormal,
                        AttributeReader.Number(args[0]) ?? double.NaN, AttributeReader.Number(args[1]) ?? double.NaN, AttributeReader.Declared(attribute));
                    break;
                case AttributeNames.Exponential or AttributeNames.Poisson when args.Length == 1:
                    distribution = new DistributionModel(AttributeReader.MetadataName(attribute) == AttributeNames.Exponential ? DistributionKind.Exponential : DistributionKind.Poisson,
                        AttributeReader.Number(args[0]) ?? double.NaN, double.NaN, AttributeReader.Declared(attribute));
                    break;
                case AttributeNames.Weights:
                    weights = new WeightsModel(AttributeReader.ParamsValues(attribute).Select(v => AttributeReader.Number(v) ?? double.NaN).ToEquatableArray(), AttributeReader.Declared(attribute));
                    break;
                case AttributeNames.Correlated when args.Length == 2 && args[0].Value is string correlatedWith:
                    correlations.Add(new CorrelationModel(correlatedWith, AttributeReader.Number(args[1]) ?? double.NaN, AttributeReader.Declared(attribute)));
                    break;
                case AttributeNames.Nulls when args.Length == 1:
                    nullRate = new DeclaredNumber(AttributeReader.Number(args[0]) ?? double.NaN, AttributeReader.Declared(attribute));
                    break;
            }
        }

        return new MemberModel(property.Name, type, isNullable, isKey, isRequired, range, lengths.ToEquatableArray(),
            allowed, denied, precision, semantic, probability, nullRate, relations.ToEquatableArray(), unique, threshold, thresholdRate, computed,
            currentStateOf, null, distribution, weights, correlations.ToEquatableArray());
    }

    private static RangeModel ReadRange(AttributeData attribute)
    {
        var args = attribute.ConstructorArguments;
        // Range(Type, string, string) keeps its bounds as strings; Range(int, int) and Range(double, double) as numbers.
        var (min, max) = args.Length == 3 ? (args[1], args[2]) : (args[0], args[1]);
        return new RangeModel(
            AttributeReader.Invariant(min.Value),
            AttributeReader.Invariant(max.Value),
            AttributeReader.Flag(attribute, "MinimumIsExclusive"),
            AttributeReader.Flag(attribute, "MaximumIsExclusive"),
            AttributeReader.Declared(attribute));
    }

    private static ValueListModel ReadValues(AttributeData attribute)
        => new(AttributeReader.ParamsValues(attribute).Select(AttributeReader.Constant).ToEquatableArray(), AttributeReader.Declared(attribute));
}
