using System.Xml.Linq;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>What a Word paragraph shows, as <see cref="DocxParagraphText"/> reads it.</summary>
/// <param name="Lines">Stretches between breaks; at least one, possibly empty.</param>
/// <param name="TextBoxes">Text boxes anchored in the paragraph (<c>w:txbxContent</c>), each once, in document order.</param>
/// <param name="Sidebars">Text boxes that float beside the text (<see cref="DocxFloatingBox"/>), apart from <paramref name="TextBoxes"/>:
/// they belong to no place in the paragraph and are read where the text beside them is.</param>
/// <param name="TextBoxesFirst">The first text box comes before any of the paragraph's own text.</param>
/// <param name="NoteReferences">Footnote, endnote and comment references skipped.</param>
/// <param name="PageNumbers">A page-number field (PAGE, NUMPAGES, SECTIONPAGES) was left out.</param>
/// <param name="MarkDeleted">The paragraph mark is a tracked deletion: the paragraph runs on into the next one.</param>
public sealed record DocxParagraphContent(
    IReadOnlyList<DocxLine> Lines,
    IReadOnlyList<XElement> TextBoxes,
    IReadOnlyList<XElement> Sidebars,
    bool TextBoxesFirst,
    int NoteReferences,
    bool PageNumbers,
    bool MarkDeleted)
{
    /// <summary>
    /// The SmartArt graphics anchored in the paragraph, by the relationship id of their data part
    /// (<see cref="DocxPackage.Diagrams"/>), in document order.
    /// </summary>
    public IReadOnlyList<string> Diagrams { get; init; } = [];

    /// <summary>All lines joined by a space, raw.</summary>
    public string Text => Lines.Count == 1 ? Lines[0].Text : string.Join(' ', Lines.Select(l => l.Text));
}
