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
/// whose children have a solution, by construction.
/// </summary>
internal static class ParentBounds
{
    /// <summary>For each parent entity, the inequalities over its members that its children need.</summary>
    public static Dictionary<string, List<DeclaredInequality>> Needed(IReadOnlyList<EntityModel> entities, IReadOnlyList<EntityPlan> plans)
    {
        var needed = new Dictionary<string, List<DeclaredInequality>>();
        foreach (var child in plans.Where(p => p.Linear is not null))
        {
            var model = entities.First(e => e.Name == child.Name);
            var parentMembers = child.Members.Where(m => !m.IsOwn).ToDictionary(m => m.Name);
            var variables = child.Linear!.Variables.ToDictionary(v => v.Member);
            foreach (var condition in child.Linear.Conditions)
            {
                var terms = condition.Expression.Terms;
                // Only a parent's own members are pushed up to it; a grandparent is not narrowed for its grandchildren.
                if (terms.Any(t => parentMembers.TryGetValue(t.Member, out var m) && m.ParentPath!.IndexOf('.') >= 0)) continue;
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
                        var name = parentMembers[term.Member].ParentPath!;
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
                var quantity = parent.Members.First(m => coefficients.ContainsKey(m.Name)).Type.Kind is ScalarKind.TimeSpan ? Quantity.Duration
                    : parent.Members.Where(m => coefficients.ContainsKey(m.Name)).Any(m => m.Type.Kind is ScalarKind.DateTime or ScalarKind.DateTimeOffset or ScalarKind.DateOnly or ScalarKind.TimeOnly) ? Quantity.Instant
                    : Quantity.Number;
                var form = new LinearForm(coefficients, constant, quantity).Negated();
                var source = $"{string.Join("; ", condition.Sources)} (on {child.Name}.{navigation.Name})";
                if (!needed.TryGetValue(parent.Name, out var list)) needed[parent.Name] = list = new List<DeclaredInequality>();
                list.Add(new DeclaredInequality(form, false, source));
            }
        }
        return needed;
    }
}
