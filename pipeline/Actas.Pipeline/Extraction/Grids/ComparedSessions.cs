using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// A *cuadro comparativo*: a table that sets this session beside an earlier one, column by column ("Quinta Sesión
/// Ordinaria (anterior) | Sexta Sesión Ordinaria (esta sesión)", "Informe 5ª sesión (25/07/2019) | Informe 6ª sesión
/// (22/08/2019)", attendance ticks under "5ª | 6ª"). The acta is this session's: the earlier session's columns are
/// dropped (and a "Variación" column comparing the two), the kept header says only what the column holds ("Informe"),
/// and a column of attendance ticks keeps the people marked present and then goes too.
/// </summary>
public static partial class ComparedSessions
{
    /// <summary>The table with only this session's columns; every other block unchanged.</summary>
    public static LayoutBlock Keep(LayoutBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block is not Table table)
        {
            return block;
        }

        for (var h = 0; h < Math.Min(3, table.Rows.Count); h++)
        {
            var named = table.Rows[h].Cells
                .Select(c => (Cell: c, Session: SessionOf(c.Text)))
                .Where(x => x.Session is not null)
                .ToList();
            if (named.Count < 2 || named.Select(x => x.Session!.Value.Words).Distinct().Count() > 1)
            {
                continue;
            }

            var marked = named.Where(x => x.Session!.Value.Current).ToList();
            var numbers = named.Select(x => x.Session!.Value.Number).ToList();
            var current = marked.Count == 1 ? marked[0]
                : numbers.Count(n => n == numbers.Max()) == 1 ? named[numbers.IndexOf(numbers.Max())]
                : default;
            if (current.Cell is null)
            {
                continue;
            }

            // "Variación" / "Diferencia": a column that compares the two sessions says nothing of this one on its own.
            var earlier = named.Where(x => x.Cell != current.Cell).Select(x => x.Cell.Column)
                .Concat(table.Rows[h].Cells.Where(c => Comparison().IsMatch(TextFold.Key(c.Text))).Select(c => c.Column))
                .ToHashSet();
            // A session's column that says nothing but which session ("3a. sesión (12/02/2020) — esta sesión") beside a goal
            // column holds what was reported of each goal in that session (blind batch U, U5: a cumulative tracking matrix).
            var words = current.Session!.Value.Words;
            if (words.Length == 0 && table.Rows[h].Cells.Any(c => c.Column != current.Cell.Column && ActaVocabulary.Goal.PrefixLength(TextFold.Key(c.Text)) > 0))
            {
                words = SessionReportHeading;
            }

            return Rewrite(table, h, current.Cell, earlier, words);
        }

