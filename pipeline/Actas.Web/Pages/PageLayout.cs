using System.Text;
using Actas.Web.Report;

namespace Actas.Web.Pages;

/// <summary>The frame of every workbench page: Spanish, UTF-8, the shared stylesheet and the local script, the navigation.</summary>
internal static class PageLayout
{
    public static string Page(string title, string body)
    {
        var html = new StringBuilder(body.Length + 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(HtmlText.Encode(title)).Append(" · Actas</title>\n<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"/estilo.css\">\n")
            .Append("<script src=\"/app.js\" defer></script>\n</head>\n<body>\n")
            .Append("<nav><a href=\"/\">Espacios</a> <a href=\"/matriz\">Matriz</a> <a href=\"/revision\">Revisión</a> ")
            .Append("<a href=\"/buscar\">Búsqueda</a> <a href=\"/reentrenar\">Reentrenar</a></nav>\n<main>\n<h1>")
            .Append(HtmlText.Encode(title)).Append("</h1>\n").Append(body).Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A hidden anti-forgery field for a POST form.</summary>
    public static string TokenField(string fieldName, string? token) =>
        $"<input type=\"hidden\" name=\"{HtmlText.Encode(fieldName)}\" value=\"{HtmlText.Encode(token)}\">";

    public static string Status(string status) => status switch
    {
        "reported" => "reportado",
        "partial" => "parcial",
        "not_reported" => "no reportado",
        _ => status,
    };

    public static string StatusMark(string status) =>
        $"<span class=\"status\" data-status=\"{HtmlText.Encode(status)}\" style=\"background:{StatusStyle.Colour(status)}\">{StatusStyle.Mark(status)}</span> {HtmlText.Encode(Status(status))}";
}
