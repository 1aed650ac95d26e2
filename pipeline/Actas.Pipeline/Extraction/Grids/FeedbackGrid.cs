using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// Feedback written as a table of remarks, one per row, with a column for who spoke and/or the kind of remark
/// (blind batch E, BE6; batch F, BF3):
/// <code>
/// No. | Meta  | Tipo              | Comentario                          | Emite
/// 1   | 271.1 | Retroalimentación | Se reportan datos desagregados…     | Secretaría Ejecutiva
/// 4   | 271.2 | Observación       | SEDESA menciona que el abasto…      | SEDESA
/// </code>
/// Each row becomes the label | value rows the strategy interpreter reads: "Meta 271.1" (which goes back to
/// that goal when it was already read), then "Retroalimentación" or "Observaciones" (from the Tipo cell;
/// Retroalimentación without one) | the remark's cell. The speaker and number cells are not part of the remark.
/// A header needs a remark column and a speaker or kind column, and no cell it cannot name, so strategy grids
/// ("Meta | Informe | Retroalimentación") and attendance lists ("Nombre | Institución | Observaciones") are left alone.
/// A table of remarks and agreements alike ("Tipo | Meta | Descripción | Responsable", Tipo "Acuerdo" on some rows) gives
/// its agreement rows to the agreements section: they follow the remarks under an ACUERDOS heading.
/// </summary>
public static partial class FeedbackGrid
{
    /// <summary>Shortest mean length of the remark cells under a header: remarks are sentences, not a note or a tick.</summary>
    private const int MinimumMeanRemark = 25;

    private static readonly IReadOnlyList<(PhraseSet Phrases, FeedbackColumn Field)> Vocabulary =
    [
        (ActaVocabulary.RemarkColumn, FeedbackColumn.Text),
        (ActaVocabulary.RemarkKindColumn, FeedbackColumn.Kind),
        (ActaVocabulary.SpeakerColumn, FeedbackColumn.Speaker),
        (ActaVocabulary.GoalIdColumn, FeedbackColumn.Goal),
        (ActaVocabulary.Goal, FeedbackColumn.Goal),
        (ActaVocabulary.RemarkOrAgreementColumn, FeedbackColumn.Text),
        (ActaVocabulary.ResponsibleColumn, FeedbackColumn.Responsible),
    ];

    public static IReadOnlyList<Row> Rewrite(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var output = new List<Row>(rows.Count);
        HeaderRowMap<FeedbackColumn>? header = null;
        int? table = null;
        var agreements = new List<Row>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Table is null || row.Table != table)
            {
                AddAgreements(output, agreements, header);
                header = null;
                table = null;
            }

            if (row.Table is not null && Header(rows, i) is { } found)
            {
                AddAgreements(output, agreements, header);
                header = found;
                table = row.Table;
                continue; // the header row carries no remark; a repeat after a page break neither
            }

            if (header is null)
            {
                output.Add(row);
                continue;
            }

            if (row.NonEmpty.Count() == 1 && SectionDetector.Classify(row) is not null)
            {
                // "Asistencia" ¶ "Nombre | Institución | Sector" … ¶ "Acuerdos" as band rows of the same grid (blind batch AJ, AJ3: an
                // acta typed in a spreadsheet, one grid from the title to the signature): the remarks end at the next section's band.
                AddAgreements(output, agreements, header);
                header = null;
                table = null;
                output.Add(row);
                continue;
            }

            if (header.ColumnOf(FeedbackColumn.Kind) is { } kindColumn && CellAt(row, kindColumn) is { } kind &&
                ActaVocabulary.AgreementKind.IsWhole(TextFold.Key(kind.Text)))
            {
                agreements.Add(row);
                continue;
            }

