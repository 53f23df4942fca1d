using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Constraints;
using ConstrainedFakes.Generator.Planning.Linear;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// What a child's constraints ask of its parent. A child's solved system leaves conditions on its members'
/// own bounds; where they read a parent's members (fixed to the parent's values in a data set), they say
/// which parents can have a child at all (<c>Value ≥ 1000</c> and <c>Value ≤ 0.5 · Account.AnnualRevenue</c>
/// need <c>AnnualRevenue ≥ 2000</c>). Added to the parent's own constraints, they make every parent row one
/// whose children have a solution, by construction. A condition that reads further up (a claim's
/// <c>Adjuster.Office.Limit</c>) is asked of the first parent as a condition on its own path (<c>Office.Limit</c>), and
/// planning that parent with it pushes it on to the next.
/// </summary>
internal static class ParentBounds
{
    /// <summary>For each parent entity, the inequalities over its members (and its paths) that its children need.</summary>
    public static Dictionary<string, ParentNeeds> Needed(IReadOnlyList<EntityModel> entities, IReadOnlyList<EntityPlan> plans)
    {
        var needed = new Dictionary<string, ParentNeeds>();
        foreach (var child in plans.Where(p => p.Linear is not null))
        {
            var model = entities.First(e => e.Name == child.Name);
            var parentMembers = child.Members.Where(m => !m.IsOwn).ToDictionary(m => m.Name);
            var variables = child.Linear!.Variables.ToDictionary(v => v.Member);
            foreach (var condition in child.Linear.Conditions)
            {
                var terms = condition.Expression.Terms;
                var navigations = terms.Where(t => parentMembers.ContainsKey(t.Member)).Select(t => parentMembers[t.Member].ParentNavigation!).Distinct().ToList();
                if (navigations.Count != 1) continue;
                var navigation = model.Navigations.First(n => n.Name == navigations[0]);
                var parent = entities.First(e => e.Name == navigation.Target);

                // Σ a·v + c ≥ 0 over the parent's values v (own members sit at their declared bounds), in units.
                var constant = Rational.Of(condition.Expression.Constant);
                var coefficients = new Dictionary<string, Rational>();
                // The least Σ a·v + c over the parent's declared bounds: when it is not negative, every parent qualifies.
                var least = constant;
                foreach (var term in terms)
                {
                    if (parentMembers.ContainsKey(term.Member))
                    {
                        var own = variables[term.Member];
                        least += Rational.Of(term.Coefficient) * Rational.Of(term.Coefficient > 0 ? own.Minimum : own.Maximum);
                        var name = ParentPaths.Local(parentMembers[term.Member].ParentPath!);
                        var perUnit = Rational.Of(BigInteger.Pow(10, variables[term.Member].Scale), BigInteger.One);
                        coefficients[name] = (coefficients.TryGetValue(name, out var c) ? c : Rational.Zero) + Rational.Of(term.Coefficient) * perUnit;
                    }
                    else
                    {
                        var variable = variables[term.Member];
                        var bound = Rational.Of(term.Coefficient) * Rational.Of(term.Operand == AffineOperand.Minimum ? variable.Minimum : variable.Maximum);
                        constant += bound;
                        least += bound;
                    }
                }
                if (least >= Rational.Zero) continue;
                // As a declared inequality over the parent's own values: −(Σ a·v + c) ≤ 0.
                // The child sees each parent member (near or far) as a member of its own, of the same type.
                var read = model.Members.Where(m => parentMembers.ContainsKey(m.Name) && terms.Any(t => t.Member == m.Name)).ToList();
                // A path the parent has a member of its own named like is not asked: the data set refuses it (ParentPaths.ClashesOnTheWay).
                if (read.Any(m => ParentPaths.Clash(parent, m.ParentPath!) is not null)) continue;
                var quantity = read[0].Type.Kind is ScalarKind.TimeSpan ? Quantity.Duration
                    : read.Any(m => m.Type.Kind is ScalarKind.DateTime or ScalarKind.DateTimeOffset or ScalarKind.DateOnly or ScalarKind.TimeOnly) ? Quantity.Instant
                    : Quantity.Number;
                var form = new LinearForm(coefficients, constant, quantity).Negated();
                var source = $"{string.Join("; ", condition.Sources)} (on {child.Name}.{navigation.Name})";
                if (!needed.TryGetValue(parent.Name, out var needs)) needed[parent.Name] = needs = new ParentNeeds();
                needs.Inequalities.Add(new DeclaredInequality(form, false, source));
                foreach (var member in read.Where(m => m.ParentPath!.IndexOf('.') >= 0)) needs.Paths.Add(member.ParentPath!);
            }
        }
        return needed;
    }
}
