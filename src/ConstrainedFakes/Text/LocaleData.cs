using System.Collections.Concurrent;
using Bogus.Bson;

namespace ConstrainedFakes.Text;

/// <summary>
/// The word lists of one Bogus locale, read once per process. Values are chosen from them by
/// ConstrainedFakes' own counter-based generator, never by Bogus' <c>Randomizer</c> (which wraps
/// <c>System.Random</c>), so the same seed picks the same words everywhere.
/// </summary>
internal sealed class LocaleData
{
    private static readonly ConcurrentDictionary<string, LocaleData> Cache = new(StringComparer.Ordinal);

    private LocaleData(string locale)
    {
        FirstNames = Read(locale, "name", "first_name");
        LastNames = Read(locale, "name", "last_name");
        CompanySuffixes = Read(locale, "company", "suffix");
        FreeEmailDomains = Read(locale, "internet", "free_email");
        DomainSuffixes = Read(locale, "internet", "domain_suffix");
        PhoneFormats = Read(locale, "phone_number", "formats");
        CityPrefixes = Read(locale, "address", "city_prefix");
        CitySuffixes = Read(locale, "address", "city_suffix");
        StreetSuffixes = Read(locale, "address", "street_suffix");
        PostcodeFormats = Read(locale, "address", "postcode");
        States = Read(locale, "address", "state_abbr");
        Countries = Read(locale, "address", "country");
        CountryCodes = Read(locale, "address", "country_code");
        ProductAdjectives = Read(locale, "commerce", "product_name.adjective");
        ProductMaterials = Read(locale, "commerce", "product_name.material");
        Products = Read(locale, "commerce", "product_name.product");
        Words = Read(locale, "lorem", "words");
        FirstNamesAscii = Array.ConvertAll(FirstNames, RealisticText.AsciiLower);
        LastNamesAscii = Array.ConvertAll(LastNames, RealisticText.AsciiLower);
        AtFreeEmailDomains = Array.ConvertAll(FreeEmailDomains, d => "@" + d);
    }

    /// <summary><see cref="FirstNames"/> as parts of emails and user names (ASCII, lower case), index for index.</summary>
    public string[] FirstNamesAscii { get; }

    /// <summary><see cref="LastNames"/> as parts of emails and user names (ASCII, lower case), index for index.</summary>
    public string[] LastNamesAscii { get; }

    /// <summary><see cref="FreeEmailDomains"/> with their <c>@</c>, index for index.</summary>
    public string[] AtFreeEmailDomains { get; }

    public string[] FirstNames { get; }
    public string[] LastNames { get; }
    public string[] CompanySuffixes { get; }
    public string[] FreeEmailDomains { get; }
    public string[] DomainSuffixes { get; }
    public string[] PhoneFormats { get; }
    public string[] CityPrefixes { get; }
    public string[] CitySuffixes { get; }
    public string[] StreetSuffixes { get; }
    public string[] PostcodeFormats { get; }
    public string[] States { get; }
    public string[] Countries { get; }
    public string[] CountryCodes { get; }
    public string[] ProductAdjectives { get; }
    public string[] ProductMaterials { get; }
    public string[] Products { get; }
    public string[] Words { get; }

    public static LocaleData For(string locale) => Cache.GetOrAdd(locale, static l => new LocaleData(l));

    private static string[] Read(string locale, string category, string path)
    {
        if (!Bogus.Database.LocaleResourceExists(locale))
            throw new ArgumentException($"Bogus has no locale '{locale}'. Known locales: {string.Join(", ", Bogus.Database.GetAllLocales())}.", nameof(locale));
        var strings = new List<string>();
        if (Bogus.Database.Get(category, path, locale, "en") is BArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (!string.IsNullOrEmpty(array[i].StringValue)) strings.Add(array[i].StringValue);
            }
        }
        // Every list feeds a uniform pick, so an empty one would make that pick impossible.
        if (strings.Count == 0)
            throw new InvalidOperationException($"Bogus locale data '{category}.{path}' is empty for locale '{locale}' and for 'en'.");
        return strings.ToArray();
    }
}
