namespace ConstrainedFakes.Text;

/// <summary>
/// Realistic text of each <see cref="SemanticKind"/> from one Bogus locale's data, always within the
/// member's length limits. Names passed in (the row's own first and last names) keep a row consistent:
/// an email, user name or full name is built from them.
/// </summary>
/// <remarks>
/// Every method is a pure function of its arguments. <c>min</c> and <c>max</c> are inclusive character
/// counts; the generator has already checked that the kind fits them (an email needs at least 6, a URL 12).
/// <c>attempt</c> selects fresh draws when a value had to be redrawn (e.g. it was a denied value).
/// </remarks>
public sealed class RealisticText
{
    /// <summary>The shortest email this class makes (<c>a@b.io</c>).</summary>
    public const int MinEmailLength = 6;

    /// <summary>The shortest URL this class makes (<c>https://a.io</c>).</summary>
    public const int MinUrlLength = 12;

    private readonly LocaleData _data;

    private RealisticText(LocaleData data) => _data = data;

    /// <summary>The text source of a Bogus locale (cached per process).</summary>
    /// <param name="locale">A Bogus locale code such as <c>"en"</c>.</param>
    /// <exception cref="ArgumentException">Bogus has no such locale.</exception>
    public static RealisticText For(string locale) => new(LocaleData.For(locale));

    /// <summary>A given name.</summary>
    /// <param name="stream">The member's stream key.</param> <param name="row">The row index.</param>
    /// <param name="min">Minimum length.</param> <param name="max">Maximum length.</param> <param name="attempt">Redraw number, 0 first.</param>
    public string FirstName(ulong stream, long row, int min, int max, int attempt = 0)
    {
        var draws = new WordDraws(stream, row, attempt);
        return Fit(draws.Pick(_data.FirstNames), min, max, ref draws);
    }

    /// <summary>A family name.</summary>
    /// <param name="stream">The member's stream key.</param> <param name="row">The row index.</param>
    /// <param name="min">Minimum length.</param> <param name="max">Maximum length.</param> <param name="attempt">Redraw number, 0 first.</param>
    public string LastName(ulong stream, long row, int min, int max, int attempt = 0)
    {
        var draws = new WordDraws(stream, row, attempt);
        return Fit(draws.Pick(_data.LastNames), min, max, ref draws);
    }

    /// <summary>Given and family name: the row's own when given, else drawn.</summary>
    /// <param name="firstName">The row's first name, or null to draw one.</param> <param name="lastName">The row's last name, or null to draw one.</param>
    /// <param name="stream">The member's stream key.</param> <param name="row">The row index.</param>
    /// <param name="min">Minimum length.</param> <param name="max">Maximum length.</param> <param name="attempt">Redraw number, 0 first.</param>
    public string FullName(string? firstName, string? lastName, ulong stream, long row, int min, int max, int attempt = 0)
    {
        var draws = new WordDraws(stream, row, attempt);
        var first = firstName ?? draws.Pick(_data.FirstNames);
        var last = lastName ?? draws.Pick(_data.LastNames);
        return Fit($"{first} {last}", min, max, ref draws);
    }

    /// <summary>A user name built from the row's names.</summary>
    /// <param name="firstName">The row's first name, or null to draw one.</param> <param name="lastName">The row's last name, or null to draw one.</param>
    /// <param name="stream">The member's stream key.</param> <param name="row">The row index.</param>
    /// <param name="min">Minimum length.</param> <param name="max">Maximum length.</param> <param name="attempt">Redraw number, 0 first.</param>
    public string UserName(string? firstName, string? lastName, ulong stream, long row, int min, int max, int attempt = 0)
    {
        var draws = new WordDraws(stream, row, attempt);
        var first = AsciiLower(firstName ?? draws.Pick(_data.FirstNames));
        var last = AsciiLower(lastName ?? draws.Pick(_data.LastNames));
        var name = draws.Below(3) switch
        {
            0 => $"{first}.{last}",
            1 => $"{first}{draws.Digit()}{draws.Digit()}",
            _ => $"{first[0]}{last}",
        };
        return FitDigits(name, min, max, ref draws);
    }

