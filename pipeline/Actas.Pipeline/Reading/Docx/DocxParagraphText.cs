using System.Xml.Linq;
using static Actas.Pipeline.Reading.Docx.WordNames;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// The visible text of a Word paragraph as its final version reads, split at its breaks. Runs inside
/// hyperlinks, content controls, smart tags, custom XML, insertions and moves-to count; deleted and
/// moved-away text, hidden runs, field codes (the field's result is the text), footnote, endnote and
/// comment reference marks, placeholder text of empty content controls and drawings do not.
/// Text boxes anchored in the paragraph are returned apart, to be read as blocks of their own; of a
/// markup-compatibility block (<c>mc:AlternateContent</c>) only the first choice is read, so a text
/// box that Word also writes as a VML fallback is read once.
/// </summary>
public sealed class DocxParagraphText(DocxStyles styles, DocxNestingGuard guard)
{
    private readonly DocxRunScanner _scanner = new(styles, guard, pageNumbersHidden: false);
    private readonly DocxRunScanner _pageScanner = new(styles, guard, pageNumbersHidden: true);

    /// <param name="pageNumbersHidden">Leave out the results of page-number fields (page headers and footers, where the stored number is a single page's).</param>
    public DocxParagraphContent Read(XElement paragraph, bool pageNumbersHidden)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var scanner = pageNumbersHidden ? _pageScanner : _scanner;
        // Run-level wrappers nest on their own count: the paragraph's depth among tables and text boxes is guarded by their walkers.
        scanner.Visit(paragraph, 0);
        var mark = paragraph.Element(ParagraphProperties)?.Element(RunProperties);
        var markDeleted = mark is not null && (mark.Element(DeletedRun) is not null || mark.Element(MoveFromRun) is not null);
        return scanner.Finish(markDeleted);
    }
}
