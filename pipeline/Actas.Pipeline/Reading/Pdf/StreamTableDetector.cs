using System.Text.RegularExpressions;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Rebuilds borderless tables from word alignment (stream mode). Lines are grown into runs
/// while vertical corridors of whitespace (<see cref="PdfWordTableDetectorOptions.MinCorridor"/>
/// wide, crossed by no word of the run) survive; a corridor with words on both sides in at
/// least <see cref="PdfWordTableDetectorOptions.MinSupport"/> lines is a column gap, and its
/// middle a column edge. A run of at least <see cref="PdfWordTableDetectorOptions.MinLines"/>
/// lines with a column gap is a table, unless its first column holds only list labels (a
/// bulleted or numbered list with a hanging indent), or its two wide columns are filled with
/// running text (a newspaper-style section, returned as <see cref="PdfTextColumns"/>). Rows come
/// from <see cref="StreamRowSplitter"/>. A justified paragraph never qualifies: its word gaps
/// stay narrower than a corridor and move from line to line.
/// </summary>
public sealed partial class StreamTableDetector : IPdfWordTableDetector
{
    private const int MinSupportForNarrowing = 2;

    /// <summary>A lone header line over a spanning line opens a table when it has this many column gaps, found again below.</summary>
    private const int MinHeaderGaps = 2;
    private const double SpaceFloorFactor = 1.5;
    private const int MinGapsForFloor = 20;

    /// <summary>Gaps wider than this many font sizes are stretched (justified) or tabbed, not plain spaces.</summary>
    private const double MaxSpace = 0.8;
    private const double NarrowGap = 0.3;

    /// <summary>Lines over a grid that may open a shorter, narrower run by chance (see <see cref="LaterStart"/>).</summary>
    private const int MaxLinesOverGrid = 4;

    /// <summary>A line with at least this many other gaps…</summary>
    private const int MinGapsForStretch = 4;

    /// <summary>…supports a column gap only when its gap there is this many times their median.</summary>
    private const double StretchFactor = 1.5;

    /// <summary>A gap this many font sizes wide is never a stretched space.</summary>
    private const double MaxStretch = 2;

    /// <summary>A two-column run whose first column holds list labels in at least this share of its cells is a list.</summary>
    private const double ListShare = 0.6;

    /// <summary>A line this many times larger than the lines of a continued table is a heading.</summary>
    private const double HeadingSizeFactor = 1.05;

    private readonly PdfWordTableDetectorOptions _options;
    private readonly LineGrouper _lines;
    private readonly StreamRowSplitter _rows;
    private readonly TextColumnGutterFinder _gutters;
    private readonly SideLabelGridFinder _sideLabels;

    public StreamTableDetector()
        : this(PdfWordTableDetectorOptions.Default, new LineGrouper())
    {
    }

