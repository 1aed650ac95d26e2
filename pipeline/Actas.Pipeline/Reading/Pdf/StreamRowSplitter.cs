using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Splits the lines of a borderless table into rows. Drawn row rules win when there are at
/// least two inside the table (a table with only horizontal rules). Otherwise each column's
/// lines are grouped into cell blocks (lines one in-cell step apart); in the key (first)
/// column a block also ends where the next line's first word would have fitted on the line
/// above, so the writer broke it there ("Fecha:" / "Hora:"), or where the weight changes (a
/// bold header row), while a name that did not fit ("María Guadalupe" / "Hernández
/// Villaseñor" in a narrow Nombre column) stays one block. Every key block starts a row; a
/// block of another column joins the row whose key block it overlaps (cells centred
/// vertically overlap too), or the row above when it follows it at in-cell spacing; else it
/// is a row of its own (a sector name set in the second column). A line that crossed the
/// column gaps (a "SOCIEDAD CIVIL" row merged across the table) is a row spanning all columns.
/// </summary>
public sealed partial class StreamRowSplitter(PdfWordTableDetectorOptions options)
{
    /// <summary>A key column is a group column (merged down over rows) only in tables of at least this many columns.</summary>
    private const int MinColumnsForGroups = 3;

    /// <summary>The next column starts at least this many times as many cell blocks as a group column.</summary>
    private const double GroupFactor = 1.5;

    /// <summary>Consecutive lines closer than this share of the font size are not one cell's line step.</summary>
    private const double MinStepShare = 0.6;

    /// <summary>A key cell of at most this many words ending in ':' is a complete label ("Fecha:" / "Horario:").</summary>
    private const int MaxLabelWords = 4;

    /// <summary>
    /// A key line standing more than this share of the font size (at least 1 pt) further below
    /// the line above than the in-cell step starts a row: the cell margins between two rows
    /// (10.5 pt in a cell, 12.5 pt from row to row in LibreOffice prints of Word tables).
    /// </summary>
    private const double PaddingShare = 0.1;

    /// <summary>Another column's word counts as evidence of a new row only when it would have fitted with this many font sizes to spare.</summary>
    private const double EvidenceSlack = 0.5;

    /// <summary>…and its line above used at most this share of the column's width.</summary>
    private const double ShortLineShare = 0.6;

    /// <summary>A value column at least this many times as wide as the first column beside it is content beside labels.</summary>
    private const double LabelWidthFactor = 2;

    /// <summary>…when it also holds at least this many times as many lines.</summary>
    private const double LabelLinesFactor = 2;

    /// <summary>Rows by whitespace bands only in grids of at least this many columns.</summary>
    private const int MinColumnsForBands = 3;

    /// <summary>The rows, top to bottom.</summary>
    /// <param name="spanning">Lines that cross the column gaps (indexes into <paramref name="lines"/>); may be empty.</param>
    public IReadOnlyList<StreamRow> Split(IReadOnlyList<PdfLine> lines, IReadOnlyList<double> edges, IReadOnlyList<RulingSegment> rules, IReadOnlySet<int> spanning)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(spanning);
        var ruled = RuledStarts(lines, edges, rules);
        if (ruled.Count >= 2)
        {
            var starts = new List<int> { 0 };
            starts.AddRange(ruled);
            return [.. starts.SelectMany((s, k) => RuledRow(lines, s, (k + 1 < starts.Count ? starts[k + 1] : lines.Count) - 1, spanning))];
        }

        var cells = lines.Select(l => ByColumn(l, edges)).ToList();
        if (spanning.Count == 0 && TypewriterRows.Split(lines, cells) is { } typed)
        {
            return typed;
        }

        if (spanning.Count == 0 && MarginNumberRows.Split(lines, cells, edges) is { } numbered)
        {
            return numbered;
        }

        if (spanning.Count == 0 && edges.Count - 1 >= MinColumnsForBands && WhitespaceRowBands.Interleaved(lines, cells) && WhitespaceRowBands.Split(lines) is { Count: >= 2 } bands)
        {
            return bands;
        }

