using Microsoft.CodeAnalysis.CSharp;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>Names of the things the emitter declares for a member, in one place so they never disagree.</summary>
internal static class Names
{
    public const string Runtime = "global::ConstrainedFakes";
    public const string Sample = Runtime + ".Sampling.Sample";
    public const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"ConstrainedFakes.Generator\", \"" + ThisAssembly.Version + "\")]";

    /// <summary>The row's local variable: camelCase, escaped when it is a keyword, and never the <c>index</c> parameter.</summary>
    public static string Local(string member)
    {
        var camel = char.ToLowerInvariant(member[0]) + member.Substring(1);
        if (camel is "index" or "entity") return camel + "Value";
        return SyntaxFacts.GetKeywordKind(camel) != SyntaxKind.None ? "@" + camel : camel;
    }

    public static string Field(string member, string suffix) => "_" + char.ToLowerInvariant(member[0]) + member.Substring(1) + suffix;

    public static string Static(string member, string suffix) => "s_" + char.ToLowerInvariant(member[0]) + member.Substring(1) + suffix;
}

/// <summary>The generator's version, stamped into <c>[GeneratedCode]</c>.</summary>
internal static class ThisAssembly
{
    public const string Version = "0.1.0";
}
