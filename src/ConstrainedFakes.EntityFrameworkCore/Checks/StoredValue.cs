using System.Globalization;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ConstrainedFakes.EntityFrameworkCore.Checks;

/// <summary>A CLR value of a property as its column stores it, while the model is still being built.</summary>
internal static class StoredValue
{
    /// <summary>
    /// Through the property's value converter when one is set; otherwise through the provider type that
    /// <c>HasConversion&lt;string&gt;()</c> and the like record (the converter itself only exists once the
    /// model is finalized): an enum becomes its name, or its number in the provider's integer type.
    /// </summary>
    public static object? Of(IReadOnlyProperty property, object value)
    {
        if (property.GetValueConverter() is { } converter)
        {
            try
            {
                return converter.ConvertToProvider(value);
            }
            catch (Exception failure) when (failure is InvalidOperationException or ArgumentException or FormatException or InvalidCastException or OverflowException)
            {
                // Building the model must not fail for a rule it can leave to the faker.
                throw new UnsupportedInvariantException($"the value converter of {property.Name} refused {value}: {failure.Message}");
            }
        }
        var provider = property.GetProviderClrType();
        if (provider is null || value is not Enum) return value;
        if (provider == typeof(string)) return value.ToString();
        return Type.GetTypeCode(provider) is TypeCode.Empty or TypeCode.Object or TypeCode.String or TypeCode.Boolean or TypeCode.Char or TypeCode.DateTime
            ? value
            : Convert.ChangeType(Convert.ToInt64(value, CultureInfo.InvariantCulture), provider, CultureInfo.InvariantCulture);
    }
}
