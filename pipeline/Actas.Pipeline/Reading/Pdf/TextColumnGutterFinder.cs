namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Finds stretches of a page set in two newspaper columns by their gutter: a vertical strip
/// near the middle of the text that no word of a run of lines crosses, whatever else the
/// columns hold (hanging list numbers, indents, names under headings). Needed because column
/// gaps inside one column break the run that <see cref="StreamTableDetector"/> grows (blind-d
/// BD2, a Word outline in two columns: "2.1.2.⇥Meta 161.2. Se realizan ferias de" in the right
/// column beside "Lic. Ricardo Montaño Vela" in the left one). A stretch only counts when
/// <see cref="TextColumnTest"/> says its two sides read as running text, not as table cells.
/// </summary>
public sealed class TextColumnGutterFinder(PdfWordTableDetectorOptions options)
{
    /// <summary>The gutter is looked for in this central share of the text width.</summary>
    private const double CentralShare = 0.5;

    /// <summary>A gutter is at least this many font sizes wide (LibreOffice's default spacing is 0.5 cm, Word's 1.25 cm).</summary>
    private const double MinGutter = 1.2;

    /// <summary>Each side must hold words in at least this many lines of the stretch.</summary>
    private const int MinLinesPerSide = 3;

    /// <summary>A gap this many font sizes wide inside one side may open a column of its own…</summary>
    private const double InnerGap = 1.5;

    /// <summary>…when the words after such gaps start within this many points of each other…</summary>
    private const double SameStart = 2;

    /// <summary>…in at least this share of the side's lines.</summary>
    private const double InnerShare = 0.3;

    /// <summary>
    /// Columns on one shared line grid (not interleaved) need this many times the minimum lines:
    /// a short borderless table whose cells fill their columns looks the same (blind-c BC: Nombre | Institución ⇥ Tipo).
    /// </summary>
    private const int SharedGridMinLines = 2;

    /// <summary>A line this many font sizes below the text above it on its side is set apart from the columns.</summary>
    private const double SectionBreak = 2.5;

    /// <summary>A last line this many times the widest step inside the columns below the line above it is set apart (see <see cref="BelowBoth"/>).</summary>
    private const double StepFactor = 1.3;

    /// <summary>Candidate gutter positions are tried this far apart, in points.</summary>
    private const double Step = 1;

    /// <summary>Text-column stretches, top to bottom, not overlapping: [Start, End) line indexes and their column edges (3: left, gutter, right).</summary>
    public IReadOnlyList<(int Start, int End, IReadOnlyList<double> Edges)> Find(IReadOnlyList<PdfLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var found = new List<(int Start, int End, IReadOnlyList<double> Edges)>();
        if (lines.Count < options.TextColumnMinLines)
        {
            return found;
        }

        var left = lines.Min(l => l.Box.Left);
        var right = lines.Max(l => l.Box.Right);
        var width = right - left;
        var size = Math.Max(lines.Select(l => l.FontSize).Order().ElementAt(lines.Count / 2), 1);
        var half = MinGutter * size / 2;
        var candidates = new List<(int Start, int End, double X)>();
        foreach (var x in Positions(lines, left + ((1 - CentralShare) / 2 * width), right - ((1 - CentralShare) / 2 * width), half))
        {
            var start = -1;
            for (var i = 0; i <= lines.Count; i++)
            {
                var free = i < lines.Count && Free(lines[i], x - half, x + half) &&
                    (start < 0 || lines[i - 1].Baseline - lines[i].Baseline <= options.MaxStep * Math.Max(lines[i].FontSize, 1));
                if (free && start < 0)
                {
                    start = i;
                }
                else if (!free && start >= 0)
                {
                    if (i - start >= options.TextColumnMinLines)
                    {
                        candidates.Add((start, i, x));
                    }

                    start = i < lines.Count && Free(lines[i], x - half, x + half) ? i : -1;
                }
            }
        }

        var taken = new bool[lines.Count];
        var rejected = new bool[lines.Count];
        foreach (var run in candidates.GroupBy(c => (c.Start, c.End)).OrderByDescending(g => g.Key.End - g.Key.Start).ThenBy(g => g.Key.Start))
        {
            var (start, end) = run.Key;
            var x = run.Select(c => c.X).Order().ElementAt(run.Count() / 2);
            if (Enumerable.Range(start, end - start).Any(i => taken[i]) || Enumerable.Range(start, end - start).Count(i => rejected[i]) * 2 > end - start)
            {
                continue;
            }

            var first = TrimLeading(lines, start, end);
            end = TrimTrailing(lines, first, end, x);
            if (end - first < options.TextColumnMinLines)
            {
                continue;
            }

            var slice = lines.Skip(first).Take(end - first).ToList();
            var words = slice.SelectMany(l => l.Words).ToList();
            var leftEdge = words.Where(w => w.Box.Right <= x).Select(w => w.Box.Right).DefaultIfEmpty(x).Max();
            var rightEdge = words.Where(w => w.Box.Left >= x).Select(w => w.Box.Left).DefaultIfEmpty(x).Min();
            var edges = new List<double> { slice.Min(l => l.Box.Left) - 1, (leftEdge + rightEdge) / 2, slice.Max(l => l.Box.Right) + 1 };
            var sides = slice.Select(l => StreamRowSplitter.ByColumn(l, edges)).ToList();
            if (sides.Count(s => s[0].Count > 0) < MinLinesPerSide || sides.Count(s => s[1].Count > 0) < MinLinesPerSide ||
                InnerColumn(slice, edges[0], edges[1]) || InnerColumn(slice, edges[1], edges[2]) || ListsSideBySide(slice, sides, edges) ||
                !TextColumnTest.IsTextColumns(slice, edges, options) ||
                (slice.Count < SharedGridMinLines * options.TextColumnMinLines && !TextColumnTest.Interleaved(slice, edges)))
            {
                // A shorter stretch inside this one is a piece of the same table (its rows without the heading row).
                for (var i = first; i < end; i++)
                {
                    rejected[i] = true;
                }

                continue;
            }

            for (var i = first; i < end; i++)
            {
                taken[i] = true;
            }

            found.Add((first, end, edges));
        }

        return [.. found.OrderBy(f => f.Start)];
    }

