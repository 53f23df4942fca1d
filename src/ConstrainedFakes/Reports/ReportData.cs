using System.Reflection;

namespace ConstrainedFakes.Reports;

/// <summary>
/// The rows under report, table by table, with each table's rows by key: a parent is found through the
/// child's navigation when it is set, else by its foreign key's value, so entities loaded back from a
/// database (navigations unset) are judged the same way as a built data set.
/// </summary>
internal sealed class ReportData
{
    private readonly Dictionary<Type, Dictionary<object, object>> _byKey = [];

    public ReportData(IReadOnlyList<(Type Type, IReadOnlyList<object> Rows)> tables)
    {
        Shapes = EntityShape.Read(tables.Select(t => t.Type).ToArray());
        Tables = tables;
        foreach (var (type, rows) in tables)
        {
            var shape = Shapes[type];
            if (shape.Keys.Count == 0) continue;
            var index = new Dictionary<object, object>();
            foreach (var row in rows)
            {
                if (shape.KeyOf(row) is { } value) index.TryAdd(value, row);
            }
            _byKey[type] = index;
        }
    }

    public IReadOnlyDictionary<Type, EntityShape> Shapes { get; }

    public IReadOnlyList<(Type Type, IReadOnlyList<object> Rows)> Tables { get; }

    /// <summary>The parent row with that key, or null when the parent table has none (or no key).</summary>
    public object? ByKey(Type parent, object key) => _byKey.TryGetValue(parent, out var index) && index.TryGetValue(key, out var row) ? row : null;

    /// <summary>The child's parent through a link: its navigation if set, else the row its foreign key names.</summary>
    public object? Parent(EntityLink link, object child)
        => link.Navigation?.GetValue(child)
            ?? (link.KeyOf(child) is { } key ? ByKey(link.Parent, key) : null);

    /// <summary>
    /// The value of a member or of a path through navigations and owned objects (<c>"Account.AnnualRevenue"</c>,
    /// <c>"Policy.Holder.RegisteredAt"</c>, <c>"Site.Rooms"</c>, <c>"Account.Limits.Max"</c>) on a row; <c>Found</c> is
    /// false when a parent on the path cannot be found. A null owned object on the way gives a null value: a rule
    /// through it does not apply.
    /// </summary>
    public (bool Found, object? Value) Read(EntityShape shape, object row, string path)
    {
        var segments = path.Split('.');
        var i = 0;
        // Through navigations first, as far as they go.
        for (; i < segments.Length - 1 && shape.Links.FirstOrDefault(l => l.Name == segments[i]) is { } link; i++)
        {
            if (Parent(link, row) is not { } parent || !Shapes.TryGetValue(link.Parent, out var parentShape)) return (false, null);
            (row, shape) = (parent, parentShape);
        }
        // Then the holder's own member, or one inside its owned objects.
        if (shape.Properties.FirstOrDefault(p => p.Name == segments[i]) is not { } member) return (false, null);
        object? value = member.GetValue(row);
        for (i++; i < segments.Length; i++)
        {
            if (value is null) return (true, null);
            if (value.GetType().GetProperty(segments[i]) is not { } inner) return (false, null);
            value = inner.GetValue(value);
        }
        return (true, value);
    }

    /// <summary>
    /// The row reached from <paramref name="row"/> through reference navigations (<c>"Policy"</c>, <c>"Policy.Holder"</c>),
    /// with its shape; nulls when a link on the way is unknown or has no parent.
    /// </summary>
    public (object? Row, EntityShape? Shape) Reached(EntityShape shape, object row, string navigations)
    {
        foreach (var name in navigations.Split('.'))
        {
            var link = shape.Links.FirstOrDefault(l => l.Name == name);
            if (link is null || Parent(link, row) is not { } parent || !Shapes.TryGetValue(link.Parent, out var parentShape)) return (null, null);
            (row, shape) = (parent, parentShape);
        }
        return (row, shape);
    }

    /// <summary>A row named for an example: its entity, key or position.</summary>
    public static string Describe(EntityShape shape, object row, int index)
        => shape.Key?.GetValue(row) is { } key ? $"{shape.Name} {shape.Key.Name} = {Format(key)}" : $"{shape.Name} row {index}";

    /// <summary>A value as an example shows it, culture-invariant.</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        DateTime date => date.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>How the member declares its <typeparamref name="T"/>, as written in the source (it must declare one).</summary>
    public static string Declaration<T>(MemberInfo member) where T : Attribute
        => Declaration(member.GetCustomAttributesData().First(a => a.AttributeType == typeof(T)));

    /// <summary>The attribute as written in the source, from its metadata: <c>[Range(1, 10)]</c>.</summary>
    public static string Declaration(CustomAttributeData attribute)
    {
        var name = attribute.AttributeType.Name;
        if (name.EndsWith("Attribute", StringComparison.Ordinal)) name = name[..^"Attribute".Length];
        var arguments = attribute.ConstructorArguments.Select(Argument)
            .Concat(attribute.NamedArguments.Select(a => $"{a.MemberName} = {Argument(a.TypedValue)}")).ToArray();
        return arguments.Length == 0 ? $"[{name}]" : $"[{name}({string.Join(", ", arguments)})]";
    }

    private static string Argument(CustomAttributeTypedArgument argument) => argument.Value switch
    {
        IReadOnlyCollection<CustomAttributeTypedArgument> items => string.Join(", ", items.Select(Argument)),
        Type type => $"typeof({type.Name})",
        var value => Format(value),
    };
}
