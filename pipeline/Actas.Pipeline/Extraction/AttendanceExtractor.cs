using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Grids;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// People listed under ASISTENCIA. Works on a Name | Institution list under sector
/// sub-headings (seed), a Nombre | Institución | Firma table with a sector column or
/// full-width sector rows, and "Nombre – Institución" list items. Sector: the row's sector
/// column, else the sub-heading it stands under, else the gazetteer's, else "otro".
/// </summary>
public sealed partial class AttendanceExtractor(InstitutionGazetteer gazetteer)
{
    public IReadOnlyList<Attendee> Extract(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var people = new List<Attendee>();
        Sector? heading = null;
        int? nameColumn = null, institutionColumn = null, sectorColumn = null;
        foreach (var row in rows)
        {
            var cells = row.NonEmpty.ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            if (cells.Count == 1)
            {
                if (SectorHeadings.Classify(cells[0].Text.TrimEnd(':', '.')) is { } sector)
                {
                    heading = sector;
                    continue;
                }

                if (row.Table is null && ListedPerson(cells[0].Text) is { } listed)
                {
                    people.Add(Make(listed.Name, listed.Institution, null, heading, row.Location));
                }

                continue;
            }

            if (HeaderOf(cells) is { } header)
            {
                nameColumn = header.ColumnOf(AttendanceColumn.Name);
                institutionColumn = header.ColumnOf(AttendanceColumn.Institution);
                sectorColumn = header.ColumnOf(AttendanceColumn.Sector);
                continue;
            }

            var nameCell = nameColumn is { } nc ? row.Cells.FirstOrDefault(c => c.Column == nc) : cells[0];
            var institutionCell = institutionColumn is { } ic ? row.Cells.FirstOrDefault(c => c.Column == ic) : cells.ElementAtOrDefault(1);
            var sectorCell = sectorColumn is { } sc ? row.Cells.FirstOrDefault(c => c.Column == sc) : null;
            var name = CleanName(nameCell?.Text);
            if (name is null)
            {
                continue;
            }

            var institution = institutionCell is { IsEmpty: false } ? institutionCell.Text.Trim() : null;
            var sectorText = sectorCell is { IsEmpty: false } ? SectorHeadings.Classify(sectorCell.Text) : null;
            people.Add(Make(name, institution, sectorText, heading, row.CellLocation(nameCell ?? cells[0])));
        }

        return people;
    }

    /// <summary>True when a table holds a Nombre | Institución header: used to find attendance outside an ASISTENCIA section.</summary>
    public static bool IsHeaderRow(IReadOnlyList<RowCell> cells) => HeaderOf(cells) is { } h && h.ColumnOf(AttendanceColumn.Name) is not null;

    private static readonly IReadOnlyList<(PhraseSet Phrases, AttendanceColumn Field)> Columns =
    [
        (ActaVocabulary.NameColumn, AttendanceColumn.Name),
        (ActaVocabulary.InstitutionColumn, AttendanceColumn.Institution),
        (ActaVocabulary.SectorColumn, AttendanceColumn.Sector),
    ];

    private static HeaderRowMap<AttendanceColumn>? HeaderOf(IReadOnlyList<RowCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var header = HeaderRowMap<AttendanceColumn>.Read(cells, Columns, minimum: 2, ActaVocabulary.IgnorableColumn);
        return header?.ColumnOf(AttendanceColumn.Name) is null ? null : header;
    }

    private Attendee Make(string name, string? institution, Sector? sectorColumn, Sector? heading, SourceLocation location)
    {
        var entry = gazetteer.Find(institution);
        var sector = sectorColumn ?? heading ?? entry?.Sector ?? Sector.Otro;
        return new Attendee(name, institution, entry?.Key, sector, location);
    }

    private static string? CleanName(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var name = LeadingNumber().Replace(text.Trim(), "").Trim();
        if (name.Length < 3 || name.Length > 90 || !name.Any(char.IsLetter) || name.All(c => c is '-' or '_' or ' '))
        {
            return null;
        }

        return name;
    }

    private static (string Name, string? Institution)? ListedPerson(string text)
    {
        var m = NameAndInstitution().Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups["name"].Value.Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 7 || !char.IsUpper(words[^1][0]))
        {
            return null;
        }

        return (LeadingNumber().Replace(name, "").Trim(), m.Groups["inst"].Value.Trim().TrimEnd('.', ')'));
    }

    [GeneratedRegex(@"^\s*(?:\d{1,3}\s*[.)\-]+|[-•*·–])\s*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(?<name>[^\d,;:()–—-]{3,80}?)\s*(?:\s[–—-]\s|,\s|\()\s*(?<inst>[^;]{2,150})$")]
    private static partial Regex NameAndInstitution();
}