            output.AddRange(Remark(row, header));
        }

        AddAgreements(output, agreements, header);
        return output;
    }

    /// <summary>
    /// The rows a table of remarks types as agreements ("Tipo: Acuerdo"), after its remarks: an ACUERDOS heading, then an
    /// "Acuerdo | Responsable" table of them, as the agreements section reads any agreements table.
    /// </summary>
    private static void AddAgreements(List<Row> output, List<Row> agreements, HeaderRowMap<FeedbackColumn>? header)
    {
        if (agreements.Count == 0 || header is null)
        {
            agreements.Clear();
            return;
        }

        var first = agreements[0];
        var text = header.ColumnOf(FeedbackColumn.Text)!.Value;
        var responsible = header.ColumnOf(FeedbackColumn.Responsible);
        output.Add(new Row([new RowCell(0, 1, ["Acuerdos"])], first.Location, null, true, Layout.ParagraphRole.Heading));
        output.Add(first with { Cells = [new RowCell(0, 1, ["Acuerdo"]), new RowCell(1, 1, ["Responsable"])] });
        foreach (var row in agreements)
        {
            var cells = new List<RowCell> { new(0, 1, CellAt(row, text)?.Paragraphs ?? []) };
            if (responsible is { } r && CellAt(row, r) is { } who)
            {
                cells.Add(new RowCell(1, 1, who.Paragraphs));
            }

            output.Add(row with { Cells = cells });
        }

        agreements.Clear();
    }

    private static HeaderRowMap<FeedbackColumn>? Header(IReadOnlyList<Row> rows, int index)
    {
        var row = rows[index];
        var cells = row.NonEmpty.ToList();
        if (cells.Count < 2)
        {
            return null;
        }

        var map = HeaderRowMap<FeedbackColumn>.Read(cells, Vocabulary, minimum: 2, ActaVocabulary.IgnorableColumn, strict: true);
        if (map is not null && map.ColumnsOf(FeedbackColumn.Text) is { Count: > 1 } texts)
        {
            map = OneTextColumn(map, texts, rows.Skip(index + 1).TakeWhile(r => r.Table == row.Table).ToList());
        }

        if (map?.ColumnOf(FeedbackColumn.Text) is not { } text ||
            (map.ColumnOf(FeedbackColumn.Speaker) is null && map.ColumnOf(FeedbackColumn.Kind) is null))
        {
            return null;
        }

        var remarks = rows.Skip(index + 1).TakeWhile(r => r.Table == row.Table)
            .Select(r => CellAt(r, text)?.Text.Trim()).Where(t => !string.IsNullOrEmpty(t)).ToList();
        return remarks.Count > 0 && remarks.Average(t => t!.Length) >= MinimumMeanRemark ? map : null;
    }

    /// <summary>
    /// Two headers that may each hold the remark ("Intervención | Descripción"): the column of longer cells holds it; a
    /// column of short cells beside it names who spoke ("Intervención: Secretaría Ejecutiva") when no other column does.
    /// </summary>
    private static HeaderRowMap<FeedbackColumn> OneTextColumn(HeaderRowMap<FeedbackColumn> map, IReadOnlyList<int> texts, IReadOnlyList<Row> body)
    {
        double MeanLength(int column) =>
            body.Select(r => CellAt(r, column)?.Text.Trim()).Where(t => !string.IsNullOrEmpty(t)).Select(t => t!.Length).DefaultIfEmpty(0).Average();

        var longest = texts.MaxBy(MeanLength);
        foreach (var column in texts.Where(c => c != longest))
        {
            map = map.ColumnOf(FeedbackColumn.Speaker) is null && MeanLength(column) < MinimumMeanRemark
                ? map.With(column, FeedbackColumn.Speaker)
                : map.Without(column);
        }

        return map;
    }

    private static IEnumerable<Row> Remark(Row row, HeaderRowMap<FeedbackColumn> header)
    {
        if (CellAt(row, header.ColumnOf(FeedbackColumn.Text)!.Value) is not { } text)
        {
            yield break;
        }

        if (header.ColumnOf(FeedbackColumn.Goal) is { } goalColumn && CellAt(row, goalColumn) is { } goal &&
            GoalId().Match(goal.Text) is { Success: true } id)
        {
            yield return row with { Cells = [new RowCell(goal.Column, 1, ["Meta " + id.Value])] };
        }

        var kind = header.ColumnOf(FeedbackColumn.Kind) is { } kindColumn ? CellAt(row, kindColumn)?.Text.Trim() : null;
        var label = kind is not null && ActaVocabulary.Observation.IsWhole(kind) ? "Observaciones" : "Retroalimentación";
        yield return row with { Cells = [new RowCell(text.Column, 1, [label]), text with { Span = 1 }] };
    }

    private static RowCell? CellAt(Row row, int column) =>
        row.Cells.FirstOrDefault(c => c.Column <= column && column < c.Column + c.Span && !c.IsEmpty);

    [GeneratedRegex(@"\b\d{3}\.\d{1,2}\b")]
    private static partial Regex GoalId();
}
