using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ConstrainedFakes.EntityFrameworkCore.Seeding;

/// <summary>
/// Compares the context's model with what the faker's declarations promise, before seeding writes a row:
/// keys and unique indexes the faker does not make unique, foreign keys it does not see (no navigation) or whose
/// composite members it pairs with the parent's key otherwise,
/// required columns it may leave null, maximum
/// lengths, scales and integer digits smaller than its values may need (set by the Fluent API, which the
/// faker cannot see). The faker's side is read from the entity classes by reflection, as the generator
/// reads them at compile time.
/// </summary>
internal sealed class ModelCrossCheck(DbContext context, IEnumerable<Type> known)
{
    /// <summary>The scale of decimals the faker draws when <c>[Precision]</c> gives none.</summary>
    private const int DefaultScale = 2;

    private readonly HashSet<IEntityType> _checked = [];
    private bool _knownChecked;

    /// <summary>
    /// Checks <paramref name="entityType"/>, and on the first call every type the data set is known to hold,
    /// so a data set is refused before its first row; a stream's later types are checked as they come, still
    /// inside the seed's transaction.
    /// </summary>
    /// <exception cref="SeedModelMismatchException">At least one mismatch; all are listed.</exception>
    public void Verify(IEntityType entityType)
    {
        var types = _knownChecked ? [entityType] : known.Select(context.Model.FindEntityType).OfType<IEntityType>().Append(entityType).ToList();
        _knownChecked = true;
        var mismatches = types.Where(_checked.Add).SelectMany(Mismatches).ToList();
        if (mismatches.Count > 0) throw new SeedModelMismatchException(mismatches);
    }

    public static IEnumerable<SeedModelMismatch> Mismatches(IEntityType entityType)
    {
        if (entityType.HasSharedClrType) yield break;
        var nullability = new NullabilityInfoContext();
        foreach (var property in entityType.GetDeclaredProperties())
        {
            if (property.PropertyInfo is not { } member) continue;
            if (Required(entityType, property, member, nullability) is { } required) yield return required;
            if (MaxLength(entityType, property, member) is { } length) yield return length;
            foreach (var number in Decimal(entityType, property, member)) yield return number;
        }
        foreach (var unique in Uniqueness(entityType)) yield return unique;
        foreach (var foreignKey in entityType.GetDeclaredForeignKeys().Where(Unseen))
        {
            var principal = foreignKey.PrincipalEntityType;
            yield return new SeedModelMismatch(entityType.ClrType, string.Join(", ", foreignKey.Properties.Select(p => p.Name)), "foreign key",
                $"refers to {principal.ClrType.Name} ({string.Join(", ", foreignKey.PrincipalKey.Properties.Select(p => p.Name))})",
                $"sees no navigation for it, so its values are not keys of {principal.ClrType.Name}; add a reference navigation, or a collection on {principal.ClrType.Name}");
        }
        foreach (var foreignKey in entityType.GetDeclaredForeignKeys().Where(fk => fk.Properties.Count > 1))
        {
            if (CompositeForeignKey(entityType, foreignKey) is { } mismatch) yield return mismatch;
        }
    }

    /// <summary>
    /// A composite foreign key whose members the faker pairs with the parent's key parts otherwise than EF Core: the
    /// faker reads them by convention (<c>[ForeignKey("A, B")]</c> on the navigation, else <c>{Navigation}{Part}</c> or
    /// <c>{Target}{Part}</c> for every part, in the parent's key order) and cannot see a Fluent <c>HasForeignKey</c>.
    /// </summary>
    private static SeedModelMismatch? CompositeForeignKey(IEntityType entityType, IForeignKey foreignKey)
    {
        if (foreignKey.DependentToPrincipal?.PropertyInfo is not { } navigation || foreignKey.Properties.Any(p => p.PropertyInfo is null)) return null;
        static string Pairs(IEnumerable<(string Member, string Part)> pairs) => string.Join(", ", pairs.Select(p => $"{p.Member} = {p.Part}"));
        var efCore = foreignKey.Properties.Zip(foreignKey.PrincipalKey.Properties, (m, k) => (m.Name, k.Name)).ToList();
        var principal = foreignKey.PrincipalEntityType.ClrType;
        var key = FakerKey(principal);
        var faker = FakerForeignKey(entityType.ClrType, navigation, principal, key).Zip(key).ToList();
        if (faker.Order().SequenceEqual(efCore.Order())) return null;
        return new SeedModelMismatch(entityType.ClrType, string.Join(", ", foreignKey.Properties.Select(p => p.Name)), "foreign key",
            $"pairs them with {principal.Name}'s key as {Pairs(efCore)}",
            faker.Count == 0
                ? $"finds no foreign key of {navigation.Name} to set; name its members with [ForeignKey(\"{string.Join(", ", efCore.Select(p => p.Item1))}\")] in {principal.Name}'s key order"
                : $"sets {Pairs(faker)} from {navigation.Name}; name the members with [ForeignKey(\"...\")] in {principal.Name}'s key order, as the Fluent configuration pairs them");
    }

