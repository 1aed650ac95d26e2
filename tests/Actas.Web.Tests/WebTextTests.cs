using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Actas.Storage.Queries;
using Actas.Storage.Report;
using Actas.Web.Report;

namespace Actas.Web.Tests;

/// <summary>The words shared by <c>actas report</c> and the workbench (Resources/WebStrings*.resx): Spanish by default, every key in both languages.</summary>
public sealed class WebTextTests
{
    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        new ResourceManager("Actas.Web.Resources.WebStrings", typeof(WebText).Assembly)
            .GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Fact]
    public void Every_key_has_spanish_and_english_text_with_the_same_placeholders()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var spanish = Entries(CultureInfo.GetCultureInfo("es"));

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), spanish.Keys.Order(StringComparer.Ordinal));
        Assert.All(english.Keys, key => Assert.True(key.StartsWith("report.", StringComparison.Ordinal) || key.StartsWith("web.", StringComparison.Ordinal), key));
        Assert.All(english, e => Assert.Equal(
            Regex.Matches(e.Value, @"\{\d+\}").Select(m => m.Value).Order(),
            Regex.Matches(spanish[e.Key], @"\{\d+\}").Select(m => m.Value).Order()));
    }

    private static ReportData Data()
    {
        var body = new BodyReport(
            null,
            [new ReportSession(1, "2018-03-01", 1), new ReportSession(2, "2018-06-01", 2)],
            [new MatrixRow(520, null, "Capacitación", [MatrixStatus.Reported, MatrixStatus.NotReported])],
            [new AttendanceRow { Body = null, Institution = null, SessionsAttended = 1, SessionsHeld = 2, FirstDate = "2018-03-01", LastDate = "2018-03-01" }],
            [new FigureSeries(520, "personas", [new FigurePoint("2018-03-01", 609), new FigurePoint("2018-06-01", 700)])],
            [new FigureRow { SessionDate = "2018-06-01", Strategy = 520, Unit = "personas", Value = 700, Role = "total", Check = "mismatch: parts sum to 650" }],
            [new FeedbackMix(null, [new LabelCount("avance", 2)])]);
        return new ReportData(new QueryFilter("trata", "2018-01-01"), [body]);
    }

    [Fact]
    public void The_static_report_speaks_spanish_outside_the_matrix_too()
    {
        var html = new HtmlReportRenderer().Render(Data());
        var text = Regex.Replace(Regex.Replace(html, "<style>.*?</style>", "", RegexOptions.Singleline), "<[^>]+>", " ");

        foreach (var expected in new[]
                 {
                     "1 Espacios, 2 sesiones; Espacio contiene «trata», desde el 2018-01-01.", "(sesiones sin Espacio)", "Estrategias × sesiones",
                     "Asistencia por institución", "Sesiones con asistencia", "(sin institución)", "Cifras en el tiempo", "Estrategia 520: personas",
                     "Fecha de la sesión", "personas (número)", "Totales cuyas partes no suman el total", "las partes suman 650",
                     "Etiquetas de la retroalimentación por institución", "(sin una sola institución)", "Proporción",
                     "Estrategia / meta", "no reportado",
                 })
        {
            Assert.Contains(expected, text);
        }

        foreach (var english in new[] { "bodies", "sessions", "Attendance", "Institution", "Figures", "Strategy", "Totals", "parts sum", "Feedback", "(no " })
        {
            Assert.DoesNotContain(english, text);
        }

        Assert.Contains("<html lang=\"es\">", html);
    }

    [Fact]
    public void The_report_in_english_when_asked_uses_the_same_keys()
    {
        var html = new HtmlReportRenderer(culture: CultureInfo.InvariantCulture).Render(Data());

        Assert.Contains("1 bodies, 2 sessions; body contains “trata”, from 2018-01-01.", html);
        Assert.Contains("<figcaption>Strategy 520: personas</figcaption>", html);
        Assert.Contains(">personas (number)</text>", html);
        Assert.Contains("parts sum to 650", html);
        Assert.Contains(">Strategy / goal</th>", html);
        Assert.Contains("<span class=\"sr\">not reported</span>", html);
        Assert.Contains("<html lang=\"en\">", html);
    }
}
