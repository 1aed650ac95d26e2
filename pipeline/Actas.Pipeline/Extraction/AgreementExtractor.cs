using System.Globalization;
using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Grids;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// The items under ACUERDOS: one agreement per list item, paragraph or table row, with the
/// dates (year from the session when omitted) and strategy numbers it mentions
/// ("se retroalimentarán las estrategias 523, 524 y 526" → 523, 524, 526). The agreement that
/// fixes the next session ("La siguiente sesión será el próximo jueves 27 de septiembre, de
/// 10:00 a 13:00 horas…") also gives <see cref="NextSession"/>.
/// </summary>
public static partial class AgreementExtractor
{
    /// <returns>
    /// The agreements; the next session an agreement announces ("La próxima sesión será…", "La 8.ª sesión se celebrará…");
    /// and, failing that, a later meeting an agreement only names by its ordinal ("Convocar al área… a la reunión #9. — 10 mar
    /// 2023"), weaker than a "Próxima reunión" heading elsewhere in the minutes.
    /// </returns>
    public static (IReadOnlyList<Agreement> Agreements, NextSession? Next, NextSession? Named) Extract(IReadOnlyList<Row> rows, string? sessionDate, int? sessionNumber = null, DigitDateOrder order = DigitDateOrder.DayFirst)
    {
        ArgumentNullException.ThrowIfNull(rows);
        rows = ByTypedMarkers(rows);
        int? year = sessionDate is { Length: >= 4 } ? int.Parse(sessionDate[..4], CultureInfo.InvariantCulture) : null;
        var agreements = new List<Agreement>();
        var announcements = new List<string>(); // each agreement's text, with its date column when it has one
        int? textColumn = null, responsibleColumn = null, dateColumn = null, statusColumn = null;
        var newMarked = false;
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            var cells = row.NonEmpty.ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            if (IsPageChrome(row))
            {
                continue; // "RPT_SES_003 · Página 2", "Página 4 de 4": what the page or the producing system prints, never agreed
            }

            if (row.Table is null && TableLegend().IsMatch(row.Text))
            {
                continue; // "X = mes en que se programa el cumplimiento" under a schedule table (blind batch AB, AB1): the key to its marks
            }

            if (row.Table is null && agreements.Count == 0 && announcements.Count == 0 && SignatureLine().IsMatch(row.Text) &&
                TypedRule().IsMatch(row.Text) && rows.Take(index).All(r => r.Role == Layout.ParagraphRole.Heading || TypedHeading(r.Text)))
            {
                continue; // "3. ACUERDOS" ¶ "-----------": a typed text underlines its heading with dashes; no signature line yet
            }

            if (row.Table is null && (IsSignature(row.Text) || EndsTheList(rows, index, agreements.Count > 0)))
            {
                break; // "______" ¶ name ¶ post: the signature closes the agreements; so do the closing formula and an annex
            }

            if (agreements.Count > 0 && cells.All(c => ActaVocabulary.SignOffLabel.IsWhole(SectionDetector.WithoutOutlineNumber(c.Text))))
            {
                // "Capturó | Validó" over the names: the signature block's labels, side by side or alone; numbered as a form's last
                // section ("V. ELABORÓ" over "Nombre | …", blind batch Z, Z4).
                break;
            }

            if (agreements.Count > 0 && cells.Count == 2 && ActaVocabulary.SignOffLabel.IsWhole(cells[0].Text.Trim().TrimEnd(':')))
            {
                break; // "Elaboró | Lic. Name, Enlace": a rubric table's sign-off row after its agreements rubric
            }

            if (agreements.Count > 0 && row.IsSingle && NextMeetingCallout(row.Text))
            {
                break; // a callout box pasted into Word is a one-cell table
            }

            if (HeaderRowMap<AgreementColumn>.Read(cells, Columns, minimum: 1, AgreementIgnorable) is { } header &&
                header.ColumnOf(AgreementColumn.Text) is { } agreementColumn && cells.Count >= 2)
            {
                textColumn = agreementColumn;
                responsibleColumn = header.ColumnOf(AgreementColumn.Responsible);
                dateColumn = header.ColumnOf(AgreementColumn.DueDate);
                statusColumn = header.ColumnOf(AgreementColumn.Status);
                newMarked = statusColumn is { } st && rows.Skip(index + 1).TakeWhile(r => r.Table == row.Table)
                    .Any(r => r.Cells.FirstOrDefault(c => c.Column == st) is { } s && ActaVocabulary.NewAgreementStatus.PrefixLength(TextFold.Fold(s.Text.Trim())) > 0);
                continue;
            }

            if (row.Table is not null && cells.Count >= 2)
            {
                var main = textColumn is { } tc ? row.Cells.FirstOrDefault(c => c.Column == tc) : cells.OrderByDescending(c => c.Text.Length).First();
                if (main is null || main.IsEmpty || IsNumberOnly(main.Text) || main.Text.Count(char.IsLetter) < 4 || IsTally(string.Join(" ", cells.Select(c => c.Text))))
                {
                    continue;
                }

                if (IsFormLabel(main.Text) || row.Cells.LastOrDefault(c => c.Column < main.Column && !c.IsEmpty) is { } before && IsFormLabel(before.Text))
                {
                    continue; // "Sede: | Por confirmar | Registró: | …" (blind batch Q): a form's labelled fields under the agreements table
                }

                if (SessionClosed().IsMatch(TextFold.Fold(main.Text.Trim())))
                {
                    continue; // "Cierre | Se dio por concluida la sesión a las 12:30 horas." (blind batch T, T4): a rubric table's closing row
                }

                if (statusColumn is { } sc && row.Cells.FirstOrDefault(c => c.Column == sc) is { IsEmpty: false } status && FollowedUp(status.Text, newMarked))
                {
                    continue; // "SO2-21/01 | La CEAVI presentará… | Cumplido" (BG3): an earlier session's agreement followed up, not one made now
                }

                var responsible = responsibleColumn is { } rc ? row.Cells.FirstOrDefault(c => c.Column == rc)?.Text : null;
                var dateCell = dateColumn is { } dc ? row.Cells.FirstOrDefault(c => c.Column == dc)?.Text : null;
                if (agreements.Count > 0 && row.Location.Box is not null && Clean(main.Text) is { Length: > 0 } goesOn && char.IsLower(goesOn[0]) &&
                    StrategyInterpreter.ContinuesSentence(agreements[^1].Text, goesOn))
                {
                    // A table rebuilt from a page's geometry (it has a box: a PDF) read one text line per row: the agreement's
                    // next line. A Word table's rows are the author's own.
                    var joined = StrategyInterpreter.WithoutStrayBullet(agreements[^1].Text) + " " + goesOn;
                    agreements[^1] = Make(joined, agreements[^1].Responsible ?? responsible, dateCell, year, order, agreements[^1].Location ?? row.CellLocation(main));
                    announcements[^1] = string.IsNullOrWhiteSpace(dateCell) ? joined : joined + " — " + dateCell.Trim();
                    continue;
                }

                agreements.Add(Make(Clean(main.Text), responsible, dateCell, year, order, row.CellLocation(main)));
                // "Celebrar la cuarta reunión de trabajo…" | … | "27/04/2022, 10:00 h": the meeting's date is in its own column.
                announcements.Add(string.IsNullOrWhiteSpace(dateCell) ? agreements[^1].Text : agreements[^1].Text + " — " + dateCell.Trim());
                continue;
            }

            if (row.IsSingle && statusColumn is not null && MarksLegend(row.Text))
            {
                // "Los acuerdos tachados se dan por cumplidos; los marcados como «Nuevo» se adoptaron en esta sesión." under a
                // follow-up table, or in its last row spanning the columns: the key to its status marks, no agreement.
                continue;
            }

            if (row.Table is null && textColumn is null && CaptionsTable(rows, index))
            {
                continue; // "Estatus de los acuerdos de sesiones anteriores y acuerdos de la presente sesión." over the table (blind batch K, K2)
            }

            var ended = false;
            foreach (var cell in cells)
            {
                foreach (var paragraph in cell.Paragraphs)
                {
                    if (IsThanks(paragraph))
                    {
                        // "Acuerdos" ¶ 1.–3. on one slide, "¡Gracias!" ¶ the body's name on the next (blind batch AB, AB3): the
                        // deck's closing slide, whose lines are no agreements.
                        ended = agreements.Count > 0;
                        if (ended)
                        {
                            break;
                        }

                        continue;
                    }

                    if (agreements.Count > 0 && OpensAnotherSection(paragraph))
                    {
                        // "Lo que acordamos" ¶ agreements ¶ "Agenda" ¶ "Próxima sesión: …" in one box of a bulletin: another heading
                        // inside the cell ends the agreements.
                        ended = true;
                        break;
                    }

                    var text = WithoutTrailingPageNumber(Clean(paragraph));
                    if (LetteredItems(text) is { Count: > 0 } lettered)
                    {
                        // "Sin más asuntos que tratar, … acordaron lo siguiente: a) … b) … c) La 10ª Sesión Ordinaria se llevará a cabo… .
                        // Siendo las 12:50 hrs. … se dio por concluida la sesión" (blind batch S, S6): the agreements lettered inside one
                        // closing paragraph, each letter one agreement, the closing formula after the last no part of it.
                        foreach (var item in lettered)
                        {
                            agreements.Add(Make(item, null, null, year, order, row.CellLocation(cell)));
                            announcements.Add(item);
                        }

                        continue;
                    }

                    if (text.Length < 8 || Closing().IsMatch(TextFold.Fold(text)) || IsNumberOnly(text) || text.Count(char.IsLetter) < 4 || IsLeadIn(text) || IsTally(text))
                    {
                        continue;
                    }

                    if (SpeakerTag.Length(text) is > 0 and var tag && text[tag..].Trim().Length == 0 && SpeakerTag.PersonSpeaker(text) is not null)
                    {
                        continue; // "LA C. COORDINADORA, MTRA. …-" on a line of its own (blind batch D): who reads the agreements out, no agreement
                    }

                    if (agreements.Count > 0 && StrategyInterpreter.ContinuesSentence(agreements[^1].Text, text) && char.IsLower(text[0]) &&
                        !LetteredMarker().IsMatch(paragraph))
                    {
                        // "c. Se convoca a la Tercera Sesión Ordinaria, que" ¶ "tendrá verificativo el jueves…": one agreement a
                        // PDF's line (or an Enter) cut in two; the next item's bullet a PDF drew on the broken line ("…antes del •") is
                        // no part of it.
                        var joined = StrategyInterpreter.WithoutStrayBullet(agreements[^1].Text) + " " + text;
                        agreements[^1] = Make(joined, agreements[^1].Responsible, null, year, order, agreements[^1].Location ?? row.CellLocation(cell));
                        announcements[^1] = joined;
                        continue;
                    }

                    if (AgreedClauses(text) is { Count: > 0 } clauses)
                    {
                        // "Al término de la revisión, las personas participantes acordaron: que A; que B, y que C.": one agreement per clause.
                        foreach (var clause in clauses)
                        {
                            agreements.Add(Make(clause, null, null, year, order, row.CellLocation(cell)));
                            announcements.Add(clause);
                        }

                        continue;
                    }

                    if (FieldsAfter(text, 0) is { } lineFields && agreements.Count > 0)
                    {
                        // "Responsable: SIBISO Fecha compromiso: 29/09/2023": a form's line of fields under an agreement completes it.
                        var last = agreements[^1];
                        agreements[^1] = last with
                        {
                            Responsible = last.Responsible ?? lineFields.Responsible,
                            Dates = [.. last.Dates, .. SpanishDateParser.FindAll(lineFields.Due ?? "", year, order).Select(d => d.Iso).Where(d => !last.Dates.Contains(d))],
                        };
                        continue;
                    }

                    if (FieldsTail().Match(TextFold.Fold(text)) is { Success: true } fieldsTail && TextFold.Fold(text).Length == text.Length &&
                        FieldsAfter(text, fieldsTail.Index + fieldsTail.Length) is { } tailFields)
                    {
                        // "La SIBISO enviará su informe… . Responsable: SIBISO Fecha compromiso: 29/09/2023" (blind batch N, N6, the
                        // form's field line joined to the agreement above it): the fields complete the sentence before them.
                        var sentence = text[..(fieldsTail.Index + 1)].Trim();
                        agreements.Add(Make(sentence, tailFields.Responsible, tailFields.Due, year, order, row.CellLocation(cell)));
                        announcements.Add(sentence);
                        continue;
                    }

                    if (agreements.Count > 0 && ItemField(text) is { } field)
                    {
                        // "✔ La SEDESA enviará la lista…" ¶ "Responsable: SEDESA" ¶ "Plazo: 26/08/2022": the lines under an agreement
                        // that name its responsible or its date complete it; they are no agreements of their own.
                        var last = agreements[^1];
                        agreements[^1] = field.Responsible
                            ? last with { Responsible = last.Responsible ?? field.Value.TrimEnd('.') }
                            : last with { Dates = [.. last.Dates, .. SpanishDateParser.FindAll(field.Value, year, order).Select(d => d.Iso).Where(d => !last.Dates.Contains(d))] };
                        continue;
                    }

                    // "El ISC remitirá el reporte a más tardar el 28 de junio. — Responsable: ISC." and "… a más tardar el 18 de marzo
                    // de 2016. (Resp.: Protección Civil)": the label after the dash or in parentheses names the responsible (or the
                    // date); the agreement is the sentence before.
                    if (new[] { FieldTail().Match(text), ParenthesisedTail().Match(text) }.FirstOrDefault(m => m.Success && ItemField(m.Groups["field"].Value) is not null) is { } labelled)
                    {
                        var own = ItemField(labelled.Groups["field"].Value)!.Value;
                        var sentence = labelled.Groups["text"].Value;
                        agreements.Add(own.Responsible
                            ? Make(sentence, own.Value.TrimEnd('.'), null, year, order, row.CellLocation(cell))
                            : Make(sentence, null, own.Value, year, order, row.CellLocation(cell)));
                        announcements.Add(sentence);
                        continue;
                    }

                    if (MentionTail().Match(text) is { Success: true } mention)
                    {
                        // "INDEPEDI enviará la lista de módulos… @INDEPEDI · 📅 8 de octubre de 2021" (blind batch P, P5): a to-do item
                        // of a workspace page, whose line under it mentions who it is assigned to and the date it is due.
                        var due = mention.Groups["date"].Success ? mention.Groups["date"].Value : null;
                        agreements.Add(Make(mention.Groups["text"].Value, mention.Groups["who"].Value, due, year, order, row.CellLocation(cell)));
                        announcements.Add(due is null ? mention.Groups["text"].Value : mention.Groups["text"].Value + " — " + due);
                        continue;
                    }

                    if (agreements.Count > 0 && MentionTail().Match("Sentence. " + text) is { Success: true, Groups: var alone } && text.TrimStart().StartsWith('@'))
                    {
                        // The mention line on its own, under its to-do item: it completes the item.
                        var last = agreements[^1];
                        agreements[^1] = last with
                        {
                            Responsible = last.Responsible ?? alone["who"].Value.Trim(),
                            Dates = [.. last.Dates, .. SpanishDateParser.FindAll(alone["date"].Value, year, order).Select(d => d.Iso).Where(d => !last.Dates.Contains(d))],
                        };
                        continue;
                    }

                    if (ActionTail().Match(text) is { Success: true } tail &&
                        (SpanishDateParser.FindAll(tail.Groups["date"].Value, year, order).Any() || ActaVocabulary.NextMeeting.IsWhole(tail.Groups["date"].Value)))
                    {
                        // "Enviar a la SE el desglose de los casos. — Fiscalía · 3 mar 2023": an action item's responsible and its
                        // date after a dash, as a checklist writes them; the agreement is the sentence before.
                        agreements.Add(Make(tail.Groups["text"].Value, tail.Groups["who"].Value, tail.Groups["date"].Value, year, order, row.CellLocation(cell)));
                        announcements.Add(tail.Groups["text"].Value + " — " + tail.Groups["date"].Value);
                        continue;
                    }

                    if (LeadingResponsible().Match(text) is { Success: true } lead && !lead.Groups["who"].Value.Any(char.IsDigit))
                    {
                        // "SEDUVI — Publicar el padrón…" (blind batch L, L5: a task list): who first, a dash, then the task in the infinitive.
                        agreements.Add(Make(lead.Groups["text"].Value, lead.Groups["who"].Value.Trim(), null, year, order, row.CellLocation(cell)));
                        announcements.Add(lead.Groups["text"].Value);
                        continue;
                    }

                    agreements.Add(Make(text, null, null, year, order, row.CellLocation(cell)));
                    announcements.Add(text);
                }

                if (ended)
                {
                    break;
                }
            }

            if (ended)
            {
                break;
            }
        }

