using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConstrainedFakes.Reports;

/// <summary>How reports and manifests are written as JSON: indented, camelCase, enums by name, no null figures, no \u escapes.</summary>
internal static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Declarations hold quotes, arrows and comparisons; CI logs read better without \u escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };
}
