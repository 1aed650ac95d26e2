using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Turns the layout model of one document into the contract's <see cref="Acta"/>:
/// rows → sections → session, attendance, strategies, agreements, coordinator.
/// Throws <see cref="ActaReadException.NotAnActa"/> when the document has none of an acta's parts.
/// </summary>
public sealed class ActaExtractor(InstitutionGazetteer gazetteer)
{
    /// <summary>Bump when extraction changes what it stores, so imports can re-read older documents.</summary>
    public const string Version = "1.0.0";

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
        var rows = RowStream.Build(document);
        var sections = SectionsOf(rows);
        var signature = CoordinatorExtractor.Find(rows);
        var signatureStart = signature?.FirstRow ?? rows.Count;

        var headerEnd = Enumerable.Range(0, rows.Count)
            .FirstOrDefault(i => SectionDetector.Classify(rows[i]) is not null || StrategySegmenter.Start(rows[i]) is not null, rows.Count);
        var session = SessionHeaderExtractor.Extract(rows, headerEnd);

        var attendanceRows = Rows(rows, sections, SectionKind.Attendance, signatureStart);
        if (attendanceRows.Count == 0)
        {
            attendanceRows = AttendanceTables(rows);
            if (attendanceRows.Count == 0)
            {
                warnings.Add("no attendance list found (no ASISTENCIA heading or Nombre | Institución table)");
            }
        }

        var attendance = _attendance.Extract(attendanceRows);
        var segments = StrategySegmenter.Split(rows, i => i >= signatureStart || sections[i] is SectionKind.Attendance or SectionKind.Agreements);
        var strategies = segments.Select(s => _strategies.Interpret(s, warnings)).ToList();
        var (agreements, next) = AgreementExtractor.Extract(Rows(rows, sections, SectionKind.Agreements, signatureStart), session.Date);

        if (strategies.Count == 0 && attendance.Count == 0 && agreements.Count == 0)
        {
            throw ActaReadException.NotAnActa(document.FileName, "found no attendance list, no strategy (\"Estrategia NNN\") and no agreements (ACUERDOS)");
        }

        if (session.Date is null && session.Number is null)
        {
            // A bare list of names (an inventory, a roster) has no session to belong to.
            throw ActaReadException.NotAnActa(document.FileName, "found no session date and no session number (\"VIGÉSIMA TERCERA REUNIÓN\", \"Fecha: …\")");
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
    private static SectionKind[] SectionsOf(IReadOnlyList<Row> rows)
    {
        var kinds = new SectionKind[rows.Count];
        var current = SectionKind.Header;
        var seenHeading = false;
        for (var i = 0; i < rows.Count; i++)
        {
            if (SectionDetector.Classify(rows[i]) is { } kind)
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

            kinds[i] = seenHeading ? current : SectionKind.Header;
        }

        return kinds;
    }

    private static List<Row> Rows(IReadOnlyList<Row> rows, SectionKind[] sections, SectionKind kind, int end) =>
        Enumerable.Range(0, Math.Min(end, rows.Count)).Where(i => sections[i] == kind).Select(i => rows[i]).ToList();

    private static List<Row> AttendanceTables(IReadOnlyList<Row> rows)
    {
        var header = rows.FirstOrDefault(r => r.Table is not null && AttendanceExtractor.IsHeaderRow(r.NonEmpty.ToList()));
        return header is null ? [] : rows.Where(r => r.Table == header.Table).ToList();
    }
}
