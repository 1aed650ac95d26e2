using System.Xml.Linq;
using static Actas.Pipeline.Reading.Docx.WordNames;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>Paragraph (<c>w:p</c>) properties resolved against the style chain.</summary>
public static class DocxParagraphFormat
{
    /// <summary>The paragraph's own style, or the document's default paragraph style.</summary>
    public static string? StyleId(XElement paragraph, DocxStyles styles) =>
        ChildVal(paragraph.Element(ParagraphProperties), ParagraphStyle) ?? styles.DefaultParagraphStyleId;

    /// <summary><c>w:pageBreakBefore</c> on the paragraph, else on its style.</summary>
    public static bool PageBreakBefore(XElement paragraph, DocxStyles styles) =>
        LenientValues.On(paragraph.Element(ParagraphProperties)?.Element(WordNames.PageBreakBefore)) ?? styles.PageBreakBefore(StyleId(paragraph, styles));

    /// <summary>1-based heading level from the paragraph's outline level, else its style; null for body text.</summary>
    public static int? HeadingLevel(XElement paragraph, DocxStyles styles)
    {
        if (LenientValues.Int(ChildVal(paragraph.Element(ParagraphProperties), OutlineLevel)) is { } outline)
        {
            return outline is >= 0 and < 9 ? outline + 1 : null;
        }

        return styles.HeadingLevel(StyleId(paragraph, styles));
    }

    /// <summary>
    /// (numId, 0-based level) of the paragraph's numbering, own or from its style; null when not numbered. A
    /// paragraph numbered through its style with no level of its own is at the list level tied to that style
    /// (<c>w:lvl/w:pStyle</c>), as Word's "Heading 2" in a multilevel list is.
    /// </summary>
    public static (int NumId, int Level)? Numbering(XElement paragraph, DocxStyles styles, DocxListNumbering? lists = null)
    {
        var own = paragraph.Element(ParagraphProperties)?.Element(NumberingProperties);
        var styleId = StyleId(paragraph, styles);
        var fromStyle = styles.Numbering(styleId);
        var numId = LenientValues.Int(ChildVal(own, NumberingId)) ?? LenientValues.Int(ChildVal(fromStyle, NumberingId));
        if (numId is null or 0)
        {
            return null;
        }

        var level = LenientValues.Int(ChildVal(own, NumberingLevel), 0, 8) ?? LenientValues.Int(ChildVal(fromStyle, NumberingLevel), 0, 8)
            ?? (fromStyle is not null ? lists?.LevelOfStyle(numId.Value, styleId) : null) ?? 0;
        return (numId.Value, level);
    }

    /// <summary>
    /// Whether every run with visible text is bold (run, character style, paragraph style). Real
    /// actas often mark headings only this way: "ASISTENCIA" as a bold Normal paragraph.
    /// </summary>
    /// <param name="hasTextBoxes">The paragraph anchors text boxes, whose runs are not its own and are skipped.</param>
    public static bool AllBold(XElement paragraph, DocxStyles styles, bool hasTextBoxes = false)
    {
        var paragraphBold = styles.Bold(StyleId(paragraph, styles)) ?? false;
        var any = false;
        foreach (var run in paragraph.Descendants(Run))
        {
            if (!run.Elements(Text).Any(t => !string.IsNullOrWhiteSpace(t.Value)) ||
                (hasTextBoxes && run.Ancestors().TakeWhile(a => a != paragraph).Any(a => a.Name == TextBoxContent)))
            {
                continue;
            }

            any = true;
            var properties = run.Element(RunProperties);
            var bold = LenientValues.On(properties?.Element(WordNames.Bold)) ?? styles.Bold(ChildVal(properties, RunStyle)) ?? paragraphBold;
            if (!bold)
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>Whether the paragraph ends a section that starts on a new page (any section type but continuous).</summary>
    public static bool EndsPageSection(XElement paragraph) =>
        paragraph.Element(ParagraphProperties)?.Element(SectionProperties) is { } section &&
        ChildVal(section, SectionType) is not "continuous";
}
