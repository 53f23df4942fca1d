using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using System.Reflection;

namespace ConstrainedFakes.Reports;

/// <summary>
/// An entity type as the report reads it, by reflection over its declarations and EF Core's conventions
/// (as docs/relationships.md describes them): its key, its scalar members, its links to parents and its
/// collections of children. Nothing comes from the generator's plan.
/// </summary>
internal sealed class EntityShape
{
    private EntityShape(Type type, IReadOnlySet<Type> entities)
    {
        Type = type;
        Properties = MappedProperties(type).ToArray();
        (Keys, KeyDeclaration) = ReadKeys(type, Properties);
        Key = Keys.Count == 1 ? Keys[0] : null;
        Scalars = Properties.Where(p => IsScalar(p.PropertyType)).ToArray();
        References = Properties.Where(p => entities.Contains(p.PropertyType)).ToArray();
        Owned = Properties.Where(p => IsOwned(p.PropertyType)).ToArray();
        OwnedCollections = Properties
            .Select(p => (Property: p, Element: ElementOf(p.PropertyType)))
            .Where(c => c.Element is not null && IsOwned(c.Element))
            .Select(c => (c.Property, c.Element!))
            .ToArray();
        Collections = Properties
            .Select(p => (Property: p, Element: ElementOf(p.PropertyType)))
            .Where(c => c.Element is not null && entities.Contains(c.Element))
            .Select(c => (c.Property, c.Element!))
            .ToArray();
    }

    public Type Type { get; }

    public string Name => Type.Name;

    public IReadOnlyList<PropertyInfo> Properties { get; }

    /// <summary>The primary key when it is one member; null for none or a composite key.</summary>
    public PropertyInfo? Key { get; }

    /// <summary>Every member of the primary key, in key order (several for a composite key).</summary>
    public IReadOnlyList<PropertyInfo> Keys { get; }

    /// <summary>How the key is declared, for the report: <c>[Key]</c>, or a composite key's attribute.</summary>
    public string KeyDeclaration { get; }

    /// <summary>Numbers, text, dates, enums, Guids and their nullable forms: what a column holds.</summary>
    public IReadOnlyList<PropertyInfo> Scalars { get; }

    public IReadOnlyList<PropertyInfo> References { get; }

    public IReadOnlyList<(PropertyInfo Property, Type Element)> Collections { get; }

    /// <summary>References of EF Core owned types (<c>[Owned]</c>, read by name): their members are columns of this row.</summary>
    public IReadOnlyList<PropertyInfo> Owned { get; }

    /// <summary>Collections of EF Core owned types (OwnsMany): their elements belong to this row.</summary>
    public IReadOnlyList<(PropertyInfo Property, Type Element)> OwnedCollections { get; }

    private static bool IsOwned(Type type) => type.GetCustomAttributesData().Any(a => a.AttributeType.FullName == "Microsoft.EntityFrameworkCore.OwnedAttribute");

    /// <summary>The shape of an owned type, read like an entity with no links of its own.</summary>
    public static EntityShape OfOwned(Type type) => new(type, new HashSet<Type>());

    /// <summary>The links to parents, set by <see cref="Link"/> once every shape exists.</summary>
    public List<EntityLink> Links { get; } = [];

    /// <summary>Reads every type, then links them: a collection with no reference back still gives its child a link.</summary>
    public static IReadOnlyDictionary<Type, EntityShape> Read(IReadOnlyList<Type> types)
    {
        var entities = types.ToHashSet();
        var shapes = types.ToDictionary(t => t, t => new EntityShape(t, entities));
        foreach (var shape in shapes.Values) shape.Link(shapes);
        foreach (var parent in shapes.Values)
        {
            foreach (var (collection, element) in parent.Collections)
            {
                if (shapes[element].InverseOf(collection, parent) is not null) continue;
                var key = ConventionalKey(shapes[element], parent.Name, parent, parent.Type.Name);
                if (key is not null && shapes[element].Links.All(l => !l.ForeignKey.Contains(key)))
                    shapes[element].Links.Add(new EntityLink(key.Name, parent.Type, null, [key]));
            }
        }
        return shapes;
    }

    /// <summary>The child's link that a parent's collection pairs with: <c>[InverseProperty]</c>, else the one link to that parent type, else its conventional key.</summary>
    public EntityLink? InverseOf(PropertyInfo collection, EntityShape parent)
    {
        if (collection.GetCustomAttribute<InversePropertyAttribute>() is { } inverse)
            return Links.FirstOrDefault(l => l.Navigation?.Name == inverse.Property);
        var candidates = Links.Where(l => l.Parent == parent.Type).ToArray();
        if (candidates.Length == 1) return candidates[0];
        var byKey = ConventionalKey(this, parent.Name, parent, parent.Type.Name);
        return candidates.FirstOrDefault(l => l.ForeignKey.Count == 1 && l.ForeignKey[0] == byKey);
    }

