using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ConstrainedFakes.DataSets;
using ConstrainedFakes.Reports;

namespace ConstrainedFakes;

/// <summary>
/// What is needed to make a data set again and to know it is the same one: the ConstrainedFakes version, the
/// faker's options (seed among them), a fingerprint of the declared constraint model, the rows per entity and
/// a hash of every row's values. Write it next to a seeded database; <see cref="Verify"/> tells whether a data
/// set built from it is exactly the same data.
/// </summary>
public sealed record GenerationManifest
{
    /// <summary>The ConstrainedFakes version that made the data (same major version, same data).</summary>
    public required string Version { get; init; }

    /// <summary>The faker's options: seed, locale and null rate.</summary>
    public required FakerOptions Options { get; init; }

    /// <summary>
    /// SHA-256 (hex, first 16 bytes) of every entity type's declarations: members, their types and attributes,
    /// class attributes such as <c>[Invariant]</c>, and the enums they use with their <c>[Transitions]</c> and weights.
    /// Any change to the declared model changes it.
    /// </summary>
    public required string ModelFingerprint { get; init; }

    /// <summary>Rows per entity, in insert order.</summary>
    public required IReadOnlyList<EntityCount> Counts { get; init; }

    /// <summary>SHA-256 (hex) of every row's scalar values, table by table in insert order.</summary>
    public required string DataHash { get; init; }

    /// <summary>The manifest of a data set made with these options.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="options">The options of the faker that made it.</param>
    /// <returns>The manifest.</returns>
    public static GenerationManifest Create(DataSet data, FakerOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var counts = data.Entities.GroupBy(e => e.GetType()).ToDictionary(g => g.Key, g => (long)g.Count());
        return new GenerationManifest
        {
            Version = CurrentVersion,
            Options = options,
            ModelFingerprint = Fingerprint(data.EntityTypes),
            Counts = data.EntityTypes.Select(t => new EntityCount(t.Name, counts.GetValueOrDefault(t))).ToArray(),
            DataHash = Hash(data.Entities),
        };
    }

    /// <summary>
    /// What differs between this manifest and a data set built again (with <see cref="Options"/>): the version,
    /// the model, a table's row count, the data; empty when the data set is exactly the one described.
    /// </summary>
    /// <param name="regenerated">The data set built again.</param>
    /// <returns>The differences, each in a sentence.</returns>
    public IReadOnlyList<string> Verify(DataSet regenerated)
    {
        var now = Create(regenerated, Options);
        var differences = new List<string>();
        if (now.Version != Version) differences.Add($"ConstrainedFakes is {now.Version}, the manifest was made with {Version}.");
        if (now.ModelFingerprint != ModelFingerprint) differences.Add($"the declared model changed: fingerprint {now.ModelFingerprint}, the manifest has {ModelFingerprint}.");
        foreach (var count in Counts)
        {
            var other = now.Counts.FirstOrDefault(c => c.Entity == count.Entity);
            if (other is null) differences.Add($"{count.Entity} is no longer an entity of the data set.");
            else if (other.Rows != count.Rows) differences.Add($"{count.Entity} has {other.Rows:N0} rows, the manifest says {count.Rows:N0}.");
        }
        foreach (var added in now.Counts.Where(c => Counts.All(m => m.Entity != c.Entity))) differences.Add($"{added.Entity} is a new entity of the data set.");
        if (now.DataHash != DataHash) differences.Add($"the data differs: hash {now.DataHash}, the manifest has {DataHash}.");
        return differences;
    }

    /// <summary>The manifest as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ReportJson.Options);

    /// <summary>Reads a manifest written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="JsonException">The text is not a manifest.</exception>
    public static GenerationManifest FromJson(string json)
        => JsonSerializer.Deserialize<GenerationManifest>(json, ReportJson.Options) ?? throw new JsonException("The manifest is empty.");

    /// <summary>Two manifests are equal when every field is (counts compared entity by entity).</summary>
    /// <param name="other">The other manifest.</param>
    public bool Equals(GenerationManifest? other)
        => other is not null && Version == other.Version && Options == other.Options && ModelFingerprint == other.ModelFingerprint
            && DataHash == other.DataHash && Counts.SequenceEqual(other.Counts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Version, Options, ModelFingerprint, DataHash);

    private static string CurrentVersion
    {
        get
        {
            var version = typeof(GenerationManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = version.IndexOf('+');
            return plus < 0 ? version : version[..plus];
        }
    }

    private static string Fingerprint(IEnumerable<Type> types)
    {
        var text = new StringBuilder();
        var enums = new SortedDictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append("entity ").Append(type.FullName).Append(' ').AppendJoin(' ', Declarations(type.GetCustomAttributesData())).Append('\n');
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                text.Append("  ").Append(property.Name).Append(": ").Append(property.PropertyType).Append(' ').AppendJoin(' ', Declarations(property.GetCustomAttributesData())).Append('\n');
                if ((Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) is { IsEnum: true } enumType) enums[enumType.FullName!] = enumType;
            }
        }
        foreach (var enumType in enums.Values)
        {
            text.Append("enum ").Append(enumType.FullName).Append(' ').AppendJoin(' ', Declarations(enumType.GetCustomAttributesData())).Append('\n');
            foreach (var field in enumType.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => f.Name, StringComparer.Ordinal))
                text.Append("  ").Append(field.Name).Append(" = ").Append(Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)).Append(' ').AppendJoin(' ', Declarations(field.GetCustomAttributesData())).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 16));
    }

    private static IEnumerable<string> Declarations(IEnumerable<CustomAttributeData> attributes)
        => attributes.Where(a => !a.AttributeType.Namespace!.StartsWith("System.Runtime.CompilerServices", StringComparison.Ordinal))
            .Select(ReportData.Declaration).Order(StringComparer.Ordinal);

    private static string Hash(IEnumerable<object> entities)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var columns = new Dictionary<Type, PropertyInfo[]>();
        foreach (var entity in entities)
        {
            if (entity is DataSets.JoinRow join)
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{join.Entity.Name}.{join.Navigation}\u001f{ReportData.Format(join.Key)}\u001f{ReportData.Format(join.TargetKey)}\n"));
                continue;
            }
            var type = entity.GetType();
            if (!columns.TryGetValue(type, out var properties))
                columns[type] = properties = EntityShape.ScalarsOf(type).OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
            var row = new StringBuilder(type.Name);
            foreach (var property in properties) row.Append('\u001f').Append(ReportData.Format(property.GetValue(entity)));
            hash.AppendData(Encoding.UTF8.GetBytes(row.Append('\n').ToString()));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

/// <summary>An entity's row count in a <see cref="GenerationManifest"/>.</summary>
/// <param name="Entity">The entity type's name.</param>
/// <param name="Rows">How many rows it has.</param>
public sealed record EntityCount(string Entity, long Rows);
