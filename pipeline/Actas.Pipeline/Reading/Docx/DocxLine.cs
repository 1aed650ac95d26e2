namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// A stretch of a Word paragraph between breaks (<c>w:br</c>, <c>w:cr</c>). Text is raw:
/// tabs kept as '\t', whitespace not yet collapsed.
/// </summary>
/// <param name="PageBreakAfter">The stretch ends at a page break (<c>w:br w:type="page"</c>), not a line break.</param>
public sealed record DocxLine(string Text, bool PageBreakAfter);
