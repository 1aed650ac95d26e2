using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Grids;
using Actas.Pipeline.Extraction.Institutions;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Layout;
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
        rows = WrappedTabLines.Join(rows.SelectMany(NestedRows.Expand).ToList());
        var people = new List<Attendee>();
        var legend = SectorLegend.Read(rows);
        SectorHeading? heading = null;
        Sector? carried = null;
        string? institutionAbove = null;
        string? listBody = null;
        int? nameColumn = null, institutionColumn = null, sectorColumn = null, attendedColumn = null;
        IReadOnlyDictionary<int, Sector> sectorBoxes = new Dictionary<int, Sector>();
        IReadOnlyDictionary<int, Sector> columnSectors = new Dictionary<int, Sector>();
        int? columnSectorsTable = null;
        int? headerTable = null;
        int? headerlessTable = null, headerlessSector = null;
        var callReport = false;
        var seenInCall = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            var cells = row.NonEmpty.ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            if (row.Table != columnSectorsTable)
            {
                columnSectors = new Dictionary<int, Sector>();
                columnSectorsTable = null;
            }

            if (row.Table != headerTable)
            {
                nameColumn = institutionColumn = sectorColumn = attendedColumn = null;
                sectorBoxes = new Dictionary<int, Sector>();
                headerTable = null;
                institutionAbove = null;
                callReport = false;
            }

            if (nameColumn is null && RunTogetherHeader(cells))
            {
                continue;
            }

            if (row.Table is null && LabelledAttendeeLine.Read(row.Text) is { } labelled)
            {
                // "1. Nombre: Ing. A Institución: SEDECO Sector: ☒ IE ☐ OSC" (a form's line; a PDF may put the sector on a line of its own).
                if (labelled.Sector is null && index + 1 < rows.Count && rows[index + 1] is { Table: null } below && LabelledAttendeeLine.IsSectorLine(below.Text))
                {
                    labelled = LabelledAttendeeLine.Read(row.Text + " " + below.Text) ?? labelled;
                    index++;
                }

                var ticked = labelled.Sector is not { } option ? null
                    : legend.TryGetValue(option.TrimEnd('.'), out var spelledOut) ? spelledOut : SectorHeadings.Classify(option);
                if (CleanName(PersonNames.WithoutTitle(labelled.Name)) is { } labelledName)
                {
                    people.Add(Make(labelledName, labelled.Institution, ticked, heading, row.Location));
                }

                continue;
            }

            if (row.Table is null && row.SoftLines is { Count: >= 2 } softLines)
            {
                // "Instancias ejecutoras:⏎Lic. A — COPRED⏎Iván B — SSC", "Dra. Mónica Arreola Pineda⏎SEDESA": a list
                // written in one paragraph with line breaks is read line by line.
                people.AddRange(Lines(softLines, ref heading, row.Location));
                continue;
            }

            if (row.Table is not null && nameColumn is null && cells.Any(c => !c.IsEmpty) && cells.All(c => c.IsEmpty || Card(c.Paragraphs) is not null))
            {
                // A row of cards, one per body: "SEDESA ¶ Dra. A ¶ Dr. B" | "AGEPSA ¶ Lic. C" — the body over its people.
                foreach (var cell in cells.Where(c => !c.IsEmpty))
                {
                    var card = Card(cell.Paragraphs)!.Value;
                    people.AddRange(card.People.Select(p => Make(p, card.Body, null, heading, row.CellLocation(cell))));
                }

                continue;
            }

            if (row.Table is null && RunOnAttendance.Pictured(row.Text) is { Count: > 0 } pictured)
            {
                // "Fotografía 1. … De izquierda a derecha: Mtro. A (Secretaría…); Lic. B (…)." (blind batch T, T6): a group photo's caption.
                people.AddRange(pictured.Select(p => Make(p.Name, p.Institution, null, heading, row.Location)));
                continue;
            }

            if ((row.Table is null || (cells.Count == 1 && cells[0].Paragraphs.Count == 1)) && RunOnAttendance.Read(row.Text) is { Count: > 0 } runOn)
            {
                // "Instancias ejecutoras: Lic. A y Mtro. B (STyFE); Lic. C (SEMUJERES)." (a PDF may cut a justified
                // paragraph into cells at its wide gaps: the paragraph's whole text is read).
                foreach (var group in runOn)
                {
                    heading = new SectorHeading(group.Sector, BodyOfHeading(group.Label, group.Sector));
                    people.AddRange(group.People.Select(p => Make(p.Name, p.Institution, null, heading, row.Location)));
                }

                continue;
            }

            if (nameColumn is null && cells.All(c => c.Paragraphs.Count == 1) && Led(row.Text) is { } led)
            {
                // "Dr. Enrique Maldonado Cortés..........SEDESA": a dot leader between the name and its body (a PDF may cut the row anywhere).
                people.Add(Make(led.Name, led.Institution, null, heading, row.Location));
                continue;
            }

            if (row.Table is not null && nameColumn is null && IsSectorColumnHeadings(cells))
            {
                // "Entes públicos | Sociedad civil y locatarios | Secretaría Ejecutiva" over one list per column: the columns'
                // headings, no person; each list below is read on its own (see ColumnList).
                heading = null;
                columnSectors = cells.ToDictionary(c => c.Column, c => HeadingOf(c.Text)!.Value.Sector);
                columnSectorsTable = row.Table;
                continue;
            }

            if (nameColumn is null && cells.Count == 2 && cells[0].Paragraphs.Count == 1 && HeadingOf(cells[0].Text) is { } besideHeading && HeaderOf(cells) is null)
            {
                // "Sociedad civil | Daniela Ortiz Saucedo (Ednica, I.A.P.), Jorge Alcántara Ríos (Red…)": the sector in
                // the first cell, its people run on in the second, or one per line ("Dependencia | Asistentes" is a header).
                heading = besideHeading;
                if (cells[1].Paragraphs.Count == 1)
                {
                    people.AddRange(RunOnAttendance.People(cells[1].Text).Select(p => Make(p.Name, p.Institution, null, heading, row.CellLocation(cells[1]))));
                }
                else
                {
                    people.AddRange(Lines(cells[1].Paragraphs, ref heading, row.CellLocation(cells[1])));
                }

                continue;
            }

            if (cells.Count == 1 && cells[0].Paragraphs.Count == 1)
            {
                if (row.Table is null && AvatarCard(rows, index) is { } avatar)
                {
                    people.Add(avatar.Person);
                    index += avatar.Lines - 1;
                    continue;
                }

                if (row.Table is null && BarredAttendeeLine.Read(cells[0].Text) is { } barred)
                {
                    // "01. Name | Institution | Sector" (blind batch V, V3): a report generator's line of bar-parted fields.
                    if (CleanName(PersonNames.WithoutTitle(barred.Name)) is { } barredName)
                    {
                        people.Add(Make(barredName, barred.Institution, barred.Sector, heading, row.Location));
                    }

                    continue;
                }

                if (row.Table is null && BodyAttendedLine.Read(cells[0].Text) is { } bodyAttended)
                {
                    // "Por la Secretaría de Desarrollo Económico asistieron: Lic. A, Director de Fomento, y Lic. B, Jefa de Unidad."
                    // (blind batch AC, AC1): the body's sentence under a sector's lead line; the posts after the names are no people.
                    people.AddRange(bodyAttended.People.Select(p => CleanName(PersonNames.WithoutTitle(p))).OfType<string>().Select(n => Make(n, bodyAttended.Body, null, heading, row.Location)));
                    continue;
                }

                if (row.Table is null && BodyThenPeople(cells[0].Text) is { } bodyFirst)
                {
                    // "Secretaría de Obras y Servicios — Arq. Luis Romero Paz, Ing. Marta Cid Olmedo": the body first, its people after the dash
                    // (before the sector headings: "Secretaría Ejecutiva — Lic. …" opens like one).
                    people.AddRange(bodyFirst.People.Select(p => Make(p, bodyFirst.Body, null, heading, row.Location)));
                    continue;
                }

                if (row.Table is null && index > 0 && rows[index - 1] is { Table: null, IsSingle: true } over &&
                    TextFold.Key(over.Text) == TextFold.Key(cells[0].Text) && BodyOverPeople(rows, index) is { } repeated)
                {
                    // "SECRETARÍA EJECUTIVA" ¶ "Secretaría Ejecutiva" ¶ "– Lic. …" (blind batch O, O6): the sector heading, then the
                    // body of the same name over its people.
                    listBody = repeated;
                    continue;
                }

                if (ActaVocabulary.TerritorialBodiesHeading.IsWhole(cells[0].Text))
                {
                    // "Gobierno de la Ciudad de México" … "Alcaldías" ¶ "Alcaldía Cuauhtémoc — Lic. …" (blind batch L, L5): a group of
                    // bodies ends the sector heading above; each alcaldía takes its own sector.
                    heading = null;
                    listBody = null;
                    continue;
                }

                if (HeadingOf(cells[0].Text) is { } sectorHeading)
                {
                    heading = sectorHeading;
                    listBody = null;
                    continue;
                }

                if (row.Table is null && BodyOverPeople(rows, index) is { } namedBody)
                {
                    // "Secretaría de Seguridad Ciudadana" ¶ "• Lic. Arturo Medina Salazar" ¶ "• Mtra. Silvia Orozco Pineda": a list
                    // that names each body once, its people under it; they take it until the next body or sector heading.
                    listBody = namedBody;
                    continue;
                }

                if (row.Table is null && listBody is not null && PersonNames.LooksLikePerson(Unbulleted(cells[0].Text)))
                {
                    if (CleanName(Unbulleted(cells[0].Text)) is { } underBody)
                    {
                        people.Add(Make(underBody, listBody, null, heading, row.Location));
                    }

                    continue;
                }

                if (row.Table is null && listBody is not null && PersonThenPost.Read(cells[0].Text) is { } own && OwnBody(listBody, own.Tail))
                {
                    // "Alcaldía" ¶ "5. Mtra. Name, Directora de Vivienda, Alcaldía Iztapalapa" ¶ "Organizaciones vecinales…" ¶ "6. C. Name,
                    // Presidenta, Asociación de Condóminos…": a person who names a body of their own after the post left the line above.
                    listBody = null;
                }

                if (row.Table is null && listBody is not null && PersonThenPost.Read(cells[0].Text) is { } posted && PostUnder(listBody, posted.Tail, headingOverItems: false))
                {
                    // "Lic. Joel Espinosa Lemus — Subdirector de Programas Sociales" under its body's line: the post is no body.
                    if (CleanName(PersonNames.WithoutTitle(posted.Person)) is { } underBody)
                    {
                        people.Add(Make(underBody, listBody, null, heading, row.Location));
                    }

                    continue;
                }

                if (row.Table is null && index > 0 && rows[index - 1] is { Table: null, IsSingle: true } above && HeadingOf(above.Text) is not null &&
                    RunOnAttendance.People(cells[0].Text) is { Count: >= 2 } run &&
                    run.All(p => p.Institution is not null && cells[0].Text.Contains($"({p.Institution})", StringComparison.Ordinal)))
                {
                    // "Por las instancias ejecutoras:" ¶ "Lic. A (SEPI), Mtra. B (Alcaldía Xochimilco, Dirección…) y C. C (COPRED).":
                    // the run of people in the paragraph right under its sector heading, each with the body in its parentheses
                    // ("Name, Secretaría de Inclusión y Bienestar Social (SIBISO)" is one person, left to the rules below).
                    people.AddRange(run.Select(p => Make(p.Name, p.Institution, null, heading, row.Location)));
                    continue;
                }

                // "-⇥Lic. Name, Institution.": a typed hyphen and a tab make the bullet where Word numbering was not used.
                if (row.Table is null && Listed(Unbulleted(cells[0].Text)) is { } listed)
                {
                    people.Add(Make(listed.Name, listed.Institution, null, heading, row.Location));
                }
                else if (row.Table is null && PersonNames.LooksLikePerson(cells[0].Text))
                {
                    // "Laura Gutiérrez Ríos" ¶ "SEMUJERES": a list written one line per paragraph, the body on the line after the name.
                    var next = index + 1 < rows.Count && rows[index + 1] is { Table: null, IsSingle: true } following ? following.Text.Trim() : null;
                    var body = next is not null && InstitutionAfterName(next) ? next : null;
                    if (CleanName(cells[0].Text) is { } name)
                    {
                        people.Add(Make(name, body, null, heading, row.Location));
                    }

                    index += body is null ? 0 : 1;
                }
                continue;
            }

            if (nameColumn is null && NamesOverBodies(rows, index, cells) is { } bodies)
            {
                // "Alejandra Ruiz Cabañas | Enrique Solís Rangel" over "INFO CDMX | ADIP": cards printed to PDF come out a row of
                // names over a row of their bodies; each name takes the body below it.
                foreach (var cell in cells)
                {
                    if (CleanName(cell.Text) is { } name)
                    {
                        people.Add(Make(name, bodies.FirstOrDefault(b => b.Column == cell.Column)?.Text.Trim(), null, heading, row.CellLocation(cell)));
                    }
                }

                index++;
                continue;
            }

            if (HeaderOf(cells, legend) is { } header)
            {
                sectorBoxes = header.ColumnOf(AttendanceColumn.Sector) is null
                    ? SectorBoxColumns.Read(cells, legend, c => PhraseSet.TryClassify(Columns, c, out _)) : new Dictionary<int, Sector>();
                nameColumn = header.ColumnOf(AttendanceColumn.Name);
                institutionColumn = header.ColumnOf(AttendanceColumn.Institution);
                sectorColumn = header.ColumnOf(AttendanceColumn.Sector);
                attendedColumn = cells.FirstOrDefault(c => ActaVocabulary.AttendedColumn.IsWhole(c.Text))?.Column;
                if (sectorColumn is null && sectorBoxes.Count == 0)
                {
                    // "Tipo part." over "IE", "OSC", "ACA": a header that names its sector column in words of its own.
                    sectorColumn = SectorValueColumn.Find(rows, index, new[] { nameColumn, institutionColumn, attendedColumn }.OfType<int>().ToList(), legend);
                }

                headerTable = row.Table;
                carried = null;
                callReport = institutionColumn is null && cells.Any(c => ActaVocabulary.CallReportColumn.IsWhole(Unqualified(c.Text)));
                seenInCall.Clear();
                continue;
            }

            if (nameColumn is null && (cells.Any(c => c.Paragraphs.Count >= 3) || cells.All(IsCard)))
            {
                // Side-by-side lists in a borderless table: each cell is its own list of sector
                // headings, "Name" / "Institution" line pairs and "Name, cargo, Institution" lines; a grid of
                // cards, each cell a name over its body ("Alejandra Ruiz Cabañas ¶ INFO CDMX | Enrique Solís ¶ ADIP").
                foreach (var cell in cells)
                {
                    people.AddRange(columnSectors.TryGetValue(cell.Column, out var columnSector)
                        ? ColumnList(cell, columnSector, row.CellLocation(cell))
                        : Lines(cell.Paragraphs, ref heading, row.CellLocation(cell)));
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

            if (nameColumn is null && row.Table is { } unheaded && unheaded != headerlessTable)
            {
                // "Elvira Cornejo Ruelas | Consejería Jurídica… | IE" with no header row: a column of sector marks is the sector.
                headerlessTable = unheaded;
                headerlessSector = SectorValueColumn.FindUnheaded(rows, index, cells[0].Column, legend);
            }

            var ownSectorColumn = sectorColumn ?? (nameColumn is null && row.Table == headerlessTable ? headerlessSector : null);
            var nameCell = nameColumn is { } nc ? row.Cells.FirstOrDefault(c => c.Column == nc) : cells[0];
            if (nameColumn is { } shifted && nameCell is null or { IsEmpty: true } &&
                cells.FirstOrDefault(c => c.Column > shifted && PersonNames.LooksLikePerson(c.Text.Trim())) is { } right)
            {
                // A nested table printed to PDF lands in columns of its own right of its header ("Institución | Personas
                // asistentes" over "Secretaría de Cultura | | Iván Robledo Cano | Coordinador"): the person is there.
                nameCell = right;
            }

            // Without a header, "Name | Cargo | Institution": the cell the gazetteer knows, else the last one.
            var institutionCell = institutionColumn is { } ic ? row.Cells.FirstOrDefault(c => c.Column == ic)
                : cells.Where(c => c.Column != ownSectorColumn).ToList() is { Count: >= 3 } unsectored
                    ? unsectored.Skip(1).FirstOrDefault(c => gazetteer.Find(c.Text) is not null) ?? unsectored[^1]
                    : cells.Where(c => c.Column != ownSectorColumn).ElementAtOrDefault(1);
            var sectorCell = ownSectorColumn is { } sc ? row.Cells.FirstOrDefault(c => c.Column == sc) : null;
            var institution = institutionCell is { IsEmpty: false } ? institutionCell.Text.Trim() : null;
            if (institutionColumn is { } merged && institutionCell is null && !row.Cells.Any(c => c.Column < merged && merged < c.Column + c.Span))
            {
                // The institution cell merged down over its people (BD6: "Secretaría de Seguridad Ciudadana" over two rows).
                institution = institutionAbove;
            }

            institutionAbove = institution;

            // A sector cell merged down its group ("Instancias ejecutoras" over six rows) holds for the rows below it.
            if (ownSectorColumn is not null)
            {
                // A sector the acta writes but the vocabulary lacks is not the row above's: it falls back to the body's own.
                carried = sectorCell is { IsEmpty: false }
                    ? SectorHeadings.Classify(sectorCell.Text) is { } known && !legend.ContainsKey(sectorCell.Text.Trim().TrimEnd('.')) ? known
                        : legend.TryGetValue(sectorCell.Text.Trim().TrimEnd('.'), out var spelled) ? spelled : null
                    : carried;
            }

            var sectorText = ownSectorColumn is null ? SectorBoxColumns.Ticked(row, sectorBoxes) : carried;
            if (attendedColumn is { } ac && row.Cells.FirstOrDefault(c => c.Column == ac) is { IsEmpty: false } attended &&
                ActaVocabulary.AbsentMark.IsWhole(CheckBoxes.Ticked(attended.Text) ?? attended.Text))
            {
                // "¿Asistió? | No" (blind batch S, S3: a workbook lists every invitee, and marks who did not come), "Asistió | ☐ Sí ☒ No"
                // (blind batch V, V6: the Espacio's printed roster ticked at the door): an invitee who did not attend is no attendee.
                continue;
            }

            if (callReport)
            {
                // A video call's participants report (Zoom: "Nombre (nombre original) | Correo electrónico del usuario | Duración
                // (minutos) | Invitado"): the display name holds the person and their body ("Laura Ibáñez Soto - SEDESA",
                // "Mtra. Karen Mireles Ochoa (AEFCM)"), no other cell does; one who reconnected is listed again, once attended.
                // The row whose sector cell names the coordination is the coordinator ("… (Coanfitrión)" | "Coordinación"), no attendee.
                if (sectorCell is { IsEmpty: false } && ActaVocabulary.CoordinationSector.IsWhole(sectorCell.Text))
                {
                    continue;
                }

                if (nameCell is { IsEmpty: false } && CallParticipant.Read(nameCell.Text) is { } participant &&
                    CleanName(participant.Person) is { } participantName && seenInCall.Add(TextFold.Key(participantName)))
                {
                    people.Add(Make(participantName, participant.Institution, sectorText, heading, row.CellLocation(nameCell)));
                }

                continue;
            }

            if (institutionColumn is null && institution is null && nameCell is not null && IsCard(nameCell) &&
                nameCell.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).ToList() is [var cardName, var cardBody] &&
                CleanName(cardName) is { } cardPerson)
            {
                // "Nombre e institución | Sector" over "Fernando Ruelas Ávila ¶ Secretaría de Cultura… | Instancia ejecutora" (blind
                // batch AA, AA4): a column holding both, the bold name on its first line and the body on the next.
                people.Add(Make(cardPerson, cardBody.Trim(), sectorText, heading, row.CellLocation(nameCell)));
                continue;
            }

            var names = nameCell is null ? [] : Names(nameCell);
            foreach (var name in names)
            {
                people.Add(Make(name, institution, sectorText, heading, row.CellLocation(nameCell ?? cells[0])));
            }
        }

        return people;
    }

    /// <summary>
    /// The body a paragraph names when people are listed under it: no person itself, a body by its words (the gazetteer's,
    /// a public head word, a civil-society mark), and the paragraph after it a person on its own, not a body.
    /// </summary>
    private string? BodyOverPeople(IReadOnlyList<Row> rows, int index)
    {
        var text = rows[index].Text.Trim().TrimEnd(':').Trim();
        if (text.Length > 150 || PersonNames.LooksLikePerson(text) || NameThenInstitution(text) is not null || index + 1 >= rows.Count ||
            rows[index + 1] is not { Table: null, IsSingle: true } next || PersonFirst(text))
        {
            return null;
        }

        var alone = PersonNames.LooksLikePerson(Unbulleted(next.Text)) && Listed(Unbulleted(next.Text)) is not { Institution: not null };
        if (!alone && !(PersonThenPost.Read(next.Text) is { } posted && PostUnder(text, posted.Tail, rows[index].Role == ParagraphRole.Heading && next.Role == ParagraphRole.ListItem) &&
                        !OwnBody(text, posted.Tail)))
        {
            return null;
        }

        return IsBody(text) ? text : null;
    }

    /// <summary>
    /// "Guadalupe Tenorio Ríos – Salud Integral para la Mujer, A.C.": a person before a post or a body is a line of the list,
    /// no body over it ("Caminantes Urbanos, A.C.", a name before its legal form alone, is a body).
    /// </summary>
    private static bool PersonFirst(string text) =>
        (PersonThenPost.Read(text) is { } posted && (posted.Tail.Contains(' ', StringComparison.Ordinal) || PersonThenPost.IsPost(posted.Tail))) ||
        (ListedPerson(Unbulleted(text)) is { Institution: { } institution } listed && PersonNames.LooksLikePerson(listed.Name) && institution.Contains(' ', StringComparison.Ordinal));

    /// <summary>
    /// The words after a person under a body's line are that body's post or unit: under a heading over list items (a bold
    /// body line over its bulleted people) always; else when they read as a post or name no other body the gazetteer knows.
    /// </summary>
    private bool PostUnder(string body, string tail, bool headingOverItems) =>
        headingOverItems || PersonThenPost.IsPost(tail) || !IsBody(tail) ||
        (gazetteer.Find(tail) is { } other ? other.Key == gazetteer.Find(body)?.Key
            // "Subinspector Iván Cervantes Moreno, Unidad de Derechos Humanos" under "Secretaría de Seguridad Ciudadana": a public unit of a public body.
            : new InstitutionName(tail).LooksPublic && new InstitutionName(body).LooksPublic);

    /// <summary>
    /// The words after a person's post end in a body of the person's own, not the line above's: "Directora de Vivienda,
    /// Alcaldía Iztapalapa" under a group line "Alcaldía" (the gazetteer gives the two other keys), "Presidenta, Asociación
    /// de Condóminos…" under a public body (a civil-society body under a public one). "Subdirectora de Salud Sexual,
    /// Dirección de Prevención" under "Secretaría de Salud" is a unit of that body: nothing tells them apart, so it stays.
    /// </summary>
    private bool OwnBody(string above, string tail)
    {
        var comma = tail.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || !PersonThenPost.IsPost(tail[..comma]))
        {
            return false;
        }

        var body = tail[(comma + 2)..].Trim().TrimEnd('.', ';').Trim();
        var own = new InstitutionName(body);
        var line = new InstitutionName(above);
        return gazetteer.Find(body) is { } known ? known.Key != gazetteer.Find(above)?.Key
            : (own.HasCivilSocietyHead || own.HasCivilSocietyMark) && line.LooksPublic;
    }

    /// <summary>
    /// Where the body starts in a card's small print "post · body" ("Investigadora · Universidad Nacional Autónoma de México"):
    /// after the last middle dot, when the words after it name a body and the words before it do not; null otherwise.
    /// </summary>
    private int? PostThenBody(string? text)
    {
        var dot = text?.LastIndexOf(" · ", StringComparison.Ordinal) ?? -1;
        return dot > 0 && IsBody(text![(dot + 3)..].Trim()) && !IsBody(text[..dot].Trim()) ? dot + 3 : null;
    }

    /// <summary>
    /// The body after a post that ends at its stop, "Jefe de Operación 911. Centro de Comando, Control…" → "Centro de Comando,
    /// Control…" (the body's own commas are no post's end); null when a comma comes before the stop ("Jefe de…, Instituto de
    /// Vivienda. Organizaciones vecinales" has its body before it) or the stop is an abbreviation's.
    /// </summary>
    private static string? BodyAfterPostStop(string? institution) =>
        institution?.IndexOf(". ", StringComparison.Ordinal) is > 0 and <= 100 and var stop &&
        !institution[..stop].Contains(',') && ActaVocabulary.Post.PrefixLength(TextFold.Fold(institution[..stop])) > 0 &&
        institution[(stop + 2)..].TrimStart() is { Length: > 2 } body && char.IsUpper(body[0]) &&
        !DottedAbbreviation().IsMatch(institution[..(stop + 1)])
            ? body
            : null;

    /// <summary>A body by its words: one the gazetteer knows, one opening with a public head word, or one marked as civil society.</summary>
    private bool IsBody(string text)
    {
        var name = new InstitutionName(text);
        return gazetteer.Find(text) is not null || name.LooksPublic || name.HasCivilSocietyMark || name.HasCivilSocietyHead;
    }

    /// <summary>
    /// "Body — Person, Person y Person" or "Body: Person, Person": a body (not a person) before a dash or the last colon,
    /// one or more people after it, each a person on its own; null for any other line (a person before the dash is
    /// <see cref="Listed"/>'s).
    /// </summary>
    private (string Body, List<string> People)? BodyThenPeople(string text)
    {
        var line = Unbulleted(text);
        // "Secretaría de Obras — Arq. …, Ing. …"; else "ADIP: Néstor Iglesias Paredes, Fabiola Cano Urrutia", "SSC – Policía
        // Cibernética: Ricardo …", "R3D: Red en Defensa…: Gabriela …": after the last colon only people, before it any name
        // that is no sector heading (a civil organisation's own name need not read as a body).
        foreach (var (m, colon) in new[] { (BodyDash().Match(line), false), (BodyColon().Match(line), true) })
        {
            if (!m.Success)
            {
                continue;
            }

            var body = m.Groups["body"].Value.Trim();
            if (PersonNames.LooksLikePerson(body) || (colon ? HeadingOf(body) is not null : !IsBody(body)))
            {
                continue;
            }

            var people = PeopleSeparator().Split(m.Groups["people"].Value.Trim().TrimEnd('.', ';')).Select(p => p.Trim()).ToList();
            if (!colon && PersonThenPost.Read(m.Groups["people"].Value) is { } posted && PostUnder(body, posted.Tail, headingOverItems: false) &&
                CleanName(PersonNames.WithoutTitle(posted.Person)) is { } postedName)
            {
                // "Secretaría de Salud – Dra. Diana Laura Cuevas Farías, Subdirectora de Salud…": a PDF joins a body's list
                // item and the one person under it; the words after the comma are the post.
                return (body, [postedName]);
            }

            if (people.Count == 0 || !people.All(PersonNames.LooksLikePerson))
            {
                continue;
            }

            var names = people.Select(CleanName).OfType<string>().ToList();
            if (names.Count == people.Count)
            {
                return (body, names);
            }
        }

        return null;
    }

    /// <summary>A list item without its typed bullet ("• Lic. …", "– Dra. …").</summary>
    internal static string Unbulleted(string text) => text.Trim().TrimStart(ActaVocabulary.BulletTrim);

    [GeneratedRegex(@"^(?<body>[^—–]{3,150}?)\s+[—–-]\s+(?<people>[^—–]+)$")]
    private static partial Regex BodyDash();

    [GeneratedRegex(@"^(?<body>.{2,150}):\s+(?<people>[^:]+)$")]
    private static partial Regex BodyColon();

    [GeneratedRegex(@",\s*|\s+y\s+")]
    private static partial Regex PeopleSeparator();

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
    /// The people of a list under its column's sector heading ("GOBIERNO | SOCIEDAD CIVIL | SECRETARÍA EJECUTIVA" over
    /// "Lic. Name ¶ Capital 21, Sistema Público de Radiodifusión…" | "Name ¶ Artículo 19"): a body the gazetteer knows keeps its
    /// own sector, as under a group of bodies the column's broad heading does not say each one's (an alcaldía under "Entes
    /// públicos" is no executing body by the gazetteer); any other body takes the column's. A sector heading inside the list
    /// rules the people under it.
    /// </summary>
    private List<Attendee> ColumnList(RowCell cell, Sector columnSector, SourceLocation location)
    {
        SectorHeading? own = null;
        var people = Lines(cell.Paragraphs, ref own, location);
        return own is not null ? people : people.Select(p => p.InstitutionKey is null ? p with { Sector = columnSector } : p).ToList();
    }

    /// <summary>
    /// A row whose every cell, two or more, is one line that heads a sector, at least one of them no body the gazetteer knows
    /// (a "Secretaría Ejecutiva" column may head its own list): the headings of side-by-side lists.
    /// </summary>
    private bool IsSectorColumnHeadings(IReadOnlyList<RowCell> cells) =>
        cells.Count >= 2 && cells.All(c => c.Paragraphs.Count(p => !string.IsNullOrWhiteSpace(p)) == 1 && HeadingOf(c.Text) is not null) &&
        cells.Any(c => gazetteer.Find(c.Text) is null);

    /// <summary>The people of a name cell: one, or one per paragraph when every paragraph is a name ("Ing. Ramón Esquivel" ¶ "Ing. Lourdes Carrillo"),
    /// or one per title when a PDF ran the cell's titled names into one line.</summary>
    private static IEnumerable<string> Names(RowCell cell)
    {
        var paragraphs = cell.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        // "Lic. Héctor Zúñiga Olvera — Director de…" ¶ "Lic. Araceli Pichardo Lemus — Jefa de…" (blind batch T, T1): each with its post.
        if (paragraphs.Count > 1 && paragraphs.All(p => PersonNames.LooksLikePerson(p) || CleanName(p) is { } clean && clean.Length < p.Trim().Length && PersonNames.LooksLikePerson(clean)))
        {
            return paragraphs.Select(p => CleanName(p)).OfType<string>();
        }

        if (paragraphs.Count == 1 && PersonNames.SplitAtTitles(paragraphs[0]) is { } joined)
        {
            return joined.Select(p => CleanName(p)).OfType<string>();
        }

        return CleanName(cell.Text) is { } one ? [one] : [];
    }

    /// <summary>The row below when this row is only names (two or more) and the row below only their bodies, column by column.</summary>
    private List<RowCell>? NamesOverBodies(IReadOnlyList<Row> rows, int index, IReadOnlyList<RowCell> cells)
    {
        if (cells.Count < 2 || !cells.All(c => c.Paragraphs.Count == 1 && PersonNames.LooksLikePerson(c.Text.Trim())) ||
            index + 1 >= rows.Count || rows[index + 1] is not { } below || below.Table != rows[index].Table)
        {
            return null;
        }

        var bodies = below.NonEmpty.ToList();
        return bodies.Count > 0 && bodies.All(b => cells.Any(c => c.Column == b.Column) && !PersonNames.LooksLikePerson(b.Text.Trim()) &&
            InstitutionAfterName(b.Text.Trim()) && HeadingOf(b.Text) is null)
            ? bodies
            : null;
    }

    /// <summary>A cell that is one person's card: a name, then the body on the paragraph below.</summary>
    private bool IsCard(RowCell cell) =>
        cell.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).ToList() is [var name, var body]
        && PersonNames.LooksLikePerson(name.Trim()) && InstitutionAfterName(body.Trim());

    /// <summary>A list written line by line: sector headings, "Name, cargo, Institution", or a name followed by its institution.</summary>
    private List<Attendee> Lines(IReadOnlyList<string> lines, ref SectorHeading? heading, Model.SourceLocation location)
    {
        var people = new List<Attendee>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var under = heading;
            if (BodyThenPeople(line) is { } bodyFirst)
            {
                people.AddRange(bodyFirst.People.Select(p => Make(p, bodyFirst.Body, null, under, location)));
                continue;
            }

            if (i == 0 && lines.Count >= 2 && !PersonNames.LooksLikePerson(line) && NameThenInstitution(line) is null && IsBody(line.TrimEnd(':')) &&
                lines.Skip(1).All(l => PersonNames.LooksLikePerson(Unbulleted(l))))
            {
                // "Secretaría de Seguridad Ciudadana⏎• Lic. …⏎• Mtra. …": a card of a body over its people (a PDF's bold line over
                // the plain ones, read as one paragraph), checked before the sector headings: "Secretaría Ejecutiva del Mecanismo…" opens like one.
                people.AddRange(lines.Skip(1).Select(l => CleanName(Unbulleted(l))).OfType<string>().Select(n => Make(n, line.TrimEnd(':'), null, under, location)));
                break;
            }

            if (HeadingOf(line) is { } sector)
            {
                heading = sector;
                continue;
            }

            if (PersonNames.LooksLikePerson(line))
            {
                var next = i + 1 < lines.Count ? lines[i + 1].Trim() : null;
                if (next is not null && i + 2 < lines.Count && ActaVocabulary.Post.PrefixLength(TextFold.Fold(next)) > 0 && PostThenBody(next) is null &&
                    lines[i + 2].Trim() is { Length: > 0 } third && InstitutionAfterName(third) && HeadingOf(third) is null)
                {
                    // "Arq. Laura Méndez Ríos" / "Directora de Análisis de Riesgos" / "Secretaría de Gestión Integral…": name, post, body.
                    i++;
                    next = third;
                }

                // "Daniela Ruiz Esquivel" / "Secretaría Ejecutiva": a known body after a name is the institution even
                // when its words could head a sector ("Por la Secretaría Ejecutiva:" is the heading).
                var institution = next is not null && InstitutionAfterName(next) ? next : null;
                if (institution is not null)
                {
                    i++;
                }

                var tagged = false;
                Sector? tag = null;
                if (institution is not null && i == lines.Count - 2 && i == 1 && IsTag(lines[i + 1], out tag))
                {
                    // "Dra. Name" ⏎ "Directora de … · Secretaría de Salud…" ⏎ "Gobierno de la Ciudad" (blind batch U, U3): a paragraph
                    // that is one person's card ends in its sector tag, the card's own, no heading over the cards after it.
                    tagged = true;
                    i++;
                }

                if (CleanName(line) is { } name)
                {
                    people.Add(Make(name, institution, tag, tagged ? null : heading, location));
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
    /// The split is where the words before read as a person and the words after as a body the gazetteer knows, or as one
    /// that a body's first word opens ("Lucía Fernández Ochoa Colectiva Cuerpos Libres": an organisation no list holds).
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
            var name = string.Join(' ', words[..k]).TrimEnd(',', ';'); // "Mtro. A B C, Relator. Secretaría…": the comma is no name's
            var rest = string.Join(' ', words[k..]);
            if (PersonNames.LooksLikePerson(name) && !PersonNames.LooksLikePerson(rest) &&
                (PresentList.BodyHead().IsMatch(TextFold.Fold(rest)) || gazetteer.Find(rest) is not null))
            {
                return (name, rest);
            }
        }

        return null;
    }

    /// <summary>
    /// The people of a signature sheet, for a legal acta whose only list of those present is its signatures "al calce":
    /// each block a rule, the name under it, then its post and body (<see cref="SignatureSheet"/>), under sector headings
    /// ("POR LAS ORGANIZACIONES DE LA SOCIEDAD CIVIL"). The coordinator's block and a block with no body and no heading that
    /// names one are no attendees; fewer than two blocks are no sheet.
    /// </summary>
    public IReadOnlyList<Attendee> FromSignatures(IReadOnlyList<Row> rows, string? coordinator)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var lines = SignatureSheet.Lines(rows.SelectMany(NestedRows.Expand).ToList(), text => HeadingOf(text) is not null);
        var firstRule = lines.ToList().FindIndex(l => l.Kind == SignatureSheet.LineKind.Rule);
        if (firstRule < 0)
        {
            return [];
        }

        // Sector headings count from the one right above the first signature on: a heading-like line earlier in the acta is not the sheet's.
        var start = firstRule;
        while (start > 0 && lines[start - 1].Kind == SignatureSheet.LineKind.Text && HeadingOf(lines[start - 1].Text) is not null)
        {
            start--;
        }

        var people = new List<Attendee>();
        var skip = coordinator is null ? null : TextFold.Key(PersonNames.WithoutPost(coordinator));
        SectorHeading? heading = null;
        for (var i = start; i < lines.Count; i++)
        {
            if (lines[i].Kind != SignatureSheet.LineKind.Rule)
            {
                heading = HeadingOf(lines[i].Text) ?? heading;
                continue;
            }

            var block = lines.Skip(i + 1).TakeWhile(l => l.Kind == SignatureSheet.LineKind.Text).ToList();
            while (block.Count > 1 && i + 1 + block.Count < lines.Count && (NextGroup(block[^1].Text) || HeadsNextGroup(block)))
            {
                // "POR LA SECRETARÍA EJECUTIVA" between the last block of a group and the next rule heads the next group.
                block.RemoveAt(block.Count - 1);
            }

            if (block.Count == 0 || !PersonNames.LooksLikePerson(block[0].Text) || CleanName(block[0].Text) is not { } name ||
                TextFold.Key(name) == skip)
            {
                continue;
            }

            var body = BodyUnderPost(block.Skip(1).Select(l => l.Text).ToList());
            if (body is not null || heading?.Body is not null)
            {
                people.Add(Make(name, body, null, heading, block[0].Location));
            }

            i += block.Count;
        }

        return people.Count >= 2 ? people : [];
    }

    /// <summary>
    /// A sector heading that opens the next group of signatures rather than ending a block: "Por la Secretaría Ejecutiva",
    /// "SOCIEDAD CIVIL:"; a body the gazetteer knows ("Secretaría Ejecutiva") under a signed name is that person's body.
    /// </summary>
    private bool NextGroup(string text) =>
        HeadingOf(text) is not null && (text.TrimEnd().EndsWith(':') || TextFold.Key(text).StartsWith("por ", StringComparison.Ordinal) || gazetteer.Find(text) is null);

    /// <summary>
    /// A sector heading the gazetteer knows as a body ("SECRETARÍA EJECUTIVA") after a block that has its body already
    /// (blind batch AC, AC2: "C. Name ¶ Presidenta ¶ Asociación …, A.C." then the next group's heading "SECRETARÍA EJECUTIVA"
    /// over its signature): the heading opens the next group, it is no second body of that person.
    /// </summary>
    private bool HeadsNextGroup(List<SignatureSheet.Line> block) =>
        block.Count > 2 && HeadingOf(block[^1].Text) is not null && block.Skip(1).SkipLast(1).Any(l => ActaVocabulary.Post.PrefixLength(TextFold.Fold(l.Text)) == 0 && IsBody(l.Text));

    /// <summary>
    /// The body in the lines under a signed name: after the post lines ("Subdirectora de Fomento Sanitario", "Asociado"), the
    /// rest joined (a PDF wraps "Secretaría Ejecutiva del Mecanismo de⏎Seguimiento y Evaluación"); a post and body on one line
    /// ("Director de Abasto y Comercio Secretaría de Desarrollo Económico") split where a public head word opens a new phrase.
    /// </summary>
    private string? BodyUnderPost(IReadOnlyList<string> lines)
    {
        for (var j = 0; j < lines.Count; j++)
        {
            if (ActaVocabulary.Post.PrefixLength(TextFold.Fold(lines[j])) > 0)
            {
                if (j == lines.Count - 1 && BodyAfterPost(lines[j]) is { } body)
                {
                    return body;
                }

                continue;
            }

            if (IsBody(lines[j]) || j == lines.Count - 1)
            {
                return string.Join(' ', lines.Skip(j));
            }
        }

        return null;
    }

    /// <summary>"Coordinador de Verificación al Comercio Instituto de Verificación Administrativa" → "Instituto de Verificación Administrativa".</summary>
    private static string? BodyAfterPost(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 2; k < words.Length; k++)
        {
            if (char.IsUpper(words[k][0]) && InstitutionNameWords.PublicHeads.Contains(TextFold.Key(words[k])) &&
                !InstitutionNameWords.StopWords.Contains(TextFold.Key(words[k - 1])))
            {
                return string.Join(' ', words[k..]);
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

    /// <summary>
    /// A header line whose labels a PDF ran together where the tabs were narrow (blind batch AA, AA2: "No. Nombre Institución
    /// ⇥ Sector" over numbered "Name ⇥ Institution ⇥ Sector" lines): every word of every cell a column's name, the first
    /// cell of two or more words among them a name column's; no person.
    /// </summary>
    private static bool RunTogetherHeader(List<RowCell> cells)
    {
        if (cells.Count < 2 || cells[0].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is not { Length: >= 2 } first ||
            !first.Any(ActaVocabulary.NameColumn.IsWhole))
        {
            return false;
        }

        return cells.All(c => c.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(w => ActaVocabulary.IgnorableColumn.IsWhole(w) || PhraseSet.TryClassify(Columns, w, out _)));
    }

    private static readonly IReadOnlyList<(PhraseSet Phrases, AttendanceColumn Field)> Columns =
    [
        (ActaVocabulary.NameColumn, AttendanceColumn.Name),
        (ActaVocabulary.InstitutionColumn, AttendanceColumn.Institution),
        (ActaVocabulary.SectorColumn, AttendanceColumn.Sector),
    ];

    private static HeaderRowMap<AttendanceColumn>? HeaderOf(IReadOnlyList<RowCell> cells, IReadOnlyDictionary<string, Sector>? legend = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var header = HeaderRowMap<AttendanceColumn>.Read(cells, Columns, minimum: 2, ActaVocabulary.IgnorableColumn) ??
                     CallReportHeader(cells) ?? WithSectorBoxes(cells, legend);
        return header?.ColumnOf(AttendanceColumn.Name) is null ? null : header;
    }

    /// <summary>The header read without its columns of sector boxes and its attended column ("IE | OSC | Otra | SE", "Asistió").</summary>
    private static HeaderRowMap<AttendanceColumn>? WithSectorBoxes(IReadOnlyList<RowCell> cells, IReadOnlyDictionary<string, Sector>? legend)
    {
        var boxes = SectorBoxColumns.Read(cells, legend ?? new Dictionary<string, Sector>(), c => PhraseSet.TryClassify(Columns, c, out _));
        return boxes.Count == 0 ? null
            : HeaderRowMap<AttendanceColumn>.Read(
                cells.Where(c => !boxes.ContainsKey(c.Column) && !ActaVocabulary.AttendedColumn.IsWhole(c.Text)).ToList(), Columns, minimum: 2, ActaVocabulary.IgnorableColumn);
    }

    private static readonly PhraseSet CallReportIgnorable = new([.. ActaVocabulary.IgnorableColumn.Phrases, .. ActaVocabulary.CallReportColumn.Phrases]);

    /// <summary>
    /// A video call's participants report: "Nombre (nombre original) | Correo electrónico del usuario | Duración (minutos) |
    /// Invitado | Sector" — its header cells read without their parenthesised notes, its own columns ignored; one of them at least.
    /// </summary>
    private static HeaderRowMap<AttendanceColumn>? CallReportHeader(IReadOnlyList<RowCell> cells)
    {
        if (!cells.Any(c => ActaVocabulary.CallReportColumn.IsWhole(Unqualified(c.Text))))
        {
            return null;
        }

        var plain = cells.Select(c => c with { Paragraphs = [Unqualified(c.Text)] }).ToList();
        return HeaderRowMap<AttendanceColumn>.Read(plain, Columns, minimum: 1, CallReportIgnorable, strict: true);
    }

    /// <summary>A header cell without its parenthesised note: "Duración (minutos)" → "Duración".</summary>
    private static string Unqualified(string text) => HeaderNote().Replace(text.Trim(), "").Trim();

    [GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial Regex HeaderNote();

    /// <summary>A sector heading ("Por las instancias ejecutoras:", "Secretaría Ejecutiva") and the body it names, if it names one.</summary>
    private SectorHeading? HeadingOf(string text)
    {
        var label = text.Trim().TrimEnd(':', '.').Trim();
        return SectorHeadings.Classify(label) is { } sector ? new SectorHeading(sector, BodyOfHeading(label, sector)) : null;
    }

    /// <summary>
    /// "Por la Secretaría Ejecutiva" names the body its people belong to (BD1: "Por la Secretaría Ejecutiva: Lic. Tomás
    /// Ibarra Cano, enlace de seguimiento del Espacio."); "Por las instancias ejecutoras" names none.
    /// </summary>
    private string? BodyOfHeading(string label, Sector sector)
    {
        var body = ByWhom().Replace(label.Trim().TrimEnd(':', '.').Trim(), "");
        return gazetteer.Find(body) is { } entry && entry.Sector == sector ? body : null;
    }

    /// <summary>
    /// The people that paragraphs before the strategies tell in sentences ("Por gobierno llegaron A y B de la Secretaría de
    /// Salud…", see <see cref="SpokenAttendance"/>), when the acta has no list; a sentence whose lead names no sector leaves
    /// the sector to the body.
    /// </summary>
    public IReadOnlyList<Attendee> FromSentences(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var people = new List<Attendee>();
        foreach (var row in rows.Where(r => r.Table is null && r.IsSingle))
        {
            foreach (var group in SpokenAttendance.Read(row.Text, text => gazetteer.Find(text) is not null))
            {
                SectorHeading? heading = group.Sector is { } sector ? new SectorHeading(sector, BodyOfHeading(group.Lead, sector)) : null;
                people.AddRange(group.People.Select(p => Make(p.Name, p.Institution, null, heading, row.Location)));
            }
        }

        return people;
    }

    /// <summary>People named with their body and no sector (a chat's roll call, <see cref="ChatTranscript.RollCall"/>): the gazetteer or the body's name gives the sector.</summary>
    public IReadOnlyList<Attendee> FromRollCall(IEnumerable<(string Name, string? Institution, SourceLocation Location)> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        return people.Select(p => Make(p.Name, p.Institution, null, null, p.Location)).ToList();
    }

    /// <summary>A sector heading an attendance list stands under, and the body it names when it names one.</summary>
    private readonly record struct SectorHeading(Sector Sector, string? Body);

    [GeneratedRegex(@"^(?:por\s+(?:parte\s+de\s+)?|en\s+(?:su\s+)?calidad\s+de\s+|en\s+representaci[oó]n\s+de\s+|como\s+)?(?:(?:la|las|los|el)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex ByWhom();

    private Attendee Make(string name, string? institution, Sector? sectorColumn, SectorHeading? heading, SourceLocation location)
    {
        if (string.IsNullOrWhiteSpace(institution))
        {
            institution = heading?.Body;
        }

        if (institution is not null && SaidSector(institution) is { } said)
        {
            // "…, Visitadora adjunta. Comisión de Derechos Humanos. Sector: Otra instancia." (blind batch V, V4): the line
            // ends by saying its sector, as a column would.
            institution = said.Institution;
            sectorColumn ??= said.Sector;
        }

        // The post before the body is not the body: "Jefe de Operación 911. Centro de Comando, Control…" (a stop),
        // "Investigadora · Universidad Nacional Autónoma de México" (a card's small print, a middle dot).
        institution = BodyAfterPostStop(institution) ?? institution;
        if (PostThenBody(institution) is { } dot)
        {
            institution = institution![dot..].Trim();
        }

        if (institution?.IndexOf(", ", StringComparison.Ordinal) is > 0 and var postEnd &&
            ActaVocabulary.Post.PrefixLength(TextFold.Fold(institution[..postEnd])) > 0)
        {
            // "Directora de Atención a Personas Mayores, Secretaría de Inclusión…": the post before the body is not the body.
            institution = institution[(postEnd + 2)..];
        }

        var entry = gazetteer.Find(institution);
        if (entry is null && institution?.IndexOf(", ", StringComparison.Ordinal) is > 0 and var comma &&
            !new InstitutionName(institution[..comma]).LooksPublic && gazetteer.Find(institution[(comma + 2)..]) is { } afterCargo)
        {
            // "Enlace, Secretaría Ejecutiva": a post before the institution ("Instituto Nacional de Transparencia, Acceso a
            // la Información…" is one body's name, not a post before another's).
            entry = afterCargo;
            institution = institution[(comma + 2)..];
        }

        var sector = sectorColumn ?? heading?.Sector ?? entry?.Sector ?? SectorOfName(institution) ?? Sector.Otro;
        return new Attendee(name, institution, entry?.Key, sector, location);
    }

    /// <summary>
    /// A listed attendee's body followed by a labelled sector, "Secretaría de Salud de la Ciudad de México. Sector: Instancia
    /// ejecutora.": the body before the label, the sector it names (the label is <see cref="ActaVocabulary.SectorColumn"/>'s).
    /// </summary>
    private static (string Institution, Sector Sector)? SaidSector(string institution)
    {
        if (SectorInParentheses().Match(institution) is { Success: true } parenthesized &&
            SectorHeadings.Classify(parenthesized.Groups["sector"].Value.Trim()) is { } named && parenthesized.Index > 1)
        {
            // "…, Agencia de Protección Sanitaria del Distrito Federal (instancia ejecutora)." (blind batch W, W1): the sector
            // in parentheses closing the line, as a resolution lists those present; or in square brackets, as a template's
            // field ("…, Centro Nacional de Trasplantes. [Otra instancia]", W4).
            return (InstitutionEnd(institution[..parenthesized.Index]), named);
        }

        if (institution.AsSpan().ContainsAny(SectorTagMarks) && SectorTag().Match(institution) is { Success: true, Index: > 1 } tagged &&
            SectorHeadings.Classify(tagged.Groups["sector"].Value) is { } tag and not Sector.SecretariaEjecutiva)
        {
            // "☑ Name ¶ Alcaldía Cuauhtémoc · Instancia ejecutora" (blind batch AB, AB2: a board's checklist): the line's last part,
            // set apart by a middle dot, a bullet, a bar or a spaced dash, is the sector its writer gives the person, whatever
            // the gazetteer says of the body. The secretariat's name is a body's name too, so it says no sector there.
            return (InstitutionEnd(institution[..tagged.Index]), tag);
        }

        var colon = institution.LastIndexOf(':');
        if (colon < 1)
        {
            return null;
        }

        var before = institution[..colon];
        var labelStart = before.LastIndexOfAny(['.', ',', ';']) + 1;
        if (labelStart < 2 || !ActaVocabulary.SectorColumn.IsWhole(before[labelStart..]) ||
            SectorHeadings.Classify(institution[(colon + 1)..].Trim().TrimEnd('.')) is not { } sector)
        {
            return null;
        }

        var body = InstitutionEnd(before[..labelStart]);
        return body.Length > 1 ? (body, sector) : null;
    }

    /// <summary>
    /// With no sector column, no heading and a body the gazetteer lacks, the name says the sector: one that calls itself
    /// civil society ("Colectivo Locura Digna", "…, A.C.") is civil society, one opening with a public head word
    /// ("Instituto de Salud Mental…", "Dirección General de…") an executing body; anything else stays "otro".
    /// </summary>
    private static Sector? SectorOfName(string? institution)
    {
        if (string.IsNullOrWhiteSpace(institution))
        {
            return null;
        }

        var name = new InstitutionName(institution);
        return name.HasCivilSocietyMark || name.HasCivilSocietyHead ? Sector.SociedadCivil
            : name.Words.Count > 1 && InstitutionNameWords.PublicHeads.Contains(name.Words[0]) ? Sector.InstanciaEjecutora
            // A name of three words or more that opens with no public head word and is no acronym ("Voz Pro Salud Mental CDMX",
            // "Mujeres Trabajadoras Unidas") is an organisation's own name: the gazetteer holds the city's public bodies.
            : name.Words.Count > 2 && !InstitutionName.IsAcronym(institution.Trim()) ? Sector.SociedadCivil
            : null;
    }

    /// <summary>
    /// A card's sector tag, its last line ("Gobierno de la Ciudad", "Organismo autónomo / academia", "Sociedad civil"): a few
    /// words, no person, no figure, no label or sentence. <paramref name="sector"/> is the sector it names, null when the
    /// vocabulary knows none of its words (the body then gives the sector).
    /// </summary>
    private static bool IsTag(string line, out Sector? sector)
    {
        var text = line.Trim();
        sector = null;
        if (text.Length is 0 or > 40 || text.Any(char.IsDigit) || PersonNames.LooksLikePerson(text) || text.EndsWith(':') || text.EndsWith('.'))
        {
            return false;
        }

        sector = SectorHeadings.Classify(text);
        if (sector is null && text.Contains('/', StringComparison.Ordinal))
        {
            // "Alcaldía / Academia": a tag of groups split by slashes names the one sector those of its groups the vocabulary knows agree on.
            var named = text.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(SectorHeadings.Classify).OfType<Sector>().Distinct().ToList();
            sector = named.Count == 1 ? named[0] : null;
        }

        return true;
    }

    /// <summary>
    /// An avatar's initials over a name open a person's card (blind batch T, T3: a whiteboard's "arrastra tu tarjeta" grid
    /// saved as Word, one paragraph a line): "LR" ¶ "Lucía Rangel Soto" ¶ its body ¶ its sector tag. The initials are those
    /// of the name's words; the card's lines after the name are its body and its tag, when they read as such.
    /// </summary>
    private (Attendee Person, int Lines)? AvatarCard(IReadOnlyList<Row> rows, int index)
    {
        var initials = rows[index].Text.Trim();
        if (initials.Length is < 2 or > 3 || !initials.All(char.IsUpper) || index + 2 >= rows.Count ||
            rows[index + 1] is not { Table: null, IsSingle: true } nameRow || !PersonNames.LooksLikePerson(nameRow.Text.Trim()) ||
            rows[index + 2] is not { Table: null, IsSingle: true } bodyRow || !InstitutionAfterName(bodyRow.Text.Trim()))
        {
            return null;
        }

        var words = PersonNames.WithoutTitle(nameRow.Text.Trim()).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).ToList();
        if (words.Count < 2 || words[0][0] != initials[0] || !words.Skip(1).Any(w => w[0] == initials[1]) || CleanName(nameRow.Text) is not { } name)
        {
            return null;
        }

        // The line after the body is the card's tag unless a person follows it: then it heads the people below.
        Sector? tag = null;
        var tagged = index + 3 < rows.Count && rows[index + 3] is { Table: null, IsSingle: true } tagRow && IsTag(tagRow.Text, out tag) &&
            !(index + 4 < rows.Count && PersonNames.LooksLikePerson(rows[index + 4].Text.Trim()));
        return (Make(name, bodyRow.Text.Trim(), tagged ? tag : null, null, nameRow.Location), tagged ? 4 : 3);
    }

    /// <summary>
    /// A card: the body in its first paragraph (no person, no sector heading), one person in each paragraph under it. A body
    /// the gazetteer knows whose name also heads a sector is a body on a card ("Secretaría Ejecutiva ¶ Lic. …": the card's
    /// cell under the "Secretaría Ejecutiva" heading of a slide deck kept in Word), unless a colon makes it a heading.
    /// </summary>
    private (string Body, List<string> People)? Card(IReadOnlyList<string> paragraphs)
    {
        var lines = paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        if (lines.Count < 2 || PersonNames.LooksLikePerson(lines[0]) || lines[0].Length > 120 ||
            (HeadingOf(lines[0]) is not null && (lines[0].EndsWith(':') || gazetteer.Find(lines[0]) is null)) ||
            !lines.Skip(1).All(l => PersonNames.LooksLikePerson(Unbulleted(l))))
        {
            return null;
        }

        var people = lines.Skip(1).Select(l => CleanName(Unbulleted(l))).OfType<string>().ToList();
        return people.Count == lines.Count - 1 ? (lines[0], people) : null;
    }

    /// <summary>A name, then a closing parenthesis of a few words: "Mtra. Rosa Campos Ávila (Enlace)".</summary>
    [GeneratedRegex(@"^(?<name>[^()]{5,80}?)\s*\([^()]{2,80}\)$")]
    private static partial Regex PostInParentheses();

    [GeneratedRegex(@"^(?<name>[^—–]{5,80}?)\s+[—–]\s+(?<post>[^—–]{2,120})$")]
    private static partial Regex PostAfterDash();

    private static string? CleanName(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // "Dra. Andrea González Maldonado Directora de Prevención": a name cell that also holds the post.
        var name = PersonNames.WithoutPost(LeadingNumber().Replace(text.Trim(), "").Trim());
        if (PostInParentheses().Match(name) is { Success: true } posted && PersonNames.LooksLikePerson(posted.Groups["name"].Value))
        {
            // "Lic. Juventino Ramírez Teutli (Director de Consulta)" (blind batch S, S5): the post in parentheses after the name.
            name = posted.Groups["name"].Value;
        }

        if (PostAfterDash().Match(name) is { Success: true } dashed && PersonNames.LooksLikePerson(dashed.Groups["name"].Value) &&
            (PersonThenPost.IsPost(dashed.Groups["post"].Value) || ActaVocabulary.SignOffLabel.IsWhole(dashed.Groups["post"].Value)))
        {
            // "Dra. Silvia Estela Ordaz Rangel — Coordinadora de Salud Ocupacional", "Mtra. Claudia Rentería Aguilar — Relatora"
            // (blind batch T, T1): the post after a dash.
            name = dashed.Groups["name"].Value.Trim();
        }

        if (name.Length < 3 || name.Length > 90 || !name.Any(char.IsLetter) || name.All(c => c is '-' or '_' or ' '))
        {
            return null;
        }

        // A person's name holds no digit: "Con informe (3)" | "Sin informe (1)" over "Meta 661.1 · INDEPEDI" is a board of goal
        // cards (blind batch P, P5: a workspace page's kanban between the attendance table and the strategies), no people.
        return name.Any(char.IsDigit) ? null : name;
    }

    /// <summary>
    /// "Name, cargo, Institution", "Name – Institution", "Name (Institution)", or a name and its body run together
    /// ("Dra. Mónica Espinoza Lara SEDESA - Dirección…": the separator inside the body is not the one after the name).
    /// </summary>
    private (string Name, string? Institution)? Listed(string text)
    {
        // "1. Q.F.B. Name, cargo, Institution (sector)." (blind batch W, W1): a typed list number is no part of the name.
        text = LeadingNumber().Replace(text, "");
        if (Led(text) is { } led)
        {
            return led;
        }

        var listed = ListedPerson(text);
        if (listed is { } l && PersonNames.LooksLikePerson(l.Name))
        {
            return listed;
        }

        return NameThenInstitution(text) is { } joined ? (joined.Name, joined.Institution) : listed;
    }

    internal static (string Name, string? Institution)? ListedPerson(string text)
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

    /// <summary>A name and its body joined by a leader of dots, ellipses or underscores, as a printed list of names aligns them.</summary>
    private static (string Name, string Institution)? Led(string text)
    {
        if (!text.Contains("....", StringComparison.Ordinal) && !text.Contains('…', StringComparison.Ordinal) &&
            !text.Contains("____", StringComparison.Ordinal) && !text.Contains(". . . .", StringComparison.Ordinal))
        {
            return null;
        }

        var m = Leader().Match(text.Trim());
        return m.Success && PersonNames.LooksLikePerson(m.Groups["name"].Value) && CleanName(m.Groups["name"].Value) is { } name
            ? (name, m.Groups["inst"].Value.Trim())
            : null;
    }

    [GeneratedRegex(@"^(?<name>.+?)\s*(?:\.{4,}|…+|_{4,}|(?:\.\s){4,}\.?)\s*(?<inst>[^\s.…_].*)$")]
    private static partial Regex Leader();

    [GeneratedRegex(@"^\s*(?:\d{1,3}\s*[.)\-]+|" + ActaVocabulary.Bullet + @")\s*")]
    internal static partial Regex LeadingNumber();

    /// <summary>" (instancia ejecutora)." closing a line: a parenthesis of a few words, its final stop.</summary>
    /// <summary>The separators a line sets its sector apart with (<see cref="SectorTag"/>): a cheap test before the pattern.</summary>
    private static readonly System.Buffers.SearchValues<char> SectorTagMarks = System.Buffers.SearchValues.Create("·•|–—-");

    /// <summary>"… · Instancia ejecutora", "… – Sociedad civil", "… | Otra instancia": a short last part after a spaced separator.</summary>
    [GeneratedRegex(@"\s*(?:[·•|]|\s[–—-]\s)\s*(?<sector>[^·•|–—\-\d()]{2,40}?)\s*\.?\s*$")]
    private static partial Regex SectorTag();

    [GeneratedRegex(@"\s*(?:\((?<sector>[^()\d]{2,40})\)|\[(?<sector>[^\[\]\d]{2,40})\])\s*\.?\s*$")]
    private static partial Regex SectorInParentheses();

    [GeneratedRegex(@"^(?<name>[^\d,;:()–—·|-]{3,80}?)\s*(?:\s[–—·|-]\s|,\s|\()\s*(?<inst>[^;]{2,150})$")]
    private static partial Regex NameAndInstitution();
}