    /// <summary>The members the faker copies a composite key into for <paramref name="navigation"/>, in key order, or none.</summary>
    private static List<string> FakerForeignKey(Type child, PropertyInfo navigation, Type principal, IReadOnlyList<string> key)
    {
        if (navigation.GetCustomAttribute<ForeignKeyAttribute>() is { } named) return named.Name.Split(',').Select(n => n.Trim()).ToList();
        var properties = child.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return new[] { navigation.Name, principal.Name }
            .Select(prefix => key.Select(part => properties.FirstOrDefault(p => string.Equals(p.Name, prefix + part, StringComparison.OrdinalIgnoreCase))?.Name).ToList())
            .FirstOrDefault(found => found.All(n => n is not null))?.OfType<string>().ToList() ?? [];
    }

    /// <summary>
    /// A relationship configured with no navigation in either class: the faker learns relationships from navigations
    /// only (a join entity's, from the skip navigations its <c>UsingEntity</c> names).
    /// </summary>
    private static bool Unseen(IForeignKey foreignKey) => !foreignKey.IsOwnership
        && foreignKey.DependentToPrincipal?.PropertyInfo is null && foreignKey.PrincipalToDependent?.PropertyInfo is null
        && !foreignKey.GetReferencingSkipNavigations().Any();

    private static SeedModelMismatch? Required(IEntityType entityType, IProperty property, PropertyInfo member, NullabilityInfoContext nullability)
    {
        if (property.IsNullable || property.IsPrimaryKey() || member.GetCustomAttribute<RequiredAttribute>() is not null) return null;
        var nullable = Nullable.GetUnderlyingType(member.PropertyType) is not null
            || (!member.PropertyType.IsValueType && nullability.Create(member).ReadState == NullabilityState.Nullable);
        if (!nullable) return null;
        var faker = property.IsForeignKey()
            ? "treats it as an optional link (a nullable foreign key), left empty at its [Nulls] rate or FakerOptions.NullRate"
            : "may leave it null (a nullable member, null at its [Nulls] rate or FakerOptions.NullRate)";
        return new SeedModelMismatch(entityType.ClrType, property.Name, "required", "requires a value (NOT NULL)", faker);
    }

    private static SeedModelMismatch? MaxLength(IEntityType entityType, IProperty property, PropertyInfo member)
    {
        // A foreign key holds its principal's key, whose own length is checked on the principal.
        if (property.ClrType != typeof(string) || property.GetMaxLength() is not { } limit || property.IsForeignKey()) return null;
        var declared = new List<(int Length, string Source)>();
        if (member.GetCustomAttribute<MaxLengthAttribute>() is { Length: > 0 } maxLength) declared.Add((maxLength.Length, $"[MaxLength({maxLength.Length})]"));
        if (member.GetCustomAttribute<StringLengthAttribute>() is { } stringLength) declared.Add((stringLength.MaximumLength, $"[StringLength({stringLength.MaximumLength})]"));
        if (member.GetCustomAttribute<LengthAttribute>() is { } length) declared.Add((length.MaximumLength, $"[Length({length.MinimumLength}, {length.MaximumLength})]"));
        if (member.GetCustomAttribute<AllowedValuesAttribute>() is { } allowed && allowed.Values.All(v => v is string or null))
            declared.Add((allowed.Values.OfType<string>().Select(v => v.Length).DefaultIfEmpty(0).Max(), "[AllowedValues]"));
        if (declared.Count == 0)
            return new SeedModelMismatch(entityType.ClrType, property.Name, "max length", $"{limit}", "declares no maximum ([MaxLength], [StringLength], [Length] or [AllowedValues])");
        var tightest = declared.MinBy(d => d.Length);
        return tightest.Length <= limit ? null
            : new SeedModelMismatch(entityType.ClrType, property.Name, "max length", $"{limit}", $"up to {tightest.Length} ({tightest.Source})");
    }