        var key = Enumerable.Range(0, edges.Count - 1).FirstOrDefault(c => cells.Where((_, j) => !spanning.Contains(j)).Any(line => line[c].Count > 0));
        var step = InCellStep(lines, cells, spanning);
        var steps = Enumerable.Range(0, edges.Count - 1).Select(c => ColumnLeading.Capped(ColumnStep(lines, cells, spanning, c) ?? step, step, cells, c)).ToArray();
        var rows = new List<(double Top, double Bottom, bool Spans, bool Key)>();
        foreach (var j in spanning)
        {
            rows.Add((lines[j].Box.Top, lines[j].Box.Bottom, true, true));
        }

        var limits = Enumerable.Range(0, edges.Count - 1).Select(c => Limit([.. cells.Where((_, j) => !spanning.Contains(j))], edges, c, lines)).ToArray();
        var keyBlocks = Blocks(lines, cells, key, key, steps, spanning, ruled, limits, [], evidence: false);
        var groups = new List<(int Column, List<(double Top, double Bottom, bool Indented, int FirstLine)> Blocks)>();
        while (key + 1 < edges.Count - 1 && edges.Count - 1 >= MinColumnsForGroups)
        {
            var next = key + 1;
            var candidate = Blocks(lines, cells, next, next, steps, spanning, ruled, limits, [], evidence: false);
            if (candidate.Count < GroupFactor * keyBlocks.Count || !keyBlocks.All(b => cells[b.FirstLine][next].Count > 0))
            {
                break;
            }

            groups.Add((key, keyBlocks));
            key = next;
            keyBlocks = candidate;
        }

        keyBlocks = Blocks(lines, cells, key, key, steps, spanning, ruled, limits, [], evidence: true);
        var keyStarts = keyBlocks.Select(b => b.FirstLine).ToHashSet();
        var others = Enumerable.Range(0, edges.Count - 1).Where(c => c != key && groups.All(g => g.Column != c))
            .SelectMany(c => Blocks(lines, cells, c, key, steps, spanning, ruled, limits, keyStarts, evidence: false));
        rows.AddRange(keyBlocks.Select(b => (b.Top, b.Bottom, false, true)));
        var labelled = LabelColumn(cells, edges, spanning, key);
        foreach (var block in others.OrderByDescending(b => b.Top))
        {
            var overlapping = rows.Select((r, k) => (k, overlap: Math.Min(r.Top, block.Top) - Math.Max(r.Bottom, block.Bottom)))
                .Where(x => x.overlap > 0 && !rows[x.k].Spans).OrderByDescending(x => x.overlap).ToList();
            var above = rows.Select((r, k) => (r, k)).Where(x => x.r.Top > block.Top && !x.r.Spans).OrderBy(x => x.r.Top).FirstOrDefault();
            if (overlapping.Count > 0)
            {
                var k = overlapping[0].k;
                rows[k] = (Math.Max(rows[k].Top, block.Top), Math.Min(rows[k].Bottom, block.Bottom), false, rows[k].Key);
            }
            else if (above.r != default && (labelled || (!block.Indented && above.r.Bottom - block.Top <= options.RowGapFactor * step)) && !Between(rows, above.r, block.Top))
            {
                rows[above.k] = (above.r.Top, Math.Min(above.r.Bottom, block.Bottom), false, above.r.Key);
            }
            else
            {
                rows.Add((block.Top, block.Bottom, false, false));
            }
        }

