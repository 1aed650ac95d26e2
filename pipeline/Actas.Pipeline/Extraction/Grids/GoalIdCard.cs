using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// A goal card: a table row whose first cell holds only the goal's id, maybe with its report status under it,
/// and whose other cells hold the goal's body with its own labels:
/// <code>
/// 190.1        | Las personas policías aplican el protocolo…
/// CON INFORME  | Indicador — Número de manifestaciones…
///              | Lo que se informó ¶ Durante el primer semestre…
/// </code>
/// The id cell is rewritten as the labels it stands for ("Meta 190.1", "Estado del reporte: CON INFORME"), so the
/// row reads as any labelled ficha.
/// </summary>
public static partial class GoalIdCard
{
    public static Row Rewrite(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var cells = row.NonEmpty.ToList();
        if (row.Table is null || cells.Count < 2)
        {
            return row;
        }

        var first = cells[0];
        var paragraphs = first.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (paragraphs.Count == 0 || IdOnly().Match(TextFold.Fold(paragraphs[0].Trim())) is not { Success: true } id)
        {
            return row;
        }

        var rest = paragraphs.Skip(1).ToList();
        if (rest.Any(p => ReportStatusReader.Read(p) is null))
        {
            return row; // more than an id and a status: not a card's id cell
        }

        List<string> labelled = ["Meta " + id.Groups["id"].Value, .. rest.Select(p => "Estado del reporte: " + p.Trim())];
        return row with { Cells = [.. row.Cells.Select(c => ReferenceEquals(c, first) ? c with { Paragraphs = labelled } : c)] };
    }

    /// <summary>"190.1", "Meta 190.1", "META 190.1.": a goal id alone.</summary>
    [GeneratedRegex(@"^(?:metas?\s*(?:no\.?\s*)?)?(?<id>\d{3}\.\d{1,2})\.?$")]
    private static partial Regex IdOnly();
}
