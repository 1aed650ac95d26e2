namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Cards stacked between rules, as a web page sets a list of people or items: a few short lines (a name in bold, a body,
/// a sector in colour), a hairline across, the next card (blind batch AD, AD1: the acta's portal page captured as one
/// screenshot, "Héctor Zamudio Lara" / "Fondo para el Desarrollo Social…" / "Instancia ejecutora" between grey rules).
/// <see cref="ParagraphGrouper"/> cuts such a card at its changes of size and weight and may join one card's last line to
/// the next card's first; here each card is one paragraph, each piece a soft line, as Word keeps a line break. Only a
/// stack counts: at least <see cref="MinCards"/> bands in a row between long rules of the same extent, each band
/// <see cref="MinLines"/>–<see cref="MaxLines"/> lines inside the rules' extent, none with a column gap (a row of a
/// table ruled only across) and none crossed by a rule.
/// </summary>
public static class RuledCards
{
    private const int MinCards = 3;
    private const int MinLines = 2;
    private const int MaxLines = 5;

    /// <summary>A card's rule spans at least this share of the page's width.</summary>
    private const double MinRuleShare = 0.4;

    /// <summary>Rules of one stack start and end within this share of the page's width of each other; lines lie inside it.</summary>
    private const double ExtentSlack = 0.02;

    /// <summary>A line that reaches this close (a share of the rule's length) to the rule's right end wraps on to the next line.</summary>
    private const double WrapShare = 0.12;

    /// <summary>The next line continues a wrapped piece only at a font size this close (a share).</summary>
    private const double SizeSlack = 0.15;

    /// <param name="lines">The page's lines, top to bottom.</param>
    /// <param name="rules">The page's rules (PDF coordinates, points).</param>
    public static IReadOnlyList<RuledCard> Find(IReadOnlyList<PdfLine> lines, IReadOnlyList<RulingSegment> rules, double pageWidth)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(rules);
        var slack = ExtentSlack * pageWidth;
        var across = new List<RulingSegment>();
        foreach (var rule in rules.Where(r => r.Horizontal && r.Length >= MinRuleShare * pageWidth).OrderByDescending(r => r.Position))
        {
            // A dark rule is found by the pale pass too.
            if (across.Count == 0 || across[^1].Position - rule.Position > 1.5)
            {
                across.Add(rule);
            }
        }

        var cards = new List<RuledCard>();
        var run = new List<RuledCard>();
        for (var i = 0; i + 1 < across.Count; i++)
        {
            var (upper, lower) = (across[i], across[i + 1]);
            var card = Math.Abs(upper.Start - lower.Start) <= slack && Math.Abs(upper.End - lower.End) <= slack
                ? Band(lines, upper, lower, slack)
                : null;
            if (card is not null)
            {
                run.Add(card);
                continue;
            }

            if (run.Count >= MinCards)
            {
                cards.AddRange(run);
            }

            run.Clear();
        }

        if (run.Count >= MinCards)
        {
            cards.AddRange(run);
        }

        return cards;
    }

    /// <summary>The card between two rules, or null when what lies between them is no card.</summary>
    private static RuledCard? Band(IReadOnlyList<PdfLine> lines, RulingSegment upper, RulingSegment lower, double slack)
    {
        var inside = new List<PdfLine>();
        foreach (var line in lines)
        {
            if (line.Box.Bottom < upper.Position && line.Box.Top > upper.Position || line.Box.Bottom < lower.Position && line.Box.Top > lower.Position)
            {
                if (line.Box.Right > upper.Start && line.Box.Left < upper.End)
                {
                    return null;
                }

                continue;
            }

            var middle = (line.Box.Top + line.Box.Bottom) / 2;
            if (middle < upper.Position && middle > lower.Position)
            {
                if (line.HasTab || line.Box.Left < upper.Start - slack || line.Box.Right > upper.End + slack)
                {
                    return null;
                }

                inside.Add(line);
            }
        }

        if (inside.Count is < MinLines or > MaxLines)
        {
            return null;
        }

        inside.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        var pieces = new List<List<PdfLine>>();
        foreach (var line in inside)
        {
            var previous = pieces.Count > 0 ? pieces[^1][^1] : null;
            if (previous is not null && previous.Box.Right >= upper.End - (WrapShare * upper.Length) &&
                Math.Abs(line.FontSize - previous.FontSize) <= SizeSlack * previous.FontSize)
            {
                pieces[^1].Add(line);
            }
            else
            {
                pieces.Add([line]);
            }
        }

        return new RuledCard(inside, [.. pieces.Select(p => WhitespaceCollapser.Collapse(string.Join(' ', p.Select(l => l.Text))))]);
    }

    /// <summary>
    /// The paragraphs of a page with each card's lines made one paragraph, placed where its first line was; a paragraph
    /// holding lines of a card and others keeps the others.
    /// </summary>
    public static List<(IReadOnlyList<PdfLine> Lines, IReadOnlyList<string>? Soft)> Join(
        List<(IReadOnlyList<PdfLine> Lines, IReadOnlyList<string>? Soft)> paragraphs, IReadOnlyList<RuledCard>? cards)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        if (cards is null || cards.Count == 0)
        {
            return paragraphs;
        }

        var cardOf = new Dictionary<PdfLine, int>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < cards.Count; k++)
        {
            foreach (var line in cards[k].Lines)
            {
                cardOf[line] = k;
            }
        }

        var result = new List<(IReadOnlyList<PdfLine> Lines, IReadOnlyList<string>? Soft)>(paragraphs.Count);
        var placed = new HashSet<int>();
        foreach (var (lines, soft) in paragraphs)
        {
            if (!lines.Any(cardOf.ContainsKey))
            {
                result.Add((lines, soft));
                continue;
            }

            var rest = new List<PdfLine>();
            foreach (var line in lines)
            {
                if (!cardOf.TryGetValue(line, out var k))
                {
                    rest.Add(line);
                    continue;
                }

                if (rest.Count > 0)
                {
                    result.Add((rest, null));
                    rest = [];
                }

                if (placed.Add(k))
                {
                    result.Add((cards[k].Lines, cards[k].Soft));
                }
            }

            if (rest.Count > 0)
            {
                result.Add((rest, null));
            }
        }

        return result;
    }
}
