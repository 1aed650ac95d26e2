using System.Globalization;

namespace Actas.Cli.Tests.Report;

/// <summary>Issue 14, item 6: <c>actas report</c> writes its page in Spanish when the culture is Spanish
/// (LANG=es_MX.UTF-8), in English otherwise; document text is the same in both.</summary>
public sealed class ReportLanguageTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;
    private readonly ReportDatabase _db = new();

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _culture;
        _db.Dispose();
    }

    private string ReportUnder(string culture)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        return File.ReadAllText(_db.WriteReport());
    }

    [Fact]
    public void Spanish_culture_gets_a_spanish_page()
    {
        var html = ReportUnder("es-MX");

        Assert.Contains("<html lang=\"es\">", html);
        Assert.Contains("seguimiento de los Espacios de Participación", html);
        Assert.DoesNotContain("follow-up of the Participation Spaces", html);
        Assert.Contains("Víctimas de Trata", html);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("")]
    public void Other_cultures_get_an_english_page_with_the_same_document_text(string culture)
    {
        var html = ReportUnder(culture);

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("follow-up of the Participation Spaces", html);
        Assert.DoesNotContain("seguimiento de los Espacios", html);
        Assert.Contains("Víctimas de Trata", html);
    }
}