        return block;
    }

    private static Table Rewrite(Table table, int header, TableCell current, HashSet<int> earlier, string rest)
    {
        var body = table.Rows.Skip(header + 1).Select(r => r.Cells.FirstOrDefault(c => c.Column == current.Column)).OfType<TableCell>().Where(c => !c.IsEmpty).ToList();
        var ticks = body.Count >= 2 && body.All(c => Tick().IsMatch(c.Text.Trim()));
        var rows = new List<TableRow>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            if (i <= header)
            {
                rows.Add(i < header ? row : row with { Cells = Renumber(row.Cells.Where(c => !earlier.Contains(c.Column) && !(ticks && c.Column == current.Column))
                    .Select(c => c.Column == current.Column && rest.Length > 0 ? c with { Paragraphs = [char.ToUpperInvariant(rest[0]) + rest[1..]] }
                        : c.Column != current.Column && c.Paragraphs.Any(p => ThisSessionAside().IsMatch(p)) ? c with { Paragraphs = c.Paragraphs.Select(p => ThisSessionAside().Replace(p, "").Trim()).ToList() }
                        : c), earlier, ticks ? current.Column : null) });
                continue;
            }

            var mark = row.Cells.FirstOrDefault(c => c.Column == current.Column);
            if (ticks && mark is { IsEmpty: false } && Absent().IsMatch(mark.Text.Trim()))
            {
                continue; // "—" under this session: not present today
            }

            rows.Add(row with { Cells = Renumber(row.Cells.Where(c => !earlier.Contains(c.Column) && !(ticks && c.Column == current.Column)), earlier, ticks ? current.Column : null) });
        }

        var removed = earlier.Count + (ticks ? 1 : 0);
        return table with { Rows = rows, ColumnCount = Math.Max(1, table.ColumnCount - removed) };
    }

    private static List<TableCell> Renumber(IEnumerable<TableCell> cells, HashSet<int> earlier, int? tickColumn) =>
        cells.Select(c => c with { Column = c.Column - earlier.Count(e => e < c.Column) - (tickColumn < c.Column ? 1 : 0) }).ToList();

    /// <summary>
    /// A header cell that names a session: its number ("5ª", "Sexta Sesión Ordinaria"), whether it says it is this one
    /// ("(esta sesión)", "actual") and what else it says, folded ("informe" of "Informe 6ª sesión (22/08/2019)").
    /// </summary>
    private static (int Number, bool Current, string Words)? SessionOf(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > 70)
        {
            return null;
        }

        var key = TextFold.Key(trimmed);
        var bare = BareOrdinal().IsMatch(TextFold.Fold(trimmed));
        if ((!bare && !Meeting().IsMatch(key)) || SpanishOrdinalParser.Find(trimmed) is not { } number)
        {
            return null;
        }

        var current = ThisSession().IsMatch(key);
        var rest = Spaces().Replace(SessionWords().Replace(key, " "), " ").Trim();
        return (number, current, rest);
    }

    /// <summary>What a session's column holds in a goal table: the report (a <see cref="ActaVocabulary.Report"/> label).</summary>
    private const string SessionReportHeading = "informe";

    /// <summary>"Retroalimentación y observaciones (esta sesión)": once the earlier sessions' columns are gone, the aside says nothing.</summary>
    [GeneratedRegex(@"\s*[(\[]\s*(?:de\s+)?(?:esta|la\s+presente|la)\s+(?:sesi[oó]n|reuni[oó]n)(?:\s+actual)?\s*[)\]]|\s*[(\[]\s*(?:sesi[oó]n|reuni[oó]n)\s+actual\s*[)\]]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisSessionAside();

    [GeneratedRegex(@"^\d{1,2}\s*(?:ª|º|a|o)\.?$")]
    private static partial Regex BareOrdinal();

    [GeneratedRegex(@"\b(?:sesion|reunion)\b")]
    private static partial Regex Meeting();

    [GeneratedRegex(@"\b(?:esta sesion|sesion actual|actual|presente sesion|esta reunion|reunion actual)\b")]
    private static partial Regex ThisSession();

    /// <summary>The words that only say which session: ordinals, "sesión ordinaria", "anterior", a date.</summary>
    [GeneratedRegex(@"\b(?:\d{1,2}\s?(?:a|o|ª|º)|\d{1,2}|[a-z]+(?:er|era|ero|ra|ro|da|do|ta|to|va|vo|na|no|ma|mo)(?= (?:sesion|reunion))|sesion(?:es)?|reunion(?:es)?|ordinaria|extraordinaria|anterior|previa|esta|actual|presente|de trabajo|\d{4})\b")]
    private static partial Regex SessionWords();

    [GeneratedRegex(@"^(?:variacion|diferencia|cambio|comparacion|evolucion|tendencia)(?: (?:respecto|contra|vs|frente)\b.*)?$")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>An attendance tick or its absence: "✓", "✔", "X", "Sí", "—", "No".</summary>
    [GeneratedRegex(@"^(?:[✓✔☑☒xX✗✘—–\-]|s[ií]|no|asisti[oó]|no asisti[oó])$")]
    private static partial Regex Tick();

    [GeneratedRegex(@"^(?:[—–\-✗✘]|no|no asisti[oó])$")]
    private static partial Regex Absent();
}