    /// <summary>An email address built from the row's names, at a free-mail domain.</summary>
    /// <param name="firstName">The row's first name, or null to draw one.</param> <param name="lastName">The row's last name, or null to draw one.</param>
    /// <param name="stream">The member's stream key.</param> <param name="row">The row index.</param>
    /// <param name="min">Minimum length.</param> <param name="max">Maximum length, at least <see cref="MinEmailLength"/>.</param> <param name="attempt">Redraw number, 0 first.</param>
    public string Email(string? firstName, string? lastName, ulong stream, long row, int min, int max, int attempt = 0)
    {
        var draws = new WordDraws(stream, row, attempt);
        // The same draws in the same order as ever; a drawn name comes lower-cased from a table made once per locale.
        var first = firstName is null ? _data.FirstNamesAscii[draws.Below(_data.FirstNames.Length)] : AsciiLower(firstName);
        var last = lastName is null ? _data.LastNamesAscii[draws.Below(_data.LastNames.Length)] : AsciiLower(lastName);
        var shape = draws.Below(4);
        char tens = '\0', units = '\0';
        if (shape == 3) (tens, units) = (draws.Digit(), draws.Digit());
        var domainIndex = draws.Below(_data.FreeEmailDomains.Length);
        var at = _data.AtFreeEmailDomains[domainIndex];
        var length = at.Length + shape switch
        {
            0 => first.Length + 1 + last.Length,
            1 => first.Length + last.Length,
            2 => 2 + last.Length,
            _ => first.Length + 1 + last.Length + 2,
        };
        if (length >= min && length <= max)
        {
            // The common case: the address in one allocation of its exact length.
            return string.Create(length, (first, last, at, shape, tens, units), static (span, p) =>
            {
                var n = 0;
                if (p.shape == 2) span[n++] = p.first[0];
                else
                {
                    p.first.AsSpan().CopyTo(span);
                    n = p.first.Length;
                }
                if (p.shape is 0 or 2) span[n++] = '.';
                else if (p.shape == 3) span[n++] = '_';
                p.last.AsSpan().CopyTo(span[n..]);
                n += p.last.Length;
                if (p.shape == 3)
                {
                    span[n++] = p.tens;
                    span[n++] = p.units;
                }
                p.at.AsSpan().CopyTo(span[n..]);
            });
        }
        var local = shape switch
        {
            0 => $"{first}.{last}",
            1 => $"{first}{last}",
            2 => $"{first[0]}.{last}",
            _ => $"{first}_{last}{tens}{units}",
        };
        var domain = _data.FreeEmailDomains[domainIndex];
        if (local.Length + 1 + domain.Length > max)
        {
            // Keep the address valid when it must be short: a short domain, then a shorter local part.
            if (1 + 1 + domain.Length > max) domain = "b.io";
            local = local[..Math.Min(local.Length, max - 1 - domain.Length)].TrimEnd('.', '_');
            if (local.Length == 0) local = first[..1];
        }
        var padding = min - (local.Length + 1 + domain.Length);
        if (padding > 0) local = AppendDigits(local, padding, ref draws);
        return $"{local}@{domain}";
    }

    /// <summary>A phone number in one of the locale's formats.</summary>
    /// <param name="stream">The member's stream key.</param> <param name="row">The row index.</param>
    /// <param name="min">Minimum length.</param> <param name="max">Maximum length.</param> <param name="attempt">Redraw number, 0 first.</param>
    public string Phone(ulong stream, long row, int min, int max, int attempt = 0)
    {
        var draws = new WordDraws(stream, row, attempt);
        return FitDigits(draws.Digits(draws.Pick(_data.PhoneFormats)), min, max, ref draws);
    }

