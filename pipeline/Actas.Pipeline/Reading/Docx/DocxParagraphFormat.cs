using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>Paragraph properties resolved against the style chain.</summary>
public static class DocxParagraphFormat
{
    /// <summary>The paragraph's own style, or the document's default paragraph style.</summary>
    public static string? StyleId(W.Paragraph paragraph, DocxStyles styles) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? styles.DefaultParagraphStyleId;

    /// <summary><c>w:pageBreakBefore</c> on the paragraph, else on its style.</summary>
    public static bool PageBreakBefore(W.Paragraph paragraph, DocxStyles styles) =>
        LenientValues.On(paragraph.ParagraphProperties?.PageBreakBefore) ?? styles.PageBreakBefore(StyleId(paragraph, styles));

    /// <summary>1-based heading level from the paragraph's outline level, else its style; null for body text.</summary>
    public static int? HeadingLevel(W.Paragraph paragraph, DocxStyles styles)
    {
        if (LenientValues.Int(paragraph.ParagraphProperties?.OutlineLevel?.Val) is { } outline)
        {
            return outline is >= 0 and < 9 ? outline + 1 : null;
        }

        return styles.HeadingLevel(StyleId(paragraph, styles));
    }

    /// <summary>(numId, 0-based level) of the paragraph's numbering, own or from its style; null when not numbered.</summary>
    public static (int NumId, int Level)? Numbering(W.Paragraph paragraph, DocxStyles styles)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        var fromStyle = styles.Numbering(StyleId(paragraph, styles));
        var numId = LenientValues.Int(own?.NumberingId?.Val) ?? LenientValues.Int(fromStyle?.NumberingId?.Val);
        if (numId is null or 0)
        {
            return null;
        }

        var level = LenientValues.Int(own?.NumberingLevelReference?.Val, 0, 8) ?? LenientValues.Int(fromStyle?.NumberingLevelReference?.Val, 0, 8) ?? 0;
        return (numId.Value, level);
    }

    /// <summary>
    /// Whether every run with visible text is bold (run, character style, paragraph style). Real
    /// actas often mark headings only this way: "ASISTENCIA" as a bold Normal paragraph.
    /// </summary>
    public static bool AllBold(W.Paragraph paragraph, DocxStyles styles)
    {
        var paragraphBold = styles.Bold(StyleId(paragraph, styles)) ?? false;
        var any = false;
        foreach (var run in paragraph.Descendants<W.Run>())
        {
            if (!run.Elements<W.Text>().Any(t => !string.IsNullOrWhiteSpace(t.Text)))
            {
                continue;
            }

            any = true;
            var properties = run.RunProperties;
            var bold = LenientValues.On(properties?.Bold) ?? styles.Bold(properties?.RunStyle?.Val?.Value) ?? paragraphBold;
            if (!bold)
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>Whether the paragraph ends a section that starts on a new page (any section type but continuous).</summary>
    public static bool EndsPageSection(W.Paragraph paragraph) =>
        paragraph.ParagraphProperties?.SectionProperties is { } section &&
        section.GetFirstChild<W.SectionType>()?.Val?.InnerText is not "continuous";
}
