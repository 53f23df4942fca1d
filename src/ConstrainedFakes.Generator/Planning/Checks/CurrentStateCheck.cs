using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Constraints;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>
/// <c>[CurrentStateOf]</c> must name a <c>[Sequence]</c> collection of the same entity (CF0003 when nothing has
/// that name, CF0009 when it is not a sequence) whose states are the member's own enum (CF0005): the data set
/// refuses to build otherwise, so the analyzer says so while the attribute is typed.
/// </summary>
internal static class CurrentStateCheck
{
    public static IEnumerable<Finding> Check(EntityModel entity, EquatableArray<CountedMemberModel> navigations)
    {
        foreach (var member in entity.Members.Where(m => m.CurrentStateOf is not null))
        {
            var name = member.CurrentStateOf!;
            var site = ProblemSite.OnMember(member.Name);
            var declared = $"[CurrentStateOf(\"{name}\")]";
            var names = entity.Members.Select(m => m.Name).Concat(entity.Navigations.Select(n => n.Name)).Concat(entity.Skipped.Select(s => s.Name)).ToList();
            if (!names.Contains(name))
            {
                var closest = MemberNames.Closest(name, entity.Navigations.Where(n => n.Kind == NavigationKind.Collection).Select(n => n.Name));
                yield return new Finding(DiagnosticIds.UnknownMember,
                    $"{member.Name} is {declared}, but {entity.Name} has no member '{name}'{(closest is null ? "." : $"; did you mean '{closest}'?")}", site, closest);
                continue;
            }
            var sequence = navigations.FirstOrDefault(n => n.Name == name && n.IsCollection)?.Sequence;
            if (sequence is null)
            {
                yield return new Finding(DiagnosticIds.StateMachine,
                    $"{member.Name} is {declared}, but {name} is not a collection with [Sequence]: there is no last event whose state it could take.", site);
                continue;
            }
            // The sequence's own problems (a missing state member, an enum without [Transitions]) are SequenceCheck's.
            if (sequence.Machine is { } machine && !IsStateType(member.Type, machine))
            {
                yield return new Finding(DiagnosticIds.TypeMismatch,
                    $"{member.Name} is {member.Type.FullName}, but the states of {name} are {machine.EnumName}: it cannot take its last event's state.", site);
            }
        }
    }

    private static bool IsStateType(TypeModel type, StateMachineModel machine)
        => type.Kind == ScalarKind.Enum && type.Transitions?.Declared == machine.Declared
            && (type.FullName == machine.EnumName || type.FullName.EndsWith("." + machine.EnumName) || type.FullName.EndsWith(":" + machine.EnumName));
}
