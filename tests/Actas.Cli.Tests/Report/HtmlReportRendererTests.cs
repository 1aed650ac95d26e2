using System.Text.RegularExpressions;
using Actas.Web.Report;
using Actas.Storage.Queries;
using Actas.Storage.Report;

namespace Actas.Cli.Tests.Report;

public sealed class HtmlReportRendererTests
{
    private static BodyReport Body(string name, string institution) => new(
        name,
        [new ReportSession(1, "2018-03-01", 1), new ReportSession(2, "2018-06-01", 2)],
        [
            new MatrixRow(520, null, "Capacitación <b>y</b> difusión", [MatrixStatus.Partial, MatrixStatus.Reported]),
            new MatrixRow(520, "520.1", null, [MatrixStatus.NotReported, MatrixStatus.NotReviewed]),
        ],
        [new AttendanceRow { Body = name, Institution = institution, SessionsAttended = 1, SessionsHeld = 2, FirstDate = "2018-03-01", LastDate = "2018-03-01" }],
        [new FigureSeries(520, "personas <i>", [new FigurePoint("2018-03-01", 609), new FigurePoint("2018-06-01", 700)])],
        [],
        [new FeedbackMix(institution, [new LabelCount("exhorta", 2), new LabelCount("<img src=x>", 1)])]);

    private static string Render(string name = "Víctimas de Trata & Explotación", string institution = "<script>alert(1)</script>") =>
        new HtmlReportRenderer().Render(new ReportData(new QueryFilter(Body: "<trata>"), [Body(name, institution)]));

    [Fact]
    public void Document_text_is_encoded_and_accents_are_kept()
    {
        var html = Render();

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>y</b>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<i>", html);
        Assert.Contains("Víctimas de Trata &amp; Explotación", html);
        Assert.Contains("&lt;trata&gt;", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
    }

    [Fact]
    public void Matrix_cells_carry_their_status_and_its_colour()
    {
        var html = Render();

        var cells = Regex.Matches(html, "<td data-status=\"([a-z_]+)\" style=\"background:(#[0-9a-f]{6})\"")
            .Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}")
            .ToList();
        // Latest session first: 2018-06-01, then 2018-03-01.
        Assert.Equal(["reported #2e7d32", "partial #f9a825", "not_reviewed #e0e0e0", "not_reported #c62828"], cells);
        Assert.Contains("<table class=\"matrix\" id=\"matrix-1\">", html);
        Assert.Equal(4, Regex.Matches(html, "<li><span class=\"swatch\"").Count);
    }

    [Fact]
    public void A_matrix_limited_to_the_latest_session_keeps_that_column_and_rows_reviewed_in_it()
    {
        var html = new HtmlReportRenderer(matrixSessions: 1).Render(new ReportData(QueryFilter.None, [Body("Trata", "PGJ")]));

        // Only 2018-06-01's column: 520 was reported there; 520.1 was not reviewed there, so its row goes.
        var cells = Regex.Matches(html, "<td data-status=\"([a-z_]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["reported"], cells);
        Assert.DoesNotContain("<th class=\"date\">2018-03-01", html);
        Assert.Contains("<th class=\"date\">2018-06-01", html);
        Assert.DoesNotContain("Meta 520.1", html);
        Assert.Contains("Las últimas 1 de 2 sesiones (desde el 2018-06-01)", html);
    }

    [Fact]
    public void Charts_limited_per_body_keep_the_series_given_in_most_sessions()
    {
        var body = Body("Trata", "PGJ") with
        {
            Trends =
            [
                new FigureSeries(516, "operativos", [new FigurePoint("2018-03-01", 81), new FigurePoint("2018-06-01", 90)]),
                new FigureSeries(520, "personas", [new FigurePoint("2018-03-01", 609), new FigurePoint("2018-06-01", 700), new FigurePoint("2018-09-01", 720)]),
                new FigureSeries(523, "horas", [new FigurePoint("2018-03-01", 20), new FigurePoint("2018-06-01", 24)]),
            ],
        };

        var html = new HtmlReportRenderer(charts: 1).Render(new ReportData(QueryFilter.None, [body]));

        Assert.Equal(["Estrategia 520: personas"], Regex.Matches(html, "<figcaption>([^<]*)</figcaption>").Select(m => m.Groups[1].Value));
        Assert.Contains("1 de 3 series", html);
    }

    [Fact]
    public void Figure_trends_are_inline_svg_without_external_references()
    {
        var html = Render();

        Assert.Contains("<figure class=\"figure-chart\">", html);
        Assert.Matches("<svg[^>]*>", html);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("@font-face", html);
    }
}
