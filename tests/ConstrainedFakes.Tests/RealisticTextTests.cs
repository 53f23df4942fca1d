using CsCheck;
using ConstrainedFakes.Text;

namespace ConstrainedFakes.Tests;

/// <summary>Every kind of text stays within any length limits the generator lets through, for any row.</summary>
public class RealisticTextTests
{
    private static readonly RealisticText English = RealisticText.For("en");

    private static readonly (string Kind, int Shortest, Func<ulong, long, int, int, string> Draw)[] Kinds =
    {
        ("FirstName", 0, (s, r, min, max) => English.FirstName(s, r, min, max)),
        ("LastName", 0, (s, r, min, max) => English.LastName(s, r, min, max)),
        ("FullName", 0, (s, r, min, max) => English.FullName(null, null, s, r, min, max)),
        ("UserName", 0, (s, r, min, max) => English.UserName("Zoë", "O'Neil", s, r, min, max)),
        ("Email", RealisticText.MinEmailLength, (s, r, min, max) => English.Email(null, null, s, r, min, max)),
        ("Phone", 0, (s, r, min, max) => English.Phone(s, r, min, max)),
        ("Street", 0, (s, r, min, max) => English.Street(s, r, min, max)),
        ("City", 0, (s, r, min, max) => English.City(s, r, min, max)),
        ("State", 0, (s, r, min, max) => English.State(s, r, min, max)),
        ("ZipCode", 0, (s, r, min, max) => English.ZipCode(s, r, min, max)),
        ("Country", 0, (s, r, min, max) => English.Country(s, r, min, max)),
        ("CountryCode", 0, (s, r, min, max) => English.CountryCode(s, r, min, max)),
        ("CompanyName", 0, (s, r, min, max) => English.CompanyName(s, r, min, max)),
        ("ProductName", 0, (s, r, min, max) => English.ProductName(s, r, min, max)),
        ("Url", RealisticText.MinUrlLength, (s, r, min, max) => English.Url(s, r, min, max)),
        ("Sentence", 0, (s, r, min, max) => English.Sentence(s, r, min, max)),
        ("Text", 0, (s, r, min, max) => English.Text(s, r, min, max)),
    };

    [Fact]
    public void EveryKindFitsAnyFeasibleLengthLimits()
    {
        var limits =
            from kind in Gen.Int[0, Kinds.Length - 1]
            from max in Gen.Int[0, 120]
            from min in Gen.Int[0, 120]
            from stream in Gen.ULong
            from row in Gen.Long[0, long.MaxValue]
            select (kind, min, max, stream, row);
        limits.Sample(x =>
        {
            var (name, shortest, draw) = Kinds[x.kind];
            var max = Math.Max(x.max, shortest);
            var min = Math.Min(x.min, max);
            var text = draw(x.stream, x.row, min, max);
            Assert.True(text.Length >= min && text.Length <= max, $"{name} '{text}' is not {min}..{max} long");
        }, iter: 20_000);
    }

    [Fact]
    public void EmailsStayAddressesEvenWhenShort()
    {
        for (var max = RealisticText.MinEmailLength; max < 30; max++)
        {
            for (long row = 0; row < 200; row++)
            {
                var email = English.Email("Maximilian", "Vandenberghe-Castellanos", 1, row, 1, max);
                var at = email.IndexOf('@');
                Assert.True(at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.'), email);
            }
        }
    }

    [Fact]
    public void UrlsStayAbsoluteEvenWhenShort()
    {
        for (var max = RealisticText.MinUrlLength; max < 40; max++)
        {
            for (long row = 0; row < 100; row++)
            {
                var url = English.Url(3, row, 1, max);
                Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == "https", url);
            }
        }
    }

    [Fact]
    public void NonAsciiNamesMakeAsciiAddresses()
        => Assert.Matches("^[a-z0-9._]+@[a-z.]+$", English.Email("Zoë", "Ångström", 5, 0, 1, 100));
}
