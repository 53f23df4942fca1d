using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Generator.Tests.Infrastructure;

/// <summary>Emits a compilation with generated code and loads it, so a test can call the generated builders.</summary>
internal sealed class GeneratedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private GeneratedAssembly(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    /// <summary>
    /// Emits and loads <paramref name="compilation"/> in a collectible context; the runtime it references
    /// (ConstrainedFakes) resolves to the test host's copy, so exception types are the tests' own.
    /// </summary>
    public static GeneratedAssembly Load(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, "Emit failed:\n" + string.Join("\n", result.Diagnostics.Select(GeneratorRun.Describe)));
        image.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return new GeneratedAssembly(context, context.LoadFromStream(image));
    }

    /// <summary>Creates the faker <paramref name="fakerType"/> (metadata name, <c>+</c> for nesting) with a seed.</summary>
    public object CreateFaker(string fakerType, ulong seed = 42)
    {
        var type = Assembly.GetType(fakerType, throwOnError: true)!;
        return Activator.CreateInstance(type, seed)!;
    }

    /// <summary>Builds the whole data set of the faker <paramref name="fakerType"/>: <c>new Faker(seed).DataSet().Build()</c>.</summary>
    public ConstrainedFakes.DataSets.DataSet BuildDataSet(string fakerType, ulong seed = 42)
    {
        var faker = CreateFaker(fakerType, seed);
        return ((ConstrainedFakes.DataSets.DataSetBuilder)faker.GetType().GetMethod("DataSet")!.Invoke(faker, null)!).Build();
    }

    /// <summary>Calls <c>faker.{Entity}().BuildAt(index)</c>, unwrapping the reflection wrapper of any exception.</summary>
    public static object? BuildAt(object faker, string entity, long index)
    {
        var builder = faker.GetType().GetMethod(entity, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes)!
            .Invoke(faker, null)!;
        try
        {
            return builder.GetType().GetMethod("BuildAt")!.Invoke(builder, [index]);
        }
        catch (TargetInvocationException wrapped) when (wrapped.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(wrapped.InnerException).Throw();
            throw;
        }
    }

    public void Dispose() => _context.Unload();
}
