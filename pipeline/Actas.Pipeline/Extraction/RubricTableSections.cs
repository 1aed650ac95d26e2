namespace Actas.Pipeline.Extraction;

/// <summary>
/// A whole minuta laid out as one rubric table (label cell | value cell, the strategies among its rows): a row whose label
/// names the attendance or a later point of the agenda ("Asistentes", "Asuntos generales") is that section's heading over
/// its value, as the same minuta written in paragraphs would have it (blind batch T, T4: a transparency portal's versión
/// pública, "Sesión | …" ¶ "Asistentes | Personas servidoras públicas ¶ Dra. … " ¶ … ¶ "Asuntos generales | No hubo.").
/// Read as plain rows, the session's rubrics above the attendance are taken for people, and what follows the last goal for
/// its observations. The rows after the agreements rubric close the minuta and stay as they are ("Próxima sesión | La
/// tercera sesión se realizará…" is the agreement that fixes the next meeting).
/// </summary>
public static class RubricTableSections
{
    /// <summary>A label cell longer than this is text, not a rubric.</summary>
    private const int LabelLength = 60;

    /// <summary>Rows of label | value a table needs to be read as a rubric table.</summary>
    private const int MinRubricRows = 5;

    public static IReadOnlyList<Row> Split(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        List<Row>? result = null;
        foreach (var table in RubricTables(rows))
        {
            result ??= [.. rows];
            var afterAgreements = false;
            var last = result.FindLastIndex(r => r.Table == table);
            for (var i = result.FindIndex(r => r.Table == table); i <= last && !afterAgreements; i++)
            {
                if (result[i] is { Table: null, IsSingle: true } heading && SectionDetector.Classify(heading) == SectionKind.Agreements)
                {
                    afterAgreements = true; // a rubric already read as a heading (NestedTableRubric)
                }

                if (result[i].Table != table || Label(result[i]) is not { } label)
                {
                    continue;
                }

                var kind = SectionDetector.Classify(Heading(result[i], label));
                string? sector = null;
                if (kind is null && SectorAfterHeading(result[i], label) is { } named)
                {
                    // "Asistencia: instancia ejecutora | A ¶ B" (blind batch Y, Y2): the attendance rubric names the sector of its people.
                    (kind, label, sector) = (SectionKind.Attendance, named.Heading, named.Sector);
                }

                if (afterAgreements || kind is not (SectionKind.Attendance or SectionKind.Discussion or SectionKind.Agreements))
                {
                    continue;
                }

                // The agreements rubric is a heading over its list too; the rows after it close the minuta as they are.
                afterAgreements = kind == SectionKind.Agreements;
                var value = result[i] with { Cells = [.. result[i].NonEmpty.Skip(1)] };
                result[i] = Heading(result[i], label);
                if (sector is not null)
                {
                    result.Insert(++i, Heading(value, sector));
                    last++;
                }

                if (sector is null && kind != SectionKind.Agreements)
                {
                    result.Insert(++i, value);
                    last++;
                    continue;
                }

                // A list in the value cell (the people of one sector, the numbered agreements) is one paragraph per item,
                // as the same minuta written in paragraphs would have it.
                foreach (var item in value.NonEmpty.SelectMany(c => c.Paragraphs).Where(p => !string.IsNullOrWhiteSpace(p)))
                {
                    result.Insert(++i, Heading(value, item));
                    last++;
                }
            }
        }

        return result ?? rows;
    }

    /// <summary>The label cell's text of a label | value row; null for any other row.</summary>
    private static string? Label(Row row)
    {
        var cells = row.NonEmpty.ToList();
        return cells.Count == 2 && cells[0].Paragraphs.Count(p => !string.IsNullOrWhiteSpace(p)) == 1 && cells[0].Text.Trim() is { Length: > 0 and <= LabelLength } label
            ? label
            : null;
    }

    /// <summary>A rubric "Asistencia: Sociedad civil": the attendance heading and the sector it names; null for any other label.</summary>
    private static (string Heading, string Sector)? SectorAfterHeading(Row row, string label) =>
        label.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && label[..colon].Trim() is var heading &&
        SectionDetector.Classify(Heading(row, heading)) == SectionKind.Attendance &&
        label[(colon + 1)..].Trim() is { Length: > 0 } sector && SectorHeadings.Classify(sector) is not null
            ? (heading, sector)
            : null;

    private static Row Heading(Row row, string label) => row with { Cells = [new RowCell(0, 1, [label])], Table = null };

    /// <summary>
    /// Tables whose rows are mostly label | value (a nested table's rows may sit among them), enough of them, with a strategy's
    /// rubric among them.
    /// </summary>
    private static List<int> RubricTables(IReadOnlyList<Row> rows) =>
        rows.Where(r => r.Table is not null && !r.IsEmpty).GroupBy(r => r.Table!.Value)
            .Where(t => t.Count(r => Label(r) is not null) is var labelled && labelled >= MinRubricRows && 2 * labelled >= t.Count() &&
                        t.Any(r => Label(r) is not null && StrategySegmenter.Start(r) is not null))
            .Select(t => t.Key)
            .ToList();
}
