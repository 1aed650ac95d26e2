namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// A "ficha" cell that holds several labelled paragraphs:
/// <code>
/// Estrategia 180: Garantizar el acceso…      | Avance reportado:
/// Meta 180.1: Se incrementa la cobertura…    | Se construyeron 18.4 kilómetros…
/// Indicador: Número de viviendas…            | Se sustituyeron 2,650 tomas…
/// Responsable: SACMEX                        |
/// </code>
/// becomes one row per paragraph, cell by cell, so each label opens its field as it would in
/// prose. Rows whose cells hold no label after their first paragraph (a long INFORME, a list of
/// feedback) are left alone.
/// </summary>
public static class LabelledCellSplitter
{
    public static IEnumerable<Row> Split(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Table is null)
        {
            return [row];
        }

        // A PDF may run "Estrategia 361: … Meta 361.1: … Indicador: …" into one paragraph: cut it first.
        var cells = row.NonEmpty.Select(c => c with { Paragraphs = c.Paragraphs.SelectMany(RowStream.SplitOnAllLabels).ToList() }).ToList();
        if (!cells.Any(HasInnerLabels))
        {
            return [row];
        }

        return cells.SelectMany(cell => cell.Paragraphs
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => row with { Cells = [new RowCell(cell.Column, 1, [p])] }));
    }

    /// <summary>A goal cell written as a ficha: "Meta 204.1: …" followed by labelled paragraphs ("Indicador: …").</summary>
    public static bool IsFicha(RowCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var paragraphs = cell.Paragraphs.SelectMany(RowStream.SplitOnAllLabels).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return paragraphs.Count >= 2 && StrategyLabels.Read(paragraphs[0]) is not null && paragraphs.Skip(1).Any(p => StrategyLabels.Read(p) is not null);
    }

    /// <summary>A cell with a label on a paragraph after its first, or a strategy heading followed by more paragraphs.</summary>
    private static bool HasInnerLabels(RowCell cell)
    {
        if (cell.Paragraphs.Count < 2)
        {
            return false;
        }

        var startsStrategy = StrategySegmenter.Start(new Row([new RowCell(0, 1, [cell.Paragraphs[0]])], new Model.SourceLocation(null, 0), null, true, Layout.ParagraphRole.Body)) is not null;
        var labelled = cell.Paragraphs.Skip(1).Count(p => StrategyLabels.Read(p) is not null);
        return labelled >= 1 && (startsStrategy || StrategyLabels.Read(cell.Paragraphs[0]) is not null || labelled >= 2);
    }
}