    /// <summary>
    /// One side holds a column of its own: cells after a wide gap start, centre or end at the same
    /// x in a good share of its lines (the gap after a line's bullet glyph is a list's indent, no cell
    /// gap). Tab-aligned table columns on shared baselines (blind-d BD5: "NOMBRE | INSTITUCIÓN /
    /// ORGANIZACIÓN⇥TIPO", "Museo de la Ciudad de México⇥Gob.") are no text columns.
    /// </summary>
    private static bool InnerColumn(List<PdfLine> slice, double from, double to)
    {
        var lefts = new List<double>();
        var centres = new List<double>();
        var used = 0;
        foreach (var line in slice)
        {
            var words = line.Words.Where(w => w.CentreX >= from && w.CentreX < to).ToList();
            used += words.Count > 0 ? 1 : 0;
            for (var k = 1; k < words.Count; k++)
            {
                // A bullet glyph with a tab after it opens a list item, no cell: OneNote's and Word's lists set in columns
                // side by side ("☑⇥Name – Institution", "◦⇥Indicador: …").
                if (words[k].Box.Left - words[k - 1].Box.Right >= InnerGap * Math.Max(words[k].FontSize, 1) && !(k == 1 && BulletColumn.IsBullet(words[0].Text)))
                {
                    var end = k;
                    while (end + 1 < words.Count && words[end + 1].Box.Left - words[end].Box.Right < InnerGap * Math.Max(words[k].FontSize, 1))
                    {
                        end++;
                    }

                    lefts.Add(words[k].Box.Left);
                    centres.Add((words[k].Box.Left + words[end].Box.Right) / 2);
                }
            }
        }

        // Left-aligned or centred ("IE", "OSC", "SE" under "Tipo") cells. Not right edges: a justified
        // line stretched to wide gaps ends at the column edge like every other line.
        var best = Math.Max(Aligned(lefts), Aligned(centres));
        return best >= MinLinesPerSide && best >= InnerShare * used;
    }

    /// <summary>The most positions within <see cref="SameStart"/> of each other.</summary>
    private static int Aligned(List<double> positions)
    {
        positions.Sort();
        var best = 0;
        for (int a = 0, b = 0; b < positions.Count; b++)
        {
            while (positions[b] - positions[a] > SameStart)
            {
                a++;
            }

            best = Math.Max(best, b - a + 1);
        }

        return best;
    }

    /// <summary>
    /// From the first line that uses both sides, two lists under headings set side by side in a
    /// borderless table (blind-a BA4, blind-b BB5: "Instancias ejecutoras" | "Organizaciones de la
    /// sociedad civil", names under each): a table row of two cells, as <see cref="StreamTableDetector"/> reads it.
    /// Such lists share the table's row baselines; columns that keep their own line grids are running
    /// text even when a heading on one side sits beside a label on the other (blind-s S6: "II. Seguimiento
    /// de estrategias y" beside "Comentarios:" at the top of a Word section set in two columns).
    /// </summary>
    private static bool ListsSideBySide(List<PdfLine> slice, List<List<List<PdfWord>>> sides, List<double> edges)
    {
        var both = sides.FindIndex(s => s[0].Count > 0 && s[1].Count > 0);
        return both >= 0 && StreamTableDetector.SideBySide(slice.Skip(both).ToList(), edges) && !TextColumnTest.Interleaved(slice, edges);
    }