    /// <summary>A street address line: number, name and suffix.</summary>
    /// <param name="stream">The member's stream key.</param> <param name="row">The row index.</param>
    /// <param name="min">Minimum length.</param> <param name="max">Maximum length.</param> <param name="attempt">Redraw number, 0 first.</param>
    public string Street(ulong stream, long row, int min, int max, int attempt = 0)
    {
        var draws = new WordDraws(stream, row, attempt);
        var number = draws.Digits(draws.Below(3) switch { 0 => "!##", 1 => "!###", _ => "!####" });
        var name = draws.Below(2) == 0 ? draws.Pick(_data.FirstNames) : draws.Pick(_data.LastNames);
        return Fit($"{number} {name} {draws.Pick(_data.StreetSuffixes)}", min, max, ref draws);
    }

    /// <summary>A city name in the locale's patterns.</summary>
    /// <param name="stream">The member's stream key.</param> <param name="row">The row index.</param>
    /// <param name="min">Minimum length.</param> <param name="max">Maximum length.</param> <param name="attempt">Redraw number, 0 first.</param>
    public string City(ulong stream, long row, int min, int max, int attempt = 0)
    {
        var draws = new WordDraws(stream, row, attempt);
        var city = draws.Below(4) switch
        {
            0 => $"{draws.Pick(_data.CityPrefixes)} {draws.Pick(_data.FirstNames)}{draws.Pick(_data.CitySuffixes)}",
            1 => $"{draws.Pick(_data.CityPrefixes)} {draws.Pick(_data.FirstNames)}",
            2 => $"{draws.Pick(_data.FirstNames)}{draws.Pick(_data.CitySuffixes)}",
            _ => $"{draws.Pick(_data.LastNames)}{draws.Pick(_data.CitySuffixes)}",
        };
        return Fit(city, min, max, ref draws);
    }

    /// <summary>A state or region abbreviation.</summary>
    /// <param name="stream">The member's stream key.</param> <param name="row">The row index.</param>
    /// <param name="min">Minimum length.</param> <param name="max">Maximum length.</param> <param name="attempt">Redraw number, 0 first.</param>
    public string State(ulong stream, long row, int min, int max, int attempt = 0)
    {
        var draws = new WordDraws(stream, row, attempt);
        return Fit(draws.Pick(_data.States), min, max, ref draws);
    }

    /// <summary>A postal code in one of the locale's formats.</summary>
    /// <param name="stream">The member's stream key.</param> <param name="row">The row index.</param>
    /// <param name="min">Minimum length.</param> <param name="max">Maximum length.</param> <param name="attempt">Redraw number, 0 first.</param>
    public string ZipCode(ulong stream, long row, int min, int max, int attempt = 0)
    {
        var draws = new WordDraws(stream, row, attempt);
        return FitDigits(draws.Digits(draws.Pick(_data.PostcodeFormats)), min, max, ref draws);
    }

    /// <summary>A country name.</summary>
    /// <param name="stream">The member's stream key.</param> <param name="row">The row index.</param>
    /// <param name="min">Minimum length.</param> <param name="max">Maximum length.</param> <param name="attempt">Redraw number, 0 first.</param>
    public string Country(ulong stream, long row, int min, int max, int attempt = 0)
    {
        var draws = new WordDraws(stream, row, attempt);
        return Fit(draws.Pick(_data.Countries), min, max, ref draws);
    }

    /// <summary>A two-letter country code.</summary>
    /// <param name="stream">The member's stream key.</param> <param name="row">The row index.</param>
    /// <param name="min">Minimum length.</param> <param name="max">Maximum length.</param> <param name="attempt">Redraw number, 0 first.</param>
    public string CountryCode(ulong stream, long row, int min, int max, int attempt = 0)
    {
        var draws = new WordDraws(stream, row, attempt);
        return Fit(draws.Pick(_data.CountryCodes), min, max, ref draws);
    }

