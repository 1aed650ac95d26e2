using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using System.Xml.Linq;
using static Actas.Pipeline.Reading.Docx.WordNames;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// The page headers and footers a reader of the printed acta sees, as blocks: for each section in
/// order, its first-page header (when the section has <c>w:titlePg</c>), default header and even-page
/// header (when the settings ask for <c>w:evenAndOddHeaders</c>), likewise footers. A part shared by
/// several sections, and a block whose text an earlier header (footer) already gave, are read once:
/// Word repeats them on every page, the acta says them once. Some actas carry their title, session
/// number or date only there ("ACTA DE LA TRIGÉSIMA SESIÓN … | 14 de marzo de 2019" in the header).
/// A later section's own header, one no earlier section showed, is read where that section starts, not before the body: a
/// section per strategy may name its strategy only in its page header (blind batch Y, Y4: a next-page section whose header
/// reads "Estrategia 196" over the title, its body starting "a.- Meta 196.1. …").
/// </summary>
public sealed class DocxHeaderFooterReader
{
    private static readonly string[] Kinds = ["first", "default", "even"];

    /// <summary>
    /// Header blocks, each with the body child index it goes before (-1: before the body), and footer blocks (after the
    /// body); call after the body walk.
    /// </summary>
    public (IReadOnlyList<(int Before, LayoutBlock Block)> Headers, IReadOnlyList<LayoutBlock> Footers) Read(
        DocxPackage package, DocxBodyWalker walker, int? firstPage, int? lastPage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(walker);
        if (package.HeadersAndFooters.Count == 0)
        {
            return ([], []);
        }

        var sections = Sections(package.Body).ToList();
        var starts = SectionStarts(package.Body, sections);
        var headers = Blocks(package, sections, HeaderReference, DocumentRegion.Header, walker, firstPage, cancellationToken)
            .Select(b => (b.Section == 0 ? -1 : starts[b.Section], b.Block)).ToList();
        var footers = Blocks(package, sections, FooterReference, DocumentRegion.Footer, walker, lastPage, cancellationToken)
            .Select(b => b.Block).ToList();
        return (headers, footers);
    }

    /// <summary>
    /// The body child index each section starts at: the one after the paragraph that ends the section before; -1 (before
    /// the body) for the first section and for one whose start is not a body child.
    /// </summary>
    private static int[] SectionStarts(XElement body, List<XElement> sections)
    {
        var starts = new int[sections.Count];
        Array.Fill(starts, -1);
        var index = 0;
        var section = 1;
        foreach (var child in body.Elements())
        {
            index++;
            if (section < sections.Count && child.Name == ParagraphElement && child.Element(ParagraphProperties)?.Element(SectionProperties) == sections[section - 1])
            {
                starts[section++] = index;
            }
        }

        return starts;
    }

    private static List<(int Section, LayoutBlock Block)> Blocks(
        DocxPackage package, List<XElement> sections, XName reference, DocumentRegion region, DocxBodyWalker walker, int? page, CancellationToken cancellationToken)
    {
        var seenParts = new HashSet<string>(StringComparer.Ordinal);
        var seenTexts = new HashSet<string>(StringComparer.Ordinal);
        var blocks = new List<(int Section, LayoutBlock Block)>();
        for (var number = 0; number < sections.Count; number++)
        {
            var section = sections[number];
            var titlePage = LenientValues.On(section.Element(TitlePage)) == true;
            foreach (var kind in Kinds)
            {
                if ((kind == "first" && !titlePage) || (kind == "even" && !package.EvenAndOddHeaders))
                {
                    continue;
                }

                var id = section.Elements(reference).FirstOrDefault(r => (r.Attribute(TypeAttribute)?.Value ?? "default") == kind)?.Attribute(RelationshipId)?.Value;
                if (id is null || !seenParts.Add(id) || !package.HeadersAndFooters.TryGetValue(id, out var part))
                {
                    continue;
                }

                foreach (var block in walker.WalkPart(part, region, page, cancellationToken))
                {
                    if (seenTexts.Add(Key(block)))
                    {
                        blocks.Add((number, block));
                    }
                }
            }
        }

        return blocks;
    }

    /// <summary>What makes two header blocks the same for a reader: kind and text.</summary>
    private static string Key(LayoutBlock block) => block switch
    {
        Paragraph p => "p\u0001" + p.ListLabel + "\u0001" + p.Text,
        Table t => "t\u0001" + string.Join("\u0002", t.Rows.Select(r => string.Join("\u0003", r.Cells.Select(c => c.Text)))),
        _ => "",
    };

    /// <summary>Section properties in document order: those ending a section inside the body (<c>w:pPr/w:sectPr</c>), then the body's own, which holds the last section.</summary>
    private static IEnumerable<XElement> Sections(XElement body)
    {
        foreach (var section in body.Descendants(SectionProperties))
        {
            var parent = section.Parent?.Name;
            if ((parent == ParagraphProperties && section.Parent!.Parent?.Name == ParagraphElement) || parent == Body)
            {
                yield return section;
            }
        }
    }
}
