using System.Linq;
using ConstrainedFakes.Generator.Planning;
using ConstrainedFakes.Generator.Planning.Constraints;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>
/// Writes the faker's catalog of <c>[Invariant]</c> and <c>[Computed]</c> checks (<c>InvariantChecks</c>), one
/// static method per declaration that evaluates the expression as written over a finished row and its parents.
/// The fidelity report runs them; a data set carries them, so <c>FidelityReport.Measure(data)</c> finds them.
/// </summary>
internal static class InvariantCatalogEmitter
{
    public const string Property = "InvariantChecks";
    private const string Check = Names.Runtime + ".Reports.InvariantCheck";

    /// <summary>Whether the faker has any invariant or computed member to check (no catalog is written otherwise).</summary>
    public static bool Any(FakerPlan faker) => Checked(faker).Any(e => e.InvariantChecks.Count > 0);

    /// <summary>
    /// The entities, and the element types of their owned collections at every depth (once per type, whichever
    /// collections hold it), whose checks the catalog holds. One whose constraints have problems gets a builder that throws; its
    /// invariants may not even type-check.
    /// </summary>
    private static System.Collections.Generic.IEnumerable<EntityPlan> Checked(FakerPlan faker)
    {
        var entities = faker.Entities.Where(e => e.Problems.Count == 0).ToList();
        var elements = entities.SelectMany(OwnedCollectionPlan.ElementsOf).Where(e => e.Problems.Count == 0)
            .GroupBy(e => e.FullName).Select(g => g.First());
        return entities.Concat(elements);
    }

    public static void Emit(SourceWriter writer, FakerPlan faker)
    {
        var checks = Checked(faker).SelectMany(e => e.InvariantChecks.Select(c => (Entity: e, Check: c))).ToList();
        writer.Line($"/// <summary>Every declared <c>[Invariant]</c> and <c>[Computed]</c> expression of this faker's entities, as a check over a row, for the fidelity report.</summary>");
        using (writer.Block($"public static global::System.Collections.Generic.IReadOnlyList<{Check}> {Property} {{ get; }} = new {Check}[]", "};"))
        {
            for (var i = 0; i < checks.Count; i++)
            {
                var (entity, check) = checks[i];
                var names = Parents(check).Select(Quote).ToList();
                var parents = names.Count == 0 ? "global::System.Array.Empty<string>()" : $"new string[] {{ {string.Join(", ", names)} }}";
                var computed = check.Computed is null ? "" : $", {Quote(check.Computed)}";
                writer.Line($"new {Check}(typeof({entity.FullName}), {Quote(check.Declared)}, {parents}, {Method(i)}{computed}),");
            }
        }
        for (var i = 0; i < checks.Count; i++)
        {
            var (entity, check) = checks[i];
            writer.Line();
            writer.Line($"// {check.Declared} on {entity.Name}: null when it does not apply (a null member) or a parent is unknown.");
            using (writer.Block($"private static bool? {Method(i)}(object row, object?[] parents)"))
            {
                writer.Line($"var entity = ({entity.FullName})row;");
                var parents = Parents(check).ToList();
                for (var p = 0; p < parents.Count; p++)
                {
                    var type = check.Inputs.First(input => input.Navigation == parents[p]).ParentType;
                    writer.Line($"if (parents[{p}] is not {type} parent{p}) return null;");
                }
                foreach (var input in check.Inputs)
                {
                    var owner = input.Navigation is null ? "entity" : $"parent{parents.IndexOf(input.Navigation)}";
                    // An owned object on the path may be null: the check then does not apply.
                    var read = $"{owner}.{string.Join(input.IsNullable ? "?." : ".", input.Member.Split('.').Select(Names.Identifier))}";
                    var local = InvariantChecks.Local(input.Name);
                    writer.Line(input.IsNullable ? $"if ({read} is not {{ }} {local}) return null;" : $"var {local} = {read};");
                }
                writer.Line($"return {check.Body};");
            }
        }
    }

    private static System.Collections.Generic.IEnumerable<string> Parents(InvariantCheckPlan check)
        => check.Inputs.Where(i => i.Navigation is not null).Select(i => i.Navigation!).Distinct();

    private static string Method(int index) => "CheckInvariant" + index;

    private static string Quote(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}
