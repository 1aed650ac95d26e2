namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// A list of cards written with line breaks, as Word prints a paragraph whose lines end in soft
/// breaks: a bold line over plain ones (a name over its post and its body), each next piece one
/// line step below the last, the card set apart from what is around it by paragraph spacing.
/// <see cref="ParagraphGrouper"/> cuts such a card at its change of weight and at its short lines;
/// here each card is one paragraph again, its pieces kept as soft lines (blind-h riesgos-12:
/// "Arq. Laura Méndez Ríos" / "Directora de Análisis de Riesgos" / "Secretaría de Gestión Integral
/// de Riesgos y Protección Civil", 11.5 pt apart, the next card 15.5 pt below). Only a list counts:
/// at least <see cref="MinCards"/> such cards in the block.
/// </summary>
public static class SoftBreakCards
{
    /// <summary>Fewer cards than this are a heading over its text, not a list of cards.</summary>
    private const int MinCards = 2;

    /// <param name="block">The lines the paragraphs were grouped from (their line step is measured on them).</param>
    /// <param name="paragraphs">The paragraphs of <paramref name="block"/>, top to bottom.</param>
    /// <param name="stepFactor">A step over this many times the block's line step is paragraph spacing (<see cref="ParagraphGrouperOptions.TypicalStepFactor"/>).</param>
    /// <returns>The paragraphs, cards joined; the soft lines of each card, null for every other paragraph.</returns>
    public static List<(IReadOnlyList<PdfLine> Lines, IReadOnlyList<string>? Soft)> Join(
        IReadOnlyList<PdfLine> block, IReadOnlyList<IReadOnlyList<PdfLine>> paragraphs, double stepFactor)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var typical = ParagraphGrouper.TypicalSteps(block);
        bool Close(PdfLine above, PdfLine below) =>
            ParagraphGrouper.SizeKey(above) == ParagraphGrouper.SizeKey(below) && typical.TryGetValue(ParagraphGrouper.SizeKey(below), out var step) &&
            above.Baseline - below.Baseline > 0 && above.Baseline - below.Baseline <= stepFactor * step;

        var cards = new List<(int Start, int End)>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var head = paragraphs[i];
            if (head.Count != 1 || head[0].HasTab || !head[0].Words.All(w => w.Bold) || (i > 0 && Close(paragraphs[i - 1][^1], head[0])))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraphs.Count && paragraphs[end].All(l => !l.HasTab && !l.Words.Any(w => w.Bold)) && Close(paragraphs[end - 1][^1], paragraphs[end][0]))
            {
                end++;
            }

            if (end - i >= 2 && (end == paragraphs.Count || !Close(paragraphs[end - 1][^1], paragraphs[end][0])))
            {
                cards.Add((i, end));
                i = end - 1;
            }
        }

        var result = new List<(IReadOnlyList<PdfLine> Lines, IReadOnlyList<string>? Soft)>();
        var k = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (cards.Count >= MinCards && k < cards.Count && cards[k].Start == i)
            {
                var pieces = paragraphs.Skip(i).Take(cards[k].End - i).ToList();
                result.Add(([.. pieces.SelectMany(p => p)], [.. pieces.Select(p => WhitespaceCollapser.Collapse(string.Join(' ', p.Select(l => l.Text))))]));
                i = cards[k].End - 1;
                k++;
                continue;
            }

            result.Add((paragraphs[i], null));
        }

        return result;
    }
}
