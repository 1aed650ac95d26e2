using System.Globalization;
using Actas.Storage.Report;

namespace Actas.Web.Report;

/// <summary>How each <see cref="MatrixStatus"/> looks in the matrix and its legend.</summary>
public static class StatusStyle
{
    /// <summary>Background colour of a cell with <paramref name="status"/>; unknown values get the not-reviewed grey.</summary>
    public static string Colour(string status) => status switch
    {
        MatrixStatus.Reported => "#2e7d32",
        MatrixStatus.Partial => "#f9a825",
        MatrixStatus.NotReported => "#c62828",
        _ => "#e0e0e0",
    };

    /// <summary>The cell's text: a mark that does not depend on colour alone.</summary>
    public static string Mark(string status) => status switch
    {
        MatrixStatus.Reported => "✓",
        MatrixStatus.Partial => "½",
        MatrixStatus.NotReported => "✗",
        _ => "",
    };

    /// <summary>The status in words, beside the mark in each cell and in the legend (<see cref="WebText"/>; null: Spanish).</summary>
    public static string Caption(string status, CultureInfo? culture = null) => WebText.Text(status switch
    {
        MatrixStatus.Reported => "web.status.reported",
        MatrixStatus.Partial => "web.status.partial",
        MatrixStatus.NotReported => "web.status.not_reported",
        _ => "web.status.not_reviewed",
    }, culture);
}
