using System.Reflection;
using System.Runtime.CompilerServices;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Generator.Tests;

/// <summary>
/// The model and plan types are what the incremental pipeline caches and compares: they must hold no
/// compiler object (which would pin a whole compilation in memory and never compare equal) and must be
/// value-equal all the way down.
/// </summary>
public sealed class ModelPurityTests
{
    private static readonly Assembly Generator = typeof(ConstrainedFakesGenerator).Assembly;

    private static readonly string[] Namespaces = ["ConstrainedFakes.Generator.Model", "ConstrainedFakes.Generator.Planning"];

    /// <summary>Compiler objects no cached value may hold.</summary>
    private static readonly Type[] Forbidden =
    [
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxToken), typeof(SyntaxTrivia), typeof(SyntaxTree), typeof(SyntaxReference),
        typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(AttributeData), typeof(TypedConstant),
    ];

    /// <summary>What the pipeline's tracked steps output: Parse gives <see cref="FakerModel"/>, Plan gives <see cref="FakerPlan"/>.</summary>
    private static readonly Type[] StepOutputs = [typeof(FakerModel), typeof(FakerPlan)];

    public static TheoryData<string> ModelAndPlanTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in TypesInNamespaces()) data.Add(type.FullName!);
        return data;
    }

    [Fact]
    public void The_namespaces_hold_the_types_this_test_is_meant_to_walk()
    {
        var names = TypesInNamespaces().Select(t => t.Name).ToList();

        Assert.Contains(nameof(FakerModel), names);
        Assert.Contains(nameof(MemberModel), names);
        Assert.Contains(nameof(FakerPlan), names);
        Assert.Contains(nameof(SamplerPlan), names);
        Assert.Contains(typeof(EquatableArray<>).Name, names);
    }

    [Theory]
    [MemberData(nameof(ModelAndPlanTypes))]
    public void Holds_no_compiler_object(string typeName)
    {
        var type = Generator.GetType(typeName, throwOnError: true)!;
        var problems = new List<string>();

        FindForbidden(type, type.Name, problems, new HashSet<Type>());

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_type_a_step_outputs_is_value_equal_all_the_way_down()
    {
        var problems = new List<string>();
        var seen = new HashSet<Type>();
        foreach (var output in StepOutputs) CheckValueEquality(output, output.Name, problems, seen);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // The walk reached the leaves, not just the roots.
        Assert.Contains(typeof(TextSampler), seen);
        Assert.Contains(typeof(EnumMemberModel), seen);
    }

    [Fact]
    public void Every_record_in_the_model_and_plan_namespaces_is_a_record_or_equatable()
    {
        var data = TypesInNamespaces().Where(t => !t.IsEnum && !IsStatic(t) && (IsRecord(t) || t.IsValueType));

        Assert.All(data, type => Assert.True(IsRecord(type) || ImplementsEquatableOfItself(type), $"{type.Name} neither is a record nor implements IEquatable<{type.Name}>."));
    }

    [Fact]
    public void A_field_holding_a_symbol_would_be_found()
    {
        var problems = new List<string>();

        FindForbidden(typeof(Leaky), nameof(Leaky), problems, new HashSet<Type>());

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("ITypeSymbol", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Location", StringComparison.Ordinal));
    }

    private sealed record Leaky(string Name, ITypeSymbol Type, EquatableArray<Held> Held);

    private sealed record Held(Location? Where);

    private static IEnumerable<Type> TypesInNamespaces()
        => Generator.GetTypes()
            .Where(t => Namespaces.Contains(t.Namespace) && !t.IsNested && t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>Reports every field, generic argument or element type under <paramref name="type"/> that is a compiler object.</summary>
    private static void FindForbidden(Type type, string path, List<string> problems, HashSet<Type> seen)
    {
        if (type.IsGenericParameter || !seen.Add(type)) return;
        if (Forbidden.FirstOrDefault(f => f.IsAssignableFrom(type)) is { } forbidden)
        {
            problems.Add($"{path} is a {type.Name} (a {forbidden.Name}).");
            return;
        }
        if (type.HasElementType) FindForbidden(type.GetElementType()!, path + "[]", problems, seen);
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments()) FindForbidden(argument, $"{path}<{argument.Name}>", problems, seen);
        }
        if (!IsOurs(type) || type.IsEnum) return;
        foreach (var field in AllFields(type)) FindForbidden(field.FieldType, $"{path}.{FieldName(field)}", problems, seen);
        foreach (var derived in Derived(type)) FindForbidden(derived, $"{path} ({derived.Name})", problems, seen);
    }

    /// <summary>Checks that <paramref name="type"/>, every field it holds and every subtype compare by value.</summary>
    private static void CheckValueEquality(Type type, string path, List<string> problems, HashSet<Type> seen)
    {
        if (type.IsGenericParameter || !seen.Add(type)) return;
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)) return;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            CheckValueEquality(underlying, path, problems, seen);
            return;
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            CheckValueEquality(type.GetGenericArguments()[0], $"{path}<>", problems, seen);
            return;
        }
        if (!IsOurs(type))
        {
            problems.Add($"{path} is a {type.Name}, which does not compare by value (use EquatableArray<T> or a record).");
            return;
        }
        if (!IsRecord(type) && !ImplementsEquatableOfItself(type))
        {
            problems.Add($"{path} is a {type.Name}, which neither is a record nor implements IEquatable<{type.Name}>.");
            return;
        }
        foreach (var field in AllFields(type).Where(f => !f.IsStatic)) CheckValueEquality(field.FieldType, $"{path}.{FieldName(field)}", problems, seen);
        foreach (var derived in Derived(type)) CheckValueEquality(derived, $"{path} ({derived.Name})", problems, seen);
    }

    /// <summary>Types whose fields the walk looks into: the generator's, and this test's own examples.</summary>
    private static bool IsOurs(Type type) => type.Assembly == Generator || type.Assembly == typeof(ModelPurityTests).Assembly;

    private static bool IsStatic(Type type) => type.IsAbstract && type.IsSealed;

    /// <summary>A record class (it has the compiler's clone method) or a record struct (its EqualityContract-free PrintMembers).</summary>
    private static bool IsRecord(Type type)
        => type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null
            || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    private static bool ImplementsEquatableOfItself(Type type)
        => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)
            && (i.GetGenericArguments()[0] == type
                || type.IsGenericTypeDefinition && i.GetGenericArguments()[0].IsGenericType && i.GetGenericArguments()[0].GetGenericTypeDefinition() == type));

    private static IEnumerable<FieldInfo> AllFields(Type type)
    {
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                yield return field;
        }
    }

    private static IEnumerable<Type> Derived(Type type)
        => type.IsAbstract && !type.IsSealed ? Generator.GetTypes().Where(t => t != type && type.IsAssignableFrom(t)) : [];

    /// <summary>A record's positional property rather than its backing field, e.g. <c>Members</c>, not <c>&lt;Members&gt;k__BackingField</c>.</summary>
    private static string FieldName(FieldInfo field)
        => field.Name.StartsWith('<') && field.Name.IndexOf('>') is var end and > 1 ? field.Name[1..end] : field.Name;
}
