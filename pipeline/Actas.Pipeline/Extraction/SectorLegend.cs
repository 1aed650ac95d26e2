using System.Text.RegularExpressions;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A legend that spells out the sector abbreviations of an attendance table (blind batch C, BC6):
/// <code>IE: instancia ejecutora; OSC: organización de la sociedad civil; INV: instancia invitada; SE: Secretaría Ejecutiva.</code>
/// Each expansion is read as a sector heading would be, so "INV" is <see cref="Sector.Otro"/> in that acta.
/// A line is a legend when at least two of its "SIGLA: words" pairs name a sector. Abbreviations may be
/// capitalised words with a dot and the legend may stand in parentheses (blind batch D, BD5:
/// <c>(Gob. = instancia ejecutora; OSC = organización de la sociedad civil; SE = Secretaría Ejecutiva)</c>);
/// a sector cell is looked up without its dot. Pairs may be parted by a middle dot and carry an aside in parentheses.
/// </summary>
public static partial class SectorLegend
{
    public static IReadOnlyDictionary<string, Sector> Read(IEnumerable<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var legend = new Dictionary<string, Sector>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows.Where(r => r.IsSingle && r.Text.Length <= 400))
        {
            var pairs = Pair().Matches(row.Text)
                .Select(m => (Abbreviation: m.Groups["abbr"].Value, Sector: SectorHeadings.Classify(m.Groups["words"].Value.Trim().TrimEnd('.'))))
                .Where(p => p.Sector is not null)
                .ToList();
            if (pairs.Count < 2)
            {
                continue;
            }

            foreach (var (abbreviation, sector) in pairs)
            {
                legend.TryAdd(abbreviation.TrimEnd('.'), sector!.Value);
            }
        }

        return legend;
    }

    // Pairs part at ";", ",", a middle dot or a bar; an aside in parentheses after the words is left out (blind batch P, P3:
    // "IE: instancia ejecutora · OA: otros actores (instancias federales, alcaldías y academia) · OSC: …").
    // The sign may be a mere space after an abbreviation in capitals, the legend led by a label (blind batch U, U5:
    // "Sector: IE instancia ejecutora; OI otra instancia; OSC organización de la sociedad civil; SE Secretaría Ejecutiva.").
    [GeneratedRegex(@"(?:^\(?|^[\p{L} ]{3,24}:\s*|[;,·|]\s*|\.\s+)(?<abbr>\p{Lu}{2,6}|\p{Lu}\p{Ll}{1,4}\.)(?:\s*[:=–—]\s*|(?<=\p{Lu})\s+)(?<words>[^;:=()·|]+?)\s*(?:\([^()]*\)\s*)?(?=[;·|]|\)?\.?$|,\s*\p{Lu}{2,6}\s*[:=–—])")]
    private static partial Regex Pair();
}