    /// <summary>A company name.</summary>
    /// <param name="stream">The member's stream key.</param> <param name="row">The row index.</param>
    /// <param name="min">Minimum length.</param> <param name="max">Maximum length.</param> <param name="attempt">Redraw number, 0 first.</param>
    public string CompanyName(ulong stream, long row, int min, int max, int attempt = 0)
    {
        var draws = new WordDraws(stream, row, attempt);
        var name = draws.Below(3) switch
        {
            // string.Concat allocates the exact length once; interpolation rents and returns a pooled buffer per call.
            0 => string.Concat(draws.Pick(_data.LastNames), " ", draws.Pick(_data.CompanySuffixes)),
            1 => string.Concat(draws.Pick(_data.LastNames), "-", draws.Pick(_data.LastNames)),
            _ => string.Concat([draws.Pick(_data.LastNames), ", ", draws.Pick(_data.LastNames), " and ", draws.Pick(_data.LastNames)]),
        };
        return Fit(name, min, max, ref draws);
    }

    /// <summary>A product name: adjective, material, product.</summary>
    /// <param name="stream">The member's stream key.</param> <param name="row">The row index.</param>
    /// <param name="min">Minimum length.</param> <param name="max">Maximum length.</param> <param name="attempt">Redraw number, 0 first.</param>
    public string ProductName(ulong stream, long row, int min, int max, int attempt = 0)
    {
        var draws = new WordDraws(stream, row, attempt);
        var name = $"{draws.Pick(_data.ProductAdjectives)} {draws.Pick(_data.ProductMaterials)} {draws.Pick(_data.Products)}";
        return Fit(name, min, max, ref draws);
    }

    /// <summary>An absolute https URL.</summary>
    /// <param name="stream">The member's stream key.</param> <param name="row">The row index.</param>
    /// <param name="min">Minimum length.</param> <param name="max">Maximum length, at least <see cref="MinUrlLength"/>.</param> <param name="attempt">Redraw number, 0 first.</param>
    public string Url(ulong stream, long row, int min, int max, int attempt = 0)
    {
        var draws = new WordDraws(stream, row, attempt);
        var host = AsciiLower(draws.Pick(_data.LastNames));
        var suffix = draws.Pick(_data.DomainSuffixes);
        var url = $"https://www.{host}.{suffix}";
        if (url.Length > max)
        {
            // Drop "www." first, then shorten the host; "https://a.io" is the shortest form.
            url = $"https://{host}.{suffix}";
            if (url.Length > max)
            {
                suffix = "io";
                url = $"https://{host[..Math.Max(1, Math.Min(host.Length, max - 12 + 1))]}.{suffix}";
            }
        }
        var padding = min - url.Length;
        if (padding > 0) url = $"{url}/{AsciiLower(draws.Pick(_data.Words))}{new string('x', padding)}"[..min];
        return url;
    }