        var ordered = rows.OrderByDescending(r => r.Top).ToList();
        return [.. ordered.Select((r, k) => new StreamRow(r.Top, r.Bottom, r.Spans, r.Spans ? null : Continued(groups, ordered, k)))];
    }

    /// <summary>
    /// Group columns whose cell in row <paramref name="index"/> continues the one above: the row
    /// starts below where the column's current block started, and no block of it starts in this row.
    /// </summary>
    private static HashSet<int>? Continued(
        List<(int Column, List<(double Top, double Bottom, bool Indented, int FirstLine)> Blocks)> groups,
        List<(double Top, double Bottom, bool Spans, bool Key)> rows,
        int index)
    {
        if (groups.Count == 0 || index == 0 || rows[index - 1].Spans)
        {
            return null;
        }

        var row = rows[index];
        var result = new HashSet<int>();
        foreach (var (column, blocks) in groups)
        {
            var startsHere = blocks.Any(b => b.Top <= row.Top + 0.5 && b.Top > row.Bottom);
            var above = blocks.Where(b => b.Top > row.Top + 0.5).Select(b => b.Top).DefaultIfEmpty(double.NaN).Min();
            var split = rows.Any(r => r.Spans && r.Top < above && r.Top > row.Top);
            if (!startsHere && !double.IsNaN(above) && !split)
            {
                result.Add(column);
            }
        }

        return result.Count == 0 ? null : result;
    }

    /// <summary>
    /// A narrow column of labels beside a wide column of content (a whole acta laid out as a borderless
    /// "Sede | …", "Asistencia | • … • …", "Meta 1.1 | text, – items" table): the value column is at least
    /// <see cref="LabelWidthFactor"/> times as wide and holds at least <see cref="LabelLinesFactor"/> times as
    /// many lines. There a row runs until the label column speaks again: a value block with no label beside it
    /// (a list item, a paragraph set a row step apart, a hanging indent) continues the row above, however far below.
    /// </summary>
    private static bool LabelColumn(List<List<List<PdfWord>>> cells, IReadOnlyList<double> edges, IReadOnlySet<int> spanning, int key)
    {
        if (edges.Count != 3 || key != 0 || (edges[2] - edges[1]) < LabelWidthFactor * (edges[1] - edges[0]))
        {
            return false;
        }

        var inner = cells.Where((_, j) => !spanning.Contains(j)).ToList();
        var labels = inner.Count(l => l[0].Count > 0);
        var values = inner.Count(l => l[1].Count > 0);
        return labels > 0 && values >= LabelLinesFactor * labels;
    }

    /// <summary>A spanning row lies between a row and a block below it: the block is not that row's continuation.</summary>
    private static bool Between(List<(double Top, double Bottom, bool Spans, bool Key)> rows, (double Top, double Bottom, bool Spans, bool Key) above, double top) =>
        rows.Any(r => r.Spans && r.Top <= above.Bottom && r.Bottom >= top);

    /// <summary>
    /// Cell blocks of one column: (top, bottom) of consecutive lines that belong together. A line
    /// that starts well right of where the column's text starts opens an indented block: a title
    /// centred over the table ("INSTANCIAS EJECUTORAS"), never a wrapped line of a left-aligned cell.
    /// Another column's block also ends where a key block starts (<paramref name="keyStarts"/>).
    /// </summary>
    private List<(double Top, double Bottom, bool Indented, int FirstLine)> Blocks(
        IReadOnlyList<PdfLine> lines, List<List<List<PdfWord>>> cells, int column, int keyColumn, double[] steps, IReadOnlySet<int> spanning, List<int> ruled, double[] limits, HashSet<int> keyStarts, bool evidence)
    {
        var key = column == keyColumn;
        var step = steps[column];
        var blocks = new List<(double Top, double Bottom, bool Indented, int FirstLine)>();
        var starts = CommonStart(cells, column, spanning);
        var previous = -1;
        var previousOutdented = false;
        for (var j = 0; j < lines.Count; j++)
        {
            var now = cells[j][column];
            if (spanning.Contains(j) || now.Count == 0)
            {
                continue;
            }

            var indented = now[0].Box.Left > starts + Math.Max(lines[j].FontSize, 1);
            var outdented = now[0].Box.Left < starts - Math.Max(lines[j].FontSize, 1);
            var top = now.Max(w => w.Box.Top);
            var bottom = now.Min(w => w.Box.Bottom);
            var joins = previous >= 0 && !Enumerable.Range(previous + 1, j - previous).Any(spanning.Contains) && !ruled.Any(r => r > previous && r <= j) &&
                lines[previous].Baseline - lines[j].Baseline <= options.RowGapFactor * step && !indented && !outdented && !previousOutdented && !keyStarts.Contains(j) &&
                !(lines[previous].Bold && !lines[j].Bold);
            if (joins && key)
            {
                var before = cells[previous][column];
                var label = before.Count <= MaxLabelWords && before[^1].Text.EndsWith(':') && !WrappedItem(cells, previous, j, column);
                var padded = Padded(cells, steps, previous, j);
                joins = !Fits(before, now, lines[j], limits[column]) && !label && before[0].Bold == now[0].Bold &&
                    !(evidence && (padded || OtherColumnStarts(lines, cells, previous, j, column, limits) || TitledNameStarts(before, now)));
            }

            if (joins)
            {
                blocks[^1] = (blocks[^1].Top, Math.Min(blocks[^1].Bottom, bottom), blocks[^1].Indented, blocks[^1].FirstLine);
            }
            else
            {
                blocks.Add((top, bottom, indented, j));
            }

            previous = j;
            previousOutdented = outdented;
        }

        return blocks;
    }

    /// <summary>
    /// Where most of a column's lines start (rounded to 1 pt), spanning lines left out: a sector
    /// heading set at the table's left edge ("Secretaría Ejecutiva" above "Rubén Galindo" in
    /// blind-a BA6) must not make every name of the Nombre column look indented.
    /// </summary>
    private static double CommonStart(List<List<List<PdfWord>>> cells, int column, IReadOnlySet<int> spanning)
    {
        var lefts = cells.Where((_, j) => !spanning.Contains(j)).Select(l => l[column]).Where(w => w.Count > 0).Select(w => Math.Round(w[0].Box.Left)).ToList();
        if (lefts.Count == 0)
        {
            return 0;
        }

        // Ties go to the leftmost start: a column of two lines keeps the old (minimum) reading.
        return lefts.GroupBy(x => x).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    /// <summary>The first word of <paramref name="now"/> would have fitted after <paramref name="before"/> within the column's limit: the writer broke the line there.</summary>
    private static bool Fits(List<PdfWord> before, List<PdfWord> now, PdfLine line, double limit) =>
        before[^1].Box.Right + (0.3 * Math.Max(line.FontSize, 1)) + now[0].Box.Width <= limit;

    /// <summary>
    /// Evidence from the columns right of the key that line <paramref name="j"/> starts a row
    /// although its key text would not have fitted on the line above (two names, each filling a
    /// narrow Nombre column): a column there starts a cell with a capital or a digit, and that
    /// column was empty on the line above, or its text there was short and left room for the word
    /// (a short "Directora" above "Integrante"). A wrapped name's continuation has the other columns empty
    /// or wrapping too ("Secretaría de Salud de la Ciudad" / "de México").
    /// </summary>
    private static bool OtherColumnStarts(IReadOnlyList<PdfLine> lines, List<List<List<PdfWord>>> cells, int previous, int j, int column, double[] limits)
    {
        for (var c = column + 1; c < limits.Length; c++)
        {
            var now = cells[j][c];
            if (now.Count == 0 || now[0].Text.Length == 0 || !(char.IsUpper(now[0].Text[0]) || char.IsDigit(now[0].Text[0])))
            {
                continue;
            }

            var before = cells[previous][c];
            // A short line with room to spare: a column's limit is only estimated from its widest line
            // (or the table's right edge), so a long line that seems to leave room proves nothing.
            var slack = limits[c] - (EvidenceSlack * Math.Max(lines[j].FontSize, 1));
            var shortLine = before.Count > 0 && before[^1].Box.Right - now[0].Box.Left <= ShortLineShare * (limits[c] - now[0].Box.Left);
            if (before.Count == 0 ? j == previous + 1 : shortLine && Fits(before, now, lines[j], slack))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A key line that opens with a courtesy title and a capitalised word under a line that ended on a capitalised word: a new
    /// person, not the wrapped end of the name above, which never carries its title on its second line (blind batch AB, AB5:
    /// tabbed lines "Ing. Ana Luisa Prieto Camacho ⇥ Sistema de Aguas de la Ciudad de México" ¶ "Lic. Rogelio Trejo
    /// Maldonado ⇥ Delegación Venustiano Carranza", each using the width of its column, read as one row).
    /// </summary>
    private static bool TitledNameStarts(List<PdfWord> before, List<PdfWord> now) =>
        now.Count >= 2 && before[^1].Text is [var last, ..] && char.IsUpper(last) && now[1].Text is [var next, ..] && char.IsUpper(next) &&
        TitledStart().IsMatch(now[0].Text);

    [GeneratedRegex(@"^" + ActaVocabulary.TitleAbbreviation + @"\.$")]
    private static partial Regex TitledStart();

    /// <summary>
    /// A column right of <paramref name="column"/> wraps a list item from line <paramref name="previous"/> to
    /// line <paramref name="j"/>: a typed bullet opens it above and the line below starts where the text after
    /// the bullet starts (the hanging indent). One item is one cell, so the key lines beside it are one cell too
    /// ("Asistencia:" / "Servicio Público" beside "• Name, cargo," / "Institution").
    /// </summary>
    private static bool WrappedItem(List<List<List<PdfWord>>> cells, int previous, int j, int column)
    {
        for (var c = column + 1; c < cells[j].Count; c++)
        {
            var above = cells[previous][c];
            var below = cells[j][c];
            if (above.Count >= 2 && below.Count > 0 && above[0].Text.Length == 1 && ActaVocabulary.BulletChars.Contains(above[0].Text[0]) &&
                Math.Abs(below[0].Box.Left - above[1].Box.Left) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Some column has words on both lines and stands more than its own in-cell step (plus the
    /// cell margins) lower on the second: the rows' cell margins lie between. Label cells of one
    /// line each ("Meta 555.1" / "Indicador" in blind-a BA6) show only row steps; the value
    /// column beside them shows its wrapped lines 10.5 pt apart and its rows 12.5 pt apart.
    /// </summary>
    private static bool Padded(List<List<List<PdfWord>>> cells, double[] steps, int previous, int j)
    {
        for (var c = 0; c < steps.Length; c++)
        {
            var above = cells[previous][c];
            var below = cells[j][c];
            if (above.Count > 0 && below.Count > 0 &&
                above[0].Baseline - below[0].Baseline > steps[c] + Math.Max(1, PaddingShare * Math.Max(below[0].FontSize, 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The line step inside one column's cells: the smallest step between successive lines that
    /// have words in the column (no spanning line between); null when the column has none. Columns
    /// set in different sizes keep their own baselines ("María" / "Guadalupe" 12.6 pt apart beside
    /// "SIBISO –" / "Dirección de" 11.3 pt apart in blind-b BB2), so lines of the whole table
    /// interleave and their steps say nothing about one cell.
    /// </summary>
    private static double? ColumnStep(IReadOnlyList<PdfLine> lines, List<List<List<PdfWord>>> cells, IReadOnlySet<int> spanning, int column)
    {
        double? best = null;
        var previous = -1;
        for (var j = 0; j < lines.Count; j++)
        {
            if (spanning.Contains(j))
            {
                previous = -1;
                continue;
            }

            var words = cells[j][column];
            if (words.Count == 0)
            {
                continue;
            }

            if (previous >= 0)
            {
                var step = cells[previous][column][0].Baseline - words[0].Baseline;
                if (step >= MinStepShare * Math.Max(words[0].FontSize, 1) && (best is null || step < best))
                {
                    best = step;
                }
            }

            previous = j;
        }

        return best;
    }

    /// <summary>The line step inside a cell: the smallest step between consecutive lines that share a column; else the smallest step.</summary>
    private static double InCellStep(IReadOnlyList<PdfLine> lines, List<List<List<PdfWord>>> cells, IReadOnlySet<int> spanning)
    {
        var shared = new List<double>();
        var all = new List<double>();
        for (var j = 1; j < lines.Count; j++)
        {
            var step = lines[j - 1].Baseline - lines[j].Baseline;
            if (step < MinStepShare * Math.Max(lines[j].FontSize, 1))
            {
                continue; // two cells' baselines a few points apart (a bold sector cell beside a name), not a line step
            }

            all.Add(step);
            if (!spanning.Contains(j) && !spanning.Contains(j - 1) && Enumerable.Range(0, cells[j].Count).Any(c => cells[j][c].Count > 0 && cells[j - 1][c].Count > 0))
            {
                shared.Add(step);
            }
        }

        return shared.Count > 0 ? shared.Min() : all.DefaultIfEmpty(lines.Count == 0 ? 10 : lines[0].FontSize * 1.2).Min();
    }

    /// <summary>Words of a line per grid column (by centre), left to right.</summary>
    public static List<List<PdfWord>> ByColumn(PdfLine line, IReadOnlyList<double> edges)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(edges);
        var result = Enumerable.Range(0, edges.Count - 1).Select(_ => new List<PdfWord>()).ToList();
        foreach (var word in line.Words)
        {
            result[Column(edges, word.CentreX)].Add(word);
        }

        return result;
    }

    public static int Column(IReadOnlyList<double> edges, double x)
    {
        ArgumentNullException.ThrowIfNull(edges);
        for (var c = 1; c < edges.Count - 1; c++)
        {
            if (x < edges[c])
            {
                return c - 1;
            }
        }

        return edges.Count - 2;
    }

    /// <summary>
    /// Where a column's text must wrap: at least as far right as any of its lines reaches, and
    /// up to WrapAllowance font sizes short of the next column's text (the cell margins).
    /// </summary>
    private double Limit(List<List<List<PdfWord>>> cells, IReadOnlyList<double> edges, int column, IReadOnlyList<PdfLine> lines)
    {
        var reach = cells.SelectMany(l => l[column]).Select(w => w.Box.Right).DefaultIfEmpty(edges[column + 1]).Max();
        if (column == edges.Count - 2)
        {
            return Math.Max(reach, edges[^1]);
        }

        var next = cells.SelectMany(l => l[column + 1]).Select(w => w.Box.Left).DefaultIfEmpty(edges[column + 1]).Min();
        var size = lines.Select(l => l.FontSize).DefaultIfEmpty(10).Max();
        return Math.Max(reach, next - (options.WrapAllowance * size));
    }

    /// <summary>Whether drawn rules part the lines into rows (at least two inside the table, as <see cref="Split"/> takes them).</summary>
    internal static bool RowsRuled(IReadOnlyList<PdfLine> lines, IReadOnlyList<double> edges, IReadOnlyList<RulingSegment> rules) =>
        RuledStarts(lines, edges, rules).Count >= 2;

    /// <summary>The lines (indexes) with a drawn rule right above them.</summary>
    private static List<int> RuledStarts(IReadOnlyList<PdfLine> lines, IReadOnlyList<double> edges, IReadOnlyList<RulingSegment> rules) =>
        [.. Enumerable.Range(1, Math.Max(0, lines.Count - 1)).Where(j => rules.Any(r => RuleBetween(r, lines[j - 1], lines[j], edges)))];

    private static bool RuleBetween(RulingSegment rule, PdfLine above, PdfLine below, IReadOnlyList<double> edges)
    {
        var width = edges[^1] - edges[0];
        var overlap = Math.Min(rule.End, edges[^1]) - Math.Max(rule.Start, edges[0]);
        return rule.Position < above.Box.Bottom + 1 && rule.Position > below.Box.Top - 1 && overlap > 0.5 * width;
    }

    /// <summary>
    /// One band between drawn row rules, with its spanning lines taken out as rows of their own: a system's report rules
    /// each goal row but not the strategy title set across the table above it (blind-w W5 parteras: "Estrategia 627.
    /// Garantizar la atención…" over the row "627.1 | Indicador: … | SIN INFORME. … | …", one rule under the row only).
    /// </summary>
    private static IEnumerable<StreamRow> RuledRow(IReadOnlyList<PdfLine> lines, int first, int last, IReadOnlySet<int> spanning)
    {
        var start = first;
        for (var j = first + 1; j <= last + 1; j++)
        {
            if (j > last || spanning.Contains(j) != spanning.Contains(start))
            {
                yield return Extent(lines, start, j - 1, spanning.Contains(start));
                start = j;
            }
        }
    }

    private static StreamRow Extent(IReadOnlyList<PdfLine> lines, int first, int last, bool spans) =>
        new(lines.Skip(first).Take(last - first + 1).Max(l => l.Box.Top), lines.Skip(first).Take(last - first + 1).Min(l => l.Box.Bottom), spans);

    /// <summary>A grid on the given column edges and rows: single cells, or one cell across all columns for a spanning row.</summary>
    public static PdfGrid Grid(IReadOnlyList<double> columns, IReadOnlyList<StreamRow> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var ys = new List<double> { rows[0].Top + 1 };
        for (var r = 1; r < rows.Count; r++)
        {
            ys.Add((rows[r - 1].Bottom + rows[r].Top) / 2);
        }

        ys.Add(rows[^1].Bottom - 1);
        var cells = new List<PdfGridCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].SpansAll)
            {
                cells.Add(new PdfGridCell(r, 0, columns.Count - 1, false, new BoundingBox(columns[0], ys[r + 1], columns[^1], ys[r])));
                continue;
            }

            for (var c = 0; c < columns.Count - 1; c++)
            {
                var continues = rows[r].Continued?.Contains(c) == true;
                cells.Add(new PdfGridCell(r, c, 1, continues, new BoundingBox(columns[c], ys[r + 1], columns[c + 1], ys[r])));
            }
        }

        return new PdfGrid(columns, ys, cells, new BoundingBox(columns[0], ys[^1], columns[^1], ys[0]));
    }
}