    private static IEnumerable<SeedModelMismatch> Decimal(IEntityType entityType, IProperty property, PropertyInfo member)
    {
        if ((Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) != typeof(decimal)) yield break;
        var precision = member.GetCustomAttribute<PrecisionAttribute>();
        var scale = precision?.Scale ?? DefaultScale;
        var scaleSource = precision is null ? "the default when no [Precision] is declared" : $"[Precision({precision.Precision}, {precision.Scale})]";
        var databaseScale = property.GetScale();
        if (databaseScale < scale)
            yield return new SeedModelMismatch(entityType.ClrType, property.Name, "scale", $"keeps {databaseScale} decimals, rounding the rest", $"draws {scale} decimals ({scaleSource})");
        if (property.GetPrecision() is not { } databasePrecision) yield break;
        var databaseDigits = databasePrecision - (databaseScale ?? 0);
        var (digits, digitsSource) = precision is not null
            ? (precision.Precision - scale, scaleSource)
            : member.GetCustomAttribute<RangeAttribute>() is { } range && IntegerDigits(range) is { } rangeDigits
                ? (rangeDigits, $"[Range({Convert.ToString(range.Minimum, CultureInfo.InvariantCulture)}, {Convert.ToString(range.Maximum, CultureInfo.InvariantCulture)})]")
                : (0, "");
        if (digits > databaseDigits)
            yield return new SeedModelMismatch(entityType.ClrType, property.Name, "integer digits", $"holds {databaseDigits} (precision {databasePrecision}, scale {databaseScale ?? 0})", $"may need {digits} ({digitsSource})");
    }

    /// <summary>The digits before the point of the range's largest magnitude, or null when its bounds are not numbers.</summary>
    private static int? IntegerDigits(RangeAttribute range)
    {
        var bounds = new[] { range.Minimum, range.Maximum }.Select(b => decimal.TryParse(Convert.ToString(b, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (decimal?)null).ToList();
        if (bounds.Any(b => b is null)) return null;
        var largest = bounds.Max(b => Math.Abs(Math.Truncate(b!.Value)));
        return largest < 1 ? 1 : largest.ToString(CultureInfo.InvariantCulture).Length;
    }

    /// <summary>
    /// Keys and unique indexes: each must contain a set the faker makes unique (its key, a <c>[Unique]</c>
    /// member, an <c>[Index(..., IsUnique = true)]</c>, a one-to-one's foreign key, one dependent per principal, or a
    /// join entity's two foreign keys, each pair of its many-to-many once).
    /// </summary>
    private static IEnumerable<SeedModelMismatch> Uniqueness(IEntityType entityType)
    {
        var clr = entityType.ClrType;
        var fakerKey = FakerKey(clr);
        var unique = new List<HashSet<string>>();
        if (fakerKey.Count > 0) unique.Add(fakerKey.ToHashSet());
        unique.AddRange(clr.GetProperties().Where(p => p.GetCustomAttribute<UniqueAttribute>() is not null).Select(p => new HashSet<string> { p.Name }));
        unique.AddRange(clr.GetCustomAttributes<IndexAttribute>(inherit: true).Where(i => i.IsUnique).Select(i => i.PropertyNames.ToHashSet()));
        unique.AddRange(entityType.GetForeignKeys().Where(fk => fk.IsUnique).Select(fk => fk.Properties.Select(p => p.Name).ToHashSet()));
        var pair = entityType.GetForeignKeys().Where(fk => fk.GetReferencingSkipNavigations().Any()).SelectMany(fk => fk.Properties).Select(p => p.Name).ToHashSet();
        if (pair.Count > 0) unique.Add(pair);

        var rules = entityType.GetDeclaredKeys().Select(k => (Properties: k.Properties, Facet: k.IsPrimaryKey() ? "key" : "alternate key"))
            .Concat(entityType.GetDeclaredIndexes().Where(i => i.IsUnique).Select(i => (i.Properties, Facet: "unique index")));
        foreach (var (properties, facet) in rules)
        {
            // Shadow keys (owned types, join tables) are set by EF Core and seeding, not drawn by the faker.
            if (properties.Any(p => p.PropertyInfo is null)) continue;
            var names = properties.Select(p => p.Name).ToHashSet();
            if (unique.Any(u => u.IsSubsetOf(names))) continue;
            var key = fakerKey.Count == 0 ? "it knows no key" : $"its key is ({string.Join(", ", fakerKey)})";
            yield return new SeedModelMismatch(clr, string.Join(", ", properties.Select(p => p.Name)), facet, "requires unique values",
                $"does not make them unique ({key}); declare [Unique], [Index(..., IsUnique = true)] or [Key] on the class");
        }
    }

    /// <summary>The faker's key in key order: <c>[Key]</c> members (declaration order), else EF Core's <c>[PrimaryKey]</c>, else <c>Id</c> or <c>{Type}Id</c>.</summary>
    private static List<string> FakerKey(Type clr)
    {
        var properties = clr.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken).ToArray();
        var keyed = properties.Where(p => p.GetCustomAttribute<KeyAttribute>() is not null).Select(p => p.Name).ToList();
        if (keyed.Count > 0) return keyed;
        if (clr.GetCustomAttribute<PrimaryKeyAttribute>(inherit: true) is { } primaryKey) return [.. primaryKey.PropertyNames];
        var conventional = properties.FirstOrDefault(p => p.Name == "Id") ?? properties.FirstOrDefault(p => p.Name == clr.Name + "Id");
        return conventional is null ? [] : [conventional.Name];
    }
}
