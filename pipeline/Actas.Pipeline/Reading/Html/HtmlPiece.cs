using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Reading.Html;

/// <summary>
/// One piece of an HTML flow in reading order: a paragraph (its soft lines, role, level and list label) or a table.
/// </summary>
/// <param name="Lines">The stretches between <c>&lt;br&gt;</c>s, whitespace collapsed, none empty; empty for a table.</param>
/// <param name="Table">The table, its location a placeholder the caller replaces; null for a paragraph.</param>
internal sealed record HtmlPiece(IReadOnlyList<string> Lines, ParagraphRole Role, int? Level, string? Label, Table? Table)
{
    /// <summary>The soft lines joined by spaces.</summary>
    public string Text => string.Join(' ', Lines);
}
