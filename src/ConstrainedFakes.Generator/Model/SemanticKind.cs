namespace ConstrainedFakes.Generator.Model;

/// <summary>
/// The compiler-side copy of <c>ConstrainedFakes.SemanticKind</c> (the generator cannot reference the
/// annotations assembly): the numeric values must stay equal to it, which a test checks.
/// </summary>
internal enum SemanticKind
{
    Text = 0,
    FirstName,
    LastName,
    FullName,
    UserName,
    Email,
    Phone,
    Street,
    City,
    State,
    ZipCode,
    Country,
    CountryCode,
    CompanyName,
    ProductName,
    Url,
    Sentence,
}