    /// <summary>
    /// Gutter positions to try: every <see cref="Step"/> points, and just right of each word's end, where a gutter barely
    /// wider than the minimum fits between steps (blind-z Z5: OneNote containers 13.6 pt apart at 11 pt, the minimum 13.2).
    /// </summary>
    private static IEnumerable<double> Positions(IReadOnlyList<PdfLine> lines, double from, double to, double half)
    {
        var grid = Enumerable.Range(0, Math.Max(0, (int)Math.Floor((to - from) / Step) + 1)).Select(k => from + (k * Step));
        var ends = lines.SelectMany(l => l.Words).Select(w => w.Box.Right + half + 0.01).Where(x => x >= from && x <= to);
        return grid.Concat(ends).Distinct().Order();
    }

    private static bool Free(PdfLine line, double from, double to) => !line.Words.Any(w => w.Box.Left < to && w.Box.Right > from);

    /// <summary>
    /// Drops last lines that use one side only, stand well below the text above them on that side
    /// and either lead straight into the full-width line after the stretch or come after the other
    /// side has ended: the heading of what follows the columns (blind-d BD2: "4. Acuerdos" over
    /// "Acuerdo 1.⇥SEMOVI presentará…"; blind-a BA4: "Retroalimentación de estrategias" over a ruled table).
    /// </summary>
    private int TrimTrailing(IReadOnlyList<PdfLine> lines, int first, int end, double x)
    {
        while (end - first > options.TextColumnMinLines)
        {
            var line = lines[end - 1];
            var size = Math.Max(line.FontSize, 1);
            var left = line.Words.All(w => w.CentreX < x);
            if (!left && !line.Words.All(w => w.CentreX >= x))
            {
                break;
            }

            var above = Enumerable.Range(first, end - 1 - first).Reverse().Select(i => lines[i])
                .FirstOrDefault(l => l.Words.Any(w => (w.CentreX < x) == left));
            var otherEnded = above is not null && !Enumerable.Range(first, end - 1 - first).Select(i => lines[i])
                .Any(l => l.Baseline < above.Baseline && l.Words.Any(w => (w.CentreX < x) != left));
            var leadsOn = end < lines.Count && line.Baseline - lines[end].Baseline <= options.MaxStep * size;
            var setApart = above is not null && above.Baseline - line.Baseline > SectionBreak * size && (leadsOn || otherEnded);
            if (above is null || !(setApart || BelowBoth(lines, first, end, x, line, above)))
            {
                break;
            }

            end--;
        }

        return end;
    }

    /// <summary>
    /// The last line stands below the text of both sides, further below the line above it than
    /// <see cref="StepFactor"/> times any step between lines of one side: the heading of what
    /// follows, even when a ruled table after it has taken the lines it leads into (blind-g ciudad-2:
    /// "II. REVISIÓN DE ESTRATEGIAS" 30 pt under attendance lines 13–18 pt apart, over a ruled table).
    /// </summary>
    private static bool BelowBoth(IReadOnlyList<PdfLine> lines, int first, int end, double x, PdfLine line, PdfLine above)
    {
        var inside = Enumerable.Range(first, end - 1 - first).Select(i => lines[i]).ToList();
        var other = inside.SelectMany(l => l.Words).Where(w => (w.CentreX < x) != (line.Words[0].CentreX < x)).ToList();
        if (other.Count == 0 || other.Min(w => w.Baseline) <= line.Box.Top)
        {
            return false;
        }

        var widest = 0.0;
        foreach (var left in new[] { true, false })
        {
            var baselines = inside.Where(l => l.Words.Any(w => (w.CentreX < x) == left)).Select(l => l.Baseline).ToList();
            for (var k = 1; k < baselines.Count; k++)
            {
                widest = Math.Max(widest, baselines[k - 1] - baselines[k]);
            }
        }

        return widest > 0 && above.Baseline - line.Baseline > StepFactor * widest;
    }

    /// <summary>
    /// Skips first lines that hold one side only and carry on the full-width paragraph just above
    /// (same left edge, an ordinary line step): "Centro, Cuauhtémoc" wrapped from "Lugar: Sala Digna Ochoa… colonia".
    /// </summary>
    private static int TrimLeading(IReadOnlyList<PdfLine> lines, int start, int end)
    {
        var first = start;
        while (first > 0 && first < end)
        {
            var above = lines[first - 1];
            var line = lines[first];
            var size = Math.Max(line.FontSize, 1);
            var step = above.Baseline - line.Baseline;
            if (Math.Abs(line.Box.Left - above.Box.Left) > 1 || step > 1.5 * size || step <= 0 || line.Box.Right > above.Box.Right)
            {
                break;
            }

            first++;
        }

        return first;
    }
}