        return (agreements, NextSessionFinder.Find(announcements, sessionDate, sessionNumber, announcedOnly: true, order), NextSessionFinder.Find(announcements, sessionDate, sessionNumber, order: order));
    }

    /// <summary>
    /// An agreement whose status reads as done ("Cumplido", "Atendido") is an earlier one being followed up; one in progress
    /// ("En proceso", "Pendiente") is too when the table marks this session's own agreements as "Nuevo".
    /// </summary>
    private static bool FollowedUp(string status, bool newMarked)
    {
        var folded = TextFold.Fold(status.Trim());
        if (ActaVocabulary.NewAgreementStatus.PrefixLength(folded) > 0)
        {
            return false;
        }

        return newMarked || ActaVocabulary.DoneAgreementStatus.PrefixLength(folded) > 0;
    }

    /// <summary>
    /// True when the row is the header of an agreements table with a status column in which some row is marked as made at this
    /// session ("No. | Acuerdo | Estado" over the earlier session's agreements, "Cumplido" or "En proceso", and this session's,
    /// "Nuevo"): a follow-up table that also records the new agreements, whatever heading stands over it ("Seguimiento de
    /// acuerdos"). Its unmarked rows are followed up, not agreed now (see <see cref="FollowedUp"/>).
    /// </summary>
    public static bool OpensMarkedFollowUp(IReadOnlyList<Row> rows, int index)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var row = rows[index];
        if (row.Table is null || row.NonEmpty.ToList() is not { Count: >= 2 } cells ||
            HeaderRowMap<AgreementColumn>.Read(cells, Columns, minimum: 1, AgreementIgnorable) is not { } header ||
            header.ColumnOf(AgreementColumn.Text) is null || header.ColumnOf(AgreementColumn.Status) is not { } status)
        {
            return false;
        }

        return rows.Skip(index + 1).TakeWhile(r => r.Table == row.Table)
            .Any(r => r.Cells.FirstOrDefault(c => c.Column == status) is { } s && ActaVocabulary.NewAgreementStatus.PrefixLength(TextFold.Fold(s.Text.Trim())) > 0);
    }

    /// <summary>True when the cells read as an agreements table's header: an Acuerdo column and at least one other (Responsable, Fecha, Estatus).</summary>
    public static bool IsHeaderRow(IReadOnlyList<RowCell> cells) =>
        HeaderRowMap<AgreementColumn>.Read(cells, Columns, minimum: 2, AgreementIgnorable) is { } header && header.ColumnOf(AgreementColumn.Text) is not null;

    private static readonly PhraseSet AgreementIgnorable = new([.. ActaVocabulary.IgnorableColumn.Phrases, .. ActaVocabulary.AgreementKeyColumn.Phrases, .. ActaVocabulary.ScheduleColumn.Phrases]);

    private static readonly IReadOnlyList<(PhraseSet Phrases, AgreementColumn Field)> Columns =
    [
        (ActaVocabulary.AgreementColumn, AgreementColumn.Text),
        (ActaVocabulary.AgreementStatusColumn, AgreementColumn.Status),
        (ActaVocabulary.ResponsibleColumn, AgreementColumn.Responsible),
        (ActaVocabulary.DueDateColumn, AgreementColumn.DueDate),
    ];

    /// <summary>Strategy numbers an agreement or sentence mentions: "las estrategias 523, 524 y 526".</summary>
    public static IReadOnlyList<int> StrategiesIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var numbers = new List<int>();
        // "dar seguimiento a la meta 458.2": a goal named is its strategy named.
        var folded = TextFold.Fold(text);
        foreach (var m in StrategyList().Matches(folded).Concat(GoalList().Matches(folded)))
        {
            foreach (Match n in ThreeDigits().Matches(m.Groups["list"].Value))
            {
                var value = int.Parse(n.Value, CultureInfo.InvariantCulture);
                if (!numbers.Contains(value))
                {
                    numbers.Add(value);
                }
            }
        }

        return numbers;
    }

    /// <summary>
    /// A paragraph that tells what the agreements table right under it holds ("Estatus de los acuerdos de sesiones anteriores y
    /// acuerdos de la presente sesión."): it names agreements in the plural and the next row is the table's header.
    /// </summary>
    /// <summary>
    /// A sentence about the agreements that names both a done status and a new one, in the plural or not ("Los acuerdos tachados se dan por cumplidos;
    /// los marcados como «Nuevo» se adoptaron en esta sesión"): the legend of a status column, which an agreement never is.
    /// </summary>
    private static bool MarksLegend(string text)
    {
        var words = TextFold.Fold(text).ToLowerInvariant().Split([' ', ',', ';', '.', '«', '»', '"', '“', '”', '(', ')', ':'], StringSplitOptions.RemoveEmptyEntries);
        return words.Contains("acuerdos") &&
               words.Any(w => ActaVocabulary.NewAgreementStatus.IsWhole(w)) &&
               words.Any(w => ActaVocabulary.DoneAgreementStatus.PrefixLength(w) > 0 || (w.Length > 2 && w[^1] == 's' && ActaVocabulary.DoneAgreementStatus.PrefixLength(w[..^1]) > 0));
    }

    private static bool CaptionsTable(IReadOnlyList<Row> rows, int index)
    {
        if (!TextFold.Fold(rows[index].Text).Contains("acuerdos", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var next = rows.Skip(index + 1).FirstOrDefault(r => r.NonEmpty.Any());
        return next is { Table: not null } && next.NonEmpty.ToList() is { Count: >= 2 } cells &&
               HeaderRowMap<AgreementColumn>.Read(cells, Columns, minimum: 1, AgreementIgnorable) is { } header && header.ColumnOf(AgreementColumn.Text) is not null;
    }

    /// <summary>"b) la Secretaría…" (see <see cref="RunInAgreements"/>): an item lettered as its own, even when it opens in lower case.</summary>
    [GeneratedRegex(@"^\s*[a-z]\)\s")]
    private static partial Regex LetteredMarker();

    private static Agreement Make(string text, string? responsible, string? dateCell, int? year, DigitDateOrder order, SourceLocation location)
    {
        if (responsible is not null && responsible.Trim() is { Length: > 0 } dash && dash.All(c => c is '-' or '—' or '–' or '―'))
        {
            responsible = ""; // "—" in the Responsable cell of the next-session row (blind batch K, K2): nobody, not a name
        }

        var dates = SpanishDateParser.FindAll(text, year, order).Select(d => d.Iso).ToList();
        if (dateCell is not null)
        {
            dates.AddRange(SpanishDateParser.FindAll(dateCell, year, order).Select(d => d.Iso).Where(d => !dates.Contains(d)));
        }

        var named = Responsible().Match(text);
        responsible ??= named.Success ? named.Groups["who"].Value.Trim().TrimEnd('.') : null;
        return new Agreement(text, dates, StrategiesIn(text), string.IsNullOrWhiteSpace(responsible) ? null : responsible.Trim(), location);
    }

    /// <summary>
    /// Agreements numbered by typed markers ("PRIMERO.-", "1.", "a)") in a PDF whose lines were grouped into the wrong
    /// paragraphs (a narrow justified column: "STyFE enviará la cifra de personas" / "beneficiarias del Seguro…" /
    /// "desagregada… SEGUNDO.- El DIF…"): the markers, not the line breaks, say where each agreement starts. Applies when
    /// the first paragraph and at least one more start with a marker; a line without one continues the agreement above;
    /// a typed ordinal after a sentence's end starts the next; a closing formula or a signature line ends the list.
    /// </summary>
    private static IReadOnlyList<Row> ByTypedMarkers(IReadOnlyList<Row> rows)
    {
        var paragraphs = rows.Where(r => r.Table is null && !r.IsEmpty).ToList();
        // All the agreements in one paragraph ("PRIMERO.- … sesión. SEGUNDO.- La PROSOC… TERCERO.- …", each line a whole agreement that
        // the PDF's line grouping ran together, blind batch AB, AB5) are split at their inner ordinals just the same.
        var runTogether = paragraphs.Count >= 1 && StartsWithMarker(paragraphs[0].Text) && InnerOrdinal().IsMatch(paragraphs[0].Text);
        if (!runTogether &&
            (paragraphs.Count < 3 || !StartsWithMarker(paragraphs[0].Text) || paragraphs.Skip(1).Count(r => StartsWithMarker(r.Text)) < 1))
        {
            return rows;
        }

        var result = new List<Row>();
        var open = new List<(Row First, List<string> Texts)>();
        var closed = false;
        int? lastPage = null;
        for (var at = 0; at < rows.Count; at++)
        {
            var row = rows[at];
            var text = row.Text.Trim();
            if (IsPageChrome(row))
            {
                continue; // "Hoja 3 de 5" between "1. …" and its next line: no part of the item a page break cut
            }

            if (row.Table is null && !row.IsEmpty && !closed && open.Count > 0 && EndsTheList(rows, at, anyRead: true))
            {
                // "c) La Fiscalía revisará…" ¶ "Mtra. Liliana Tapia Robles" ¶ "Coordinadora…" ¶ "Anexo 1…": nothing after the signature is an agreement.
                Flush();
                return result;
            }

            if (row.Table is not null || row.IsEmpty || closed || IsSignature(text) || Closing().IsMatch(TextFold.Fold(text)))
            {
                var wasClosed = closed;
                closed |= row.Table is null && !row.IsEmpty && (IsSignature(text) || Closing().IsMatch(TextFold.Fold(text)));
                Flush();
                if (!wasClosed || row.Table is not null)
                {
                    result.Add(row); // after the closing formula, its own next lines ("concluida la sesión a las…") are no agreements
                }

                continue;
            }

            var finished = open.Count > 0 && open[^1].Texts[^1].TrimEnd() is [.., '.'];
            // After an item that ends its sentence, a paragraph the format numbered ("2. El DIF presentará… 131.1." ¶ a list item
            // "3." whose label is no part of its text, blind batch Y, Y6's scan) or the first one on the next page (a running
            // header the scan kept, blind batch K, K4: "LIBRO ACTAS + ESPACIO…") is no next line of it.
            var apart = finished && (row.Role == Layout.ParagraphRole.ListItem || row.Location.Page > lastPage);
            lastPage = row.Location.Page;
            foreach (var (piece, index) in InnerOrdinal().Split(text).Select((p, i) => (p.Trim(), i)).Where(p => p.Item1.Length > 0))
            {
                if (open.Count == 0 || index > 0 || StartsWithMarker(piece) || apart)
                {
                    open.Add((row, [piece]));
                    apart = false;
                }
                else if (index == 0 && finished && IsBareName(piece))
                {
                    // "3. La décima primera sesión se celebrará… en la misma sede." ¶ "Name Surname Surname" (blind batch AB, AB6: a
                    // scan whose signature line and post the OCR did not keep): after a finished item, a name alone is who signs.
                    Flush();
                    return result;
                }
                else
                {
                    open[^1].Texts.Add(piece);
                }
            }
        }

        Flush();
        return result;

        void Flush()
        {
            result.AddRange(open.Select(o => o.First with { Cells = [new RowCell(0, 1, [string.Join(' ', o.Texts)])] }));
            open.Clear();
        }
    }

    /// <summary>
    /// Where the agreements end without a signature line: "Dra. Elisa Carranza Mora" ¶ "Coordinadora del Espacio…" (the
    /// signature, even when the minutes go on with a long annex), "Anexo 1. Informes de las instancias ejecutoras", and, once
    /// an agreement was read, the closing formula ("No habiendo más asuntos que tratar, se da por concluida la sesión.").
    /// </summary>
    private static bool EndsTheList(IReadOnlyList<Row> rows, int index, bool anyRead)
    {
        var text = rows[index].Text.Trim();
        var folded = TextFold.Fold(text);
        if (AnnexHeading().IsMatch(folded) || (anyRead && (Closing().IsMatch(folded) || IsThanks(text))))
        {
            return true;
        }

        // "Acuerdo 7/3. La octava sesión…" ¶ "En asuntos generales no se registraron intervenciones." (blind batch Z, Z2): the point
        // after the agreements, told as a sentence that opens by naming it.
        if (anyRead && rows[index].Table is null && GeneralMattersPoint().IsMatch(folded))
        {
            return true;
        }

        // "Tercero.- …" ¶ "LA C. COORDINADORA.- Quienes estén por la afirmativa…" (blind batch P, P1): in a transcript the list
        // read aloud ends with the reader's turn; the next speaker puts it to the vote.
        if (anyRead && rows[index].Table is null && SpeakerTag.PersonSpeaker(text) is not null)
        {
            return true;
        }

        // "Relatoría: Lic. Fabiola Herrera Ayala, Secretaría Ejecutiva", "Visto bueno: Mtro. …": who wrote and approved the minutes.
        // "Minutes taken by / Elaboró: …" (blind batch X, X2): the label in two languages, one side the vocabulary's.
        if (anyRead && text.IndexOf(':', StringComparison.Ordinal) is > 1 and < 40 and var colon &&
            (ActaVocabulary.SignOffLabel.IsWhole(text[..colon]) || BilingualLabel.Sides(text[..colon]).Any(ActaVocabulary.SignOffLabel.IsWhole)))
        {
            return true;
        }

        if (anyRead && rows[index].Table is null && ActaVocabulary.SignOffSentence.PrefixLength(folded) > 0)
        {
            return true;
        }

        // "Mtro. Alberto Salcedo Rivas Coordinador del Espacio de Participación": a PDF may run the signature's name and post into one line.
        if (anyRead && rows[index].Table is null && text.Length <= 150 && PersonNames.WithoutPost(text) is var signed && signed.Length < text.Length &&
            CoordinatorExtractor.LooksLikeName(signed) && CoordinatorExtractor.IsRole(text[signed.Length..].Trim()))
        {
            return true;
        }

        if (anyRead && NextMeetingCallout(text))
        {
            return true;
        }

        // "Reunión de seguimiento programada", "4. Próxima sesión. Las personas integrantes acordaron…": the next meeting's own
        // heading (alone, or as a numbered point's run-in head) follows the agreements.
        if (anyRead && rows[index].Table is null && NextMeetingHead().Match(text) is { Success: true } head &&
            ActaVocabulary.NextMeeting.IsWhole(TextFold.Key(head.Groups["head"].Value)))
        {
            return true;
        }

        // "Occeppa timonechicozqueh · Próxima reunión" (blind batch S, S5): the next meeting's heading in two languages.
        if (anyRead && rows[index].Table is null && BilingualLabel.Sides(text).Any(side => ActaVocabulary.NextMeeting.IsWhole(TextFold.Key(side))))
        {
            return true;
        }

        // "3. La Octava Sesión Ordinaria se celebrará…" ¶ "Oficios generados" (bold) ¶ "Con base en la relatoría…" (blind batch R,
        // R1): a heading of its own after the numbered agreements, with no numbered item after it, opens what follows them.
        if (anyRead && rows[index] is { Table: null, Role: Layout.ParagraphRole.Heading } && !StartsWithMarker(text) &&
            !rows.Skip(index + 1).Any(r => r.Table is null && StartsWithMarker(r.Text.Trim())))
        {
            return true;
        }

        var next = rows.Skip(index + 1).FirstOrDefault(r => !r.IsEmpty);
        return next is { Table: null } && CoordinatorExtractor.LooksLikeName(text) && PersonNames.LooksLikePerson(text) &&
               CoordinatorExtractor.IsRole(next.Text.Trim());
    }

    /// <summary>
    /// A person's name alone on its line: two to six words, each capitalised or a particle ("de", "del", "la", "y"), no digit,
    /// no stop, no colon, no word that names a body ("Marco Antonio Leyva Rubio", "María de la Luz Téllez"; not "Secretaría de Cultura").
    /// </summary>
    private static bool IsBareName(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && CoordinatorExtractor.LooksLikeName(text) && !text.Contains(',') &&
               words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower) || w is "de" or "del" or "la" or "las" or "los" or "y") &&
               !PersonNames.NamesBody(text);
    }

    /// <summary>A short line of thanks, "¡Gracias!", "Muchas gracias por su asistencia." (<see cref="ActaVocabulary.ThanksLine"/>).</summary>
    private static bool IsThanks(string text)
    {
        var trimmed = text.Trim().TrimStart('¡', '!', ' ');
        return trimmed.Length is > 0 and <= 60 && trimmed[0] is 'G' or 'g' or 'M' or 'm' or 'T' or 't' &&
               ActaVocabulary.ThanksLine.PrefixLength(TextFold.Fold(trimmed)) > 0;
    }

    /// <summary>
    /// The text without a page or slide number a PDF ran into its last line: "… a las 10:00 horas. 9" (blind batch AB, AB3: the
    /// slide's number printed at its foot, under the last agreement). A number right after a sentence's stop ends no sentence.
    /// </summary>
    private static string WithoutTrailingPageNumber(string text) =>
        text.Length > 3 && char.IsAsciiDigit(text[^1]) && TrailingPageNumber().Match(text) is { Success: true } m ? text[..m.Index] : text;

    [GeneratedRegex(@"(?<=\p{L}{2}[.!?])\s+\d{1,3}$")]
    private static partial Regex TrailingPageNumber();

    /// <summary>A page header or footer a Word reader placed among the blocks, or a line of <see cref="IsDocumentChrome"/>.</summary>
    private static bool IsPageChrome(Row row) => row.Location.Region is DocumentRegion.Header or DocumentRegion.Footer || IsDocumentChrome(row.Text);

    /// <summary>
    /// A line about the document rather than the session: a page number ("Página 4 de 4", "RPT_SES_003 · Página 2"), a
    /// system's colophon ("SISE v2 · Reporte generado automáticamente; no requiere firma"), a wiki page's chrome ("Categorías:
    /// Actas | 2020", "Obtenido de «http://…»", "Esta página se editó por última vez el…"), a design credit ("… · Diseño:
    /// Comunicación Social · 24/02/2021"). A PDF keeps the page's header and footer lines in the text, a Word export may put
    /// them after the body (blind batches N, Q, R, U).
    /// </summary>
    private static bool IsDocumentChrome(string text)
    {
        var folded = TextFold.Fold(text.Trim());
        return folded.Length is > 0 and <= 400 && (PageNumberLine().IsMatch(folded) || Colophon().IsMatch(folded) ||
            folded.Split('·', '|').Skip(1).Any(part => ActaVocabulary.SignOffSentence.PrefixLength(part.Trim()) > 0));
    }

    /// <summary>
    /// A form's field label in a cell of its own: short, ending on its colon, with no number ("Hora:", "Sede:", "Registró:");
    /// "Acuerdo 3:" numbers an agreement and "Acuerdo:" heads one.
    /// </summary>
    private static bool IsFormLabel(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 2 and <= 30 && trimmed[^1] == ':' && !trimmed.Any(char.IsDigit) &&
               !ActaVocabulary.AgreementKind.IsWhole(trimmed[..^1]) && !ActaVocabulary.AgreementColumn.IsWhole(trimmed[..^1]);
    }

    /// <summary>"pagina 4 de 4", "hoja 2", "minuta de la 3a sesion ordinaria — pagina 2", "rpt_ses_003 · pagina" (folded).</summary>
    [GeneratedRegex(@"^(?:[^·|—–]{1,80}\s[·|—–-]\s*)?(?:" + ActaVocabulary.PageNumberLabel + @")(?:\s*\d{1,3}(?:\s*(?:" + ActaVocabulary.PageOf + @")\s*\d{1,3})?)?\.?$")]
    private static partial Regex PageNumberLine();

    /// <summary>
    /// A colophon's words: the document generated by a system, a wiki page's categories, source and last edit, a design credit; a
    /// system's print line ("Generado el 2019-03-14 19:40 · Usuario: …"), a web page's copyright footer with its links ("© Secretaría
    /// … Aviso de privacidad - Transparencia", the © read "c" by OCR; blind batch AD, AD2 and AD1); a fax machine's transmission
    /// line at a page's top ("JUL-15-2016 11:08 FROM: SEDEREC … TO:5555128847 P.004/004", blind batch R, R3; OCR reads the O as 0).
    /// </summary>
    [GeneratedRegex(@"\bfrom\s*:.{0,80}?\bt[o0]\s*:\s*[\d+(]|\b(?:reporte|documento|informe|archivo|formato)\s+(?:generad|emitid|exportad|impres)[oa]\s+(?:automaticamente|por\s+(?:el\s+)?sistema)|\bse\s+edito\s+por\s+ultima\s+vez\b|^obtenido\s+de\s*[«""“]?\s*https?://|^categorias?\s*:|^(?:generad|impres|exportad|emitid)[oa]\s+(?:el\s+)?\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b|^(?:©|\(c\)|c\b).{0,200}\baviso\s+de\s+privacidad\b|\b(?:diseno(?:\s+y\s+formacion)?|formacion\s+editorial)\s*:")]
    private static partial Regex Colophon();

    /// <summary>
    /// A sentence that introduces the list rather than agreeing anything: "LA C. COORDINADORA, MTRA. VERÓNICA GALLARDO
    /// RAMOS.- Doy lectura a los acuerdos de esta sesión:", "Se acordó lo siguiente:".
    /// </summary>
    private static bool IsLeadIn(string text) => text.TrimEnd().EndsWith(':') && LeadInWords().IsMatch(TextFold.Fold(text));

    /// <summary>A paragraph that is the heading of a section other than the agreements ("Agenda", "Asistencia").</summary>
    private static bool OpensAnotherSection(string paragraph) =>
        paragraph.Length <= 40 && SectionDetector.Classify(new Row([new RowCell(0, 1, [paragraph])], new SourceLocation(null, 0), null, true, Layout.ParagraphRole.Body)) is { } kind &&
        kind != SectionKind.Agreements;

    /// <summary>A line "Responsable: SEDESA" or "Fecha compromiso: 26/08/2022" (a responsible or due-date column's label, a colon, a value).</summary>
    private static (bool Responsible, string Value)? ItemField(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 30 || text[(colon + 1)..].Trim() is not { Length: > 1 } value)
        {
            return null;
        }

        var label = TextFold.Key(text[..colon]);
        return ActaVocabulary.ResponsibleColumn.IsWhole(label) ? (true, value)
            : ActaVocabulary.DueDateColumn.IsWhole(label) && SpanishDateParser.FindAll(value, null).Any() ? (false, value)
            : null;
    }

    /// <summary>
    /// The responsible and the due date of a run of labelled fields that fills the text from <paramref name="start"/> to its end
    /// ("Responsable: SIBISO Fecha compromiso: 29/09/2023"), or null when the text there is anything else.
    /// </summary>
    private static (string? Responsible, string? Due)? FieldsAfter(string text, int start)
    {
        var folded = TextFold.Fold(text);
        if (folded.Length != text.Length)
        {
            return null;
        }

        var labels = AgreementFieldLabel.Matches(folded, start).ToList();
        if (labels.Count == 0 || labels[0].Index != start)
        {
            return null;
        }

        string? responsible = null, due = null;
        for (var i = 0; i < labels.Count; i++)
        {
            var end = i + 1 < labels.Count ? labels[i + 1].Index : text.Length;
            var value = text[(labels[i].Index + labels[i].Length)..end].Trim().TrimEnd('.', ';').Trim();
            // "Asignada a: Arturo Beltrán (IMSS) · Vence: 08/03/2024": a middle dot sets the fields of a task's line apart.
            value = value.Split(" · ", 2)[0].TrimEnd('·', ' ', '.', ';');
            if (value.Length == 0)
            {
                return null;
            }

            if (labels[i].Groups["due"].Success)
            {
                due ??= value;
            }
            else
            {
                responsible ??= value;
            }
        }

        return due is not null && !SpanishDateParser.FindAll(due, null).Any() ? null : (responsible, due);
    }

    /// <summary>A responsible's or a due date's label and its colon, standing as a word: "Responsable:", "Fecha compromiso:".</summary>
    private static readonly Regex AgreementFieldLabel = new(
        @"(?<![\p{L}\d])(?:(?<due>" + ActaVocabulary.DueDateLabel.Pattern + @")|" + ActaVocabulary.ResponsibleColumn.Pattern + @")\s*:\s*",
        RegexOptions.CultureInvariant);

    /// <summary>A sentence's end, then a responsible's or due date's label and its colon: where an agreement's fields begin.</summary>
    private static readonly Regex FieldsTailPattern = new(
        @"(?<=.{8})[.;!?]\s+(?=(?:" + ActaVocabulary.DueDateLabel.Pattern + "|" + ActaVocabulary.ResponsibleColumn.Pattern + @")\s*:)",
        RegexOptions.CultureInvariant);

    private static Regex FieldsTail() => FieldsTailPattern;

    /// <summary>"… a más tardar el 28 de junio de 2019. — Responsable: ISC.": a sentence, a dash, a labelled field.</summary>
    [GeneratedRegex(@"^(?<text>.{8,}?[.;!?])\s+[—–-]\s+(?<field>[^—–]{4,120})$")]
    private static partial Regex FieldTail();

    /// <summary>"… su programa de atención. (Resp.: Protección Civil)": a sentence, then a labelled field in parentheses.</summary>
    [GeneratedRegex(@"^(?<text>.{8,}?[.;!?])\s*\((?<field>[^()]{4,120})\)\.?$")]
    private static partial Regex ParenthesisedTail();

    /// <summary>
    /// "📅 Próxima sesión: jueves 21 de octubre de 2021, 10:00 h, …" (blind batch P, P5): an icon, then the next meeting's label
    /// and its colon — a workspace page's callout under its to-do list, no agreement ("Próxima sesión: 15/VI/2017…" without an
    /// icon is one, as many actas number it among their agreements). A PDF may print the emoji as a NUL.
    /// </summary>
    private static bool NextMeetingCallout(string text)
    {
        if (LeadingIcon().Match(text) is not { Success: true } icon)
        {
            return false;
        }

        if (icon.Value.AsSpan().IndexOfAny(CheckBoxGlyphs) >= 0)
        {
            return false; // "☐ Próxima sesión: 17 de octubre…" (blind batch Z, Z5: a notebook's to-do list): a list item's box, no callout's icon
        }

        var rest = text[icon.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon is > 0 and <= 40 && ActaVocabulary.NextMeeting.IsWhole(TextFold.Key(rest[..colon]));
    }

    /// <summary>Pictographs before the first letter ("📅 ", "🗓️ "), or the NUL a PDF's text layer may leave for one.</summary>
    [GeneratedRegex(@"^\s*(?:[\p{So}\p{Cs}\u0000]\uFE0F?\s*)+(?=\p{L})")]
    private static partial Regex LeadingIcon();

    /// <summary>"… videointerpretación. @INDEPEDI · 📅 8 de octubre de 2021", "… la meta 663.2. @Secretaría Ejecutiva": a sentence, a mention of who is assigned, perhaps a due date.</summary>
    [GeneratedRegex(@"^(?<text>.{8,}?[.;!?])\s+@(?<who>[^@·•|]{2,80}?)\s*(?:[·•|]\s*[^\p{L}\d]*(?<date>[^·•|@]{4,40}?))?\s*$")]
    private static partial Regex MentionTail();

    /// <summary>"… la primera declaración. — Fiscalía · 3 mar 2023": a sentence, a dash, who, a middle dot or a comma, when.</summary>
    [GeneratedRegex(@"^(?<text>.{8,}?[.;!?])\s+[—–-]\s+(?<who>[^·—–,;]{2,80}?)\s*[·,;]\s*(?<date>[^·—–]{4,40})$")]
    private static partial Regex ActionTail();

    /// <summary>"ADIP — Enviar la metodología…", "Secretaría Ejecutiva – Circular la minuta…": a few words naming who, a dash, a task opening on an infinitive.</summary>
    [GeneratedRegex(@"^(?<who>\p{Lu}[^—–:;.,]{1,58}?)\s+[—–]\s+(?<text>\p{Lu}\p{Ll}+(?:ar|er|ir)\s.{8,})$")]
    private static partial Regex LeadingResponsible();

    [GeneratedRegex(@"\b(?:acuerdos?|acord\w*|siguientes?)\b")]
    private static partial Regex LeadInWords();

    /// <summary>"Anexo 1. Lista de asistencia", "ANEXO: Informes", "Anexo II –", "Anexos".</summary>
    [GeneratedRegex(@"^anexos?(?:\s+(?:\d{1,2}|[ivx]{1,4}|[a-z]|unico))?\s*(?:[.:\-–—]|$)")]
    private static partial Regex AnnexHeading();

    private static bool StartsWithMarker(string text) => ListMarker().Match(text) is { Success: true, Length: > 0 } m && !Bullet().IsMatch(m.Value);

    private static string Clean(string text) => HtmlSafeTrim(ListMarker().Replace(text.Trim(), ""));

    private static string HtmlSafeTrim(string text) => text.Trim();

    /// <summary>
    /// The clauses of a paragraph that states the agreements in one sentence ("… acordaron: que A; que B, y que C. Sin más
    /// asuntos…"): each "que …" up to the next, the last up to the sentence's end; empty when the paragraph is no such sentence
    /// or holds fewer than two clauses.
    /// </summary>
    internal static IReadOnlyList<string> AgreedClauses(string text)
    {
        var lead = AgreedLead().Match(text);
        if (!lead.Success)
        {
            return [];
        }

        var rest = text[(lead.Index + lead.Length)..];
        var end = SentenceEnd().Match(rest);
        if (end.Success)
        {
            rest = rest[..end.Index];
        }

        var clauses = NextClause().Split(rest).Select(c => c.Trim().TrimEnd('.', ';', ',').Trim()).Where(c => c.Length > 0).ToList();
        return clauses.Count >= 2 ? clauses : [];
    }

    /// <summary>
    /// The items of a paragraph that letters its agreements after a colon ("… acordaron lo siguiente: a) A. b) B. c) C. Siendo
    /// las…"): each "x) " up to the next letter, the last up to a closing formula; empty when no "a)" follows a colon or fewer
    /// than two letters follow in order.
    /// </summary>
    internal static IReadOnlyList<string> LetteredItems(string text)
    {
        var run = new List<Match>();
        foreach (Match m in InlineLetter().Matches(text))
        {
            if (m.Groups["letter"].Value[0] == (char)('a' + run.Count))
            {
                run.Add(m);
            }
        }

        if (run.Count < 2 || run[0].Groups["colon"].Length == 0)
        {
            return [];
        }

        var items = new List<string>();
        for (var i = 0; i < run.Count; i++)
        {
            var start = run[i].Index + run[i].Length;
            // The period before the next letter closes this item: ". b) " keeps it.
            var item = text[start..(i + 1 < run.Count ? run[i + 1].Index + (text[run[i + 1].Index] == '.' ? 1 : 0) : text.Length)].Trim();
            if (i == run.Count - 1)
            {
                var end = SentenceEnd().Matches(item).FirstOrDefault(e => Closing().IsMatch(TextFold.Fold(item[(e.Index + e.Length)..])));
                item = end is null ? item : item[..(end.Index + 1)];
            }

            items.Add(item.Trim().TrimEnd(';').Trim());
        }

        return items.Any(i => i.Count(char.IsLetter) < 4) ? [] : items;
    }

    /// <summary>A letter and its parenthesis after a colon, a period or a semicolon: ": a) ", ". b) ", "; c) ".</summary>
    [GeneratedRegex(@"(?:(?<colon>:)|[.;])\s+(?<letter>[a-h])\)\s+")]
    private static partial Regex InlineLetter();

    [GeneratedRegex(@"(?:acordaron|se\s+acord[oó]|se\s+acuerda|acuerdan|acordamos|se\s+tomaron\s+los\s+siguientes\s+acuerdos)\s*(?:lo\s+siguiente)?\s*:?\s+que\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AgreedLead();

    /// <summary>"; que", "; y que", ", y que": where one agreed clause ends and the next begins.</summary>
    [GeneratedRegex(@"\s*(?:;\s*(?:y\s+|e\s+)?|,\s*(?:y|e)\s+)que\s+")]
    private static partial Regex NextClause();

    /// <summary>The sentence's end: a period before a capitalised word ("…por la misma vía. Sin más asuntos…").</summary>
    [GeneratedRegex(@"\.\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();

    private static bool IsNumberOnly(string text) => NumberOnly().IsMatch(text.Trim());

    /// <summary>
    /// A count under a list, not one of its items: "Total de acuerdos: 3" (blind batch K, K5, a reporting engine's band footer),
    /// "Número de compromisos: 4", "Acuerdos tomados: 2", "Total: 5 acuerdos". The digit is the cheap check before the pattern.
    /// </summary>
    private static bool IsTally(string text) => text.Length <= 60 && text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && Tally().IsMatch(TextFold.Fold(text.Trim()));

    [GeneratedRegex(@"^(?:(?:total|numero|cantidad|suma|no\.)(?: (?:de|del|total de))? (?:acuerdos|compromisos|tareas|puntos|asuntos)(?: \p{L}+)?|(?:acuerdos|compromisos|tareas) (?:tomad|adoptad|registrad|alcanzad|aprobad)[oa]s|total) ?[:=]? ?\d{1,3}(?: (?:acuerdos|compromisos|tareas))?\.?$")]
    private static partial Regex Tally();

    /// <summary>The ticks and boxes a to-do list puts before its items ("☐ …", "✔ …"), marks of <see cref="ListMarker"/>.</summary>
    private const string CheckBoxGlyphs = "✔✓☑☐☒";

    // "1.", "a)", "IV.", and typed ordinals: "PRIMERO.-", "Segundo:", "DÉCIMO PRIMERO.-".
    // "ACUERDO 11/01.", "Acuerdo 3:", "Acuerdo núm. 2.-": a numbered agreement label is a marker too; so is a code "A.3.1"
    // (agreement 1 of agenda item 3, blind batch N, N5), or "II.1" (item 1 of group II, blind batch AF, AF4).
    // Its numbers are not ActaVocabulary.TypedEnumerator: an agreement's list number may stand apart from its close and take a
    // hyphen ("1 .-", "2 -"), a letter is lower case and its stop needs a blank after it ("a. ", not "a.m." nor "A. López"),
    // a capital Roman numeral too ("IV. ", not "I.M.S.S."), a lower-case one runs on ("viii.").
    [GeneratedRegex(@"^\s*(?:(?i:acuerdo\s+(?:n[uú]m\.?\s*|no\.?\s*)?[\w/\-]*\d[\w/\-]*\s*" + ActaVocabulary.OrdinalClose + @")|[" + ActaVocabulary.BulletSet + CheckBoxGlyphs + @"]|\d{1,2}(?:\.\d{1,2})+\.?(?=\s)|[A-Z]\.\d{1,2}(?:\.\d{1,2})*\.?(?=\s)|[IVX]{2,5}\.\d{1,2}(?:\.\d{1,2})*\.?(?=\s)|\d{1,2}\s*(?:\.-|\.|\)|-)|[a-z]\)|[a-z]\.(?=\s)|[ivx]+\.|[IVX]+\.(?=\s)|(?i:" + ActaVocabulary.OrdinalWord + @"\s*" + ActaVocabulary.OrdinalClose + @")|(?:Uno|Dos|Tres|Cuatro|Cinco|Seis|Siete|Ocho|Nueve|Diez|Once|Doce|UNO|DOS|TRES|CUATRO|CINCO|SEIS|SIETE|OCHO|NUEVE|DIEZ|ONCE|DOCE)\s*(?:\.-|\.–|\.|:)(?=\s))\s*")]
    internal static partial Regex ListMarker();

    /// <summary>A heading alone ("Próxima reunión:") or a numbered point's run-in head ("4. Próxima sesión. La…").</summary>
    [GeneratedRegex(@"^(?:(?:\d{1,2}|[IVX]{1,4})\.\s+)?(?<head>[^.:;]{3,40}?)(?:[.:]?$|\.\s+(?=\p{Lu}))")]
    private static partial Regex NextMeetingHead();

    // The closing of the session ("IV.- No habiendo otro asunto…", after the agenda point's numeral) or of a letter or e-mail
    // that carries the minutes ("Quedo atenta a sus comentarios.", "Saludos cordiales,"). The session closed may be named by
    // its date: "Se cerró la sesión del martes 8 de agosto de 2017 a las 18:20 horas." (blind-w W6).
    // Spoken minutes open it with "y" (blind batch K, K3: "Y se terminó la sesión a las 12:30. Es todo."); the past "se dio por
    // concluida la sesión" after the last agreement (blind batch AA, AA3) as the present "se da por concluida".
    // The end time as a labelled line ("Hora de cierre: 12:00 horas." under the agreements table, blind batch AA, AA5) closes too.
    [GeneratedRegex(@"^(?:(?:[ivx]{1,5}|\d{1,2})\s*(?:\.-|\.|\))\s*)?(?:y\s+)?(?:sin (?:mas|otro)s? asuntos?|(?:agotad|desahogad)[oa]s? (?:los puntos|el orden|la orden)|no habiendo (?:mas|otro)s? asuntos?|se (?:da por )?(?:concluye|concluida|cierra|levanta|termina)|" + SessionClosedSentence + @"|" + EndTimeLabel + @"|se (?:termino|concluyo|cerro|levanto) (?:la (?:sesion|reunion)(?: del? [^.]{0,60}?)? )?a las |(?:la )?(?:sesion|reunion) (?:termino|concluyo) a las |siendo las .* se (?:da|dio|concluye|concluyo|levanta|levanto)|atentamente|firma|cordialmente|(?:un |reciban un )?(?:cordial )?saludo|saludos|quedo (?:atent[oa]|a (?:sus|la) (?:ordenes|espera))|sin mas por el momento)")]
    private static partial Regex Closing();

    /// <summary>"en asuntos generales", "iv. en el punto de asuntos generales" (folded): a sentence opening on the general matters.</summary>
    [GeneratedRegex(@"^(?:(?:[ivx]{1,5}|\d{1,2})\s*(?:\.-|\.|\))\s*)?en\s+(?:el\s+punto\s+de\s+)?(?:los\s+)?asuntos\s+generales\b")]
    private static partial Regex GeneralMattersPoint();

    /// <summary>A sentence saying the session was closed: "Se dio por concluida la sesión a las…", "Se da por terminada la reunión".</summary>
    [GeneratedRegex("^" + SessionClosedSentence)]
    private static partial Regex SessionClosed();

    /// <summary>
    /// The label of the session's end time, before its colon (folded): "hora de cierre:", "hora de término:", "horario de conclusión:",
    /// "cierre de la reunión:", "término de la sesión:".
    /// </summary>
    private const string EndTimeLabel =
        @"(?:hora(?:rio)? (?:de )?(?:cierre|termino|conclusion|clausura|finalizacion)|(?:cierre|termino|conclusion|clausura) de la (?:sesion|reunion)) ?:";

    /// <summary>"se dio por concluida la sesión", "se da por terminada la reunión", "se dieron por clausurados los trabajos" (folded).</summary>
    private const string SessionClosedSentence = @"se (?:da|dio|dan|dieron) por (?:concluid|terminad|clausurad)[ao]s? (?:la|el|los|las) (?:sesion|reunion|trabajos)";

    [GeneratedRegex(@"^[\d.\-\s]+$")]
    private static partial Regex NumberOnly();

    // "las estrategias 523, 524 y 526", "Estrategias a retroalimentar: 131 y 137", "estrategia No. 520"
    [GeneratedRegex(@"\bestrategias?\b(?:\s+(?!\d)\p{L}+){0,3}\s*:?\s*(?:no\.?\s*)?(?<list>\d{3}(?!\d)(?:\.\d{1,2})?(?:\s*(?:,|y|e|/)\s*(?:la\s+)?\d{3}(?!\d)(?:\.\d{1,2})?)*)")]
    private static partial Regex StrategyList();

    // "la meta 458.2", "las metas 458.2 y 461.1"
    [GeneratedRegex(@"\bmetas?\s*:?\s*(?:no\.?\s*)?(?<list>\d{3}\.\d{1,2}(?!\d)(?:\s*(?:,|y|e|/)\s*(?:la\s+)?\d{3}\.\d{1,2}(?!\d))*)")]
    private static partial Regex GoalList();

    /// <summary>A table's key: a mark of one to three characters, an equals sign, what it means ("X = mes programado", "✓ = cumplido").</summary>
    [GeneratedRegex(@"^\s*[^\s\p{Ll}\d]{1,3}\s*=\s*\p{L}")]
    private static partial Regex TableLegend();

    /// <summary>A typed ordinal after a sentence's end, where the next agreement starts: "…migratoria. SEGUNDO.- El DIF…".</summary>
    [GeneratedRegex(@"(?<=[.;]\s+)(?=(?=\p{Lu}{4})(?i:" + ActaVocabulary.OrdinalWord + @")\s*(?:\.-|\.–|:|-|–))")]
    private static partial Regex InnerOrdinal();

    [GeneratedRegex(@"^\s*" + ActaVocabulary.Bullet + @"\s*$")]
    internal static partial Regex Bullet();

    /// <summary>
    /// A signature: a rule of its own ("______"), or one that opens a paragraph whose soft line breaks carry the name and
    /// post under it ("______⏎Marcelina Bautista Cruz⏎Coordinadora del Espacio").
    /// </summary>
    private static bool IsSignature(string text) => SignatureLine().IsMatch(text) || SignatureAbove().IsMatch(text);

    [GeneratedRegex(@"^\s*[_.\-–—]{5,}\s*$")]
    private static partial Regex SignatureLine();

    /// <summary>A rule typed with dashes or equals signs, as a fixed-width text underlines a heading.</summary>
    [GeneratedRegex(@"^\s*(?:-{3,}|={3,})\s*$")]
    private static partial Regex TypedRule();

    /// <summary>A heading typed in capitals, perhaps numbered: "3. ACUERDOS".</summary>
    private static bool TypedHeading(string text) => text.Any(char.IsLetter) && text.Where(char.IsLetter).All(char.IsUpper);

    [GeneratedRegex(@"^\s*_{5,}\s+\p{Lu}")]
    private static partial Regex SignatureAbove();

    [GeneratedRegex(@"(?<![\d.])\d{3}(?![\d])")]
    private static partial Regex ThreeDigits();

    [GeneratedRegex(@"(?i)\bresponsables?\s*:\s*(?<who>[^.;]+)")]
    private static partial Regex Responsible();
}
