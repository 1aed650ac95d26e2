using System.Text.RegularExpressions;
using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Gives a PDF paragraph its text, role and level. Heading: every line bold or at least 15%
/// larger than the body size, and short (the acta's "ASISTENCIA", "ORIENTACIÓN Y
/// RETROALIMENTACIÓN"); level by size rank, none for a bold body-size heading ("Instancias Ejecutoras"), as in Word. List item: the first
/// word is a label ("1.", "a)", "•") set off by a gap, as Word numbering renders.
/// </summary>
public sealed partial class PdfParagraphStyler
{
    private const int MaxHeadingChars = 250;
    private readonly double _bodySize;
    private readonly IReadOnlySet<string>? _words;
    private readonly IReadOnlyList<double> _headingSizes;

    /// <param name="bodySize">The most used font size of the document, in points.</param>
    /// <param name="largerSizes">Font sizes above the body size that occur in the document.</param>
    /// <param name="words">The document's words (lower case), by which a word hyphenated at a line end is mended; none when null.</param>
    public PdfParagraphStyler(double bodySize, IEnumerable<double> largerSizes, IReadOnlySet<string>? words = null)
    {
        _words = words;
        _bodySize = bodySize;
        _headingSizes = [.. largerSizes.Where(IsLarger).Select(s => Math.Round(s)).Distinct().OrderDescending()];
    }

    public (string Text, ParagraphRole Role, int? Level, string? Label) Style(IReadOnlyList<PdfLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var text = WhitespaceCollapser.Collapse(_words is null ? string.Join(' ', lines.Select(l => l.Text)) : HyphenatedLineJoiner.Join([.. lines.Select(l => l.Text)], _words));
        var size = lines[0].FontSize;
        var larger = lines.All(l => IsLarger(l.FontSize));
        if ((larger || lines.All(l => l.Bold)) && text.Length <= MaxHeadingChars && !text.Contains('\t'))
        {
            var rank = _headingSizes.ToList().IndexOf(Math.Round(size));
            return (text, ParagraphRole.Heading, larger && rank >= 0 ? rank + 1 : null, null);
        }

        var words = lines[0].Words;
        if (words.Count > 1 && ListLabel().IsMatch(words[0].Text) && words[1].Box.Left - words[0].Box.Right > 0.45 * words[0].FontSize)
        {
            var label = words[0].Text;
            var rest = text[label.Length..].TrimStart(' ', '\t');
            return (rest, ParagraphRole.ListItem, 1, label);
        }

        return (text, ParagraphRole.Body, null, null);
    }

    private bool IsLarger(double size) => size >= _bodySize * 1.15;

    [GeneratedRegex(@"^(?:[•◦▪‣∙·\-–●○■□◆◇►▸☐☑☒]|\d{1,3}[.)]|\d{1,2}(?:\.\d{1,2})+\.?|[a-zA-Z][.)])$")]
    private static partial Regex ListLabel();
}
