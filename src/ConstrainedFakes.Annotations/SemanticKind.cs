namespace ConstrainedFakes;

/// <summary>Kinds of realistic text, drawn from Bogus' locale data.</summary>
// The generator and analyzer compile this file too (one list of kinds, no copy to drift), as an internal type.
#if CONSTRAINEDFAKES_COMPILER
internal
#else
public
#endif
enum SemanticKind
{
    /// <summary>No particular kind: lower-case words.</summary>
    Text = 0,
    /// <summary>A given name, e.g. <c>Aaliyah</c>.</summary>
    FirstName,
    /// <summary>A family name, e.g. <c>Kuhlman</c>.</summary>
    LastName,
    /// <summary>Given and family name, consistent with the row's own first and last names.</summary>
    FullName,
    /// <summary>A user name built from the row's names.</summary>
    UserName,
    /// <summary>An email address built from the row's names.</summary>
    Email,
    /// <summary>A phone number in one of the locale's formats.</summary>
    Phone,
    /// <summary>A street address line: number, name and suffix.</summary>
    Street,
    /// <summary>A city name.</summary>
    City,
    /// <summary>A state or region abbreviation.</summary>
    State,
    /// <summary>A postal code.</summary>
    ZipCode,
    /// <summary>A country name.</summary>
    Country,
    /// <summary>A two-letter country code.</summary>
    CountryCode,
    /// <summary>A company name.</summary>
    CompanyName,
    /// <summary>A product name, e.g. <c>Ergonomic Steel Chair</c>.</summary>
    ProductName,
    /// <summary>An absolute https URL.</summary>
    Url,
    /// <summary>A sentence of lorem words.</summary>
    Sentence,
}
