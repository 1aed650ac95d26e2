using System.Reflection;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Extraction.Grids;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Turns the layout model of one document into the contract's <see cref="Acta"/>:
/// rows → sections → session, attendance, strategies, agreements, coordinator.
/// Throws <see cref="ActaReadException.NoActaParts"/> or <see cref="ActaReadException.NoSessionIdentity"/> when the document has none of an acta's parts.
/// </summary>
public sealed partial class ActaExtractor(InstitutionGazetteer gazetteer)
{
    /// <summary>
    /// The version every stored document records as the extractor that read it, compared by <c>import --reprocess-outdated</c>:
    /// this assembly's version, which is <c>ActasVersion</c> in Directory.Build.props — the one number <c>actas --version</c>
    /// prints too. (As a constant of its own it stood at 1.0.0 from the first commit through session 16 while every session
    /// changed extraction; 1.1.0 was session 17's.)
    /// </summary>
    public static string Version { get; } =
        typeof(ActaExtractor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    private readonly AttendanceExtractor _attendance = new(gazetteer);
    private readonly StrategyInterpreter _strategies = new(gazetteer);

    public ActaExtractor()
        : this(InstitutionGazetteer.Default)
    {
    }

    public Acta Extract(LayoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var warnings = document.Issues.Where(i => i.Severity >= Severity.Info).Select(i => i.ToString()).ToList();
        // Footnotes are no content of the text their marks annotate: only a goal's report transcribed in one is read (NoteReports).
        var notes = document.Blocks.OfType<Paragraph>().Where(p => p.Location.Region == DocumentRegion.Footnote).ToList();
        if (notes.Count > 0)
        {
            document = document with { Blocks = document.Blocks.Where(b => b.Location.Region != DocumentRegion.Footnote).ToList() };
        }

        // A printed spreadsheet's frozen header row, ruled apart from its rows (blind batch Q, Q4), names them as one grid.
        var built = DetachedHeaderJoiner.Join(SlideMarkers.Strip(SpreadsheetChrome.Strip(RowStream.Build(document))), IsColumnHeader);
        // A goal grid printed too wide, its report columns on the next page over the same rows (blind batch AC, AC6), is one grid again.
        built = OverflowColumnJoiner.Join(built, StrategyGridNormalizer.HeaderColumns);
        // The row rewriters, in order: each turns one kind of prose or odd grid into the labelled rows the readers below know.
        // A closing table that only answers whether each goal listed above was reported lists no goals: its answers are set last.
        var (summarized, answers) = ReportSummaryTable.Take(built);
        IReadOnlyList<Row> rows = InterventionLog.Rewrite(summarized);
        rows = RunInAgreements.Normalize(rows);
        rows = LabelledBox.Rewrite(rows);
        rows = DialogueTurns.Normalize(rows);
        rows = ChatTranscript.Normalize(rows);
        rows = QuestionnaireStrategies.Normalize(rows);
        rows = AnswerColumn.Strip(rows);
        rows = FeedbackGrid.Rewrite(rows);
        rows = BodyReportBlocks.Rewrite(rows);
        rows = StrategyGridNormalizer.Normalize(rows, warnings);
        rows = ResolutionSections.Normalize(rows);
        rows = DictatedGoalSentences.Normalize(rows);
        rows = GoalLedReports.Normalize(rows);
        rows = ProseStrategies.Normalize(rows);
        rows = NoteReports.Insert(rows, notes);
        rows = SpokenGoalFields.Normalize(rows);
        rows = SpeakerTurns.Normalize(rows, gazetteer);
        rows = SaidRemarks.Normalize(rows);
        rows = RunOnGoalLine.Split(rows);
        rows = GoalNamedRemarks.Normalize(rows);
        var sections = SectionsOf(rows);
        var signature = CoordinatorExtractor.Find(rows);
        var signatureStart = signature?.FirstRow ?? rows.Count;

        var headerEnd = Enumerable.Range(0, rows.Count)
            .FirstOrDefault(i => SectionDetector.Classify(rows[i]) is not null || StrategySegmenter.Start(rows[i]) is not null, rows.Count);
        // Digit dates are day-first unless the document says month-first ("March 7, 2024" in its header, "04/30/2024", blind batch AJ, AJ6).
        var dateOrder = SpanishDateParser.OrderOf(rows.Select(r => r.Text));
        var session = SessionHeaderExtractor.Extract(rows, headerEnd, warnings, dateOrder);

        var attendanceRows = Rows(rows, sections, SectionKind.Attendance, signatureStart);
        // A questionnaire's numbered attendee slots ("[Asistente 3] [Sector]", blind batch O, O5) are gathered back into a table first.
        var attendance = _attendance.Extract(AttendanceSlots.Gather(attendanceRows));
        if (attendance.Count == 0)
        {
            // No ASISTENCIA section, or one that lists nobody (an agenda item "Lista de asistencia y verificación del quórum").
            var firstStrategy = Enumerable.Range(0, rows.Count).FirstOrDefault(i => StrategySegmenter.Start(rows[i]) is not null, rows.Count);
            var elsewhere = AttendanceTables(rows, Math.Min(firstStrategy, signatureStart));
            if (elsewhere.Count > 0)
            {
                attendance = _attendance.Extract(elsewhere);
            }

            if (attendance.Count == 0)
            {
                // A session held in a chat group: those who answered its roll call ("Presente. Lic. A, Secretaría…", blind batch Q, Q2).
                attendance = _attendance.FromRollCall(ChatTranscript.RollCall(built));
            }

            if (attendance.Count == 0)
            {
                // A legal acta whose only list of those present is its signature sheet ("firmando al calce…").
                // The coordinator signs too but is no attendee; the last signature found with another role ("Enlace del Espacio") is one.
                var coordinator = signature?.Coordinator is { Role: { } role } c && TextFold.Fold(role).Contains("coordinad", StringComparison.Ordinal) ? c.Name : null;
                attendance = _attendance.FromSignatures(rows, coordinator);
            }

            if (attendance.Count == 0 && attendanceRows.Count == 0)
            {
                // A letter that tells who came in one sentence, with no sector ("Asistieron a la sesión: Arq. A, Director…, de la
                // Secretaría…; …", blind batch U, U4).
                attendance = _attendance.FromRollCall(AttendedSentence.Read(rows.Take(Math.Min(firstStrategy, signatureStart))));
            }

            if (attendance.Count == 0 && attendanceRows.Count == 0)
            {
                // A note that tells who came in sentences ("Por gobierno llegaron A y B de la Secretaría de Salud…").
                attendance = _attendance.FromSentences(rows.Take(Math.Min(firstStrategy, signatureStart)).ToList());
            }

            if (attendance.Count == 0 && attendanceRows.Count == 0)
            {
                warnings.Add("no attendance list found (no ASISTENCIA heading or Nombre | Institución table)");
            }
        }

        // An annex ("Anexo 1. Informes de las instancias ejecutoras", after the agreements or the signature) holds
        // strategies of its own (blind batch D, BD4: every INFORME in a landscape annex table).
        var annexStart = AnnexStart(rows, headerEnd);
        var segments = StrategySegmenter.Split(rows, i => i > annexStart
            ? sections[i] is SectionKind.Attendance
            : i >= signatureStart || sections[i] is SectionKind.Attendance or SectionKind.Agreements);
        var strategies = ReportSummaryTable.Apply(StrategyMerger.Merge(segments.Select(s => _strategies.Interpret(s, warnings))), answers);
        WarnAboutUnreadStrategyTables(rows, segments, warnings);
        WarnAboutUnresolvedInstitutions(attendance, strategies, warnings);
        var (agreements, next, named) = AgreementExtractor.Extract(AgreementSlots.Gather(Rows(rows, sections, SectionKind.Agreements, Math.Min(signatureStart, annexStart))), session.Date, session.Number, dateOrder);
        // Minutes that fix the next meeting outside ACUERDOS ("Próxima sesión: 14/III/2019" in the closing lines).
        next ??= NextSessionFinder.Find(rows.Where((_, i) => sections[i] is not SectionKind.Agreements).Select(r => r.Text), session.Date, session.Number, announcedOnly: true, dateOrder);
        // A closing paragraph under ACUERDOS that is no agreement ("Agotado el orden del día, se acordó que la próxima reunión se
        // celebrará el miércoles 24 de marzo…"), and a heading "Próxima sesión" over "La 8.ª sesión ordinaria se realizará el …".
        next ??= NextSessionFinder.Find(rows.Select(r => r.Text), session.Date, session.Number, announcedOnly: true, dateOrder) ??
                 NextSessionFinder.Find(NextSessionHeaded(rows), session.Date, session.Number, order: dateOrder);
        // Last, an agreement that only names a later meeting by its ordinal ("…a la trigésima reunión, el 14/III/2019").
        next ??= named;
        if (next is { StartTime: null } withoutHour)
        {
            next = NextSessionFinder.WithHourFrom(withoutHour, rows.Select(r => r.Text), session.Date, dateOrder); // named again with its hour
        }

        if (next is { StartTime: null } untimed && NextSessionFinder.LabelledHour(rows.Select(r => r.Text)) is { } hour)
        {
            next = untimed with { StartTime = hour }; // a form asks the next meeting's hour after its date, on a line of its own
        }

        if (strategies.Count == 0 && attendance.Count == 0 && agreements.Count == 0)
        {
            throw ActaReadException.NoActaParts(document.FileName);
        }

        if (session.Date is null && session.Number is null)
        {
            // A bare list of names (an inventory, a roster) has no session to belong to.
            throw ActaReadException.NoSessionIdentity(document.FileName);
        }

        if (session.Date is null)
        {
            warnings.Add("no session date found");
        }

        return new Acta(
            new SourceInfo(document.FileName, document.Sha256, document.Format, document.PageCount, document.Ocr is null ? null : true, document.Ocr is { } ocr ? Math.Round(ocr.MeanConfidence, 1) : null, document.Ocr?.Pages),
            session,
            signature?.Coordinator,
            attendance,
            strategies,
            agreements,
            next,
            warnings);
    }

    /// <summary>The section of every row; a heading row gets <see cref="SectionKind.Header"/> so no section reads its own heading.</summary>
    /// <summary>
    /// The paragraphs under a heading that is only "Próxima sesión" / "Próxima reunión" (the words that announce it): the
    /// first, then it with the one or two after it, as a closing slide sets the meeting and its date on lines of their own
    /// (blind batch M, M2: "PRÓXIMA SESIÓN" ¶ "13a. Sesión Ordinaria" ¶ "Jueves 30 de junio, 2022 · 10:00 h").
    /// </summary>
    private static IEnumerable<string> NextSessionHeaded(IReadOnlyList<Row> rows)
    {
        for (var i = 0; i + 1 < rows.Count; i++)
        {
            if (rows[i].IsSingle && rows[i].Text.Length <= 40 && ActaVocabulary.NextMeeting.IsWhole(OutlineNumber().Replace(rows[i].Text.Trim(), "").TrimEnd(':', '.')))
            {
                if (LabelledRun(rows, i + 1) is >= 2 and var run)
                {
                    // "PRÓXIMA SESIÓN" over "FECHA | 29/10/2015", "HORA | 10:00", "TEMAS | Estrategias 318 y 324" (blind batch N, N2: a
                    // workbook's grid): the heading with all its label | value rows, so the hour and the topics go with the date.
                    yield return rows[i].Text.Trim() + " " + string.Join(' ', rows.Skip(i + 1).Take(run).Select(r => r.Text));
                }

                for (var k = 1; k <= 3 && i + k < rows.Count; k++)
                {
                    // The heading goes with them: under it, "Fecha: 10/10/2023 Hora: 10:00" names no meeting of its own (blind batch N, N6).
                    yield return rows[i].Text.Trim() + " " + string.Join(' ', rows.Skip(i + 1).Take(k).Select(r => r.Text));
                }
            }
        }
    }

    /// <summary>
    /// How many rows from <paramref name="start"/> on are a table's label | value pairs: two cells, the first a short label
    /// without digits ("FECHA | 29/10/2015", "Hora | 10:00").
    /// </summary>
    private static int LabelledRun(IReadOnlyList<Row> rows, int start)
    {
        var count = 0;
        while (start + count < rows.Count && rows[start + count] is { Table: not null } row && row.NonEmpty.ToList() is [var label, _] &&
               label.Text.Trim() is { Length: > 1 and <= 30 } text && !text.Any(char.IsDigit))
        {
            count++;
        }

        return count;
    }

    private static SectionKind[] SectionsOf(IReadOnlyList<Row> rows)
    {
        var kinds = new SectionKind[rows.Count];
        var current = SectionKind.Header;
        var seenHeading = false;
        var headings = SectionDetector.Headings(rows);
        // A workbook printed sheet after sheet names no section (blind batch Q, Q4): with no heading anywhere, an attendance
        // or agreements table's column header opens its section, and stays in it for the section to map its columns.
        var opened = headings.All(h => h is null) ? rows.Select(HeaderSection).ToArray() : null;
        var attendanceHeaded = headings.Contains(SectionKind.Attendance);
        for (var i = 0; i < rows.Count; i++)
        {
            if (opened?[i] is { } byHeader)
            {
                current = byHeader;
                seenHeading = true;
                kinds[i] = byHeader;
                continue;
            }

            if ((!seenHeading || (current == SectionKind.Discussion && !attendanceHeaded)) && rows[i] is { Table: null, IsSingle: true } && IsAttendanceLeadIn(rows[i].Text))
            {
                // "En la Ciudad de México, siendo las diez horas…, con la asistencia de las personas que se enlistan a
                // continuación:" — an opening sentence that announces the list, where no heading names it; or a numbered
                // antecedent of a legal resolution ("ANTECEDENTES" ¶ "I.- Se hizo constar la asistencia de las personas
                // siguientes:", blind batch W, W1) when no heading names the list anywhere.
                current = SectionKind.Attendance;
                seenHeading = true;
                kinds[i] = SectionKind.Header;
                continue;
            }

            if (current == SectionKind.Agreements && OutlineGroupTitle.Is(rows, i) &&
                (headings[i] is null || ActaVocabulary.NextMeeting.IsWhole(TextFold.Key(SectionDetector.WithoutOutlineNumber(rows[i].Text)))))
            {
                // "I. Compromisos de las instancias" ¶ "I.1 …" ¶ "II. Próxima sesión" ¶ "II.1 …" (blind batch AF, AF4): a group title
                // among the agreements is neither one of them nor the heading of another section (the next meeting is agreed too;
                // "5. Asuntos generales" ¶ "5.1 …" still ends them).
                kinds[i] = SectionKind.Header;
                continue;
            }

            if (headings[i] is { } kind)
            {
                current = kind;
                seenHeading = true;
                kinds[i] = SectionKind.Header;
                continue;
            }

            if (current == SectionKind.Attendance && StrategySegmenter.Start(rows[i]) is not null)
            {
                current = SectionKind.Strategies; // prose minutes may go straight from the list to the strategies
            }
            else if (current == SectionKind.Agreements && rows[i].Table is not null && StrategySegmenter.Start(rows[i]) is not null)
            {
                // A table opened by its "ESTRATEGIA 261 | title" band after the agreements, with no heading of its own: the
                // letters merged after a cover note (blind batch R, R1) hold one label | value table per goal.
                current = SectionKind.Strategies;
            }
            else if (current == SectionKind.Discussion && AgreementExtractor.OpensMarkedFollowUp(rows, i))
            {
                // "Seguimiento de acuerdos" over "No. | Acuerdo | Estado" whose rows mark this session's agreements "Nuevo" (blind
                // batch AD, AD4): the follow-up table is also the list of new agreements; the extractor keeps only the marked rows.
                current = SectionKind.Agreements;
            }
            else if (current == SectionKind.Attendance && rows[i] is { Table: null, IsSingle: true } && StrategyLabels.Read(rows[i].Text) is
                     { Rest.Length: 0, Field: StrategyField.Report or StrategyField.Feedback or StrategyField.Observation })
            {
                // "La Secretaría Ejecutiva opinó", "Observaciones": a remark or report label standing alone ends the list of
                // those present (a two-column PDF page may run the list straight into the remarks beside it).
                current = SectionKind.Strategies;
            }

            kinds[i] = seenHeading ? current : SectionKind.Header;
        }

        return kinds;
    }

    /// <summary>A paragraph that ends with a colon after words announcing the list of those present below it.</summary>
    private static bool IsAttendanceLeadIn(string text) => SectionDetector.IsLeadIn(text, ActaVocabulary.AttendanceLeadIn);

    private static SectionKind? HeaderSection(Row row) =>
        row.Table is null ? null
        : AttendanceExtractor.IsHeaderRow(row.NonEmpty.ToList()) ? SectionKind.Attendance
        : AgreementExtractor.IsHeaderRow(row.NonEmpty.ToList()) ? SectionKind.Agreements
        : null;

    private static bool IsColumnHeader(IReadOnlyList<RowCell> cells) =>
        StrategyGridNormalizer.IsHeader(cells) || AttendanceExtractor.IsHeaderRow(cells) || AgreementExtractor.IsHeaderRow(cells);

    /// <summary>
    /// A public-looking institution the gazetteer lacks, or a name two bodies fit, stays without key
    /// (a wrong key is worse than none) and says so once per distinct name.
    /// </summary>
    private void WarnAboutUnresolvedInstitutions(IReadOnlyList<Attendee> attendance, IReadOnlyList<Strategy> strategies, List<string> warnings)
    {
        var names = attendance.Where(a => a.InstitutionKey is null).Select(a => a.Institution)
            .Concat(strategies.SelectMany(s => s.Goals).Where(g => g.ExecutorKey is null).Select(g => g.Executor))
            .OfType<string>().Distinct(StringComparer.Ordinal);
        warnings.AddRange(names.Select(n => gazetteer.Resolve(n).Warning).OfType<string>());
    }

    /// <summary>A table with strategy labels (Meta, Informe…) that no "Estrategia NNN" heading claimed is reported, not silently dropped.</summary>
    private static void WarnAboutUnreadStrategyTables(IReadOnlyList<Row> rows, IReadOnlyList<StrategySegment> segments, List<string> warnings)
    {
        var read = segments.SelectMany(s => s.Rows).Select(r => r.Table).Where(t => t is not null).ToHashSet();
        foreach (var table in rows.Where(r => r.Table is not null && !read.Contains(r.Table)).GroupBy(r => r.Table))
        {
            var labels = table.SelectMany(r => r.NonEmpty).Select(c => StrategyLabels.Read(c.Text)?.Field).Where(f => f is not null).Distinct().Count();
            if (labels >= 2)
            {
                warnings.Add($"table at {table.First().Location with { Row = null }}: has strategy labels (Meta, Informe…) but no \"Estrategia NNN\" claims it; not read");
            }
        }
    }

    /// <summary>The first "Anexo 1. …" / "ANEXO" title after the header, or the row count when the acta has no annex.</summary>
    private static int AnnexStart(IReadOnlyList<Row> rows, int from)
    {
        for (var i = from; i < rows.Count; i++)
        {
            var row = rows[i];
            var text = row.Text.Trim();
            if (row.Table is null && row.IsSingle && text.Length <= 100 && !text.EndsWith('.') && ActaVocabulary.AnnexHeading.IsWhole(text))
            {
                return i;
            }
        }

        return rows.Count;
    }

    private static List<Row> Rows(IReadOnlyList<Row> rows, SectionKind[] sections, SectionKind kind, int end) =>
        Enumerable.Range(0, Math.Min(end, rows.Count)).Where(i => sections[i] == kind).Select(i => rows[i]).ToList();

    /// <summary>
    /// Attendance without an ASISTENCIA heading: a Nombre | Institución table anywhere, else a table
    /// before the first strategy that reads as a list of sector headings and people.
    /// </summary>
    private List<Row> AttendanceTables(IReadOnlyList<Row> rows, int end)
    {
        var header = rows.FirstOrDefault(r => r.Table is not null && AttendanceExtractor.IsHeaderRow(r.NonEmpty.ToList()));
        if (header is not null)
        {
            var own = rows.Where(r => r.Table == header.Table).ToList();
            // A header row ruled apart from its body (a printed spreadsheet's frozen row, blind-q Q4 descanso): the
            // table right after it holds the people.
            var at = rows.ToList().LastIndexOf(own[^1]);
            return own[^1] == header && at + 1 < rows.Count && rows[at + 1].Table is { } next
                ? [.. own, .. rows.Where(r => r.Table == next)]
                : own;
        }

        var table = rows.Take(end).Where(r => r.Table is not null).GroupBy(r => r.Table)
            .FirstOrDefault(t => _attendance.LooksLikeAttendance(t.ToList()));
        if (table is not null)
        {
            return table.ToList();
        }

        // The opening paragraphs of a stenographic version: "Por las instancias ejecutoras: Mtra. A (INFOCDMX), …" (BD1).
        var runOn = rows.Take(end).Where(r => r.Table is null && RunOnAttendance.Read(r.Text).Count > 0).ToList();
        // A roll call read aloud: "Secretaría de Movilidad: el licenciado Jorge Treviño Salas, presente; …" (blind batch P, P1).
        // Those present named in a legal acta's opening sentence: "…se encuentran presentes: por las instancias ejecutoras, la doctora A, …" (blind batch Q, Q1).
        return runOn.Count > 0 ? runOn : PresentList.Rewrite(rows.Take(end)) is { Count: > 0 } present ? [.. present] : [.. RollCall.Rewrite(rows.Take(end))];
    }

    /// <summary>The outline number before a heading: "V. ", "5.- ", "IV) ".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[IVXLivxl]{1,6}|\d{1,2})\s*[.)]-?\s+")]
    private static partial System.Text.RegularExpressions.Regex OutlineNumber();
}
