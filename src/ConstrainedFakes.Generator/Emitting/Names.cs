using System.Linq;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>Names of the things the emitter declares for a member, in one place so they never disagree.</summary>
internal static class Names
{
    public const string Runtime = "global::ConstrainedFakes";
    public const string Sample = Runtime + ".Sampling.Sample";
    public const string Violation = Runtime + ".ConstraintViolationException";
    public const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"ConstrainedFakes.Generator\", \"" + ThisAssembly.Version + "\")]";

    /// <summary>A member name as an identifier: <c>@class</c> for a keyword.</summary>
    public static string Identifier(string name) => Parsing.GeneratedNames.Identifier(name);

    /// <summary>Whether a name is one C# refuses for a tuple element: a member of <c>ValueTuple</c>, or <c>Item{n}</c> (right only at position n).</summary>
    public static bool IsTupleMember(string name)
        => name is "CompareTo" or "Deconstruct" or "Equals" or "GetHashCode" or "Rest" or "ToString"
            || name.StartsWith("Item", System.StringComparison.Ordinal) && name.Length > 4 && name.Substring(4).All(char.IsDigit);

    /// <summary>The element of a tuple of <paramref name="names"/> that holds <paramref name="name"/>: by its name, or <c>Item{n}</c> when a name cannot name an element.</summary>
    public static string TupleElement(System.Collections.Generic.IReadOnlyList<string> names, string name)
        => names.Any(IsTupleMember) ? $"Item{names.TakeWhile(n => n != name).Count() + 1}" : Identifier(name);

    /// <summary>A type or member name inside <c>cref="..."</c>, where generic brackets are written as braces.</summary>
    public static string Cref(string name) => name.Replace('<', '{').Replace('>', '}');

    /// <summary>The row's local variable: camelCase, escaped when it is a keyword, and never the <c>index</c> parameter.</summary>
    public static string Local(string member) => Parsing.GeneratedNames.Local(member);

    public static string Field(string member, string suffix) => "_" + Camel(member) + suffix;

    public static string Static(string member, string suffix) => "s_" + Camel(member) + suffix;

    private static string Camel(string name) => Parsing.GeneratedNames.Camel(name);
}

/// <summary>The generator's version, stamped into <c>[GeneratedCode]</c>.</summary>
internal static class ThisAssembly
{
    public const string Version = "0.1.0";
}
