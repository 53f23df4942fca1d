namespace ConstrainedFakes.Generator.Model;

/// <summary>A reference navigation of an entity (a property whose type is another class), and whether it must be set.</summary>
/// <param name="Member">The navigation's name.</param>
/// <param name="Target">The referenced type, fully qualified.</param>
/// <param name="IsRequired">Whether every row needs it: <c>[Required]</c>, a non-nullable reference, or a non-nullable foreign key <c>{Member}Id</c>.</param>
internal sealed record ReferenceModel(string Member, string Target, bool IsRequired);
