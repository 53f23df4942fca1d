using System.Linq;
using ConstrainedFakes.Generator.Planning;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>
/// Writes the marginal distributions' static fields and the row's Gaussian copula: one latent standard normal
/// per correlated member from its own stream, mixed by the Cholesky factor, then Φ of each as its quantile.
/// </summary>
internal static class CopulaEmitter
{
    /// <summary>The static field holding a member's distribution.</summary>
    public static string Field(MemberPlan member) => Names.Static(member.Name, "Marginal");

    public static string? Table(MemberPlan member)
    {
        if (member.Marginal is not { } marginal) return null;
        var type = $"{Names.Runtime}.Sampling.Marginal";
        var value = marginal.Kind switch
        {
            null => $"{type}.Uniform",
            Model.DistributionKind.Poisson => $"{type}.Poisson({Literals.Double(marginal.First)})",
            Model.DistributionKind.Exponential => $"{type}.Exponential({Literals.Double(marginal.First)}, {Literals.Double(marginal.Unit)})",
            var kind => $"{type}.{kind}({Literals.Double(marginal.First)}, {Literals.Double(marginal.Second)}, {Literals.Double(marginal.Unit)})",
        };
        return $"private static readonly {type} {Field(member)} = {value};";
    }

    /// <summary>The quantile a member's value is drawn at: its copula's, or a uniform of its own stream at <paramref name="draw"/>.</summary>
    public static string Quantile(MemberPlan member, string stream, string draw)
        => member.Marginal is { FromCopula: true } ? Uniform(member.Name) : $"{Names.Runtime}.Randomness.CounterRng.NextUnit({stream}, index, {draw})";

    /// <summary>The row's copula, before any member is drawn; a retried row draws its latent normals afresh.</summary>
    public static void WriteRow(SourceWriter writer, EntityPlan entity, bool retries)
    {
        if (entity.Copula is not { } copula) return;
        writer.Line($"// Gaussian copula of {string.Join(", ", copula.Members)} ({string.Join("; ", copula.Sources)})");
        if (copula.Adjusted) writer.Line($"// The declared targets have no correlation matrix; the nearest one gives Spearman {Achieved(copula)}.");
        foreach (var member in copula.Members)
        {
            var stream = retries ? $"{Names.Runtime}.Randomness.CounterRng.Attempt({Names.Field(member, "Stream")}, attempt)" : Names.Field(member, "Stream");
            writer.Line($"double {Latent(member)} = {Names.Sample}.StandardNormal({stream}, index, 0);");
        }
        for (var i = 0; i < copula.Members.Count; i++)
        {
            var mix = string.Join(" + ", copula.Cholesky[i].Select((w, j) => (Weight: w, Latent: Latent(copula.Members[j])))
                .Where(t => t.Weight != 0).Select(t => t.Weight == 1 ? t.Latent : $"{Literals.Double(t.Weight)} * {t.Latent}")).Replace("+ -", "- ");
            writer.Line($"double {Uniform(copula.Members[i])} = {Names.Sample}.NormalCdf({mix});");
        }
    }

    /// <summary>The rank correlations the copula realises, (6/π)·asin(r/2) for each pair's latent r = (L·Lᵀ)ᵢⱼ, for the comment.</summary>
    private static string Achieved(CopulaPlan copula)
    {
        var pairs = new System.Collections.Generic.List<string>();
        for (var i = 0; i < copula.Members.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var r = copula.Cholesky[j].Select((w, k) => w * copula.Cholesky[i][k]).Sum();
                var spearman = 6 / System.Math.PI * System.Math.Asin(r / 2);
                pairs.Add($"{copula.Members[j]}~{copula.Members[i]} {spearman.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}");
            }
        }
        return string.Join(", ", pairs);
    }

    private static string Latent(string member) => Names.Local(member).TrimStart('@') + "Latent";

    private static string Uniform(string member) => Names.Local(member).TrimStart('@') + "Quantile";
}