    private void Link(IReadOnlyDictionary<Type, EntityShape> shapes)
    {
        foreach (var navigation in References)
        {
            var parent = shapes[navigation.PropertyType];
            var named = navigation.GetCustomAttribute<ForeignKeyAttribute>()?.Name
                ?? Properties.FirstOrDefault(p => p.GetCustomAttribute<ForeignKeyAttribute>()?.Name == navigation.Name)?.Name;
            var key = named is not null
                ? Named(named.Split(',').Select(n => n.Trim()))
                : parent.Keys.Count > 1
                    ? Named(parent.Keys.Select(k => navigation.Name + k.Name)) ?? Named(parent.Keys.Select(k => parent.Name + k.Name))
                    : ConventionalKey(this, navigation.Name, parent, parent.Type.Name) is { } single ? [single] : null;
            Links.Add(new EntityLink(navigation.Name, parent.Type, navigation, key ?? []));
        }
    }

    /// <summary>The members of these names (EF Core matches them ignoring case), or null when one is missing.</summary>
    private PropertyInfo[]? Named(IEnumerable<string> names)
    {
        var members = names.Select(n => Scalars.FirstOrDefault(p => string.Equals(p.Name, n, StringComparison.OrdinalIgnoreCase))).ToArray();
        return members.All(m => m is not null) ? members.OfType<PropertyInfo>().ToArray() : null;
    }

    /// <summary>A row's primary key value (see <see cref="CompositeKeyValue.Of"/>), or null when it has none.</summary>
    public object? KeyOf(object row) => CompositeKeyValue.Of(Keys, row);

    /// <summary>
    /// The primary key as EF Core reads it: <c>[Key]</c> members, else <c>[PrimaryKey]</c> (read from metadata by
    /// name, so the runtime needs no EF Core), else <c>Id</c> or <c>{Type}Id</c>.
    /// </summary>
    private static (IReadOnlyList<PropertyInfo> Keys, string Declaration) ReadKeys(Type type, IReadOnlyList<PropertyInfo> properties)
    {
        var keyed = properties.Where(p => p.GetCustomAttribute<KeyAttribute>() is not null).ToArray();
        if (keyed.Length > 0) return (keyed, keyed.Length == 1 ? "[Key]" : $"[Key] on {string.Join(", ", keyed.Select(k => k.Name))}");
        var primaryKey = type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == "Microsoft.EntityFrameworkCore.PrimaryKeyAttribute");
        if (primaryKey is not null)
        {
            var members = MemberNames(primaryKey).Select(n => properties.FirstOrDefault(p => p.Name == n)).ToArray();
            if (members.All(m => m is not null)) return (members!, ReportData.Declaration(primaryKey));
        }
        var conventional = properties.FirstOrDefault(p => p.Name == "Id") ?? properties.FirstOrDefault(p => p.Name == type.Name + "Id");
        return (conventional is null ? [] : [conventional], "[Key]");
    }

    /// <summary>The member names an EF Core attribute lists, as in <c>[PrimaryKey(nameof(A), nameof(B))]</c> or <c>[Index(...)]</c>.</summary>
    public static string[] MemberNames(CustomAttributeData attribute)
        => attribute.ConstructorArguments
            .SelectMany(a => a.Value is IReadOnlyCollection<CustomAttributeTypedArgument> items ? items.Select(i => (string)i.Value!) : [(string)a.Value!])
            .ToArray();

    /// <summary>EF Core's names for a foreign key: {Navigation}{Key}, {Navigation}Id, {Target}{Key}, {Target}Id.</summary>
    private static PropertyInfo? ConventionalKey(EntityShape child, string navigation, EntityShape parent, string target)
    {
        var keyName = parent.Key?.Name ?? "Id";
        string[] names = [navigation + keyName, navigation + "Id", target + keyName, target + "Id"];
        return names.Select(n => child.Scalars.FirstOrDefault(p => p.Name == n)).FirstOrDefault(p => p is not null && p != child.Key);
    }

    /// <summary>The mapped members of a type that hold a column's value, in declaration order.</summary>
    public static IEnumerable<PropertyInfo> ScalarsOf(Type type) => MappedProperties(type).Where(p => IsScalar(p.PropertyType));

    /// <summary>The public instance properties that are columns or navigations (no indexers, no <c>[NotMapped]</c>), in declaration order.</summary>
    private static IEnumerable<PropertyInfo> MappedProperties(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<NotMappedAttribute>() is null)
            .OrderBy(p => p.MetadataToken);

    private static bool IsScalar(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal)
            || underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset) || underlying == typeof(DateOnly)
            || underlying == typeof(TimeOnly) || underlying == typeof(TimeSpan) || underlying == typeof(Guid);
    }

    private static Type? ElementOf(Type type)
        => type == typeof(string) ? null
            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ICollection<>) ? type.GetGenericArguments()[0]
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>))?.GetGenericArguments()[0];
}