    public StreamTableDetector(PdfWordTableDetectorOptions options, LineGrouper lines)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(lines);
        _options = options;
        _lines = lines;
        _rows = new StreamRowSplitter(options);
        _gutters = new TextColumnGutterFinder(options);
        _sideLabels = new SideLabelGridFinder(options);
    }

    public PdfWordTables Detect(PdfWordTableInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!_options.Enabled || input.Words.Count == 0)
        {
            return PdfWordTables.None;
        }

        var lines = _lines.Group(input.Words);
        var tables = new List<PdfGrid>();
        var columns = new List<PdfTextColumns>();
        var i = 0;
        PdfGrid? continued = null;
        if (input.KnownColumns is { Count: >= 3 } known && Continue(lines, known, input) is { } carried)
        {
            continued = carried.Grid;
            tables.Add(carried.Grid);
            i = carried.End;
        }

        // Newspaper columns found by their gutter first: their lines are no table, and the column
        // gaps inside one column would cut the run Grow builds.
        var sections = _gutters.Find(lines).Where(g => g.Start >= i).ToList();
        var floor = SpaceFloor(lines);
        foreach (var (start, end, edges) in sections)
        {
            Tables(lines.Skip(i).Take(start - i).ToList(), input, floor, tables, columns);
            columns.Add(new PdfTextColumns(edges, lines.Skip(start).Take(end - start).Select(l => l.Box).Aggregate((a, b) => a.Union(b))));
            i = end;
        }

        Tables(lines.Skip(i).ToList(), input, floor, tables, columns);
        return new PdfWordTables(tables, columns, continued);
    }

    /// <summary>Tables (and text columns Grow finds) among consecutive lines.</summary>
    /// <param name="floor">The narrowest corridor that can be a column gap, in points (see <see cref="SpaceFloor"/>).</param>
    private void Tables(List<PdfLine> lines, PdfWordTableInput input, double floor, List<PdfGrid> tables, List<PdfTextColumns> columns)
    {
        var i = 0;
        while (i < lines.Count)
        {
            var run = Grow(lines, i, floor);
            if (run is null)
            {
                if (_sideLabels.Find(lines, i) is { } side)
                {
                    tables.Add(side.Grid);
                    i = side.End;
                    continue;
                }

                i++;
                continue;
            }

            if (LaterStart(lines, i, run.Value, floor))
            {
                i++;
                continue;
            }

            var (end, edges, spanning) = run.Value;
            if (edges.Count < 3)
            {
                i = end;
                continue;
            }

            var slice = lines.Skip(i).Take(end - i).ToList();
            if (SidebarColumn.Extent(slice, edges) is { } beside)
            {
                columns.Add(new PdfTextColumns(edges, slice.Take(beside).Select(l => l.Box).Aggregate((a, b) => a.Union(b))));
                i += beside;
                continue;
            }

            if (BulletColumn.IsList(slice, edges))
            {
                i = end;
                continue;
            }

            if (TextColumnTest.IsTextColumns(slice, edges, _options))
            {
                columns.Add(new PdfTextColumns(edges, slice.Select(l => l.Box).Aggregate((a, b) => a.Union(b))));
            }
            else
            {
                var relative = spanning.Select(j => j - i).ToHashSet();
                // Drawn row rules make rows of a table even when its answers are bold beside plain questions (blind batch O, O5:
                // a survey's print view, "Pregunta | Respuesta" over bold answers): no lists side by side there.
                var rows = relative.Count == 0 && !StreamRowSplitter.RowsRuled(slice, edges, input.HorizontalRules) && SideBySide(slice, edges)
                    ? [new StreamRow(slice.Max(l => l.Box.Top), slice.Min(l => l.Box.Bottom), false)]
                    : _rows.Split(slice, edges, input.HorizontalRules, relative);
                tables.Add(StreamRowSplitter.Grid(edges, rows) with { RowsDrawn = StreamRowSplitter.RowsRuled(slice, edges, input.HorizontalRules) });
            }

            i = end;
        }
    }

    /// <summary>
    /// A line or two over a table that split like a two-column row by chance ("Estrategia 194⇥Garantizar…"
    /// over a five-column grid): its one gap is no column gap of the grid below, so the run it opens
    /// ends a few lines into the grid. When a run starting one or two lines later reaches further
    /// with more columns, the first line is text over the table, not its row.
    /// </summary>
    private bool LaterStart(List<PdfLine> lines, int first, (int End, List<double> Edges, HashSet<int> Spanning) run, double floor)
    {
        for (var k = 1; k <= MaxLinesOverGrid && first + k < run.End; k++)
        {
            if (Grow(lines, first + k, floor) is { } later && later.End >= run.End && later.Edges.Count > run.Edges.Count)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// 1.5 times the median space between words of the page: in a monospaced (typewriter) font a
    /// single space is 0.6 font sizes, as wide as <see cref="PdfWordTableDetectorOptions.MinCorridor"/>,
    /// and spaces stack up in columns from line to line (blind-d BD5, Courier). In proportional
    /// fonts a space is about 0.25–0.3 font sizes and the floor stays under the corridor width.
    /// </summary>
    private static double SpaceFloor(IReadOnlyList<PdfLine> lines)
    {
        var gaps = new List<double>();
        foreach (var line in lines)
        {
            for (var k = 1; k < line.Words.Count; k++)
            {
                var gap = line.Words[k].Box.Left - line.Words[k - 1].Box.Right;
                if (gap > 0 && gap < MaxSpace * line.FontSize)
                {
                    gaps.Add(gap);
                }
            }
        }

        if (gaps.Count < MinGapsForFloor)
        {
            return 0;
        }

        gaps.Sort();
        return SpaceFloorFactor * gaps[gaps.Count / 2];
    }

    /// <summary>
    /// Lines at the top that follow known column edges (a table carried over from the previous
    /// page): running-header lines in the top band are skipped; at least one line must fill two
    /// columns, or the first must start in lower case (a cell cut mid-sentence).
    /// </summary>
    private (PdfGrid Grid, int End)? Continue(IReadOnlyList<PdfLine> lines, IReadOnlyList<double> edges, PdfWordTableInput input)
    {
        edges = Snap(lines, edges, input);
        var start = 0;
        while (start < lines.Count && start < 3 && Crosses(lines[start], edges) && lines[start].Box.Bottom > input.PageHeight * (1 - _options.HeaderBand))
        {
            start++;
        }

        var end = start;
        while (end < lines.Count && !Crosses(lines[end], edges) && lines[end].Words[0].Box.Left >= edges[0] - 2 && lines[end].Box.Right <= edges[^1] + 2 &&
            (end == start || (lines[end - 1].Baseline - lines[end].Baseline <= _options.MaxStep * Math.Max(lines[end].FontSize, 1) && !HeadingAfter(lines, start, end, edges))))
        {
            end++;
        }

        if (end == start)
        {
            return null;
        }

        var slice = lines.Skip(start).Take(end - start).ToList();
        var twoColumns = slice.Any(l => StreamRowSplitter.ByColumn(l, edges).Count(c => c.Count > 0) >= 2);
        var lower = char.IsLower(slice[0].Words[0].Text[0]);
        if (!twoColumns && !lower)
        {
            return null;
        }

        var grid = StreamRowSplitter.Grid(edges, _rows.Split(slice, edges, input.HorizontalRules, new HashSet<int>()));
        return (grid, end);
    }

    /// <summary>Larger type than every continued line, in the first column only, is a heading after the table ("ACUERDOS", 11 pt under 10 pt rows: blind-f justicia-11).</summary>
    private static bool HeadingAfter(IReadOnlyList<PdfLine> lines, int start, int index, IReadOnlyList<double> edges)
    {
        var line = lines[index];
        var before = Enumerable.Range(start, index - start).Max(k => lines[k].FontSize);
        return line.FontSize > HeadingSizeFactor * before && line.Box.Right <= edges[1];
    }

    /// <summary>
    /// Carried column edges moved right to where the next column's text starts, when a word on the
    /// new page crosses one: an edge is the middle of the gap seen on the previous page, and a
    /// column that held only short cells there ("Meta", "197.1") leaves its edge far left of where
    /// the next column starts; a wrapped goal text on the new page fills more of the column.
    /// The edge moves only where no word of the block (the lines with a column gap, up to one that
    /// crosses two edges: running text after the table) straddles the new place.
    /// </summary>
    private List<double> Snap(IReadOnlyList<PdfLine> lines, IReadOnlyList<double> edges, PdfWordTableInput input)
    {
        var block = new List<PdfWord>();
        var last = -1;
        for (var j = 0; j < lines.Count; j++)
        {
            if (last >= 0 && lines[last].Baseline - lines[j].Baseline > _options.MaxStep * Math.Max(lines[j].FontSize, 1))
            {
                break;
            }

            if (edges.Skip(1).Take(edges.Count - 2).Count(e => lines[j].Words.Any(w => w.Box.Left < e && w.Box.Right > e)) >= 2)
            {
                if (last < 0 && j < 3 && lines[j].Box.Bottom > input.PageHeight * (1 - _options.HeaderBand))
                {
                    continue; // a running header over the continued table
                }

                break; // a line across the table: text after it
            }

            if (Gaps(lines[j], _options.MinCorridor * Math.Max(lines[j].FontSize, 1)).Count > 0)
            {
                block.AddRange(lines[j].Words); // a line of one piece is a heading or a cell's wrapped line: no column evidence
            }

            last = j;
        }

        var snapped = edges.ToList();
        for (var k = 1; k < snapped.Count - 1; k++)
        {
            var edge = snapped[k];
            if (!block.Any(w => w.Box.Left < edge && w.Box.Right > edge))
            {
                continue;
            }

            var starts = block.Where(w => w.Box.Left >= edge && w.Box.Left < snapped[k + 1]).Select(w => w.Box.Left).DefaultIfEmpty(double.NaN).Min();
            var moved = starts - 1;
            if (!double.IsNaN(starts) && !block.Any(w => w.Box.Left < moved && w.Box.Right > moved))
            {
                snapped[k] = moved;
            }
        }

        return snapped;
    }

    /// <summary>
    /// The longest run from line <paramref name="first"/> that keeps a supported column gap; null
    /// when there is none; with fewer than 3 edges when the run is a list (its only gap follows list labels).
    /// </summary>
    private (int End, List<double> Edges, HashSet<int> Spanning)? Grow(IReadOnlyList<PdfLine> lines, int first, double floor)
    {
        var size = Math.Max(lines[first].FontSize, 1);
        var corridors = Gaps(lines[first], Math.Max(_options.MinCorridor * size, floor));
        if (corridors.Count == 0)
        {
            return null;
        }

        var support = corridors.Select(c => BothSides(lines[first], c) ? 1 : 0).ToList();
        var spanning = new HashSet<int>();
        var end = first + 1;
        var runSize = size;
        while (end < lines.Count)
        {
            var line = lines[end];
            var lineSize = Math.Max(line.FontSize, 1);
            // A line in larger type than any line of the run is measured in the run's type: a heading
            // after a table ("Participantes", 12 pt, 30 pt under 9.5 pt rows: blind-d BD3) is no row of it.
            if (lines[end - 1].Baseline - line.Baseline > _options.MaxStep * Math.Min(lineSize, runSize))
            {
                break;
            }

            runSize = Math.Max(runSize, lineSize);

            var (next, nextSupport) = Narrow(corridors, support, line, Math.Max(_options.MinCorridor * Math.Min(size, lineSize), floor));
            // Right under the run's first line no gap is established yet: a line that closes some of them may still be a
            // row across the table under its header row (see Spans).
            var underHeader = end == first + 1 && !corridors.All(c => next.Any(n => Overlap(n, c))) &&
                Spans(lines, end, corridors, support, Math.Max(_options.MinCorridor * lineSize, floor));
            if (underHeader || next.Count == 0 || Kills(corridors, support, next))
            {
                if (!underHeader && !Spans(lines, end, corridors, support, Math.Max(_options.MinCorridor * lineSize, floor)))
                {
                    break;
                }

                spanning.Add(end);
                end++;
                continue;
            }

            corridors = next;
            support = nextSupport;
            end++;
        }

        var kept = corridors.Where((_, k) => support[k] >= _options.MinSupport).ToList();
        end = TrimTrailing(lines, first, end, kept);
        kept = [.. kept.Where(c => Enumerable.Range(first, end - first).Count(j => Supports(lines[j], c)) >= _options.MinSupport)];
        spanning.RemoveWhere(j => j >= end);
        if (end - first < _options.MinLines || kept.Count == 0)
        {
            return null;
        }

        var slice = lines.Skip(first).Take(end - first).ToList();
        var left = slice.Min(l => l.Box.Left) - 1;
        var right = slice.Max(l => l.Box.Right) + 1;
        var edges = new List<double> { left };
        edges.AddRange(kept.Select(c => (c.Left + c.Right) / 2));
        edges.Add(right);
        edges = DropLabelColumns([.. slice.Where((_, k) => !spanning.Contains(first + k))], edges);
        return (end, edges, spanning); // fewer than 3 edges: a list, skipped whole by the caller
    }

    private bool Kills(List<(double Left, double Right)> corridors, List<int> support, List<(double Left, double Right)> next) =>
        support.Where((s, k) => s >= _options.MinSupport && !next.Any(n => Overlap(n, corridors[k]))).Any();

    /// <summary>
    /// A line that crosses established column gaps but has no gap of its own, followed by a line
    /// that respects them again: a row merged across the table ("ORGANIZACIONES DE LA SOCIEDAD CIVIL").
    /// </summary>
    private bool Spans(IReadOnlyList<PdfLine> lines, int index, List<(double Left, double Right)> corridors, List<int> support, double minWidth)
    {
        // A header row of three or more cells alone over the spanning line is support enough when the line after the
        // spanning one shows two of its gaps again (blind-w W5 parteras: "Meta ⇥ Indicador / responsable ⇥ Informe ⇥
        // Retroalimentación…" over the strategy title set across the table, then the goal rows).
        var header = support.Count >= MinHeaderGaps && support.All(s => s >= 1) && index + 1 < lines.Count &&
            Gaps(lines[index + 1], minWidth).Count(g => corridors.Any(c => Overlap(g, c))) >= MinHeaderGaps;
        if (Gaps(lines[index], minWidth).Count > 0 || index + 1 >= lines.Count || !(header || support.Any(s => s >= _options.MinSupport)))
        {
            return false;
        }

        var after = lines[index + 1];
        if (lines[index].Baseline - after.Baseline > _options.MaxStep * Math.Max(after.FontSize, 1))
        {
            return false;
        }

        // A line after the spanning one with a gap where the run has none opens another table: the
        // spanning line is a heading between two tables ("Personas asistentes" under a label | value grid).
        // The line after must show a real gap at a column edge, not only a narrowed one: after a
        // full-width paragraph line, its last line ("humanos a 1,080 elementos policiales.") may
        // have a space just where the value column starts.
        var gaps = Gaps(after, minWidth);
        if (gaps.Any(g => !corridors.Any(c => Overlap(g, c))) || !gaps.Any(g => corridors.Any(c => Overlap(g, c))))
        {
            return false;
        }

        var (next, _) = Narrow(corridors, support, after, minWidth);
        return next.Count > 0 && !Kills(corridors, support, next);
    }

    /// <summary>Corridors left after a line's words are taken out of them, with their support counts.</summary>
    private static (List<(double Left, double Right)>, List<int>) Narrow(List<(double Left, double Right)> corridors, List<int> support, PdfLine line, double minWidth)
    {
        var next = new List<(double Left, double Right)>();
        var counts = new List<int>();
        for (var k = 0; k < corridors.Count; k++)
        {
            var pieces = new List<(double Left, double Right)> { corridors[k] };
            foreach (var word in line.Words)
            {
                if (word.Box.Right <= corridors[k].Left || word.Box.Left >= corridors[k].Right)
                {
                    continue; // most words stand clear of the corridor: no need to cut it
                }

                pieces = [.. pieces.SelectMany(p => word.Box.Right <= p.Left || word.Box.Left >= p.Right
                    ? [p]
                    : new[] { (p.Left, word.Box.Left), (word.Box.Right, p.Right) }.Where(q => q.Item2 - q.Item1 > 0))];
            }

            // A column that fills its cell leaves only the cell margins ("…Hernández Villaseñor
            // Procuraduría…"): an established gap may narrow to a space when the next column's
            // text still starts where it always did (left-aligned cells).
            var established = support[k] >= MinSupportForNarrowing;
            foreach (var piece in pieces.Where(p => p.Right - p.Left >= minWidth ||
                (established && p.Right - p.Left >= NarrowGap * minWidth && Math.Abs(p.Right - corridors[k].Right) <= 1)))
            {
                next.Add(piece);
                counts.Add(support[k] + (BothSides(line, piece) ? 1 : 0));
            }
        }

        return (next, counts);
    }

    private static List<(double Left, double Right)> Gaps(PdfLine line, double minWidth)
    {
        var gaps = new List<(double Left, double Right)>();
        for (var k = 1; k < line.Words.Count; k++)
        {
            var left = line.Words[k - 1].Box.Right;
            var right = line.Words[k].Box.Left;
            if (right - left >= minWidth)
            {
                gaps.Add((left, right));
            }
        }

        return gaps;
    }

    /// <summary>
    /// The line has words on both sides of the corridor and its gap there is wider than its other
    /// gaps: a justified line stretched to wide, even spaces only lines up with the next by chance
    /// (blind-d BD3: "Durante el primer⇥semestre de 2020…" over "manifestaciones, en⇥las que…", spaces of 10 pt in 7 pt text).
    /// </summary>
    private static bool Supports(PdfLine line, (double Left, double Right) corridor)
    {
        if (!BothSides(line, corridor))
        {
            return false;
        }

        var gaps = new List<double>();
        var here = 0.0;
        for (var k = 1; k < line.Words.Count; k++)
        {
            var gap = line.Words[k].Box.Left - line.Words[k - 1].Box.Right;
            if (line.Words[k - 1].Box.Right <= corridor.Left && line.Words[k].Box.Left >= corridor.Right)
            {
                here = gap;
            }
            else
            {
                gaps.Add(gap);
            }
        }

        if (gaps.Count < MinGapsForStretch || here >= MaxStretch * Math.Max(line.FontSize, 1))
        {
            return true;
        }

        gaps.Sort();
        return here >= StretchFactor * gaps[gaps.Count / 2];
    }

    private static bool BothSides(PdfLine line, (double Left, double Right) corridor) =>
        line.Words.Any(w => w.Box.Right <= corridor.Left) && line.Words.Any(w => w.Box.Left >= corridor.Right);

    private static bool Overlap((double Left, double Right) a, (double Left, double Right) b) => a.Left < b.Right && b.Left < a.Right;

    private static bool Crosses(PdfLine line, IReadOnlyList<double> edges) =>
        line.Words.Any(w => edges.Skip(1).Take(edges.Count - 2).Any(e => w.Box.Left < e && w.Box.Right > e));

    /// <summary>
    /// Drops last lines that use a single column and stand apart (a larger step, or another
    /// weight): the heading after a table ("ACUERDOS") fits inside its first column.
    /// </summary>
    private int TrimTrailing(IReadOnlyList<PdfLine> lines, int first, int end, List<(double Left, double Right)> corridors)
    {
        var steps = Enumerable.Range(first + 1, Math.Max(0, end - first - 1)).Select(j => lines[j - 1].Baseline - lines[j].Baseline).Order().ToList();
        var typical = steps.Count == 0 ? 0 : steps[steps.Count / 2];
        while (end - first > 1)
        {
            var last = lines[end - 1];
            var singleColumn = !corridors.Any(c => BothSides(last, c));
            var apart = last.Bold != BoldAbove(last, lines[end - 2]) || lines[end - 2].Baseline - last.Baseline > _options.TrailingStepFactor * typical;
            if (!(singleColumn && apart))
            {
                break;
            }

            end--;
        }

        return end;
    }

    /// <summary>
    /// The weight of the line above where it stands over <paramref name="line"/> (a bold sector
    /// cell "Secretaría" beside plain names wraps to a bold "Ejecutiva"); the whole line's weight when nothing stands over it.
    /// </summary>
    private static bool BoldAbove(PdfLine line, PdfLine above)
    {
        var over = above.Words.Where(w => w.Box.Left < line.Box.Right && w.Box.Right > line.Box.Left).ToList();
        return over.Count == 0 ? above.Bold : over.All(w => w.Bold);
    }

    /// <summary>Removes the gap after a first column that holds only list labels ("•", "1.", "a)"): a list, not a table.</summary>
    private static List<double> DropLabelColumns(List<PdfLine> slice, List<double> edges)
    {
        var firstColumn = slice.Select(l => StreamRowSplitter.ByColumn(l, edges)[0]).Where(c => c.Count > 0).ToList();
        var outline = OutlineColumn(firstColumn);
        var labels = firstColumn.Count(c => c.Count == 1 && (ListLabel().IsMatch(c[0].Text) || (outline && OutlineNumber().IsMatch(c[0].Text))));
        // Two columns whose first holds mostly list labels: a list whose lead-in lines ("Por las
        // instancias ejecutoras:") start at the labels' edge and happen to break at the hanging indent.
        if (firstColumn.Count > 0 && (labels == firstColumn.Count || (edges.Count == 3 && labels >= ListShare * firstColumn.Count)))
        {
            edges.RemoveAt(1);
        }

        return edges;
    }

    /// <summary>
    /// Two lists set side by side in one row of a borderless table, each read down its own
    /// column: the first line is a heading in both columns ("Por las instancias ejecutoras:" |
    /// "Por la sociedad civil:"), and further down the second column starts another heading
    /// beside plain text of the first ("Invitados:" beside "Lic. Joaquín Saldívar Ortiz" in
    /// blind-a BA4; a bold "SECRETARÍA EJECUTIVA" beside a name in blind-b BB5). Rows of a real table
    /// keep their cells side by side, so a heading never stands beside a plain cell there.
    /// </summary>
    internal static bool SideBySide(List<PdfLine> slice, List<double> edges)
    {
        if (edges.Count != 3 || slice.Count < 3)
        {
            return false;
        }

        var parts = slice.Select(l => StreamRowSplitter.ByColumn(l, edges)).ToList();
        if (!parts[0].All(p => p.Count > 0 && Heading(p)))
        {
            return false;
        }

        return parts.Skip(1).Any(p => p[0].Count > 0 && p[1].Count > 0 && !Heading(p[0]) && Heading(p[1]));
    }

    /// <summary>A cell line that reads as a heading: all bold, or a short label ending in ':'.</summary>
    private static bool Heading(List<PdfWord> words)
    {
        if (words.All(w => w.Bold))
        {
            return true;
        }

        // Capitals alone are no heading: institution cells are often acronyms ("INDEPEDI").
        return words.Count <= 6 && words[^1].Text.EndsWith(':');
    }

    /// <summary>
    /// A first column of section numbers set without a stop ("3" over "3.1", as LaTeX sets "3 ‖ Seguimiento de
    /// estrategias" and "3.1 ‖ Estrategia 352: …"): outline numbers where one heads another ("3" and "3.1",
    /// "2.1" and "2.1.1"). A numbered table's "1", "2", "3" or a goal column's "45.1", "45.2" have no such pair.
    /// </summary>
    private static bool OutlineColumn(List<List<PdfWord>> firstColumn)
    {
        var numbers = firstColumn.Where(c => c.Count == 1 && OutlineNumber().IsMatch(c[0].Text)).Select(c => c[0].Text.TrimEnd('.')).ToList();
        return numbers.Count >= 2 && numbers.Any(n => numbers.Any(m => m.Length > n.Length && m.StartsWith(n + ".", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2}){0,3}\.?$")]
    private static partial Regex OutlineNumber();

    [GeneratedRegex(@"^(?:[•◦▪‣∙·\-–]|\d{1,2}[.)]|\d{1,2}\.-|[a-zA-Z][.)]|[IVXL]{1,5}[.)])$")]
    private static partial Regex ListLabel();
}
