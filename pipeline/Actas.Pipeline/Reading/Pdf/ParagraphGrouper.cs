using System.Text.RegularExpressions;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Splits lines (top to bottom) into paragraphs by vertical gap, first-line indentation, font
/// change and list markers. A line with a column gap ('\t', "Lugar:⇥Instalaciones…") starts its
/// own paragraph, and a following line that starts under its last segment continues it (the
/// value wrapped inside a borderless two-column table).
/// </summary>
public sealed partial class ParagraphGrouper(ParagraphGrouperOptions options)
{
    public ParagraphGrouper()
        : this(ParagraphGrouperOptions.Default)
    {
    }

    /// <summary>A step over this many times a block's line step is paragraph spacing.</summary>
    public double StepFactor => options.TypicalStepFactor;

    public IReadOnlyList<IReadOnlyList<PdfLine>> Group(IReadOnlyList<PdfLine> lines) => Group(lines, null);

    /// <param name="fallbackSteps">
    /// Line steps per font size (see <see cref="TypicalSteps"/>) for sizes whose step <paramref name="lines"/> do not
    /// show themselves: a table cell of two lines takes its column's step, so a cell set at 1.5 spacing stays one
    /// paragraph (blind-m M4 rural: "Se pasó lista de asistencia … de las personas" / "siguientes:").
    /// </param>
    /// <param name="rightEdge">
    /// Where the lines could have gone on, when it is known and may lie beyond the longest of them: a table cell's right edge. A
    /// cell of names one per line ("Óscar Villaseñor Trujillo" ¶ "Daniela Becerra Montes", blind batch L, L2's PDF) stops
    /// short of it although neither line is shorter than the other; null: the longest line.
    /// </param>
    public IReadOnlyList<IReadOnlyList<PdfLine>> Group(IReadOnlyList<PdfLine> lines, IReadOnlyDictionary<double, double>? fallbackSteps, double? rightEdge = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var typicalSteps = TypicalSteps(lines);
        foreach (var (size, step) in fallbackSteps ?? new Dictionary<double, double>())
        {
            typicalSteps.TryAdd(size, step);
        }

        var rightMargin = Math.Max(rightEdge ?? 0, lines.Count == 0 ? 0 : lines.Max(l => l.Box.Right));
        var leftMargin = lines.Count == 0 ? 0 : lines.Min(l => l.Box.Left);
        var paragraphs = new List<IReadOnlyList<PdfLine>>();
        var current = new List<PdfLine>();
        foreach (var line in lines)
        {
            if (current.Count > 0 && (StartsParagraph(current, line, typicalSteps, leftMargin, rightMargin) || EndedByChoice(current[^1], line, rightMargin) || StartsCentred(current[^1], line, leftMargin, rightMargin)))
            {
                paragraphs.Add(current);
                current = [];
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            paragraphs.Add(current);
        }

        return paragraphs;
    }

    private bool StartsParagraph(List<PdfLine> paragraph, PdfLine line, IReadOnlyDictionary<double, double> typicalSteps, double leftMargin, double rightMargin)
    {
        var previous = paragraph[^1];
        var size = Math.Max(Math.Max(previous.FontSize, line.FontSize), 1);
        var step = previous.Baseline - line.Baseline;
        // The block's own line step is the measure when it has one: Word's "space after" of 3–4 pt
        // under 11.5 pt lines (blind-f BF2: "Indicador: …" / "Instancia ejecutora: SEDESA") stays
        // under 1.5 font sizes, yet stands clear of the line step.
        var gap = SizeKey(previous) == SizeKey(line) && typicalSteps.TryGetValue(SizeKey(line), out var typical)
            ? options.TypicalStepFactor * typical
            : options.GapFactor * size;
        if (step > gap || step < -size)
        {
            return true;
        }

        if (Math.Abs(previous.FontSize - line.FontSize) > options.SizeChange * size || (previous.Bold != line.Bold && !BoldRunWraps(previous, line)))
        {
            return true;
        }

        if (previous.HasTab)
        {
            return line.HasTab || Math.Abs(line.Box.Left - previous.SegmentStarts[^1]) > size;
        }

        if (line.HasTab || (ListMarker().IsMatch(line.Words[0].Text) && !InitialAfterFullLine(previous, line, rightMargin)))
        {
            return true;
        }

        // Compared with the previous line, not the paragraph's left: a hanging list item's
        // wrapped lines sit right of its label line without starting a paragraph.
        return paragraph.Count > 1 && line.Box.Left > previous.Box.Left + (options.IndentFactor * size) && !CentredWrap(previous, line, leftMargin, rightMargin);
    }

    /// <summary>
    /// A letter and a dot opening a line under a line filled to the margin that stops mid-sentence (a lower-case word,
    /// no punctuation) is an initial or an honorific wrapped inside the sentence, not a list label (blind-m M4 rural:
    /// "…por la Unión de Productores de Nopal de Milpa Alta, el" / "C. Anselmo Galicia Meza; …").
    /// </summary>
    private static bool InitialAfterFullLine(PdfLine previous, PdfLine line, double rightMargin)
    {
        var last = previous.Words[^1].Text;
        var size = Math.Max(Math.Max(previous.FontSize, line.FontSize), 1);
        return InitialLabel().IsMatch(line.Words[0].Text) && last.All(char.IsLower) && rightMargin - previous.Box.Right < size;
    }

    [GeneratedRegex(@"^[A-Za-z]\.$")]
    private static partial Regex InitialLabel();

    /// <summary>
    /// A bold line whose bold run goes on at the start of the next line, plain text after it: a bold
    /// lead-in wrapped inside its paragraph (blind-e calle-4: "Por las organizaciones de la sociedad" /
    /// "civil: Luis Enrique Hernández (El Caracol, A.C.), …"), not a heading over a paragraph.
    /// </summary>
    private static bool BoldRunWraps(PdfLine previous, PdfLine line) =>
        previous.Bold && line.Words.Count > 1 && line.Words[0].Bold && !line.Words[^1].Bold;

    /// <summary>
    /// The previous line stopped although the next line's first word would have fitted after it:
    /// the writer ended the paragraph there. Catches paragraphs set without spacing between them
    /// ("…sobre la estrategia 520." / "No habiendo más asuntos…") and a signature's name above its role.
    /// </summary>
    private bool EndedByChoice(PdfLine previous, PdfLine line, double rightMargin)
    {
        if (previous.HasTab || line.HasTab || line.Words.Count == 0)
        {
            return false;
        }

        var size = Math.Max(Math.Max(previous.FontSize, line.FontSize), 1);
        var room = rightMargin - previous.Box.Right;
        // Mid-sentence breaks need clearly more room: the margin is the longest line seen, not the true edge.
        // A closing parenthesis ends a listed entry ("Rodrigo Esquivel Paniagua (STyFE)" / "Mtra. Silvia Ocampo…": blind-b migrantes-8).
        var ended = previous.Text.TrimEnd() is var last && (last.EndsWith('.') || last.EndsWith(':') || last.EndsWith(';') || last.EndsWith(')'));
        var needed = line.Words[0].Box.Width + ((ended ? options.WrapSlackFactor : options.OpenWrapSlackFactor) * size);
        return room > needed;
    }

    /// <summary>
    /// A centred line set well right of the line above starts a paragraph: a signature under the
    /// last agreement ("…que presente DIF-CDMX." / "Angélica Olivares Ocaranza").
    /// </summary>
    private bool StartsCentred(PdfLine previous, PdfLine line, double leftMargin, double rightMargin)
    {
        var size = Math.Max(Math.Max(previous.FontSize, line.FontSize), 1);
        var centre = (line.Box.Left + line.Box.Right) / 2;
        var pageCentre = (leftMargin + rightMargin) / 2;
        return line.Box.Left > previous.Box.Left + (options.IndentFactor * 2 * size) && Math.Abs(centre - pageCentre) < 2 * size &&
               !CentredWrap(previous, line, leftMargin, rightMargin);
    }

    /// <summary>
    /// A centred line under a centred line on the same centre, when the line above stops mid-phrase and its next word would
    /// not have fitted on it: a centred title wrapped by the writer's word processor ("DERECHOS DE LAS PERSONAS QUE VENDEN EN
    /// MERCADOS SOBRE" / "RUEDAS"), one paragraph. A line with room left for the next word was ended by choice (a heading over
    /// its subtitle), and one that ends a sentence or a label is no wrap (a signature under the last agreement).
    /// </summary>
    private bool CentredWrap(PdfLine previous, PdfLine line, double leftMargin, double rightMargin)
    {
        if (previous.HasTab || line.HasTab || line.Words.Count == 0 || line.Box.Width >= previous.Box.Width)
        {
            return false;
        }

        var size = Math.Max(Math.Max(previous.FontSize, line.FontSize), 1);
        var centre = (line.Box.Left + line.Box.Right) / 2;
        var centreAbove = (previous.Box.Left + previous.Box.Right) / 2;
        var last = previous.Text.TrimEnd();
        var room = rightMargin - leftMargin - previous.Box.Width;
        return Math.Abs(centre - centreAbove) < size / 2 && last.Length > 0 && !".:;)!?".Contains(last[^1], StringComparison.Ordinal) &&
               room < line.Words[0].Box.Width + (options.OpenWrapSlackFactor * size);
    }

    /// <summary>
    /// The line step of the block per font size (rounded to 0.5 pt), between lines of that size:
    /// the smallest step that is common (at least twice, and 30 % as often as the most common one).
    /// One-line label paragraphs ("Indicador: …", "Instancia ejecutora: …") can make the paragraph
    /// step the most common one. Steps under 0.9 font sizes are raised marks, not lines.
    /// </summary>
    internal static Dictionary<double, double> TypicalSteps(IReadOnlyList<PdfLine> lines)
    {
        var steps = new Dictionary<double, Dictionary<double, int>>();
        for (var i = 1; i < lines.Count; i++)
        {
            var step = lines[i - 1].Baseline - lines[i].Baseline;
            var size = SizeKey(lines[i]);
            if (SizeKey(lines[i - 1]) == size && step >= MinLineStep * lines[i].FontSize && step < 3 * lines[i].FontSize)
            {
                var key = Math.Round(step * 2) / 2;
                var counts = steps.TryGetValue(size, out var found) ? found : steps[size] = [];
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var typical = new Dictionary<double, double>();
        foreach (var (size, counts) in steps)
        {
            var most = counts.Values.Max();
            var common = counts.Where(c => c.Value >= 2 && c.Value >= CommonShare * most).Select(c => c.Key).ToList();
            if (common.Count > 0)
            {
                typical[size] = common.Min();
            }
        }

        return typical;
    }

    internal static double SizeKey(PdfLine line) => Math.Round(line.FontSize * 2) / 2;

    private const double MinLineStep = 0.9;
    private const double CommonShare = 0.3;

    // Two digits at most: "135." wrapped onto its own line ends "…la estrategia 135.", it is no list label.
    [GeneratedRegex(@"^(?:[•◦▪‣∙·●○■□◆◇►▸☐☑☒]|\d{1,2}[.)]|\d{1,2}\.-.*|[a-zA-Z][.)])$")]
    private static partial Regex ListMarker();
}
