using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace ConstrainedFakes.Tests;

/// <summary>
/// An independent judge of generated rows: the BCL's own DataAnnotations validator, which knows nothing
/// of how the generator works. A row passes only if every declared attribute accepts it.
/// </summary>
internal static class Referee
{
    static Referee()
    {
        // [Range] on dates parses its bounds with the current culture unless told otherwise.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
    }

    public static void AssertValid(object entity, long row)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var results = new List<ValidationResult>();
        var valid = Validator.TryValidateObject(entity, new ValidationContext(entity), results, validateAllProperties: true);
        Assert.True(valid, $"row {row} of {entity.GetType().Name}: {string.Join("; ", results.Select(r => $"{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"))}");
    }
}
