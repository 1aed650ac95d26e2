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
        var legend = SectorLegend.Read(rows);
        Sector? heading = null;
        Sector? carried = null;
        int? nameColumn = null, institutionColumn = null, sectorColumn = null;
        int? headerTable = null;
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            var cells = row.NonEmpty.ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            if (row.Table != headerTable)
            {
                nameColumn = institutionColumn = sectorColumn = null;
                headerTable = null;
            }

            if (cells.Count == 1 && cells[0].Paragraphs.Count == 1)
            {
                if (RunOnList(cells[0].Text) is { } runOn)
                {
                    // "Instancias ejecutoras: Lic. A y Mtro. B (STyFE); Lic. C (SEMUJERES)."
                    heading = runOn.Sector;
                    people.AddRange(runOn.People.Select(p => Make(p.Name, p.Institution, null, heading, row.Location)));
                    continue;
                }

                if (SectorHeadings.Classify(cells[0].Text.TrimEnd(':', '.')) is { } sector)
                {
                    heading = sector;
                    continue;
                }

                if (row.Table is null && Listed(cells[0].Text) is { } listed)
                {
                    people.Add(Make(listed.Name, listed.Institution, null, heading, row.Location));
                }
                else if (row.Table is null && PersonNames.LooksLikePerson(cells[0].Text))
                {
                    // "Laura Gutiérrez Ríos" ¶ "SEMUJERES": a list written one line per paragraph, the body on the line after the name.
                    var next = index + 1 < rows.Count && rows[index + 1] is { Table: null, IsSingle: true } following ? following.Text.Trim() : null;
                    // "Lucía Fernández Ochoa⏎Colectiva Cuerpos Libres": the second and last line of the name's own paragraph is its body,
                    // even when it reads like a name.
                    var ownLine = next is not null && rows[index + 1].Location == row.Location &&
                                  (index + 2 >= rows.Count || rows[index + 2].Location != row.Location) &&
                                  SectorHeadings.Classify(next.TrimEnd(':', '.')) is null;
                    var body = next is not null && (ownLine || InstitutionAfterName(next)) ? next : null;
                    if (CleanName(cells[0].Text) is { } name)
                    {
                        people.Add(Make(name, body, null, heading, row.Location));
                    }

                    index += body is null ? 0 : 1;
                }
                continue;
            }

            if (cells.Count == 2 && cells[0].Paragraphs.Count == 1 && cells[1].Text.Contains('(', StringComparison.Ordinal) &&
                RunOnList(cells[0].Text.Trim().TrimEnd(':') + ": " + cells[1].Text) is { } cellList)
            {
                // "Instancias ejecutoras | Rodrigo Pacheco Lira (DIF-CDMX), Itzel Morales Cano (SIPINNA), …": a sector cell and its people.
                heading = cellList.Sector;
                people.AddRange(cellList.People.Select(p => Make(p.Name, p.Institution, null, heading, row.CellLocation(cells[1]))));
                continue;
            }

            if (HeaderOf(cells) is { } header)
            {
                nameColumn = header.ColumnOf(AttendanceColumn.Name);
                institutionColumn = header.ColumnOf(AttendanceColumn.Institution);
                sectorColumn = header.ColumnOf(AttendanceColumn.Sector);
                headerTable = row.Table;
                carried = null;
                continue;
            }

            if (nameColumn is null && cells.Any(c => c.Paragraphs.Count >= 3))
            {
                // Side-by-side lists in a borderless table: each cell is its own list of sector
                // headings, "Name" / "Institution" line pairs and "Name, cargo, Institution" lines.
                foreach (var cell in cells)
                {
                    people.AddRange(Lines(cell.Paragraphs, heading, row.CellLocation(cell)));
                }

                continue;
            }

            if (sectorColumn is null && Pairs(cells) is { } pairs)
            {
                // "Name | Institution | Name | Institution | …": several people side by side in one row
                // (with or without a "Nombre | Institución | Nombre | Institución" header).
                foreach (var (nameCellOfPair, institutionOfPair) in pairs)
                {
                    if (CleanName(nameCellOfPair.Text) is { } pairedName)
                    {
                        people.Add(Make(pairedName, institutionOfPair?.Text.Trim(), null, heading, row.CellLocation(nameCellOfPair)));
                    }
                }

                continue;
            }

            var nameCell = nameColumn is { } nc ? row.Cells.FirstOrDefault(c => c.Column == nc) : cells[0];
            // Without a header, "Name | Cargo | Institution": the cell the gazetteer knows, else the last one.
            var institutionCell = institutionColumn is { } ic ? row.Cells.FirstOrDefault(c => c.Column == ic)
                : cells.Count >= 3 ? cells.Skip(1).FirstOrDefault(c => gazetteer.Find(c.Text) is not null) ?? cells[^1]
                : cells.ElementAtOrDefault(1);
            var sectorCell = sectorColumn is { } sc ? row.Cells.FirstOrDefault(c => c.Column == sc) : null;
            var institution = institutionCell is { IsEmpty: false } ? institutionCell.Text.Trim() : null;

            // A sector cell merged down its group ("Instancias ejecutoras" over six rows) holds for the rows below it.
            if (sectorColumn is not null)
            {
                // A sector the acta writes but the vocabulary lacks is not the row above's: it falls back to the body's own.
                carried = sectorCell is { IsEmpty: false }
                    ? SectorHeadings.Classify(sectorCell.Text) is { } known && !legend.ContainsKey(sectorCell.Text.Trim()) ? known
                        : legend.TryGetValue(sectorCell.Text.Trim(), out var spelled) ? spelled : null
                    : carried;
            }

            var sectorText = sectorColumn is null ? null : carried;
            var names = nameCell is null ? [] : Names(nameCell);
            foreach (var name in names)
            {
                people.Add(Make(name, institution, sectorText, heading, row.CellLocation(nameCell ?? cells[0])));
            }
        }

        return people;
    }

    /// <summary>
    /// Cells that alternate person | institution, at least two people: each person with the cell after it.
    /// Null when the row is one person's ("Name | Cargo | Institution", a cargo that reads like a name).
    /// </summary>
    private static IReadOnlyList<(RowCell Name, RowCell? Institution)>? Pairs(IReadOnlyList<RowCell> cells)
    {
        if (cells.Count < 4 || cells.Count % 2 != 0)
        {
            return null;
        }

        var pairs = new List<(RowCell, RowCell?)>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (!PersonNames.LooksLikePerson(cells[i].Text))
            {
                return null; // an institution without its person: not a row of pairs
            }

            var next = i + 1 < cells.Count && !PersonNames.LooksLikePerson(cells[i + 1].Text) ? cells[i + 1] : null;
            pairs.Add((cells[i], next));
            if (next is not null)
            {
                i++;
            }
        }

        return pairs.Count >= 2 && pairs.All(p => p.Item2 is not null) ? pairs : null;
    }

    /// <summary>
    /// A sector label followed by its people in one paragraph, separated by semicolons:
    /// "Instancias ejecutoras: Lic. Verónica Salinas Duarte y Mtro. Arturo Nieves Cárdenas (STyFE); Lic. Adriana
    /// Pacheco Lugo (SEMUJERES)." People who share a body share its parentheses.
    /// </summary>
    private static (Sector Sector, IReadOnlyList<(string Name, string? Institution)> People)? RunOnList(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon is < 2 or > 70 || SectorHeadings.Classify(text[..colon].Trim()) is not { } sector)
        {
            return null;
        }

        var people = new List<(string, string?)>();
        foreach (var piece in text[(colon + 1)..].Split(';').SelectMany(AfterEachBody).Select(p => p.Trim().TrimEnd('.').Trim()).Where(p => p.Length > 0))
        {
            var shared = SharedInstitution().Match(piece);
            var names = shared.Success ? shared.Groups["names"].Value : piece;
            var institution = shared.Success ? shared.Groups["inst"].Value.Trim() : null;
            var parts = NameSeparator().Split(names).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
            if (parts.All(PersonNames.LooksLikePerson))
            {
                people.AddRange(parts.Select(n => (n, institution)));
            }
            else if (ListedPerson(piece) is { } listed)
            {
                people.Add((listed.Name, listed.Institution));
            }
        }

        return people.Count > 0 ? (sector, people) : null;
    }

    /// <summary>True when a paragraph is a sector label followed by its people: "Por las instancias ejecutoras: Name (Body), …".</summary>
    public static bool IsRunOnList(string text) => RunOnList(text ?? throw new ArgumentNullException(nameof(text))) is not null;

    /// <summary>
    /// "Noemí Aranda Fuentes (IASIS), Karla Jiménez Ochoa (SSC – Dirección…) y Octavio Reyes Lima (Alcaldía Cuauhtémoc)":
    /// one piece per closing parenthesis that a comma or a "y"/"e" follows; commas inside the parentheses
    /// ("(Artículo 19, Oficina para México y Centroamérica)") stay with their body.
    /// </summary>
    private static IEnumerable<string> AfterEachBody(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => depth > 0 ? -1 : 0, _ => 0 };
            if (text[i] != ')' || depth != 0 || AfterBody().Match(text, i + 1) is not { Success: true } next)
            {
                continue;
            }

            yield return text[start..(i + 1)];
            start = i + 1 + next.Length;
            i = start - 1;
        }

        yield return text[start..];
    }

    [GeneratedRegex(@"\G\s*(?:,|\s(?:y|e)\s)\s*")]
    private static partial Regex AfterBody();

    [GeneratedRegex(@"^(?<names>[^()]+?)\s*\((?<inst>[^()]+(?:\([^()]*\)[^()]*)*)\)$")]
    private static partial Regex SharedInstitution();

    [GeneratedRegex(@"\s*,\s*|\s+y\s+|\s+e\s+")]
    private static partial Regex NameSeparator();

    /// <summary>The people of a name cell: one, or one per paragraph when every paragraph is a name ("Ing. Ramón Esquivel" ¶ "Ing. Lourdes Carrillo").</summary>
    private static IEnumerable<string> Names(RowCell cell)
    {
        var paragraphs = cell.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (paragraphs.Count > 1 && paragraphs.All(p => PersonNames.LooksLikePerson(p)))
        {
            return paragraphs.Select(p => CleanName(p)).OfType<string>();
        }

        return CleanName(cell.Text) is { } one ? [one] : [];
    }

    /// <summary>A list written line by line: sector headings, "Name, cargo, Institution", or a name followed by its institution.</summary>
    private IEnumerable<Attendee> Lines(IReadOnlyList<string> lines, Sector? heading, Model.SourceLocation location)
    {
        var people = new List<Attendee>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (SectorHeadings.Classify(line.TrimEnd(':', '.')) is { } sector)
            {
                heading = sector;
                continue;
            }

            if (PersonNames.LooksLikePerson(line))
            {
                var next = i + 1 < lines.Count ? lines[i + 1].Trim() : null;
                // "Daniela Ruiz Esquivel" / "Secretaría Ejecutiva": a known body after a name is the institution even
                // when its words could head a sector ("Por la Secretaría Ejecutiva:" is the heading).
                var institution = next is not null && InstitutionAfterName(next) ? next : null;
                if (institution is not null)
                {
                    i++;
                }

                if (CleanName(line) is { } name)
                {
                    people.Add(Make(name, institution, null, heading, location));
                }

                continue;
            }

            if (Listed(line) is { } listed)
            {
                people.Add(Make(listed.Name, listed.Institution, null, heading, location));
            }
        }

        return people;
    }

    /// <summary>
    /// The line after a name is its body unless it is another name or a sector heading; "Daniela Ruiz Esquivel" /
    /// "Secretaría Ejecutiva": a known body after a name is the institution even when its words could head a sector
    /// ("Por la Secretaría Ejecutiva:" is the heading).
    /// </summary>
    private bool InstitutionAfterName(string next) =>
        !PersonNames.LooksLikePerson(next) && next.Length <= 150 &&
        (SectorHeadings.Classify(next.TrimEnd(':', '.')) is null || (!next.TrimEnd().EndsWith(':') && gazetteer.Find(next) is not null));

    /// <summary>
    /// A name and its body run together on one line, as a PDF joins a name and the italic body under it:
    /// "Lic. Rebeca Anaya Torres PGJCDMX", "Dra. Mónica Espinoza Lara SEDESA - Dirección de Promoción de la Salud".
    /// The split is where the words before read as a person and the words after as a body the gazetteer knows.
    /// </summary>
    private (string Name, string Institution)? NameThenInstitution(string line)
    {
        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 3 or > 30)
        {
            return null;
        }

        for (var k = Math.Min(words.Length - 1, 7); k >= 2; k--)
        {
            var name = string.Join(' ', words[..k]);
            var rest = string.Join(' ', words[k..]);
            if (PersonNames.LooksLikePerson(name) && gazetteer.Find(rest) is not null && !PersonNames.LooksLikePerson(rest))
            {
                return (name, rest);
            }
        }

        return null;
    }

    /// <summary>True when a table without a Nombre | Institución header still reads as an attendance list (sector headings and people, line by line).</summary>
    public bool LooksLikeAttendance(IReadOnlyList<Row> tableRows)
    {
        ArgumentNullException.ThrowIfNull(tableRows);
        var lines = tableRows.SelectMany(r => r.NonEmpty).SelectMany(c => c.Paragraphs).ToList();
        var headings = lines.Count(l => SectorHeadings.Classify(l.Trim().TrimEnd(':', '.')) is not null);
        return headings >= 1 && Extract(tableRows).Count >= 3;
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
        if (institution?.IndexOf(", ", StringComparison.Ordinal) is > 0 and var postEnd &&
            ActaVocabulary.Post.PrefixLength(TextFold.Fold(institution[..postEnd])) > 0)
        {
            // "Directora de Atención a Personas Mayores, Secretaría de Inclusión…": the post before the body is not the body.
            institution = institution[(postEnd + 2)..];
        }

        var entry = gazetteer.Find(institution);
        if (entry is null && institution?.IndexOf(", ", StringComparison.Ordinal) is > 0 and var comma &&
            gazetteer.Find(institution[(comma + 2)..]) is { } afterCargo)
        {
            // "Enlace, Secretaría Ejecutiva": a post before the institution.
            entry = afterCargo;
            institution = institution[(comma + 2)..];
        }

        var sector = sectorColumn ?? heading ?? entry?.Sector ?? Sector.Otro;
        if (entry is null && sector == Sector.SecretariaEjecutiva && institution is not null &&
            !institution.Contains(',', StringComparison.Ordinal) && ActaVocabulary.Post.PrefixLength(TextFold.Fold(institution)) > 0)
        {
            // "Por la Secretaría Ejecutiva: Lic. Tomás Ibarra Cano, enlace de seguimiento del Espacio": a post, and the body is the sector's one.
            institution = "Secretaría Ejecutiva";
            entry = gazetteer.Find(institution);
        }

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

    /// <summary>
    /// "Name, cargo, Institution", "Name – Institution", "Name (Institution)", or a name and its body run together
    /// ("Dra. Mónica Espinoza Lara SEDESA - Dirección…": the separator inside the body is not the one after the name).
    /// </summary>
    private (string Name, string? Institution)? Listed(string text)
    {
        var listed = ListedPerson(text);
        if (listed is { } l && PersonNames.LooksLikePerson(l.Name))
        {
            return listed;
        }

        return NameThenInstitution(text) is { } joined ? (joined.Name, joined.Institution) : listed;
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

        return (LeadingNumber().Replace(name, "").Trim(), InstitutionEnd(m.Groups["inst"].Value));
    }

    /// <summary>
    /// The institution without the line's closing punctuation: "Colectivo Canas Dignas." → "… Dignas", "(SEDESA)" of
    /// "Name (SEDESA)" → "SEDESA"; a body's own parentheses and abbreviations stay ("Secretaría… (SIBISO)", "…, A.C.").
    /// </summary>
    private static string InstitutionEnd(string text)
    {
        var institution = text.Trim();
        if (institution.EndsWith(')') && institution.Count(c => c == ')') > institution.Count(c => c == '('))
        {
            institution = institution[..^1].TrimEnd();
        }

        if (institution.EndsWith('.') && !DottedAbbreviation().IsMatch(institution))
        {
            institution = institution[..^1].TrimEnd();
        }

        return institution;
    }

    /// <summary>"A.C.", "I.A.P.", "S.C." at the end of a name: their last dot is part of the name.</summary>
    [GeneratedRegex(@"(?:^|\s)(?:\p{L}\.){2,}$")]
    private static partial Regex DottedAbbreviation();

    [GeneratedRegex(@"^\s*(?:\d{1,3}\s*[.)\-]+|[-•*·–])\s*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(?<name>[^\d,;:()–—-]{3,80}?)\s*(?:\s[–—-]\s|,\s|\()\s*(?<inst>[^;]{2,150})$")]
    private static partial Regex NameAndInstitution();
}
