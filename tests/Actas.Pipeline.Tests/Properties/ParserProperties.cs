using System.Globalization;
using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using CsCheck;

namespace Actas.Pipeline.Tests.Properties;

/// <summary>Property tests for the text-level parsers: they never throw, and round-trip where that applies.</summary>
public sealed class ParserProperties
{
    private static readonly string[] MonthNames =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    private static readonly Gen<DateOnly> Dates = Gen.Int[new DateOnly(2000, 1, 1).DayNumber, new DateOnly(2030, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    private static readonly Gen<string> ActaLikeText = Gen.OneOf(
        Gen.String,
        Gen.Char["0123456789 ,.:/-de%\"“”aáeéuny"].Array[0, 60].Select(cs => new string(cs)),
        Pick("1,248", "del 4 al 8 de", "un total de", "una, un y un", "10:00", "520.2", "31/02/2018", "\"", "de de de", "mil mil", "y y"));

    private static Gen<string> Pick(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    [Fact]
    public void Dates_written_in_any_of_three_styles_parse_back()
    {
        Dates.Sample(date =>
        {
            var month = MonthNames[date.Month - 1];
            var inFigures = $"{date.Day} de {month} de {date.Year}";
            var slashed = date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            var inWords = $"a los {SpanishWords.Cardinal(date.Day)} días del mes de {month} de {SpanishWords.Cardinal(date.Year)}";
            foreach (var text in new[] { inFigures, slashed, inWords })
            {
                var found = SpanishDateParser.FindFirst(text);
                if (found?.Value != date)
                {
                    throw new InvalidOperationException($"'{text}' parsed as {found?.Iso ?? "nothing"}");
                }
            }
        });
    }

    [Fact]
    public void Cardinals_in_words_parse_back()
    {
        Gen.Int[0, 999_999].Sample(n => SpanishNumberWords.Parse(SpanishWords.Cardinal(n)) == n);
    }

    [Fact]
    public void Session_ordinals_in_words_and_figures_parse_back()
    {
        Gen.Int[1, 99].Sample(n =>
            SpanishOrdinalParser.Find($"{SpanishWords.Ordinal(n).ToUpperInvariant()} REUNIÓN DE TRABAJO") == n &&
            SpanishOrdinalParser.Find($"{n}ª Sesión Ordinaria") == n);
    }

    [Fact]
    public void Figures_written_as_digits_are_found_with_their_noun()
    {
        Gen.Int[2, 999_999].Sample(n =>
        {
            var text = $"Se capacitó a {n.ToString("N0", CultureInfo.InvariantCulture)} personas servidoras públicas.";
            var figure = FigureExtractor.Extract(text).SingleOrDefault();
            return figure is { Unit: "personas" } && figure.Value == n;
        });
    }

    [Fact]
    public void Parsers_never_throw_on_arbitrary_text()
    {
        ActaLikeText.Sample(text =>
        {
            _ = SpanishDateParser.FindAll(text, 2018);
            _ = SpanishOrdinalParser.Find(text);
            _ = FigureExtractor.Extract(text);
            _ = ClockTime.FindAll(text);
            _ = ClockTime.FindRange(text);
            _ = StrategyLabels.Read(text);
            _ = AgreementExtractor.StrategiesIn(text);
        });
    }

    [Fact]
    public void Joining_split_cells_never_loses_or_invents_text()
    {
        var cell = Pick("", "de", "y otras", "Fin.", "asistencia a víctimas", "Nueva frase.", "programas y protocolos de");
        var row = Gen.Select(cell.Array[3], Gen.Bool, (cells, afterBreak) => new TableRow(cells.Select((c, i) => new TableCell(i, 1, c.Length == 0 ? [] : [c])).ToList(), null, afterBreak));
        row.List[1, 8].Sample(rows =>
        {
            var table = new Table(rows, 3, false, new SourceLocation(null, 0));
            var document = new LayoutDocument("x.txt", "txt", new string('0', 64), null, [table], []);
            var joined = (Table)new PageBreakCellJoiner().Join(document).Blocks.Single();
            string Words(Table t) => string.Join(' ', Enumerable.Range(0, 3).SelectMany(col => t.Rows.SelectMany(r => r.Cells.Where(c => c.Column == col).SelectMany(c => c.Paragraphs))));
            return Words(table).Split(' ', StringSplitOptions.RemoveEmptyEntries).SequenceEqual(Words(joined).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                   && joined.Rows.Count <= rows.Count;
        });
    }
}
