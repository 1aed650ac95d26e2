using System.Globalization;
using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// The session block: title ("VIGÉSIMA TERCERA REUNIÓN DE TRABAJO DEL ESPACIO DE PARTICIPACIÓN
/// DERECHOS DE…") gives number, kind and body; label–value rows ("Fecha:\tMartes 11 de
/// septiembre de 2018", "Hora:\t10:00 horas", "Lugar:", "Tema…", "Objetivo", "Grupo de
/// población") give the rest. Labels may stand in a table, after a tab or before a colon.
/// Missing values fall back to the opening prose ("El martes 11 de septiembre de 2018, …").
/// </summary>
public static partial class SessionHeaderExtractor
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-MX");

    /// <param name="rows">All rows of the document.</param>
    /// <param name="headerEnd">Index of the first row after the heading block (first section heading or strategy).</param>
    /// <param name="warnings">Receives what looked like a header field but could not be read.</param>
    /// <param name="order">How the document writes its digit dates (<see cref="SpanishDateParser.OrderOf"/>).</param>
    public static SessionInfo Extract(IReadOnlyList<Row> rows, int headerEnd, List<string>? warnings = null, DigitDateOrder order = DigitDateOrder.DayFirst)
    {
        ArgumentNullException.ThrowIfNull(rows);
        rows = rows.Select(FormBlanks.Clear).ToList();
        (rows, headerEnd) = WithoutMailHeader(rows, headerEnd);
        string? place = null, mode = null, dateText = null, timeText = null, body = null, topic = null, objective = null;
        int? labelledNumber = null;
        var titleParts = new List<string>();
        var titleClosed = false;
        var header = DefinitionListFields.Join(ColumnHeadedFields([.. rows.Take(Math.Min(headerEnd, rows.Count)), .. FieldsBesideBox(rows, headerEnd)]))
            .SelectMany(SplitRunOnLabels).ToList();
        for (var i = 0; i < header.Count; i++)
        {
            var row = header[i];
            var (label, value) = SplitLabel(row);
            if (label is null || value is null)
            {
                // A title may run over two or three heading lines; prose after it is not title.
                if (row.IsSingle && place is null && dateText is null && !titleClosed &&
                    ((titleParts.Count < 3 && (titleParts.Count == 0 || row.Role == Layout.ParagraphRole.Heading || !row.Text.Any(char.IsLower))) ||
                     (titleParts.Count > 0 && Dangling(titleParts[^1]) && row.Text.Length < 150) ||
                     (i > 0 && NameRunsOver(titleParts, header[i - 1], row))))
                {
                    titleParts.Add(row.Text);
                }
                else if (titleParts.Count > 0 && SpanishDateParser.FindFirst(row.Text) is not null)
                {
                    // The meeting's date line under its title ends the title, as a "Fecha:" label does: a heading further down
                    // ("Notas de la reunión" under a meeting app's "jue 15/02/2024 10:00 – 12:10 · Sala…", blind batch P, P4) is
                    // no line of it.
                    titleClosed = true;
                }

                continue;
            }

            if (CheckBoxes.HasGlyph(value) && CheckBoxes.Read(value) is { } boxes)
            {
                // "Sesión | 11 ☒ Ordinaria ☐ Extraordinaria" (blind batch V, V6: Word check box controls): the ticked option is the
                // value, and beside a session label it names the kind ("Sesión Ordinaria"); the words outside the boxes give the number.
                var ticked = string.Join(' ', boxes.Choices.Where(c => c.Ticked).Select(c => c.Option));
                if (label == "title")
                {
                    var at = row.Text.IndexOf(value, StringComparison.Ordinal);
                    var labelWords = at > 0 ? row.Text[..at].Trim().TrimEnd(':', '|').Trim() : "";
                    titleParts.Add((labelWords + " " + ticked).Trim());
                    labelledNumber ??= BareNumber().IsMatch(boxes.Outside) ? int.Parse(boxes.Outside, CultureInfo.InvariantCulture) : null;
                    continue;
                }

                value = ticked.Length > 0 ? (boxes.Outside + " " + ticked).Trim() : value;
            }

            switch (label)
            {
                case "place" when place is null:
                    // A PDF line break inside the place: "… colonia" ¶ "Tránsito".
                    place = i + 1 < header.Count && SessionPlace.GoesOn(value, header[i + 1]) ? value + " " + header[++i].Text.Trim() : value;
                    break;
                case "mode": mode ??= value; break;
                case "date": dateText ??= value; break;
                case "time": timeText ??= value; break;
                case "body" when body is null && !NotABody().IsMatch(TextFold.Fold(value)) && NameStart(value) && !OnlyADate(value):
                    // "Espacio de Participación: Derechos Culturales: Fomento a la Lectura y" ¶ "Libro Accesible" (blind batch X, X5: a
                    // PDF's line break inside the name): a value that stops on a preposition or a conjunction goes on below.
                    // "ESPACIO DE PARTICIPACION" ¶ "Derecho a la Vivienda…: Panteones y Servicios Funerarios =====…" (blind batch X, X1: a
                    // plain-text mail's typed rule, run into the name's line by the PDF reader): the rule is no part of the name.
                    value = BeforeOwnTitle(TypedRuleTail().Replace(value, ""));
                    body = i + 1 < header.Count && NameGoesOnAfter().IsMatch(TextFold.Fold(value)) && BodyGoesOn(header[i + 1])
                        ? value + " " + header[++i].Text.Trim()
                        : value;
                    break;
                case "topic": topic ??= value; break;
                case "objective": objective ??= value; break;
                case "title" when labelledNumber is null && BareNumber().IsMatch(value):
                    // "Número de sesión: 8" (blind batch O, O5): a session label whose value is the bare number.
                    labelledNumber = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "title" when labelledNumber is null && NumberedValue().Match(TextFold.Fold(value)) is { Success: true } numbered:
                    // "Tipo y número de sesión: Ordinaria · número 5" (blind batch U, U6): the kind and, after "número", the number.
                    labelledNumber = int.Parse(numbered.Groups["n"].Value, CultureInfo.InvariantCulture);
                    titleParts.Add(TitleWords().IsMatch(TextFold.Fold(value)) ? value : row.Text.Replace(":", " ", StringComparison.Ordinal));
                    break;
                case "title":
                    // "Sesión: Quinta reunión de trabajo" gives its value; "Reunión de trabajo: 23ª" needs its label, which names the kind.
                    titleParts.Add(TitleWords().IsMatch(TextFold.Fold(value)) ? value : row.Text.Replace(":", " ", StringComparison.Ordinal));
                    break;
            }
        }

        var title = string.Join(' ', titleParts);
        var headingBlock = title; // "ESPACIO DE PARTICIPACIÓN" ¶ "Derechos de las Personas Migrantes…" names the body even when the session title is elsewhere
        if (!TitleWords().IsMatch(TextFold.Fold(title)))
        {
            // No acta title in the heading block: look in the first rows of the document.
            var at = rows.Take(8).ToList().FindIndex(r => r.Text.Length < 300 && TitleWords().IsMatch(TextFold.Fold(r.Text)));
            // "SÉPTIMA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A" ¶ "LA INFORMACIÓN" (a PDF's line break).
            title = at < 0 ? title
                : SoftTitleLine(rows[at]) ?? rows[at].Text + (Dangling(rows[at].Text) && at + 1 < rows.Count && rows[at + 1].IsSingle && rows[at + 1].Text.Length < 150 ? " " + rows[at + 1].Text : "");
        }

        var opening = string.Join(' ', rows.Take(Math.Max(headerEnd, 0) + 12).Select(r => r.Text));
        var labelledDate = dateText is null ? null : SpanishDateParser.FindFirst(dateText, order: order);
        if (dateText is not null && labelledDate is null)
        {
            warnings?.Add($"session date \"{dateText}\" not understood; looked for the date in the title and opening text");
        }

        var date = labelledDate
            ?? (OpensWithDateline(title) ? null : SpanishDateParser.FindFirst(title, order: order))
            ?? HeldAfterDateline(rows.Take(Math.Max(headerEnd, 0) + 12).Select(r => r.Text).ToList())
            ?? SpanishDateParser.FindFirst(opening, order: order);
        timeText ??= header.Select(r => r.Text).FirstOrDefault(t => HoursOnly().IsMatch(t));
        // The lines of one paragraph read together too: "Jueves 17 de mayo de 2018⏎10:00 horas⏎Sala de juntas…".
        // A text box anchored in the title's paragraph shares its location: read the lines from each one on.
        var paragraphs = header.Where(r => r.Table is null && r.IsSingle).GroupBy(r => r.Location).Select(g => g.ToList()).Where(g => g.Count > 1)
            .SelectMany(g => Enumerable.Range(0, g.Count - 1).Select(k => string.Join(' ', g.Skip(k).Select(r => r.Text))));
        // A title cell's paragraphs read together too (BC4 printed to PDF: "Jueves 17 de mayo de 2018" ¶ "10:00 horas" ¶ "Sala de juntas…"):
        // the date's paragraph with the one or two after it.
        var cellLines = header.SelectMany(r => r.NonEmpty).Where(c => c.Paragraphs.Count > 2)
            .SelectMany(c => Enumerable.Range(0, c.Paragraphs.Count - 1)
                .SelectMany(k => new[] { c.Paragraphs.Skip(k).Take(3), c.Paragraphs.Skip(k).Take(2) })
                .Select(window => string.Join(' ', window)));
        // A line whose parts a tab or a bar set apart reads whole too: "Ciudad de México, 6 de febrero de 2020⇥|⇥16:00 a 18:00 h⇥|⇥Hospital…".
        var tabbedLines = header.Where(r => r.Table is null && r.NonEmpty.Count() > 1).Select(r => r.Text);
        // A band of cells reads whole from each cell on (blind batch N, N4: "6ª Sesión Ordinaria | 19.04.2018 | 10:00–12:35 h | Aula 2…").
        var bandLines = header.Where(r => r.Table is not null && r.NonEmpty.Count() > 2).Select(r => r.NonEmpty.ToList())
            .SelectMany(cells => Enumerable.Range(1, cells.Count - 2).Select(k => string.Join(' ', cells.Skip(k).Select(c => c.Text))));
        var dateLine = header.SelectMany(r => r.NonEmpty).SelectMany(c => c.Paragraphs).Concat(paragraphs).Concat(cellLines).Concat(tabbedLines).Concat(bandLines)
            .Select(DateLine).FirstOrDefault(d => d is not null);
        var time = (timeText is null ? null : ClockTime.FindAll(timeText).Select(t => t.Time).FirstOrDefault())
            ?? dateLine?.Time
            ?? OpeningTime(opening);
        // "Modalidad: Sesión virtual a través de la plataforma Zoom" (BG3): how the session met stands for its place when no venue is given.
        // A mode is a phrase, not an address: its closing stop is the sentence's ("Modalidad sesión a distancia por videoconferencia.").
        place ??= mode is not null && mode.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 ? mode.TrimEnd('.', ' ') : null;
        place ??= (dateLine?.Place is { } inLine ? SessionPlace.ContinuedBelow(inLine, header) : null) ?? PlaceBelowDateLine(header) ?? OpeningPlace(string.Join('\n', rows.Take(Math.Max(headerEnd, 0) + 12).Select(r => r.Text)));
        place = place is null ? null : SessionPlace.WithoutLinkNote(place);

        var code = SessionCode().Match(TextFold.Fold(string.Join('\n', header.Select(r => r.Text))));
        var number = SpanishOrdinalParser.Find(title) ?? labelledNumber ?? NumberFromOpening(opening) ?? (code.Success ? int.Parse(code.Groups["n"].Value, CultureInfo.InvariantCulture) : null);
        // A short cell or line that opens with the session's ordinal when the title does not name it (blind batch N, N4: the band
        // "6ª Sesión Ordinaria | 19.04.2018 | 10:00–12:35 h | Aula 2…" under "BITÁCORA DE LA SESIÓN").
        number ??= header.SelectMany(r => r.NonEmpty).SelectMany(c => c.Paragraphs).SelectMany(p => p.Split('\t'))
            .Select(p => p.Trim()).Where(p => p.Length <= 60 && OrdinalMeetingLine().IsMatch(TextFold.Fold(p)))
            .Select(SpanishOrdinalParser.Find).FirstOrDefault(n => n is not null);
        // "Ses. ord. núm. 3 · 07/03/19 · 17 hrs." (blind batch Y, Y1: a secretary's notes): a line that opens with the meeting, its
        // kind and a number sign, written out or abbreviated, under a title that gives no number.
        number ??= header.SelectMany(r => r.NonEmpty).SelectMany(c => c.Paragraphs)
            .Select(p => NumberedMeetingLine.Match(TextFold.Fold(p.TrimStart()))).Where(m => m.Success)
            .Select(m => (int?)int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)).FirstOrDefault();
        return new SessionInfo(
            body ?? BodyFromTitle(title) ?? BodyFromTitle(headingBlock) ?? BodyFromHeadings(header) ?? BodyFromTitleLine(rows) ??
                BodyFromOpening(string.Join('\n', rows.Take(Math.Max(headerEnd, 0) + 12).Select(r => r.Text))) ??
                BodyFromRightsLine(rows.Take(Math.Min(Math.Max(headerEnd, 0), 10)).ToList()),
            number,
            // "I. DATOS DE LA SESIÓN" may stand where the title is looked for; "Sesión ordinaria 8/2019" further down says more.
            OrdinaryWhenBare(KindOf(title, specificOnly: true) ?? KindOf(opening, specificOnly: true) ?? KindOf(title) ?? KindOf(opening) ?? KindOfCode(code)),
            date?.Iso,
            time,
            place,
            topic,
            objective);
    }

    /// <summary>
    /// A heading line that gives the date, the hour and the place one after the other, as a text box beside the title
    /// does: "Jueves 17 de mayo de 2018 10:00 horas Sala de juntas de la SEDEMA, …" → ("10:00", "Sala de juntas…").
    /// </summary>
    private static (string Time, string? Place)? DateLine(string text)
    {
        // "Reun. extraord. No. 12 · 04/10/22 · 9 hrs." (blind batch Y, Y1: "Ses. ord. núm. 3 · 07/03/19 · 17 hrs."): the meeting and its
        // number may come first.
        var lead = text.Length <= 300 ? NumberedMeetingLine.Match(TextFold.Fold(text.TrimStart())) : Match.Empty;
        if (text.Length > 300 || SpanishDateParser.FindFirst(text) is not { } date || date.Index > 20 + (lead.Success ? lead.Length : 0))
        {
            return null;
        }

        var dateEnd = date.Index + date.Length;
        var times = ClockTime.FindAll(text);
        if (times.FirstOrDefault(t => t.Index >= dateEnd) is not { Time: not null } first ||
            (first.Index - dateEnd > 6 && !IsTimeLabelBetween(text[dateEnd..first.Index])))
        {
            return null;
        }

        var after = AfterHours().Match(text, first.Index);
        var place = text[(after.Index + after.Length)..].Trim().TrimEnd('.');
        return (first.Time, place.Length >= 8 && place.Any(char.IsUpper) ? place : null);
    }

    /// <summary>
    /// The hour's own label between the date and the hour: "23/01/2024 HORARIO 16:00 - 18:00 hrs." (blind batch AB, AB6 read by
    /// OCR: the row "FECHA | 23/01/2024 | HORARIO | 16:00 - 18:00 hrs." came out as two cells, the second label inside the value).
    /// </summary>
    private static bool IsTimeLabelBetween(string gap) =>
        gap.Length <= 30 && gap.Trim(' ', '\t', ',', ';', ':', '.', '|', '·', '-', '–') is { Length: > 0 } label && ActaVocabulary.TimeLabel.IsWhole(label);

    /// <summary>
    /// The line under a heading line that gives only the date and the hour, when it is a capitalised line of its own with
    /// no label, date or section heading: a title slide's venue (blind batch M, M2: "Jueves 26 de mayo, 2022 · 10:00 h" ¶
    /// "Auditorio de la Secretaría de Salud, Altadena 23, colonia Nápoles, y por Zoom").
    /// </summary>
    private static string? PlaceBelowDateLine(IReadOnlyList<Row> header)
    {
        for (var i = 0; i + 1 < header.Count; i++)
        {
            var (row, next) = (header[i], header[i + 1]);
            var dateline = row.IsSingle && row.Table is null && Dateline().IsMatch(row.Text.Trim());
            if (!dateline && HoursBelow(row, next) && i + 2 < header.Count)
            {
                next = header[i + 2]; // the date and its hours on two lines: the venue is under the hours
            }
            else if (!row.IsSingle || row.Table is not null || (DateLine(row.Text) is not { Place: null } && !dateline))
            {
                continue;
            }

            var text = next.Text.Trim().TrimEnd('.');
            var below = next.IsSingle && next.Table is null && text.Length is >= 8 and <= 200 && char.IsUpper(text[0]) && !text.Contains(':', StringComparison.Ordinal) &&
                   SpanishDateParser.FindFirst(text) is null && ClockTime.FindAll(text).Count == 0 && SectionDetector.Classify(next) is null &&
                   !TitleWords().IsMatch(TextFold.Fold(text));
            if (dateline)
            {
                // Under a dateline with no hour ("Ciudad de México, jueves 9 de marzo de 2017" ¶ "Sala de juntas de la Secretaría…",
                // blind batch P, P1) only a line that opens with a venue is the place: a letter puts its addressee there.
                if (below && VenueFirst().IsMatch(TextFold.Fold(text)))
                {
                    return text;
                }

                continue;
            }

            return below ? text : null;
        }

        return null;
    }

    /// <summary>
    /// A line that gives only the date with, under it, a line that gives only the hours: together a dateline with its hour and no
    /// venue (blind batch AB, AB3's title slide: "Martes 18 de junio de 2019" ¶ "10:00 a 12:00 horas" ¶ the venue).
    /// </summary>
    private static bool HoursBelow(Row row, Row next)
    {
        if (!row.IsSingle || row.Table is not null || !next.IsSingle || next.Table is not null || DateLine(row.Text) is not null)
        {
            return false;
        }

        var hours = next.Text.Trim();
        return hours.Length is > 0 and <= 40 && hours.Any(char.IsDigit) && DateLine(row.Text.Trim() + " " + hours) is { Place: null };
    }

    /// <summary>
    /// A letter that reports on the session opens with its own dateline ("Ciudad de México, a 21 de marzo de 2023") and names
    /// the session's day further on ("…Sesión Ordinaria…, celebrada el martes 14 de marzo de 2023"): the day the session was
    /// held, when it comes before the letter's date. Null when the first dated line is no dateline or no such day follows.
    /// </summary>
    private static SpanishDate? HeldAfterDateline(IReadOnlyList<string> lines)
    {
        var first = lines.Select((text, i) => (text, i, date: SpanishDateParser.FindFirst(text))).FirstOrDefault(l => l.date is not null);
        // A PDF may join the dateline with the lines under it ("Ciudad de México, a 21 de marzo de 2023 Oficio No. … Asunto: …",
        // blind batch P, P2): the dateline is the text up to its date.
        if (first.date is not { } written || !Dateline().IsMatch(first.text[..(written.Index + written.Length)].Trim()))
        {
            return null;
        }

        // The lines after the dateline read as one text: a PDF may wrap "celebrada el martes 14 de" ¶ "marzo de 2023".
        foreach (var line in new[] { string.Join(' ', lines.Skip(first.i + 1)) })
        {
            var folded = TextFold.Fold(line);
            foreach (Match held in HeldOn().Matches(folded))
            {
                var after = folded[(held.Index + held.Length)..];
                if (SpanishDateParser.FindFirst(after, written.Value.Year) is { Index: <= 12 } date && date.Value < written.Value)
                {
                    return date;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A title read from a PDF paragraph that joins the letter's dateline with its subject ("Ciudad de México, a 21 de marzo de
    /// 2023 Oficio No. … Asunto: Se remite resumen de la Tercera Sesión Ordinaria…", blind batch P, P2): its date is the letter's.
    /// </summary>
    private static bool OpensWithDateline(string? title) =>
        title is not null && SpanishDateParser.FindFirst(title) is { } date && Dateline().IsMatch(title[..(date.Index + date.Length)].Trim());

    /// <summary>A letter's dateline and nothing more: a place, a comma, an optional "a", the date ("Ciudad de México, a 21 de marzo de 2023").</summary>
    [GeneratedRegex(@"^[\p{L} .]{3,40},\s*(?:a\s+)?(?:\p{L}+,?\s+)?\d{1,2}\s+de\s+\p{L}+\s+(?:de\s+|del\s+)?\d{4}\.?$")]
    private static partial Regex Dateline();

    /// <summary>The words that say when a meeting was held: "celebrada el", "que se llevó a cabo el", "realizada el".</summary>
    [GeneratedRegex(@"(?i)\b(?:celebrad[ao]s?|realizad[ao]s?|efectuad[ao]s?|llevad[ao]s? a cabo|(?:que )?(?:se )?(?:celebro|realizo|llevo a cabo|efectuo)) (?:el(?: dia)?|los dias)\s")]
    private static partial Regex HeldOn();

    /// <summary>
    /// Minutes sent in the body of an e-mail keep the mail's header ("De:", "Enviado el: viernes, 15 de marzo de 2019
    /// 13:42", "Para:", "CC:"): when the first rows hold a sent line and two more such labels, they are the mail's, and
    /// their date and hour are when it was sent, not when the session met (blind batch M, M1). "Asunto:" stays.
    /// </summary>
    private static (IReadOnlyList<Row> Rows, int HeaderEnd) WithoutMailHeader(IReadOnlyList<Row> rows, int headerEnd)
    {
        var mail = Enumerable.Range(0, Math.Min(rows.Count, 12)).Where(i => MailLabel(rows[i]) is not null).ToList();
        // A memo's routing block ("PARA: … DE: … FECHA: 19 de junio de 2019 ASUNTO: …", blind batch N, N1): its date is when the
        // memo was written, the day after the session; with "Para" and "De" beside it, the dated row goes with them, after
        // them or just before them (a fax cover sheet's "FECHA: … PARA: … FAX: … DE: …", blind batch R, R3).
        var from = Math.Max(0, mail.DefaultIfEmpty(0).Min() - 2);
        if (mail.Count >= 2 && mail.Any(i => MailLabel(rows[i]) is "PARA" or "Para" or "para") && mail.Any(i => MailLabel(rows[i]) is "DE" or "De" or "de") &&
            Enumerable.Range(from, Math.Min(rows.Count, mail.Max() + 3) - from).FirstOrDefault(i => !mail.Contains(i) && SplitLabel(rows[i]).Label == "date", -1) is >= 0 and var dated)
        {
            mail.Add(dated);
        }
        else if (mail.Count < 3 || !mail.Any(i => ActaVocabulary.MailSentLabel.IsWhole(MailLabel(rows[i])!)))
        {
            return (rows, headerEnd);
        }

        var dropped = mail.ToHashSet();
        return (rows.Where((_, i) => !dropped.Contains(i)).ToList(), headerEnd - mail.Count(i => i < headerEnd));
    }

    /// <summary>The label of a mail header line ("Enviado el:\tviernes…" → "Enviado el"), or null.</summary>
    private static string? MailLabel(Row row)
    {
        var cells = row.NonEmpty.ToList();
        var label = cells.Count >= 2 ? cells[0].Text.TrimEnd(':', ' ')
            : cells.Count == 1 && cells[0].Text.IndexOf(':') is > 0 and < 25 and var colon ? cells[0].Text[..colon] : null;
        return label is not null && ActaVocabulary.MailHeaderLabel.IsWhole(label) ? label : null;
    }

    /// <summary>"Ses. ord. núm. 3", "Sesión extraordinaria No. 2", "reunión de trabajo # 4" (folded): a meeting, its kind and its number at a line's start.</summary>
    private static readonly Regex NumberedMeetingLine = new(
        @"^" + ActaVocabulary.MeetingOfKind.Pattern + @"\s*(?:numero|num\.?|no\.|nro\.?|#)\s*(?<n>[1-9]\d{0,2})(?![\d/.:,])", RegexOptions.CultureInvariant);

    /// <summary>
    /// The line of a paragraph split by soft line breaks that holds the acta's title: a mail's subject over its sender, "RE: Minuta
    /// 2a sesión ordinaria - Espacio de Participación" ↵ "De: Name &lt;address&gt;" (blind batch Y, Y3), is a title line of its own; the
    /// lines under it are not. Null when the paragraph has no soft lines or none holds the title's words.
    /// </summary>
    private static string? SoftTitleLine(Row row)
    {
        if (row.SoftLines is not { Count: >= 2 } lines)
        {
            return null;
        }

        var at = Enumerable.Range(0, lines.Count).FirstOrDefault(k => TitleWords().IsMatch(TextFold.Fold(lines[k])), -1);
        return at < 0 ? null : lines[at].Trim() + (Dangling(lines[at]) && at + 1 < lines.Count ? " " + lines[at + 1].Trim() : "");
    }

    /// <summary>
    /// A heading line that finishes the Espacio's name on the title's last line once three lines are taken: a running page
    /// header over the title ("PDHCDMX · Espacio de Participación" ¶ "ACTA DE LA SEXTA SESIÓN ORDINARIA" ¶ "Espacio de
    /// Participación del Derecho a …: Humedales y Cuerpos de Agua" ¶ "Urbanos", blind batch K, K2's PDF) used the first of them.
    /// The line follows that title line in heading type and is a name's short capitalised rest.
    /// </summary>
    private static bool NameRunsOver(List<string> titleParts, Row previous, Row row) =>
        titleParts.Count >= 3 && titleParts.Count < 5 && row.Role == Layout.ParagraphRole.Heading && previous.Role == Layout.ParagraphRole.Heading &&
        previous.IsSingle && previous.Text == titleParts[^1] && EspacioNamed().IsMatch(TextFold.Fold(titleParts[^1])) && BodyGoesOn(row);

    [GeneratedRegex(@"\bespacio de participacion\s+\S")]
    private static partial Regex EspacioNamed();

    /// <summary>
    /// A labelled name without the acta's own title a heading line ran into it: "ESPACIO DE PARTICIPACIÓN" ¶ "Derechos Culturales:
    /// Arte Urbano y Murales Comunitarios ACTA DE LA SEGUNDA SESIÓN ORDINARIA" (blind batch Z, Z2's PDF joining two centred lines).
    /// </summary>
    private static string BeforeOwnTitle(string value)
    {
        var folded = TextFold.Fold(value);
        if (folded.Length != value.Length || AfterBody().Match(folded) is not { Success: true, Index: > 0 } end ||
            !TitleWords().IsMatch(folded[end.Index..]))
        {
            return value;
        }

        return value[..end.Index].TrimEnd(' ', ',', '.', '·', '|', '–', '-');
    }

    /// <summary>
    /// A value that is a date and nothing more names no body: "Espacio de Participación · Afinadores…⇥March 7, 2024" (blind batch
    /// AJ, AJ6: a page header's title beside its date field) reads as a bilingual label with the date as its value.
    /// </summary>
    private static bool OnlyADate(string value) =>
        SpanishDateParser.FindFirst(value) is { } date && value.Remove(date.Index, date.Length).Trim(' ', ',', '.', '·', '|').Length == 0;

    /// <summary>A body's name opens with a capital, a digit or a quote: "integrantes del Espacio: les comparto…" (blind batch X, X1, a mail's greeting) names none.</summary>
    private static bool NameStart(string value) => value.Length > 0 && (char.IsUpper(value[0]) || char.IsDigit(value[0]) || value[0] is '"' or '«' or '“' or '\'');

    /// <summary>A run of four or more rule characters and what follows it: " ====…", " ----…".</summary>
    [GeneratedRegex(@"\s+[=_~*\-]{4,}.*$")]
    private static partial Regex TypedRuleTail();

    /// <summary>
    /// The labelled lines right after a boxed table that opens the first section: a table floating beside the session's data
    /// (blind batch AA, AA4: the "Asistencia" box at the right margin, "Fecha:", "Hora de inicio:", "Modalidad:" flowing at its
    /// left) comes before them in the file, or cuts them where its top sits on a PDF page; they are still the header's.
    /// </summary>
    private static List<Row> FieldsBesideBox(IReadOnlyList<Row> rows, int headerEnd)
    {
        var run = new List<Row>();
        if (headerEnd >= rows.Count || rows[headerEnd].Table is not { } box)
        {
            return run;
        }

        var i = headerEnd;
        while (i < rows.Count && rows[i].Table == box)
        {
            i++;
        }

        for (; i < rows.Count && rows[i].Table is null && rows[i].IsSingle && LineLabel().IsMatch(rows[i].Text) &&
               SectionDetector.Classify(rows[i]) is null && StrategySegmenter.Start(rows[i]) is null; i++)
        {
            run.Add(rows[i]);
        }

        return run;
    }

    /// <summary>
    /// A hand-typed item number before a field's label: "a.-", "b)", "3.", "(c)", "IV.-" (<see cref="ActaVocabulary.TypedNumeral"/>),
    /// here also in brackets and closed by ".)" or a bare hyphen ("(c.)", "a-"); ".)" is tried before "." so a cell "a.)" is read whole.
    /// </summary>
    [GeneratedRegex(@"^\s*\(?" + ActaVocabulary.TypedNumeral + @"(?:\.\)|" + ActaVocabulary.TypedNumeralClose + @"|-)\s*")]
    private static partial Regex TypedEnumerator();

    /// <summary>A line opened by a capitalised label closed by a colon: "Coordinó: …", "Relatoría: …".</summary>
    [GeneratedRegex(@"^\s*\p{Lu}[^:\d]{0,30}:(?:\s|$)")]
    private static partial Regex LineLabel();

    /// <summary>The hours and what closes them: "10:00 horas", "10:00 a 13:00 h.", "17:00–19:00 hrs,".</summary>
    [GeneratedRegex(@"\G\d{1,2}[:.]\d{2}\s*(?:(?:a|-|–|—)\s*\d{1,2}[:.]\d{2}\s*)?(?:horas|hrs\.?|h\.?)?\s*[,;.–—\-|·]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AfterHours();

    /// <summary>
    /// PDF line grouping may run "Lugar: … Centro. Fecha: 09/05/2018 Hora de inicio: 09:30 hrs." into
    /// one paragraph: cut it before each known label followed by a colon.
    /// </summary>
    private static IEnumerable<Row> SplitRunOnLabels(Row row)
    {
        // "Fecha: …⏎Horario: …⏎Modalidad: …⏎Coordinó: …" (blind batch S, S4: a forum post saved as Word): a line break ends a
        // label's value, as a paragraph's end does, though the next line's label names no field read here.
        // A line that opens with no label of its own ("Sala 3,⏎Calle Juárez 12") goes on with the value above it.
        if (row is { Table: null, IsSingle: true, SoftLines: { Count: >= 2 } lines } && lines.Any(l => SplitLabel(Single(row, l)).Label is not null) &&
            lines.Where(l => LineLabel().IsMatch(l)).Count() >= 2)
        {
            var entries = new List<string>();
            foreach (var line in lines)
            {
                if (entries.Count > 0 && !LineLabel().IsMatch(line))
                {
                    entries[^1] += " " + line.Trim();
                }
                else
                {
                    entries.Add(line.Trim());
                }
            }

            return entries.SelectMany(l => SplitEmbedded(Single(row, l)));
        }

        var cells = row.NonEmpty.ToList();
        if (cells.Count >= 2 && cells.Count(StackedLabel) >= 2)
        {
            // "Código ¶ EP-…/03/2021 ‖ Fecha ¶ 24.02.2021 ‖ Horario ¶ 10:00 a 12:05 h ‖ Plataforma ¶ Teams" (blind batch L, L6: a band of
            // cells, each a field's name over its value): one label | value row per such cell.
            return cells.Select(c => StackedLabel(c)
                ? row with { Cells = [new RowCell(0, 1, [c.Paragraphs[0].Trim()]), new RowCell(1, 1, [string.Join(' ', c.Paragraphs.Skip(1).Select(p => p.Trim()))])] }
                : row with { Cells = [c] });
        }

        // A header cell holding "Fecha: …" ¶ "Hora: …" ¶ "Sede: …": one row per labelled paragraph.
        if (cells.Any(c => c.Paragraphs.Count > 1 && c.Paragraphs.Count(p => SplitLabel(Single(row, p)).Label is not null) >= 1))
        {
            return cells.SelectMany(c => c.Paragraphs.Count > 1 ? c.Paragraphs.SelectMany(p => SplitEmbedded(Single(row, p))) : [row with { Cells = [c] }]);
        }

        // "Fecha: 4-mar-21 ⇥ Hora de inicio: 11:00 h ⇥ Lugar: …" (a tabbed line, or cells of a table row): each cell
        // is a label and its value.
        // "Inicio: 17:00 h ⇥ Término: 19:30 h" (BG6): one labelled cell beside one whose label names no field is read the same way,
        // unless the first cell is a bare label whose value is the next cell.
        var labelled = cells.Count(c => SplitLabel(Single(row, c.Text)).Label is not null);
        if (cells.Count >= 2 && (labelled >= 2 || (labelled == 1 && cells.All(c => c.Text.Contains(':', StringComparison.Ordinal) && !c.Text.TrimEnd().EndsWith(':')))))
        {
            return cells.SelectMany(c => SplitEmbedded(Single(row, c.Text)));
        }

        // "Fecha | 08-abr-2021 | Hora | 11:00": label and value cells side by side, two or more pairs in one row. A label cell
        // closed by a colon is a label even when it names no field read here (blind batch Q, Q6, a tracking system's report:
        // "Espacio: | Derechos… | Cve. sesión: | EP-POB-2015-11"), so long as one of the row's labels names one.
        if (cells.Count >= 4 && cells.Count % 2 == 0 &&
            Enumerable.Range(0, cells.Count / 2).All(k => IsHeaderLabel(cells[2 * k].Text) || IsBareLabel(cells[2 * k].Text)) &&
            Enumerable.Range(0, cells.Count / 2).Any(k => IsHeaderLabel(cells[2 * k].Text)))
        {
            return Enumerable.Range(0, cells.Count / 2).Select(k => row with { Cells = [cells[2 * k], cells[(2 * k) + 1]] });
        }

        if (!row.IsSingle || row.Table is not null)
        {
            return [row];
        }

        return SplitEmbedded(row);
    }

    /// <summary>A cell whose first paragraph is only a header field's name and whose next one is no such name: "Horario" ¶ "10:00 a 12:05 h".</summary>
    private static bool StackedLabel(RowCell cell) =>
        cell.Paragraphs.Count >= 2 && IsHeaderLabel(cell.Paragraphs[0].Trim()) && !IsHeaderLabel(cell.Paragraphs[1].Trim());

    internal static bool IsHeaderLabel(string text) => PhraseSet.TryClassify(Labels, text.TrimEnd(':', ' '), out _);

    /// <summary>"Cve. sesión:", "Estatus acta:": a short cell of words closed by a colon, no figure in it.</summary>
    private static bool IsBareLabel(string text) =>
        text.TrimEnd() is { Length: > 1 and <= 30 } t && t.EndsWith(':') && t.IndexOf(':') == t.Length - 1 && !t.Any(char.IsDigit);

    /// <summary>
    /// A header table whose first row names the fields and the row below holds their values (blind batch Q, Q3: "Fecha |
    /// Horario | Sede / modalidad | Coordinación" over "17/08/2022 | 10:00 – 13:05 hrs. | Sala… | …"): one label | value row
    /// per column, as a table with the labels down its first column would give.
    /// </summary>
    private static List<Row> ColumnHeadedFields(List<Row> rows)
    {
        var result = new List<Row>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (i + 1 < rows.Count && rows[i].Table is { } table && rows[i + 1].Table == table && LabelRow(rows[i]) &&
                !rows[i + 1].NonEmpty.Any(c => IsHeaderLabel(c.Text)) &&
                rows[i].NonEmpty.Select(l => (Label: l, Value: rows[i + 1].NonEmpty.FirstOrDefault(v => v.Column == l.Column)))
                    .Where(p => p.Value is not null).ToList() is { Count: >= 2 } pairs)
            {
                // "miércoles 24 de | 17:00 a 19:00 h | sesión virtual por" ¶ "febrero de 2021 | videoconferencia | Ocampo, …" (blind batch U,
                // U3: a scanned table row wrapped onto a second line, whose cells the reader numbered from the left): each cell below, in
                // order, finishes the next value that stops on an article, a preposition or a comma, or that it carries on with one.
                var tail = i + 2 < rows.Count && rows[i + 2].Table == table && !rows[i + 2].NonEmpty.Any(c => IsHeaderLabel(c.Text))
                    ? rows[i + 2].NonEmpty.ToList() : [];
                var values = pairs.Select(p => p.Value!.Text).ToList();
                var joined = 0;
                for (int c = 0, v = 0; c < tail.Count && v < values.Count; c++)
                {
                    var more = tail[c].Text.Trim();
                    var at = Enumerable.Range(v, values.Count - v).FirstOrDefault(k => char.IsLower(more[0]) && (Dangling(values[k]) || NameGoesOnAfter().IsMatch(values[k].TrimEnd()) || DanglingWord().IsMatch(" " + TextFold.Fold(more.Split(' ')[0]))), -1);
                    if (at >= 0)
                    {
                        values[at] += " " + more;
                        (v, joined) = (at + 1, joined + 1);
                    }
                }

                result.AddRange(pairs.Select((p, k) => rows[i] with
                {
                    Cells = [p.Label, joined > 0 ? p.Value! with { Paragraphs = [values[k]] } : p.Value!],
                }));
                var wrapped = joined > 0;
                i += wrapped ? 2 : 1;
                continue;
            }

            result.Add(rows[i]);
        }

        return result;
    }

    /// <summary>
    /// A table row of three or more short label cells without figures, two of them naming header fields (two cells are a
    /// label and its value: "Modalidad | Presencial").
    /// </summary>
    private static bool LabelRow(Row row) =>
        row.NonEmpty.ToList() is { Count: >= 3 } cells && cells.All(c => c.Text.Length <= 40 && !c.Text.Any(char.IsDigit)) &&
        cells.Count(c => IsHeaderLabel(c.Text)) >= 2;

    /// <summary>One paragraph cut before each capitalised label with a colon inside it.</summary>
    private static IEnumerable<Row> SplitEmbedded(Row row)
    {
        var text = row.Text;
        var folded = TextFold.Fold(text);
        var pieces = folded.Length != text.Length
            ? [text]
            : TextCuts.At(text, EmbeddedLabel.Matches(folded).Where(m => char.IsUpper(text[m.Index])).Select(m => m.Index));
        return pieces.Count == 1 ? [row] : pieces.Select(piece => row with { Cells = [new RowCell(0, 1, [piece])] });
    }

    private static readonly (PhraseSet Phrases, string Name)[] Labels =
    [
        (ActaVocabulary.PlaceLabel, "place"),
        (ActaVocabulary.ModeLabel, "mode"),
        (ActaVocabulary.DateLabel, "date"),
        (ActaVocabulary.TimeLabel, "time"),
        (ActaVocabulary.BodyLabel, "body"),
        (ActaVocabulary.TopicLabel, "topic"),
        (ActaVocabulary.ObjectiveLabel, "objective"),
        (ActaVocabulary.SessionLabel, "title"),
    ];

    /// <summary>
    /// A header label inside a run-on line, capitalised and before a colon: "… Centro. Fecha: 09/05/2018"; also who led the
    /// session ("… colonia Roma Norte Coordinación: …", a PDF joining the place's line and the next), which ends the place.
    /// </summary>
    private static readonly Regex EmbeddedLabel = new(
        @"(?<=[\s.])(?:" + string.Join('|', Labels.Select(l => l.Phrases.Pattern).Append(ActaVocabulary.LeaderLabel.Pattern)) + @")\s*:",
        RegexOptions.CultureInvariant);

    private static Row Single(Row row, string text) => row with { Cells = [new RowCell(0, 1, [text])] };

    /// <summary>("date", "Martes 11 de…") for "Fecha:\tMartes 11 de…" or "Fecha: Martes 11 de…"; nulls otherwise.</summary>
    public static (string? Label, string? Value) SplitLabel(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var cells = row.NonEmpty.ToList();
        if (cells.Count >= 3 && TypedEnumerator().Match(cells[0].Text) is { Success: true } number && number.Length == cells[0].Text.Length)
        {
            // "a.- ⇥ Fecha: ⇥ miércoles…" (blind batch AA, AA2): the typed letter in a tab column of its own, then label and value.
            cells = cells.Skip(1).ToList();
        }

        string labelText, value;
        if (cells.Count >= 2)
        {
            labelText = cells[0].Text;
            value = string.Join(' ', cells.Skip(1).Select(c => c.Text));
        }
        else if (cells.Count == 1 && LabelColon(cells[0].Text) is > 0 and < 45 and var colon)
        {
            labelText = cells[0].Text[..colon];
            value = cells[0].Text[(colon + 1)..].TrimStart();
            if (value.StartsWith("| ", StringComparison.Ordinal))
            {
                value = value[2..]; // "Sede: | Sala…": a nested label | value table whose labels keep their colon
            }
        }
        else if (cells.Count == 1 && row.Table is not null && cells[0].Text.IndexOf(" | ", StringComparison.Ordinal) is > 0 and < 45 and var bar)
        {
            // A label | value table nested in a cell, flattened to one paragraph per row (BA2: "Lugar | Sala de juntas del SACMEX…").
            labelText = cells[0].Text[..bar];
            value = cells[0].Text[(bar + 3)..];
        }
        else if (cells.Count == 1 && row.Table is not null && UnpunctuatedLabel(cells[0].Text) is { } split)
        {
            // A nested label | value table printed to PDF: "Lugar Sala de juntas del SACMEX…", "Tema Retroalimentación…".
            (labelText, value) = split;
        }
        else
        {
            return (null, null);
        }

        // "G1Q04 Fecha de la sesión (dd/mm/aaaa):" (blind batch O, O5): a form's question label read without its code and format hint.
        var label = PhraseSet.TryClassify(Labels, labelText, out var name) || PhraseSet.TryClassify(Labels, FormQuestion.Label(labelText), out name) ? name : null;
        if (label is null && TypedEnumerator().Match(labelText) is { Success: true } typed &&
            PhraseSet.TryClassify(Labels, labelText[typed.Length..], out var numbered))
        {
            // "a.-⇥Fecha:⇥…", "b.-⇥Hora de inicio:⇥…" (blind batch AA, AA2): fields numbered by hand, the label after the typed letter.
            label = numbered;
        }

        // "Tonalli · Fecha", "Canin · Lugar" (blind batch S, S5): a label in two languages, named by the side the vocabulary knows.
        // Not when the value opens with a label of its own: "Espacio de Participación · PDHCDMX" | "Fecha: 16 de febrero…" is
        // a page header's title beside the date (blind batch C), no body label.
        var valueColon = value.IndexOf(':');
        var valueLabelled = valueColon > 0 && PhraseSet.TryClassify(Labels, value[..valueColon], out _);
        foreach (var side in label is null && !valueLabelled ? BilingualLabel.Sides(labelText) : [])
        {
            label ??= PhraseSet.TryClassify(Labels, side, out var paired) ? paired : null;
        }

        value = value.Trim();
        return label is null || value.Length == 0 ? (null, null) : (label, value);
    }

    /// <summary>
    /// The first colon that is no clock time's: "Hora 10:00 – 12:40 h" (blind batch R, R5: a wiki's infobox printed to PDF, label
    /// and value in one line) has no label colon, "Hora: 10:00" has one at 4. -1 when there is none.
    /// </summary>
    private static int LabelColon(string text)
    {
        for (var at = text.IndexOf(':'); at >= 0; at = text.IndexOf(':', at + 1))
        {
            if (at == 0 || at + 1 >= text.Length || !char.IsDigit(text[at - 1]) || !char.IsDigit(text[at + 1]))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>
    /// A cell paragraph that starts with a place, date, hour, topic or objective label and goes on with a capital or a digit, or,
    /// with <paramref name="anyCase"/>, with any word (a run of such lines: "Modalidad sesión a distancia…", "Horario de 17:00…").
    /// </summary>
    internal static (string Label, string Value)? UnpunctuatedLabel(string text, bool anyCase = false)
    {
        var folded = TextFold.Fold(text);
        if (folded.Length != text.Length)
        {
            return null;
        }

        foreach (var (phrases, name) in Labels)
        {
            if (name is "title" || phrases.PrefixLength(folded) is not (> 0 and var length) || length + 1 >= text.Length ||
                !char.IsWhiteSpace(text[length]) || (name == "body" && !RightsNamedAfterLabel(folded, length)))
            {
                continue;
            }

            var value = text[length..].Trim();
            if (value.Length > 0 && (char.IsUpper(value[0]) || char.IsDigit(value[0]) || (anyCase && char.IsLetter(value[0]))))
            {
                return (text[..length], value);
            }
        }

        return null;
    }

    /// <summary>
    /// "Espacio Derecho a una Justicia Cívica…" (blind batch R, R5: a wiki's infobox printed to PDF, label and value on one line):
    /// a bare body label in a cell is one only before the rights the Espacio is named for; "Espacio de Participación de los…"
    /// and "Espacio Público…" are no label and a value.
    /// </summary>
    private static bool RightsNamedAfterLabel(string folded, int length) =>
        folded[..length] == "espacio" && RightsName().IsMatch(folded[length..]);

    [GeneratedRegex(@"^\s+derechos?\s+(?:a|al|de|del|en)\s")]
    private static partial Regex RightsName();

    /// <summary>
    /// A session the minutes name with no qualifier anywhere ("ACTA DE LA SESIÓN 1/2020", "Minuta de la Sesión No. 3", blind
    /// batch H) is an ordinary one: an extraordinary session or a working meeting is always called so.
    /// </summary>
    private static string? OrdinaryWhenBare(string? kind) => kind is not null && TextFold.Fold(kind) == "sesion" ? "sesión ordinaria" : kind;

    /// <summary>"Acta EP-IDE/SO/03/2019": the kind an office's acta code abbreviates (SO ordinaria, SE extraordinaria).</summary>
    private static string? KindOfCode(Match code) => !code.Success ? null
        : code.Groups["k"].Value is "so" or "ord" ? "sesión ordinaria" : "sesión extraordinaria";

    /// <summary>
    /// An office's acta code with the session's kind, number and year between slashes or hyphens: "ESP-IDE/SO/03/2019",
    /// "CI-SE-02-2020", "Acta SO/4/21" (folded). "SE" alone is the Secretaría Ejecutiva; only the number and year after it make a code.
    /// </summary>
    [GeneratedRegex(@"^[1-9][0-9]?$")]
    private static partial Regex BareNumber();

    /// <summary>"ordinaria · numero 5", "extraordinaria, no. 2": a session label's value that names its number after "número".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:numero|num\.?|no\.|nro\.?)\s*(?<n>\d{1,3})(?![\p{N}/.:])")]
    private static partial Regex NumberedValue();

    [GeneratedRegex(@"(?<![a-z0-9])(?<k>so|se|ord|ext)[/\-](?<n>0{0,2}[1-9]\d?)[/\-](?:19|20)?\d{2}(?![\d/\-])")]
    private static partial Regex SessionCode();

    /// <summary>
    /// "6ª sesion ordinaria", "12a. reunion de trabajo", "decima sesion" (folded): a line that opens with a meeting's ordinal,
    /// or with the kind of record before it, "acta de la sexta sesion ordinaria" (blind batch V, V1: a form's title lines
    /// "SECRETARÍA EJECUTIVA…" ¶ "FORMATO SE-EP-02 · ACTA DE SESIÓN…" over the acta's own title).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:acta|minuta|memoria|relatoria|bitacora)\s+de\s+(?:la|el)\s+)?(?:\d{1,3}\s*(?:ª|º|a|o)\.?|\p{L}+(?:\s\p{L}+)?)\s+(?:sesion|reunion)\b")]
    private static partial Regex OrdinalMeetingLine();

    private static string? KindOf(string text, bool specificOnly = false)
    {
        var folded = TextFold.Fold(text);
        // "MINUTA DE REUNIÓN — Tercera Reunión de Trabajo": the specific kind wherever it stands wins over a bare "reunión".
        var m = SpecificKind().Match(folded);
        if (!m.Success && NumberThenKind().Match(folded) is { Success: true } numbered)
        {
            // "Sesión: 5 (ordinaria)" (blind batch W, W2): the kind after the session's number, in parentheses.
            return (numbered.Groups["meeting"].Value == "sesion" ? "sesión " : "reunión ") + numbered.Groups["kind"].Value;
        }

        if (!m.Success && !specificOnly)
        {
            m = Kind().Match(folded);
        }

        if (!m.Success)
        {
            return null;
        }

        var original = folded.Length == text.Length ? text.Substring(m.Index, m.Length) : m.Value;
        return original.ToLower(Spanish);
    }

    /// <summary>
    /// The Espacio's name on a line of its own under the acta's title or the programme's kicker, with no "Espacio de Participación"
    /// before it: "ESPACIO DE PARTICIPACIÓN · PDHCDMX" ¶ "Acta de la segunda sesión ordinaria" ¶ "Derecho al Trabajo y a la Movilidad:
    /// Franeleros…" (blind batch AF, AF5: a Pages subtitle), "Actas · Espacios de Participación" ¶ "Segunda Sesión Ordinaria" ¶
    /// "Derechos Culturales y al Trabajo: Globeros…" (AF6: a web app's export). An Espacio is named for rights: the line opens with
    /// "Derecho(s)", holds no digit and is no sentence.
    /// </summary>
    private static string? BodyFromRightsLine(IReadOnlyList<Row> rows)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            var text = rows[i].Text.Trim();
            if (!rows[i].IsSingle || text.Length is < 10 or > 200 || !char.IsUpper(text[0]) || text.EndsWith('.') || text.Any(char.IsDigit) ||
                !RightsLine().IsMatch(TextFold.Fold(text)))
            {
                continue;
            }

            var above = TextFold.Fold(rows[i - 1].Text);
            if (TitleWords().IsMatch(above) || above.Contains("espacio", StringComparison.Ordinal))
            {
                return SentenceCaseIfShouting(text);
            }
        }

        return null;
    }

    /// <summary>"derecho al …", "derechos culturales y …" (folded): the rights an Espacio is named for.</summary>
    [GeneratedRegex(@"^derechos?\s+\p{L}")]
    private static partial Regex RightsLine();

    /// <summary>A heading line of its own, or a line that starts with "Espacio de Participación", that names the Espacio when the title block did not.</summary>
    private static string? BodyFromHeadings(IReadOnlyList<Row> header)
    {
        var lines = header.Where(r => r.IsSingle && r.Text.Length < 200).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            var folded = TextFold.Fold(text);
            if ((ActaVocabulary.BodyLabel.IsWhole(text) || ActaVocabulary.BodyLead.IsWhole(text) || ActaVocabulary.BodyAddressee.IsWhole(text) ||
                 (EspacioClosesLine().IsMatch(folded) && !text.Contains(':'))) &&
                i + 1 < lines.Count && BodyFromTitle(text + " " + lines[i + 1].Text.Trim()) is { } below)
            {
                // "Espacio de Participación" ¶ "Derechos de las Personas Privadas de la Libertad" (BE6): the name on the line below;
                // so too under a letter's addressee, "Integrantes del Espacio de Participación" ¶ "del Derecho a…" (blind batch U, U4),
                // and under a title that ends on the words (blind batch V, V6: "MINUTA DE SESIÓN DEL ESPACIO DE PARTICIPACIÓN" ¶
                // "Derechos Laborales de …"), not a labelled line ("Coordina: …, Coordinadora del Espacio de Participación").
                // "Espacio de Participación del" ¶ "Derecho a la Educación de las Personas Jóvenes y" ¶ "Adultas en Rezago Educativo"
                // (blind batch T, T6 PDF cover): a line that ends on a word no name ends on goes on below.
                var second = lines[i + 1].Text.Trim();
                return i + 2 < lines.Count && NameGoesOnAfter().IsMatch(second) && lines[i + 2] is { Table: var table } third && table == lines[i + 1].Table &&
                       BodyGoesOn(third) && BodyFromTitle(text + " " + second + " " + third.Text.Trim()) is { } whole
                    ? whole
                    : below;
            }

            if ((lines[i].Role == Layout.ParagraphRole.Heading || EspacioNamedEarly().IsMatch(folded) || LetterheadRunsIntoEspacio(text, folded)) &&
                BodyFromTitle(text) is { } body)
            {
                // "… a Derechos" ¶ "Humanos", "… Defensoras de Derechos" ¶ "Humanos y Periodistas": a PDF's line break inside the name.
                return i + 1 < lines.Count && lines[i + 1] is { Table: var table } next && table == lines[i].Table && BodyGoesOn(next) &&
                       BodyFromTitle(text + " " + next.Text.Trim()) is { } longer
                    ? longer
                    : body;
            }
        }

        return null;
    }

    /// <summary>
    /// A line that names the Espacio within its first words: "Espacio de Participación de …", "Boletín del Espacio de Participación
    /// del Derecho a la Lactancia…" (blind batch N, N3: a newsletter's masthead, no heading style), "Seguimiento de metas ·
    /// Espacio de Participación del Derecho al Descanso, al Tiempo Libre…" (blind batch Q, Q4: a sheet's title row).
    /// </summary>
    [GeneratedRegex(@"^(?:[\p{L}·|–—\-]+\s+){0,4}espacio de participacion\b")]
    private static partial Regex EspacioNamedEarly();

    /// <summary>
    /// Letterhead lines read as one paragraph, the Espacio's line last: "Programa de Derechos Humanos del Distrito Federal -
    /// Mecanismo de Seguimiento y Evaluación Espacio de Participación del Derecho al Saneamiento…" (blind batch U, U2: OCR of a
    /// scanned acta, whose centred heading lines it joined). A capitalised "Espacio de Participación" right after a name's
    /// last word, with no sentence mark or preposition before it, starts a line of its own; "… de la sesión del Espacio de
    /// Participación de …" names it inside a sentence and is left to the title rules.
    /// </summary>
    private static bool LetterheadRunsIntoEspacio(string text, string folded) =>
        folded.Length == text.Length && text.Contains("Espacio de Participaci", StringComparison.Ordinal) &&
        LetterheadThenEspacio().Match(folded) is { Success: true } m && char.IsUpper(text[m.Groups["espacio"].Index]) &&
        !NameGoesOnAfter().IsMatch(m.Groups["lead"].Value);

    [GeneratedRegex(@"^(?<lead>[^,.;:()]*\p{L})\s+(?<espacio>espacio de participacion)\s+\S")]
    private static partial Regex LetterheadThenEspacio();

    /// <summary>A title line that ends on "Espacio de Participación": the Espacio's name is on the line below.</summary>
    [GeneratedRegex(@"\bespacio de participacion$")]
    private static partial Regex EspacioClosesLine();

    private static string? BodyFromTitle(string title)
    {
        var folded = TextFold.Fold(title);
        if (folded.Length != title.Length)
        {
            return null;
        }

        var m = BodyInTitle().Match(folded);
        if (!m.Success)
        {
            return null;
        }

        var end = AfterBody().Match(folded, m.Groups["body"].Index);
        var bodyEnd = end.Success ? end.Index : title.Length;
        if (SessionAfterBody().Match(folded, m.Groups["body"].Index, bodyEnd - m.Groups["body"].Index) is { Success: true } session)
        {
            bodyEnd = session.Index; // "… Derechos de las Mujeres SESIÓN ORDINARIA XVI": the session's own title follows
        }

        // "…de las Comunidades de Danza, hoy martes 6 de junio…": a dictated opening goes on after the name. Not past a full stop:
        // "…de Feminicidio. Les pido revisarla y dejar aquí, como…" (blind batch S, a forum post) is two sentences, not a name.
        if (SentenceGoesOn().Match(title, m.Groups["body"].Index, bodyEnd - m.Groups["body"].Index) is { Success: true } clause &&
            !title[m.Groups["body"].Index..clause.Index].Contains(". ", StringComparison.Ordinal))
        {
            bodyEnd = clause.Index;
        }

        var body = title[m.Groups["body"].Index..bodyEnd].Trim().TrimEnd('.', ',');
        // "ESPACIO DE PARTICIPACIÓN DE ACTA DE LA DÉCIMA…": the heading lines ran into the acta's own title, not a body's name.
        return body.Length == 0 || NotABody().IsMatch(TextFold.Fold(body)) || DanglingWord().IsMatch(TextFold.Fold(body)) && !body.Contains(' ')
            ? null : SentenceCaseIfShouting(body);
    }

    /// <summary>
    /// The body named by a title line among the first rows when the title block stopped short of it: a Word page header read
    /// first ("Relatoría · 2a. Sesión Ordinaria · EP Desplazamiento…") ¶ "RELATORÍA" ¶ "2a. Sesión Ordinaria del Espacio de
    /// Participación de los Derechos de las Personas en Situación de Desplazamiento Forzado Interno" (blind batch P, P6).
    /// </summary>
    private static string? BodyFromTitleLine(IReadOnlyList<Row> rows) =>
        rows.Take(8).Where(r => r.Text.Length < 300 && TitleWords().IsMatch(TextFold.Fold(r.Text)))
            .Select(r => BodyFromTitle(r.Text)).FirstOrDefault(b => b is not null && b.IndexOfAny([',', ';', ':']) < 0); // a title, not a sentence

    /// <summary>
    /// The Espacio named in the opening sentence when no heading names it: "la minuta de la 5a. reunión de trabajo del
    /// Espacio de Participación de los Derechos de las Personas Jóvenes, que se llevó a cabo…" (blind batch M, M1, minutes
    /// in an e-mail) → "Derechos de las Personas Jóvenes": the name ends at a comma, a stop or a parenthesis, and it runs on into
    /// the next line only after a preposition ("… del Espacio de Participación de los" ¶ "Derechos de…"): "…, Coordinador del
    /// Espacio de Participación" ¶ "LISTA DE ASISTENCIA No." is no name (blind batch T, T2 read by OCR).
    /// </summary>
    private static string? BodyFromOpening(string opening)
    {
        var folded = TextFold.Fold(opening);
        if (folded.Length != opening.Length || BodyInSentence().Match(folded) is not { Success: true } m)
        {
            return null;
        }

        var body = opening.Substring(m.Groups["body"].Index, m.Groups["body"].Length).Trim();
        if (RightsLine().IsMatch(TextFold.Fold(body)) && NameAfterColon().Match(opening, m.Groups["body"].Index + m.Groups["body"].Length) is { Success: true } rest)
        {
            // "…del Espacio de Participación Derecho a la Movilidad: Personas Ciclistas y Usuarias del Ciclotón, celebrada el…" (blind
            // batch AJ, AJ1: minutes pasted into an e-mail): a name of rights goes on past its colon to the group it names.
            body += ": " + rest.Groups["rest"].Value.Trim();
        }

        return body.Length > 0 && char.IsUpper(body[0]) && body.Split(' ').Length <= 20 ? body : null;
    }

    /// <summary>": Personas Ciclistas y Usuarias del Ciclotón" up to a comma, a stop or a line's end: a capitalised group after a rights name's colon.</summary>
    [GeneratedRegex(@"\G[^\S\n]*:[^\S\n]+(?<rest>\p{Lu}[^,.;:()\n|]{2,120}?)(?=[^\S\n]*(?:[,.;()\n|]|$))")]
    private static partial Regex NameAfterColon();

    [GeneratedRegex(@"\bespacio de participacion[^\S\n]+(?:(?:de|del|en)\s+(?:los\s+|las\s+)?(?=derechos?\b)|de\s+|del\s+|en\s+)?(?<body>[^,.;:()\n|]{5,140}?)(?=[^\S\n]*[,.;:()\n|])")]
    private static partial Regex BodyInSentence();

    /// <summary>
    /// A title line that stops on an article, a preposition, a conjunction or a comma: its next line goes on with it ("… de los
    /// Derechos de Niñas," ¶ "Niños y Adolescentes con Cáncer", blind batch R, R6's PDF).
    /// </summary>
    private static bool Dangling(string text) => text.TrimEnd().EndsWith(',') || DanglingWord().IsMatch(TextFold.Fold(text.TrimEnd()));

    [GeneratedRegex(@"(?:^|\s)(?:de|del|la|las|los|el|a|al|y|e|en|para|con|sobre)$")]
    private static partial Regex DanglingWord();

    /// <summary>A short capitalised line of a few words, no label, number, sentence or section heading: the rest of a body's name.</summary>
    /// <summary>A line that ends on a conjunction, a preposition or an article: "… de las Personas Jóvenes y", "… Derecho a la".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:y|e|o|u|de|del|la|las|los|el|en|a|al|para|con|por)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameGoesOnAfter();

    private static bool BodyGoesOn(Row next)
    {
        var text = next.Text.Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "… en la Planeación" ¶ "de la Ciudad" (blind batch V, V1 PDF: a centred title's last line): a preposition or an article
        // carries the name on to a capitalised word.
        var carried = words.Length >= 2 && char.IsUpper(words[^1][0]) && NameGoesOnWith().IsMatch(text);
        return next.IsSingle && words.Length is >= 1 and <= 4 && (char.IsUpper(text[0]) || carried) && !text.Any(char.IsDigit) && !text.Contains(':') &&
               !text.EndsWith('.') && SectionDetector.Classify(next) is null && !TitleWords().IsMatch(TextFold.Fold(text)) &&
               !AfterBody().IsMatch(" " + TextFold.Fold(text));
    }

    [GeneratedRegex(@"^(?:de|del|la|las|los|el|y|e|en|a|al|para|con|sobre)\s")]
    private static partial Regex NameGoesOnWith();

    /// <summary>"DERECHOS DE LAS PERSONAS VÍCTIMAS" → "Derechos de las Personas Víctimas".</summary>
    private static string SentenceCaseIfShouting(string text)
    {
        if (text.Any(char.IsLower))
        {
            return text;
        }

        var small = new HashSet<string> { "de", "del", "la", "las", "los", "el", "y", "e", "o", "u", "en", "a", "al", "un", "una", "para", "con", "por", "sin", "sobre" };
        var shouted = text.Split(' ');
        var words = text.ToLower(Spanish).Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (KeptAcronym().IsMatch(shouted[i]))
            {
                words[i] = shouted[i]; // "LGBTTTI", "VIH", "CDMX" stay as written
            }
            else if (words[i].Length > 0 && (i == 0 || !small.Contains(words[i])))
            {
                words[i] = char.ToUpper(words[i][0], Spanish) + words[i][1..];
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>Acronyms that name a population or a place in an Espacio's name: kept upper case when the title shouts.</summary>
    [GeneratedRegex(@"^\(?(?:LGBT\w*\+?|VIH|SIDA|CDMX|PDHCDMX|ONU|DF)[),.]?$")]
    private static partial Regex KeptAcronym();

    private static string? OpeningTime(string opening)
    {
        var m = OpeningClock().Match(opening);
        if (m.Success)
        {
            return ClockTime.FindAll(m.Value).Select(t => t.Time).FirstOrDefault();
        }

        // "siendo las diez horas con quince minutos", "a las dieciséis horas"
        var words = OpeningClockWords().Match(TextFold.Fold(opening));
        if (!words.Success || SpanishNumberWords.Parse(words.Groups["h"].Value) is not { } hour || hour > 23)
        {
            return null;
        }

        var minutes = words.Groups["m"].Success ? SpanishNumberWords.Parse(words.Groups["m"].Value) ?? 0 : words.Groups["half"].Success ? 30 : 0;
        return minutes < 60 ? $"{hour:00}:{minutes:00}" : null;
    }

    /// <summary>"reunidos en la sala de juntas del INDEPEDI, ubicada en …, se llevó a cabo…": the place in the opening sentence.</summary>
    private static string? OpeningPlace(string opening)
    {
        var folded = TextFold.Fold(opening);
        if (folded.Length != opening.Length)
        {
            return null;
        }

        // "…, siendo las 9:30 horas, en Instalaciones del IASIS, Calle Ameyalco 30, …, se reunieron": after the hour, a
        // capitalised venue needs no venue noun.
        var m = PlaceInOpening().Matches(folded).Concat(PlaceWhereHeld().Matches(folded)).Concat(PlaceByMode().Matches(folded))
            .Concat(PlaceAfterHours().Matches(folded).Where(h => char.IsUpper(opening[h.Groups["place"].Index])))
            .Concat(PlaceAfterClock().Matches(folded))
            .OrderBy(p => p.Index).FirstOrDefault();
        if (m is null)
        {
            return null;
        }

        var group = m.Groups["place"];
        var end = group.Index + group.Length;
        // "nos reunimos en el auditorio … y por Zoom para la 9ª sesión": the second way to attend is part of where the session
        // met, unless the sentence named the mode before the venue ("en modalidad híbrida: en la Sala …, colonia Doctores y por
        // videoconferencia"), where the venue is the place and the other half of the mode is not.
        if (SecondWay().Match(folded, end) is { Success: true } way && !HybridMode().IsMatch(folded[..group.Index]))
        {
            end = way.Index + way.Length;
        }

        return opening[group.Index..end].Trim().TrimEnd(',');
    }

    /// <summary>" y por Zoom", " y vía Teams" right after a venue, before the sentence goes on ("para la sesión", a comma, a stop).</summary>
    [GeneratedRegex(@"\G,?\s+y\s+(?:por|via|a\s+traves\s+de)\s+(?:(?:la|el)\s+)?(?:plataforma\s+)?(?:zoom|teams|meet|google\s+meet|webex|videoconferencia|videollamada|internet|transmision\s+en\s+vivo|linea)\b(?=\s+(?:para|donde)\b|\s*[,.;\n]|\s*$)")]
    private static partial Regex SecondWay();

    /// <summary>A mode named before the venue: "en modalidad híbrida:", "de manera mixta", "en formato semipresencial".</summary>
    [GeneratedRegex(@"\b(?:modalidad|manera|forma|formato)\s+(?:hibrida|mixta|semipresencial|presencial\s+y\s+(?:virtual|remota|a\s+distancia))\b")]
    private static partial Regex HybridMode();

    /// <summary>
    /// Where the venue of the opening sentence ends: the sentence goes on ("…, se llevó a cabo", "…, dio inicio la sesión",
    /// "…, inició la reunión": blind batch AC, AC5, the venue before the verb that opens the session), who led the session
    /// follows ("…, bajo la coordinación de …", "…, presidida por …"), a second way to attend
    /// follows ("… colonia Doctores y por videoconferencia"), a clause with the verb of the meeting begins ("…, colonia San Andrés
    /// Tetepilco, sesionó el Espacio con…", "…, el Espacio sesionó", blind batch AH, AH2), the sentence ends ("… Zoom. Fue convocada…"; a period after
    /// an abbreviation such as "Col." or "No." does not end it), or the paragraph ends.
    /// </summary>
    private const string PlaceEnd =
        @"(?=,\s+(?:las\s+personas|los\s+integrantes|con\s+la\s+(?:presencia|asistencia)|para\s+(?:celebrar|llevar|dar|realizar)|bajo\s+la\s+(?:coordinacion|conduccion|presidencia|direccion|moderacion)\b|(?:coordinad|presidid|conducid|moderad)[ao]s?\s+por\b|(?:coordina|coordinan|coordino|preside|presiden|presidio|conduce|conducen|condujo|modera|moderan|modero)\s+\p{L})|,?\s+se\s+(?:reunieron|reunen|reune|llevo|lleva|celebro|celebra|dio|da|realizo|realiza|reunio)|,\s+(?:dio|da|dieron)\s+(?:inicio|comienzo|principio)\b|,\s+(?:inicio|comenzo|empezo|arranco)\s+(?:la\s+)?(?:sesion|reunion)\b|,\s+(?:sesiono|sesionaron|sesiona|sesionan|tuvo\s+lugar|tuvieron\s+lugar|(?:el|la)\s+(?:\p{L}+\s+){1,4}(?:sesiono|sesionaron|se\s+reunio|se\s+reunieron|celebro|llevo\s+a\s+cabo))\b|\s+y\s+(?:por|via|a\s+traves\s+de)\s|(?<!\b[a-z]{1,3})\.\s|\.?\n|\.?$)";

    private static int? NumberFromOpening(string opening)
    {
        var folded = TextFold.Fold(opening);
        var m = SessionMention().Match(folded);
        // "…, mediante reunión virtual por videoconferencia, dio inicio la segunda sesión ordinaria" (blind batch AH, AH3): a
        // meeting named by how it was held ("reunión virtual", "sesión a distancia") tells no number; the next mention may.
        // A title's "Acta de sesión ordinaria" tells none either.
        while (m.Success && SpanishOrdinalParser.Find(m.Value) is null &&
               (MeetingMode().IsMatch(folded, m.Index + m.Length) || MinutesOf().IsMatch(m.Value)))
        {
            m = m.NextMatch();
        }

        var number = m.Success ? SpanishOrdinalParser.Find(m.Value) : null;
        // "Sesión | Sesión 8/2019 (sesión ordinaria)" below an "I. DATOS DE LA SESIÓN" heading: number / year.
        var slashed = number is null ? NumberSlashYear().Match(folded) : Match.Empty;
        return slashed.Success ? SpanishOrdinalParser.Find(slashed.Value) : number;
    }

    [GeneratedRegex(@"\b(?:reunion|sesion|acta)\b")]
    private static partial Regex TitleWords();

    /// <summary>Right after "reunión"/"sesión": how the meeting was held, not which one it was ("virtual", "a distancia", "en línea").</summary>
    [GeneratedRegex(@"\G\s+(?:virtual|remota|presencial|hibrida|mixta|semipresencial|a\s+distancia|en\s+linea|por\s+(?:videoconferencia|videollamada|zoom|teams|meet))\b")]
    private static partial Regex MeetingMode();

    /// <summary>A kind of minutes before the session word: "acta de sesión", "minuta de la reunión".</summary>
    [GeneratedRegex(@"^(?:acta|minuta|relatoria|memoria)\s+de\s+(?:la\s+)?(?:sesion|reunion)$")]
    private static partial Regex MinutesOf();

    /// <summary>
    /// Words a body's name never starts with: a kind of minutes, or an outline number, as when a title block ends on "ESPACIO DE
    /// PARTICIPACIÓN" ¶ "I.- DATOS DE LA SESIÓN" (blind batch Y, Y4, the Espacio named only in the page header).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:minuta|acta|relatoria|orden del dia|version estenografica|(?:la\s+|el\s+)?(?:sesion|reunion))\b|(?:[ivx]{1,4}|\d{1,2})(?:\.-|[.)])\s)")]
    private static partial Regex NotABody();

    /// <summary>Where a body name ends when more heading lines follow it: "… con Discapacidad Minuta", "… Sano 9 de marzo de 2017", "… Residentes 16 feb 2023 |".</summary>
    // A section heading may carry its outline number: "… Áreas Verdes" ¶ "I. Datos generales" (blind batch O, O3) read as one title.
    // "… Espacio Público" ¶ "Memoria de la segunda reunión de trabajo" (blind batch L, L2: the body's name in the page header, the
    // document's own title below it): a kind of minutes named for a session ends the name, and "Memoria" alone may be part of it.
    // "… Espacio Público" ¶ "Tipo de sesión | Ordinaria" (blind batch V, V5: a key/value table under the title): the first key ends it.
    [GeneratedRegex(@"\s+(?:(?:fecha|hora|horario|lugar|sede|modalidad)(?:\s+de\s+inicio)?\s*:|tipo\s+de\s+(?:sesion|reunion)\b|minuta|acta|(?:memoria|relatoria|bitacora|cronica)\s+de\s+la\s+(?=(?:\S+\s+){0,3}(?:sesion|reunion)\b)|(?:(?:[ivx]{1,4}|\d{1,2})[.)]\s+)?(?:orden del dia|datos generales|datos de la (?:sesion|reunion)|informacion general|lista de asistencia)|(?:" + SpanishDateParser.WeekdayNames + @")\b|\d{1,2}\s+de\s+[a-z]+\s+(?:de|del)\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|(?:[·•|]\s*)?(?:(?:" + SpanishDateParser.WeekdayAbbreviations + @")\.?\s+)?\d{1,2}[\s/\-](?:" + SpanishDateParser.MonthAbbreviations + @")\.?[\s/\-]\d{2,4}\b)")]
    private static partial Regex AfterBody();

    /// <summary>
    /// A comma and a word in lower case that no name goes on with: the sentence that named the Espacio goes on ("…, hoy martes",
    /// "…, que se celebró"); "…, Niños y Adolescentes", "…, al Tiempo Libre" stay in the name.
    /// </summary>
    [GeneratedRegex(@",\s+(?!(?:de|del|la|las|los|el|y|e|o|u|a|al|en|para|con|por|sin|sobre)\b)\p{Ll}")]
    private static partial Regex SentenceGoesOn();

    /// <summary>The session's title after the body's name: "(décima cuarta|4ª|…) sesión ordinaria", "reunión de trabajo XXII".</summary>
    [GeneratedRegex(@"(?:\s+(?:\d{1,3}\.?\s*(?:ª|º|a)?\.?|(?:primer|segund|tercer|cuart|quint|sext|septim|setim|octav|noven|decim|undecim|duodecim|vigesim|trigesim|cuadragesim|quincuagesim)[oa]?|la|el))*\s+(?:sesion|reunion)\s+(?:ordinaria|extraordinaria|de trabajo)\b")]
    private static partial Regex SessionAfterBody();

    /// <summary>A heading line that is only the hours: "11:00 a 14:00 horas" (a text box beside the title).</summary>
    [GeneratedRegex(@"^\s*\d{1,2}[:.]\d{2}\s*(?:(?:a|-|–)\s*\d{1,2}[:.]\d{2})?\s*(?:h|hrs|horas)?\.?\s*$")]
    private static partial Regex HoursOnly();

    [GeneratedRegex(@"\b(?:siendo|a)\s+las\s+(?<h>[a-z]+(?:\s+y\s+[a-z]+)?)\s+horas(?:\s+(?:con\s+(?<m>[a-z]+(?:\s+y\s+[a-z]+)?)\s+minutos|(?<half>y\s+media)))?")]
    private static partial Regex OpeningClockWords();

    // The place noun keeps the match to real venues; the place ends where the sentence goes on ("…, se llevó a cabo").
    // The article is grammar, not the venue's name: "en el Salón de usos múltiples…" gives "Salón de usos múltiples…".
    [GeneratedRegex(@"(?:reunid[oa]s\s+en|[,:]\s+en|\bse\s+reunieron\s+en|\bnos\s+reunimos\s+en|\bcon\s+sede\s+en)\s+(?:(?:la|las|el|los)\s+)?(?<place>(?:sala|salon|instalaciones|oficinas|auditorio|aula|sede|edificio|recinto|domicilio|explanada|biblioteca|casa|centro|comedor|foro|museo|plataforma)\b[^;\n]{5,260}?)" + PlaceEnd, RegexOptions.Multiline)]
    private static partial Regex PlaceInOpening();

    /// <summary>
    /// "…, se celebró en la sala de juntas de la Comisión…, colonia Centro la Cuarta Sesión Ordinaria del…" (blind batch N, N1:
    /// a memo's first sentence): the venue after the verb of holding, up to the session it held.
    /// </summary>
    [GeneratedRegex(@"\bse\s+(?:celebro|llevo\s+a\s+cabo|realizo|efectuo|desarrollo)\s+en\s+(?:(?:la|las|el|los)\s+)?(?<place>(?:sala|salon|instalaciones|oficinas|auditorio|aula|sede|edificio|recinto|domicilio|explanada|biblioteca|casa|centro|comedor|foro|museo|plataforma)\b[^;\n]{5,260}?)(?:(?=,?\s+(?:la|el)\s+(?:\S+\s+){0,3}(?:sesion|reunion)\b)|" + PlaceEnd + ")", RegexOptions.Multiline)]
    private static partial Regex PlaceWhereHeld();

    // "…, mediante reunión virtual por videoconferencia, dio inicio la sesión" (blind batch AH, AH3): no venue, the way the session
    // was held stands for its place, as a "Modalidad:" line's does.
    [GeneratedRegex(@"\b(?:mediante|a\s+traves\s+de|por\s+medio\s+de)\s+(?:una\s+)?(?<place>(?:reunion|sesion|videoconferencia|videollamada)\s+(?:virtual|remota|a\s+distancia|en\s+linea|por\s+(?:videoconferencia|videollamada|zoom|teams|meet|la\s+plataforma))\b[^;\n]{0,120}?)" + PlaceEnd, RegexOptions.Multiline)]
    private static partial Regex PlaceByMode();

    [GeneratedRegex(@"\b(?:horas|hrs\.?|h\.)\s*,?\s+en\s+(?:(?:la|las|el|los)\s+)?(?<place>[^;\n]{5,260}?)" + PlaceEnd, RegexOptions.Multiline)]
    private static partial Regex PlaceAfterHours();

    /// <summary>
    /// "Empezamos a las 10:10 en la sala 2 de la Secretaría Ejecutiva, con varias personas conectadas…" (blind batch O, O1: a
    /// dictated note): the venue right after a clock time in digits, written in lower case, up to who was there.
    /// </summary>
    [GeneratedRegex(@"\ba\s+las\s+\d{1,2}[:.]\d{2}(?:\s*(?:h|hrs|horas)\b\.?)?\s*,?\s+en\s+(?:(?:la|las|el|los)\s+)?(?<place>(?:sala|salon|instalaciones|oficinas|auditorio|aula|sede|edificio|recinto|domicilio|explanada|biblioteca|casa|centro|comedor|foro|museo)\b[^;\n]{3,260}?)(?:(?=,\s+con\s+(?:(?:varias|algunas|otras|muchas|pocas|las|los|\d+)\s+)?(?:personas|participantes|asistentes|integrantes)\b)|" + PlaceEnd + ")", RegexOptions.Multiline)]
    private static partial Regex PlaceAfterClock();

    /// <summary>A line that opens with the noun of a venue: "sala de juntas de…", "auditorio…", "aula 2…" (folded).</summary>
    [GeneratedRegex(@"^(?:sala|salon|instalaciones|oficinas|auditorio|aula|sede|edificio|recinto|domicilio|explanada|biblioteca|casa|centro|comedor|foro|museo|plataforma)\b")]
    private static partial Regex VenueFirst();

    [GeneratedRegex(@"\b(?:sesion|reunion)(?:\s+(?:ordinaria|extraordinaria|de trabajo))?\s+\d{1,3}/(?:19|20)\d{2}(?![\d/])")]
    private static partial Regex NumberSlashYear();

    [GeneratedRegex(@"\b(?:reunion de trabajo|sesion de trabajo|sesion ordinaria|sesion extraordinaria|reunion ordinaria|reunion extraordinaria)\b")]
    private static partial Regex SpecificKind();

    [GeneratedRegex(@"\b(?:sesion|reunion)\b")]
    private static partial Regex Kind();

    /// <summary>"sesion: 5 (ordinaria)", "reunion 12 extraordinaria" (folded): a meeting word, its number, then its kind.</summary>
    [GeneratedRegex(@"\b(?<meeting>sesion|reunion)\s*:?\s*(?:(?:no|num|numero)\.?\s*)?\d{1,3}\s*\(?\s*(?<kind>ordinaria|extraordinaria)\b")]
    private static partial Regex NumberThenKind();

    // The last "espacio de participación" of the title: a running header may repeat the body before the title itself.
    // A name starts with a letter or a quote: "BOLETÍN DEL ESPACIO DE PARTICIPACIÓN · PDHCDMX" (blind-w W4 donacion, a
    // newsletter's masthead over the acta's title) names no body; the title lines below it do.
    [GeneratedRegex(@"^.*\bespacio de participacion\s+(?:(?:de|del|en)\s+(?:los\s+|las\s+)?(?=derechos?\b)|[·•|–—]\s+(?=derechos?\b)|de\s+|del\s+|en\s+)?(?<body>[\p{L}""«“'].*)$")]
    private static partial Regex BodyInTitle();

    /// <summary>"siendo las 10:15", "a las 9:30", and the start of a span: "se celebró el …, de 10:00 a 12:30 horas".</summary>
    [GeneratedRegex(@"(?i)siendo las\s+\d{1,2}[:.]\d{2}|a las\s+\d{1,2}[:.]\d{2}|\bde\s+(?:las\s+)?\d{1,2}[:.]\d{2}(?=\s*(?:horas|hrs\.?|h)?\s*(?:a|-|–|hasta)\s*(?:las\s+)?\d{1,2}[:.]\d{2})")]
    private static partial Regex OpeningClock();

    [GeneratedRegex(@"\b(?:\d{1,3}\.?\s*(?:ª|º|a\.|a\b)|(?:[a-z]+\s+){1,2})(?:reunion|sesion)\b")]
    private static partial Regex SessionMention();
}
