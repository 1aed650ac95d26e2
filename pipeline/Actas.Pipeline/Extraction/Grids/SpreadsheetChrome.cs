using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// The program around a spreadsheet printed from the screen is no content of the acta (blind batch Q, Q4, a tracking sheet
/// printed from the browser): the menu bar ("Archivo Editar Ver Insertar Formato Datos Herramientas Ayuda"), the formula
/// bar ("fx | Nombre", the selected cell repeated beside the fx mark) and the sheet tabs closing each sheet
/// ("＋ ☰ | Sesión 4 | Asistencia | Acuerdos"). Such rows are dropped, so a sheet's last grid ends where its rows end.
/// </summary>
public static partial class SpreadsheetChrome
{
    public static IReadOnlyList<Row> Strip(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Where(r => !IsChrome(r)).ToList();
    }

    private static bool IsChrome(Row row)
    {
        var cells = row.NonEmpty.ToList();
        if (cells.Count == 0)
        {
            return false;
        }

        var first = cells[0].Text.Trim();
        if (cells.Count <= 2 && FormulaMark().IsMatch(first))
        {
            return true; // the formula bar: the fx mark and the selected cell's text
        }

        if (SheetTabs().IsMatch(first) && cells.All(c => c.Text.Trim().Length <= 40))
        {
            return true; // the sheet tabs: the add-sheet and sheet-list buttons, then the sheets' names
        }

        var words = row.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 5 && words.All(w => ActaVocabulary.SpreadsheetMenu.IsWhole(w));
    }

    [GeneratedRegex(@"^(?:fx|ƒx|f\(x\))$", RegexOptions.IgnoreCase)]
    private static partial Regex FormulaMark();

    [GeneratedRegex(@"^[+＋]\s*[☰≡]")]
    private static partial Regex SheetTabs();
}
