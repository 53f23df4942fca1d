using System;
using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning;

/// <summary>Infers the kind of text a string member holds from its name (and, for a bare <c>Name</c>, its entity's name).</summary>
internal static class SemanticInference
{
    // Longer, more specific endings first: "CountryCode" must not be taken for "Code", nor "CompanyName" for "Name".
    private static readonly (string Ending, SemanticKind Kind)[] Endings =
    {
        ("EmailAddress", SemanticKind.Email), ("Email", SemanticKind.Email), ("Mail", SemanticKind.Email),
        ("PhoneNumber", SemanticKind.Phone), ("Phone", SemanticKind.Phone), ("Mobile", SemanticKind.Phone), ("Telephone", SemanticKind.Phone), ("Fax", SemanticKind.Phone),
        ("FirstName", SemanticKind.FirstName), ("MiddleName", SemanticKind.FirstName), ("GivenName", SemanticKind.FirstName), ("Forename", SemanticKind.FirstName),
        ("LastName", SemanticKind.LastName), ("Surname", SemanticKind.LastName), ("FamilyName", SemanticKind.LastName),
        ("FullName", SemanticKind.FullName), ("DisplayName", SemanticKind.FullName), ("ContactName", SemanticKind.FullName),
        ("UserName", SemanticKind.UserName), ("Username", SemanticKind.UserName), ("Login", SemanticKind.UserName), ("Handle", SemanticKind.UserName),
        ("CompanyName", SemanticKind.CompanyName), ("Company", SemanticKind.CompanyName), ("Employer", SemanticKind.CompanyName), ("Organization", SemanticKind.CompanyName), ("Organisation", SemanticKind.CompanyName),
        ("ProductName", SemanticKind.ProductName),
        ("CountryCode", SemanticKind.CountryCode), ("Country", SemanticKind.Country),
        ("ZipCode", SemanticKind.ZipCode), ("Zip", SemanticKind.ZipCode), ("PostalCode", SemanticKind.ZipCode), ("PostCode", SemanticKind.ZipCode), ("Postcode", SemanticKind.ZipCode),
        ("City", SemanticKind.City), ("Town", SemanticKind.City),
        ("State", SemanticKind.State), ("Province", SemanticKind.State), ("Region", SemanticKind.State),
        ("AddressLine", SemanticKind.Street), ("Address", SemanticKind.Street), ("Street", SemanticKind.Street), ("Line1", SemanticKind.Street),
        ("Website", SemanticKind.Url), ("WebSite", SemanticKind.Url), ("Homepage", SemanticKind.Url), ("Url", SemanticKind.Url), ("Uri", SemanticKind.Url),
        ("Description", SemanticKind.Sentence), ("Notes", SemanticKind.Sentence), ("Note", SemanticKind.Sentence), ("Comment", SemanticKind.Sentence), ("Summary", SemanticKind.Sentence), ("Bio", SemanticKind.Sentence), ("Title", SemanticKind.Sentence),
    };

    private static readonly string[] ProductEntities = { "Product", "Item", "Article", "Sku", "Good" };
    private static readonly string[] CompanyEntities = { "Company", "Account", "Organization", "Organisation", "Supplier", "Vendor", "Merchant", "Tenant", "Employer", "Business" };

    public static SemanticKind Infer(string memberName, string entityName)
    {
        foreach (var (ending, kind) in Endings)
        {
            if (memberName.EndsWith(ending, StringComparison.Ordinal)) return kind;
        }
        if (memberName.EndsWith("Name", StringComparison.Ordinal))
        {
            if (Contains(entityName, ProductEntities)) return SemanticKind.ProductName;
            if (Contains(entityName, CompanyEntities)) return SemanticKind.CompanyName;
            return SemanticKind.FullName;
        }
        return SemanticKind.Text;
    }

    private static bool Contains(string name, string[] words)
    {
        foreach (var word in words)
        {
            if (name.IndexOf(word, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }
}
