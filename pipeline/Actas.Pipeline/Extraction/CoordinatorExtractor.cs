using System.Text.RegularExpressions;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// The signature at the end: a name followed by its role, "Angélica Olivares Ocaranza" /
/// "Coordinadora del Espacio de Participación" (seed). The coordinator is not an attendee.
/// </summary>
public static partial class CoordinatorExtractor
{
    /// <summary>The coordinator and the row indexes of the signature block, or null.</summary>
    public static (Coordinator Coordinator, int FirstRow)? Find(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        for (var i = rows.Count - 1; i >= Math.Max(1, rows.Count - 12); i--)
        {
            var row = rows[i];
            if (row.NonEmpty.Count() >= 3)
            {
                // An attendance row "Óscar Tenorio | Enlace | Secretaría Ejecutiva" is not a signature, in a table or
                // aligned with tabs ("Ruiz Soto, Carlos<tab>Enlace<tab>CEJUR").
                continue;
            }

            foreach (var cell in row.NonEmpty)
            {
                // A signature cell of a table: "______" / "Mtra. Laura Vidal Ortega" / "Coordinadora del Espacio…".
                // A paragraph's soft line breaks are lines too: "______⏎Marcelina Bautista Cruz⏎Coordinadora del Espacio".
                var lines = (row.Table is null && row.SoftLines is { Count: > 1 } soft ? soft : cell.Paragraphs)
                    .Where(p => p.Any(char.IsLetter)).Select(p => p.Trim()).ToList();
                var roleLine = lines.FindIndex(p => p.Length <= 120 && Role().IsMatch(TextFold.Fold(p)));
                if (roleLine >= 1 && LooksLikeName(lines[roleLine - 1]))
                {
                    return (new Coordinator(lines[roleLine - 1], string.Join(' ', lines.Skip(roleLine)), row.CellLocation(cell)), i);
                }

                var text = cell.Text.Trim();
                if (text.Length > 120 || !Role().IsMatch(TextFold.Fold(text)))
                {
                    continue;
                }

                // Name in the same cell ("Angélica Olivares Ocaranza Coordinadora del Espacio") or in the row above, same column.
                var inCell = cell.Paragraphs.Count > 1 && LooksLikeName(cell.Paragraphs[0]) ? cell.Paragraphs[0] : null;
                if (inCell is not null)
                {
                    return (new Coordinator(inCell, string.Join(' ', cell.Paragraphs.Skip(1)), row.CellLocation(cell)), i);
                }

                for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
                {
                    var above = rows[j].Cells.FirstOrDefault(c => !c.IsEmpty && (rows[j].Table is null || c.Column == cell.Column));
                    if (above is null)
                    {
                        continue;
                    }

                    if (LooksLikeName(above.Text))
                    {
                        return (new Coordinator(above.Text.Trim(), text, rows[j].CellLocation(above)), j);
                    }

                    break;
                }
            }
        }

        return null;
    }

    /// <summary>True for the post under a signature: "Coordinadora del Espacio de Participación", "Enlace de la SE".</summary>
    public static bool IsRole(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= 120 && Role().IsMatch(TextFold.Fold(text));
    }

    public static bool LooksLikeName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return t.Length <= 70 && words.Length is >= 2 and <= 8 && !t.Any(char.IsDigit) && !t.EndsWith('.') && char.IsUpper(t[0]) &&
               words.Count(w => char.IsUpper(w[0])) >= 2 && !t.Contains(':');
    }

    [GeneratedRegex(@"^(?:la |el )?(?:coordinador|coordinadora|coordinacion|secretari[oa] tecnic[oa]|enlace)\b")]
    private static partial Regex Role();
}
