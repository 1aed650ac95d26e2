using System.Globalization;
using System.Text;
using Actas.Web.Report;

namespace Actas.Web.Pages;

/// <summary>
/// The frame of every workbench page: the request's language (<c>&lt;html lang&gt;</c>), UTF-8, the shared stylesheet and
/// the local script, the navigation. The language is the request's UI culture, which <c>RequestLocalization</c> set
/// from the browser's Accept-Language or, without one, from the culture <c>actas serve</c> runs under.
/// </summary>
internal static class PageLayout
{
    /// <summary>The request's language.</summary>
    public static CultureInfo Culture => CultureInfo.CurrentUICulture;

    /// <summary>The text for <paramref name="key"/> (<c>Resources/WebStrings*.resx</c>) in the request's language.</summary>
    public static string T(string key) => WebText.Text(key, Culture);

    /// <summary>The text for <paramref name="key"/> with its placeholders filled, numbers as the request's culture writes them.</summary>
    public static string F(string key, params object?[] values) => WebText.Format(key, Culture, values);

    /// <summary>A number as the request's culture writes it: "1,234" in es-MX and en-US.</summary>
    public static string Number(decimal value, string format = "#,0.##") => value.ToString(format, WebText.Formatting(Culture));

    /// <summary>A table's heading cells, one per key, in the request's language.</summary>
    public static string Headings(params string[] keys) => string.Concat(keys.Select(k => "<th>" + HtmlText.Encode(T(k)) + "</th>"));

    public static string Page(string title, string body)
    {
        var html = new StringBuilder(body.Length + 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(WebText.Language(Culture)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(HtmlText.Encode(title)).Append(" · Actas</title>\n<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"/estilo.css\">\n")
            .Append("<script src=\"/app.js\" defer></script>\n</head>\n<body>\n")
            .Append("<nav><a href=\"/\">").Append(T("web.nav.bodies")).Append("</a> <a href=\"/matriz\">").Append(T("web.nav.matrix"))
            .Append("</a> <a href=\"/revision\">").Append(T("web.nav.review")).Append("</a> <a href=\"/buscar\">").Append(T("web.nav.search"))
            .Append("</a> <a href=\"/reentrenar\">").Append(T("web.nav.retrain")).Append("</a></nav>\n<main>\n<h1>")
            .Append(HtmlText.Encode(title)).Append("</h1>\n").Append(body).Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A hidden anti-forgery field for a POST form.</summary>
    public static string TokenField(string fieldName, string? token) =>
        $"<input type=\"hidden\" name=\"{HtmlText.Encode(fieldName)}\" value=\"{HtmlText.Encode(token)}\">";

    public static string StatusMark(string status) =>
        $"<span class=\"status\" data-status=\"{HtmlText.Encode(status)}\" style=\"background:{StatusStyle.Colour(status)}\">{StatusStyle.Mark(status)}</span> {HtmlText.Encode(StatusStyle.Caption(status, Culture))}";

    /// <summary>A feedback item's section in words: "observación" or "retroalimentación".</summary>
    public static string Section(string? section) => T(section == "observacion" ? "web.section.remark" : "web.section.feedback");
}
