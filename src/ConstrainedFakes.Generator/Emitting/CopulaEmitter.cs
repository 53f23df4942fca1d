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
        // The compile-time factor, or the one conditioned on fixed members (CheckFixedValues).
        var n = copula.Members.Count;
        for (var i = 0; i < n; i++)
        {
            var mix = string.Concat(Enumerable.Range(0, i + 1).Select(j => $" + {Weights}[{Literals.Int(i * n + j)}] * {Latent(copula.Members[j])}"));
            writer.Line($"double {Uniform(copula.Members[i])} = {Names.Sample}.NormalCdf({Means}[{Literals.Int(i)}]{mix});");
        }
    }

    /// <summary>The latent matrix L·Lᵀ the copula realises, its compile-time factor, and the builder's working copies.</summary>
    public static void WriteFields(SourceWriter writer, EntityPlan entity)
    {
        if (entity.Copula is not { } copula) return;
        var n = copula.Members.Count;
        var factor = Enumerable.Range(0, n).SelectMany(i => Enumerable.Range(0, n).Select(j => j <= i ? copula.Cholesky[i][j] : 0.0)).ToList();
        var latent = Enumerable.Range(0, n).SelectMany(i => Enumerable.Range(0, n)
            .Select(j => Enumerable.Range(0, System.Math.Min(i, j) + 1).Sum(k => copula.Cholesky[i][k] * copula.Cholesky[j][k]))).ToList();
        writer.Line($"private static readonly double[] s_copulaLatent = {{ {string.Join(", ", latent.Select(Literals.Double))} }};");
        writer.Line($"private static readonly double[] s_copulaFactor = {{ {string.Join(", ", factor.Select(Literals.Double))} }};");
        writer.Line($"private readonly double[] {Weights} = (double[])s_copulaFactor.Clone();");
        writer.Line($"private readonly double[] {Means} = new double[{Literals.Int(n)}];");
    }

    /// <summary>
    /// In CheckFixedValues: fixed numbers condition the others' latent normals (the rest of the copula given their
    /// quantiles under their own marginals); with none fixed, the compile-time factor.
    /// </summary>
    public static void WriteConditioning(SourceWriter writer, EntityPlan entity)
    {
        if (entity.Copula is not { } copula) return;
        var byName = entity.Members.ToDictionary(m => m.Name);
        var latents = copula.Members.Select(m => FixedLatent(byName[m])).ToList();
        var conditioned = copula.Members.Where((m, i) => latents[i] != "double.NaN").ToList();
        if (conditioned.Count == 0) return;
        using (writer.Block($"if ({string.Join(" || ", conditioned.Select(m => Names.Field(m, "IsFixed")))})"))
        {
            writer.Line($"{Names.Runtime}.Sampling.Copula.Condition(s_copulaLatent, new[] {{ {string.Join(", ", latents)} }}, {Weights}, {Means});");
        }
        using (writer.Block("else"))
        {
            writer.Line($"global::System.Array.Copy(s_copulaFactor, {Weights}, s_copulaFactor.Length);");
            writer.Line($"global::System.Array.Clear({Means});");
        }
    }

    /// <summary>A fixed member's latent normal, or NaN when it is free (or a date, or null, which condition nothing).</summary>
    private static string FixedLatent(MemberPlan member)
    {
        var isFixed = Names.Field(member.Name, "IsFixed");
        var value = member.TypeName.EndsWith("?") ? $"{Names.Field(member.Name, "Fixed")}.GetValueOrDefault()" : Names.Field(member.Name, "Fixed");
        var notNull = member.TypeName.EndsWith("?") ? $" && {Names.Field(member.Name, "Fixed")} is not null" : "";
        var quantile = member.Sampler switch
        {
            IntegerSampler i => $"{Field(member)}.QuantileOf((long){value}, {Literals.Long(i.Min)}, {Literals.Long(i.Max)})",
            DecimalSampler d => $"{Field(member)}.QuantileOf({Names.Sample}.ToUnits({value}, {d.Scale}), {Literals.Long(d.MinUnits)}, {Literals.Long(d.MaxUnits)})",
            RealSampler r => $"{Field(member)}.QuantileOf((double){value}, {Literals.Double(r.Min)}, {Literals.Double(r.Max)})",
            _ => null,
        };
        return quantile is null ? "double.NaN" : $"{isFixed}{notNull} ? {Names.Sample}.LatentOf({quantile}) : double.NaN";
    }

    public static bool IsCopulaMember(EntityPlan entity, string member) => entity.Copula?.Members.Contains(member) == true;

    private const string Weights = "_copulaWeights";

    private const string Means = "_copulaMeans";

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
