using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>
/// The names generated code derives from declared ones, and the places where two declared things would get one: the
/// faker declares <c>{Entity}()</c>, <c>{Entity}Builder</c> and <c>_{entity}Rows</c> for each entity and
/// <c>{Owner}_{Path}Builder</c> for each owned collection's elements; a builder declares <c>_{member}Fixed</c> and its
/// siblings for each member, an owned object's members being <c>{Property}_{Member}</c>. Such a clash would break the
/// user's build in generated code, so the entity is refused instead (the analyzer tells it, CF0011), and a model with
/// no clash is emitted exactly as before.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>The stem of every field and local generated code declares for a member or entity: camelCase.</summary>
    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>The row's local variable for a member: camelCase, escaped when it is a keyword, and never the <c>index</c> parameter.</summary>
    public static string Local(string member)
    {
        var camel = Camel(member);
        if (camel is "index") return camel + "Value";
        return Identifier(camel);
    }

    /// <summary>A name as an identifier: <c>@class</c> for a keyword.</summary>
    public static string Identifier(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>
    /// The members whose row local another local of the row already has: each member's value is a local, and a member
    /// bounded by cross-member constraints also has <c>{local}Low</c>, <c>{local}High</c> and <c>{local}Units</c>
    /// (and <c>{local}IsNull</c> when it may be null), so <c>PriceHigh</c> next to a bounded <c>Price</c> would be
    /// declared twice; a row that may be drawn again is built by a method whose parameters are <c>attempt</c> and
    /// <c>entity</c>. Each clash once, at the member whose own value's local it is.
    /// </summary>
    /// <param name="members">The entity's members.</param>
    /// <param name="bounded">The members bounded by cross-member constraints (the linear plan's variables).</param>
    /// <param name="nullable">The bounded members that may be null.</param>
    /// <param name="retries">Whether the row is built by <c>TryBuildAt(index, attempt, out entity)</c>, whose parameters the locals cannot be.</param>
    public static IEnumerable<(string Member, string Message)> RowLocalClashes(IReadOnlyList<string> members, IReadOnlyList<string> bounded, IReadOnlyList<string> nullable, bool retries)
    {
        var locals = retries
            ? new Dictionary<string, string> { ["attempt"] = "the attempt parameter of TryBuildAt", ["entity"] = "the row TryBuildAt hands out" }
            : new Dictionary<string, string>();
        foreach (var member in bounded)
        {
            var local = Local(member).TrimStart('@');
            locals[local + "Low"] = $"the lower bound of {member}";
            locals[local + "High"] = $"the upper bound of {member}";
            locals[local + "Units"] = $"the units of {member}";
        }
        foreach (var member in nullable) locals[Local(member).TrimStart('@') + "IsNull"] = $"whether {member} is null";
        foreach (var member in members)
        {
            var local = Local(member).TrimStart('@');
            if (locals.TryGetValue(local, out var other))
                yield return (member, $"'{member}' and {other} would get the same name in its builder ({local}); rename one");
        }
    }

    /// <summary>The names the faker class declares before any entity's, with what declares them.</summary>
    public static Dictionary<string, string> FakerMembers(string faker) => new()
    {
        [faker] = "the faker's constructors",
        ["DataSet"] = "the faker's DataSet() method",
        ["DataSetBuilder"] = "the faker's DataSetBuilder class",
    };

    /// <summary>
    /// Why the faker cannot declare the entity's names (one is <paramref name="taken"/> already), or null, and then they
    /// are taken: its method, builder and row cursor, and the builders of its owned collections' elements.
    /// </summary>
    public static string? Clash(EntityModel entity, Dictionary<string, string> taken)
    {
        var names = new List<(string Name, string What)>
        {
            (entity.Name, $"the {entity.Name}() method"),
            (entity.Name + "Builder", $"the builder of {entity.Name}"),
            ("_" + Camel(entity.Name) + "Rows", $"the row cursor of {entity.Name}"),
        };
        names.AddRange(ElementBuilders(entity, entity.Name));
        foreach (var (name, what) in names)
        {
            if (taken.TryGetValue(name, out var other))
                return $"the faker would declare {name} for {what} and for {other}; rename the class";
        }
        foreach (var (name, what) in names) taken[name] = what;
        return null;
    }

    private static IEnumerable<(string Name, string What)> ElementBuilders(EntityModel holder, string holderName)
        => holder.OwnedCollections.SelectMany(c => new[] { (c.Element.Name + "Builder", $"the builder of the elements of {holderName}.{c.Name}") }
            .Concat(ElementBuilders(c.Element, $"{holderName}.{c.Name}")));

    /// <summary>
    /// Why a builder could not declare the names of two of its members, navigations, owned references or owned
    /// collections: the same name (a property <c>A_B</c> and the owned <c>A.B</c>, flattened as <c>A_B</c>), or names
    /// that differ only in their first letter's case (<c>Id</c> and <c>id</c> would share <c>_idFixed</c>).
    /// </summary>
    /// <param name="named">Each name, with how a message calls it (<c>'A_B'</c>, <c>the owned A.B</c>).</param>
    public static IEnumerable<string> MemberClashes(IEnumerable<(string Name, string Display)> named)
        => named.GroupBy(n => Camel(n.Name))
            .Where(g => g.Count() > 1)
            .Select(g => $"{string.Join(" and ", g.Select(n => n.Display))} would get the same name in its builder ({(g.Select(n => n.Name).Distinct().Count() == 1 ? g.First().Name : $"_{g.Key}Fixed")}); rename one");
}
