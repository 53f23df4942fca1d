using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;

namespace ConstrainedFakes.EntityFrameworkCore.Seeding;

/// <summary>
/// A class made at run time with one read-only property per column of an owned entity type. EF Core's <c>HasData</c>
/// reads a seed object of another class than the entity's by its properties' names, as it reads an anonymous object,
/// and an owned type's key columns (its owner's key, an element's ordinal) are shadow properties its own class cannot
/// carry; nor can a dictionary, which <c>HasData</c> reads only for a property bag. Made once per set of columns.
/// </summary>
internal sealed class SeedShape
{
    private static readonly ModuleBuilder Module = AssemblyBuilder
        .DefineDynamicAssembly(new AssemblyName("ConstrainedFakes.ModelData"), AssemblyBuilderAccess.Run)
        .DefineDynamicModule("ConstrainedFakes.ModelData");

    private static readonly ConcurrentDictionary<string, SeedShape> Shapes = new();
    private static int s_made;

    private readonly Type _type;
    private readonly FieldInfo[] _fields;

    private SeedShape(IReadOnlyList<(string Name, Type Type)> columns)
    {
        lock (Module)
        {
            var type = Module.DefineType($"Seed{++s_made}", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class);
            foreach (var (name, clrType) in columns)
            {
                // A private field under another name: HasData reads fields too, and would meet the name twice.
                var field = type.DefineField("_" + name, clrType, FieldAttributes.Private);
                var getter = type.DefineMethod("get_" + name, MethodAttributes.Public | MethodAttributes.SpecialName | MethodAttributes.HideBySig, clrType, Type.EmptyTypes);
                var il = getter.GetILGenerator();
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldfld, field);
                il.Emit(OpCodes.Ret);
                type.DefineProperty(name, PropertyAttributes.None, clrType, null).SetGetMethod(getter);
            }
            _type = type.CreateType();
        }
        _fields = columns.Select(c => _type.GetField("_" + c.Name, BindingFlags.NonPublic | BindingFlags.Instance)!).ToArray();
    }

    /// <summary>The class for these columns, in this order.</summary>
    public static SeedShape For(IReadOnlyList<(string Name, Type Type)> columns)
        => Shapes.GetOrAdd(string.Join(";", columns.Select(c => $"{c.Name}:{c.Type.AssemblyQualifiedName}")), _ => new SeedShape(columns));

    /// <summary>An object of the class holding <paramref name="values"/>, one per column in order.</summary>
    public object Create(IReadOnlyList<object?> values)
    {
        var seed = Activator.CreateInstance(_type)!;
        for (var i = 0; i < _fields.Length; i++) _fields[i].SetValue(seed, values[i]);
        return seed;
    }
}