    /// <summary>A capitalised sentence of lorem words ending with a full stop.</summary>
    /// <param name="stream">The member's stream key.</param> <param name="row">The row index.</param>
    /// <param name="min">Minimum length.</param> <param name="max">Maximum length.</param> <param name="attempt">Redraw number, 0 first.</param>
    public string Sentence(ulong stream, long row, int min, int max, int attempt = 0)
    {
        var draws = new WordDraws(stream, row, attempt);
        var words = 4 + draws.Below(9);
        var sentence = new System.Text.StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0) sentence.Append(' ');
            sentence.Append(draws.Pick(_data.Words));
        }
        sentence[0] = char.ToUpperInvariant(sentence[0]);
        sentence.Append('.');
        return Fit(sentence.ToString(), min, max, ref draws);
    }

    /// <summary>Lower-case words, of a length drawn from [min, min(max, min + 40)].</summary>
    /// <param name="stream">The member's stream key.</param> <param name="row">The row index.</param>
    /// <param name="min">Minimum length.</param> <param name="max">Maximum length.</param> <param name="attempt">Redraw number, 0 first.</param>
    public string Text(ulong stream, long row, int min, int max, int attempt = 0)
    {
        var draws = new WordDraws(stream, row, attempt);
        var upper = (int)Math.Min(max, Math.Max(min, 1) + 40L);
        var length = Math.Max(min, 1) + draws.Below(upper - Math.Max(min, 1) + 1);
        return Fit(Words(ref draws, Math.Min(length, max)), min, max, ref draws);
    }

    /// <summary>
    /// <paramref name="text"/> with <paramref name="number"/> woven in after <paramref name="separator"/>: at the end,
    /// or before the <c>@</c> of an email. Distinct numbers give distinct texts whatever the text, because the
    /// number is read back after the last separator (which the number itself never contains). The text is
    /// cut to keep the whole within <paramref name="max"/>; the generator reserved room for at least one character of it.
    /// </summary>
    /// <param name="text">The text drawn for the row.</param>
    /// <param name="number">The row's distinct number.</param>
    /// <param name="separator">What separates text and number: <c>.</c> for emails and user names, <c>/</c> for URLs, a space otherwise.</param>
    /// <param name="max">Maximum length.</param>
    public static string Numbered(string text, ulong number, char separator, int max)
    {
        var suffix = separator + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var at = separator == '.' ? text.IndexOf('@') : -1;
        if (at < 0) return text[..Math.Min(text.Length, max - suffix.Length)] + suffix;
        var domain = text[at..];
        // An email keeps its shape: a short domain before a too-short local part.
        if (1 + suffix.Length + domain.Length > max) domain = "@b.io";
        var local = text[..Math.Min(at, max - suffix.Length - domain.Length)];
        if (local.Length > 1) local = local.TrimEnd('.', '_');
        return local + suffix + domain;
    }

    /// <summary>Words separated by spaces, exactly <paramref name="length"/> characters, not ending in a space.</summary>
    private string Words(ref WordDraws draws, int length)
    {
        var text = new System.Text.StringBuilder(length + 16);
        while (text.Length < length)
        {
            if (text.Length > 0) text.Append(' ');
            text.Append(draws.Pick(_data.Words));
        }
        if (length > 0 && text[length - 1] == ' ') text[length - 1] = draws.Pick(_data.Words)[0];
        return text.ToString(0, length);
    }

    /// <summary>Cuts to <paramref name="max"/> (at a word end where that keeps <paramref name="min"/>) or pads with words to <paramref name="min"/>.</summary>
    private string Fit(string value, int min, int max, ref WordDraws draws)
    {
        if (value.Length > max)
        {
            var cut = value[..max].TrimEnd(' ', ',', '-', '.');
            value = cut.Length >= min ? cut : value[..max];
        }
        if (value.Length >= min) return value;
        var gap = min - value.Length;
        // A space then words fill the gap exactly; a one-character gap takes a letter.
        return gap == 1 ? value + draws.Pick(_data.Words)[0] : value + " " + Words(ref draws, gap - 1);
    }

    /// <summary>Cuts to <paramref name="max"/> or pads with digits to <paramref name="min"/> (phones, codes, user names).</summary>
    private static string FitDigits(string value, int min, int max, ref WordDraws draws)
    {
        if (value.Length > max) value = value[..max];
        return value.Length < min ? AppendDigits(value, min - value.Length, ref draws) : value;
    }

    private static string AppendDigits(string value, int count, ref WordDraws draws)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++) chars[i] = draws.Digit();
        return value + new string(chars);
    }

    /// <summary>ASCII letters and digits only, lower-cased without culture data, so every platform agrees.</summary>
    internal static string AsciiLower(string value)
    {
        var chars = new char[value.Length];
        var n = 0;
        foreach (var c in value)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') chars[n++] = c;
            else if (c is >= 'A' and <= 'Z') chars[n++] = (char)(c + ('a' - 'A'));
        }
        return n == 0 ? "user" : new string(chars, 0, n);
    }
}
