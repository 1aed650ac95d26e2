using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Recognises section headings by their words, not by one template's exact wording:
/// "ASISTENCIA", "LISTA DE ASISTENCIA", "ASISTENTES"; "PUNTOS SOBRESALIENTES", "ORDEN DEL DÍA",
/// "DESARROLLO DE LA SESIÓN"; "ORIENTACIÓN Y RETROALIMENTACIÓN", "RETROALIMENTACIÓN DE
/// ESTRATEGIAS"; "ACUERDOS", "ACUERDOS OPERATIVOS". A bare "Retroalimentación" is a row label
/// inside a strategy, not a section.
/// </summary>
public static partial class SectionDetector
{
    /// <summary>The section a heading row opens, or null when the row is not a heading.</summary>
    public static SectionKind? Classify(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!row.IsSingle)
        {
            return null;
        }

        var text = row.Text;
        if (text.Length <= 40 && StrategyLabels.WrappedSentenceEnd().IsMatch(text))
        {
            // "INDICADOR: Número de ferias realizadas y de personas artesanas" ¶ "participantes." (blind batch R, R3 fax): the
            // sentence's last word wrapped alone, in lower case and closed by its stop, is no "Participantes" heading.
            return null;
        }

        if (text.TrimEnd().EndsWith(':') && SpeakerTag.PersonSpeaker(text) is not null)
        {
            // "LA C. LIC. DANIELA PASTRANA OCHOA.- Acuerdos de la Séptima Sesión Ordinaria:" (blind batch P, P1): a speaker who
            // announces what they read next opens that section with their words alone.
            text = SpeakerTag.Strip(text).TrimEnd().TrimEnd(':');
        }

        if (IsAgreementsLeadIn(text))
        {
            return SectionKind.Agreements;
        }

        if (PointOnMatter(text))
        {
            return SectionKind.Discussion;
        }

        if (text.Length > 90)
        {
            return null;
        }

        if (PhraseSet.TryClassify(HeadingKinds, Prefix().Replace(TextFold.Key(text), ""), out var kind))
        {
            return kind;
        }

        // "Tlacah tlen ohualahqueh · Personas que asistieron" (blind batch S, S5): a bilingual heading pairs a label in another
        // language with the Spanish one across a middle dot; the half the vocabulary knows names the section.
        foreach (var side in BilingualLabel.Sides(text))
        {
            if (PhraseSet.TryClassify(HeadingKinds, Prefix().Replace(TextFold.Key(side), ""), out var paired))
            {
                return paired;
            }
        }

        // "II. ASISTENCIA (anexar lista firmada)": a form's heading with its instruction in parentheses (blind batch N, N6).
        if (Instruction().Match(text) is { Success: true, Index: > 0 } note &&
            PhraseSet.TryClassify(HeadingKinds, Prefix().Replace(TextFold.Key(text[..note.Index]), ""), out var instructed))
        {
            return instructed;
        }

        // "ACUERDOS – 2a. SESIÓN ORDINARIA – 24/09/2015": a heading, a dash, and the session it belongs to.
        var dash = SessionQualifier().Match(text);
        if (dash.Success && PhraseSet.TryClassify(HeadingKinds, Prefix().Replace(TextFold.Key(text[..dash.Index]), ""), out var qualified))
        {
            return qualified;
        }

        // "Tareas de seguimiento (3)": a meeting app's heading with the count of its items.
        if (ItemCount().Match(text) is { Success: true, Index: > 0 } count &&
            PhraseSet.TryClassify(HeadingKinds, Prefix().Replace(TextFold.Key(text[..count.Index]), ""), out var counted))
        {
            return counted;
        }

        // "3. Acuerdos. Las personas integrantes aprobaron los siguientes acuerdos:": a numbered point whose run-in head names the
        // section, then the point's first sentence.
        if (RunInHead().Match(text) is { Success: true } runIn &&
            PhraseSet.TryClassify(HeadingKinds, TextFold.Key(runIn.Groups["head"].Value), out var headed))
        {
            return headed;
        }

        // "V. Acuerdos de la 6ª sesión", "Asistencia de esta reunión": the session named after "de" (not "anterior").
        var named = OwnSession().Match(Prefix().Replace(TextFold.Key(text), ""));
        return named.Success && PhraseSet.TryClassify(HeadingKinds, named.Groups["heading"].Value, out var own) ? own : null;
    }


    /// <summary>
    /// A sentence ending in a colon that introduces this session's agreements, where no heading names them: "Registro aquí los
    /// acuerdos tomados en la sesión, que concluyó a las 18:20 horas:" (blind batch S, S4: the coordinator's last post in a forum
    /// thread), "V. Las personas integrantes del Espacio aprobaron por unanimidad los siguientes acuerdos:" (S1, a legal acta).
    /// Not one about an earlier session's agreements ("los acuerdos tomados en la sesión anterior:"); "lo anterior" is what
    /// was just said, not an earlier session ("Por lo anterior, se acordó:", blind batch U, U4).
    /// </summary>
    private static bool IsAgreementsLeadIn(string text) =>
        TextFold.Fold(text.Trim()).Length <= 250 && IsLeadIn(text, ActaVocabulary.AgreementsLeadIn) &&
        !ActaVocabulary.EarlierAgreements.Find(TheForegoing().Replace(TextFold.Fold(text), "")).Success;

    /// <summary>"lo anterior": the foregoing (folded).</summary>
    [GeneratedRegex(@"(?<!\p{L})lo\s+anterior(?!\p{L})")]
    private static partial Regex TheForegoing();

    /// <summary>
    /// A sentence ending in a colon whose words announce what follows it (<paramref name="announces"/>): the lead-in that
    /// opens a section where no heading names it — the agreements here, the list of those present in
    /// <see cref="ActaExtractor"/>'s opening.
    /// </summary>
    internal static bool IsLeadIn(string text, PhraseSet announces)
    {
        var folded = TextFold.Fold(text.Trim());
        return folded.EndsWith(':') && announces.Find(folded).Success;
    }

    /// <summary>
    /// A legal acta's numbered point told as a sentence that opens by naming the point's matter: "IV. En asuntos generales no se
    /// registraron intervenciones." (blind batch S, S1) opens that point as a heading would, ending the strategies above it.
    /// </summary>
    private static bool PointOnMatter(string text)
    {
        var m = PointOpening().Match(text);
        if (!m.Success)
        {
            return false;
        }

        var rest = TextFold.Fold(text[(m.Index + m.Length)..]);
        var length = ActaVocabulary.DiscussionHeading.PrefixLength(rest);
        return length > 0 && (length == rest.Length || !char.IsLetterOrDigit(rest[length]));
    }

    /// <summary>
    /// A legal acta's numbered point that says the agenda's next point is taken up: "III.- En desahogo del tercer punto, las personas
    /// integrantes tomaron los siguientes:" (blind batch L, consumidores): it ends the point before it, whatever that point's matter.
    /// </summary>
    public static bool TakesUpAgendaPoint(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Table is null && row.IsSingle && row.Text.Contains("esahogo", StringComparison.OrdinalIgnoreCase) && PointTakenUp().IsMatch(TextFold.Fold(row.Text));
    }

    /// <summary>"iii.- en desahogo del tercer punto", "4. en el desahogo del punto cuatro" (folded): an outline number, then the point taken up.</summary>
    [GeneratedRegex(@"^\s*(?:\d{1,2}|[ivx]{1,5})\s*(?:\.-|\.|\)|-)\s*en\s+(?:el\s+)?desahogo\s+del?\s+(?:\p{L}+\s+)?punto")]
    private static partial Regex PointTakenUp();

    /// <summary>"IV. En ", "4. En lo relativo a ", "V. En el punto de ": an outline number, then "en" opening the sentence.</summary>
    [GeneratedRegex(@"^\s*(?:\d{1,2}|[IVX]{1,4})\.\s+(?:En|EN)\s+(?:(?:lo\s+relativo\s+a|el\s+punto\s+de|el\s+punto\s+relativo\s+a)\s+)?(?:(?:los|las)\s+)?(?=\p{L})")]
    private static partial Regex PointOpening();

    /// <summary>A count in parentheses closing a heading: " (3)".</summary>
    [GeneratedRegex(@"\s*\(\d{1,3}\)\s*$")]
    private static partial Regex ItemCount();

    /// <summary>An outline number, a head of a few words closed by a period, then a capitalised sentence: "3. Acuerdos. Las…".</summary>
    [GeneratedRegex(@"^\s*(?:\d{1,2}|[IVX]{1,4})\.\s+(?<head>[^.:;]{3,40}?)\.\s+(?=\p{Lu})")]
    private static partial Regex RunInHead();

    /// <summary>A heading's words, then "de la 6ª sesión", "de esta reunión", "de la sexta sesión ordinaria" (a key).</summary>
    [GeneratedRegex(@"^(?<heading>.+?)\s+de\s+(?:la|esta)\s+(?:(?:\d{1,2}\s?[aoªº]?|(?!anterior|previa|pasada)[a-z]+)\s+)?(?:sesion|reunion)(?:\s+(?:ordinaria|extraordinaria|de trabajo))?$")]
    private static partial Regex OwnSession();

    /// <summary>A closing parenthesis of a few words: " (anexar lista firmada)", " (repetir el bloque por cada meta)".</summary>
    [GeneratedRegex(@"\s*\([^()]{3,60}\)\s*$")]
    private static partial Regex Instruction();

    /// <summary>A dash, then a reference to the session or a date up to the end: " – 2a. SESIÓN ORDINARIA – 24/09/2015".</summary>
    [GeneratedRegex(@"\s[–—-]\s+(?=[^–—]*(?:(?i:sesi[oó]n|reuni[oó]n)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}))(?!.*\p{Ll}{3,}\s+\p{Ll}{3,}\s+\p{Ll}{3,}).*$")]
    private static partial Regex SessionQualifier();

    /// <summary>A heading's text as a key without its outline mark: "V. ELABORÓ" → "elaboro", "Punto 5. Acuerdos" → "acuerdos".</summary>
    public static string WithoutOutlineNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Prefix().Replace(TextFold.Key(text), "");
    }

    /// <summary>True when the row is an agenda heading ("ORDEN DEL DÍA").</summary>
    public static bool IsAgenda(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.IsSingle && row.Text.Length <= 90 && ActaVocabulary.AgendaHeading.IsWhole(Prefix().Replace(TextFold.Key(row.Text), ""));
    }

    /// <summary>
    /// The section each row opens, or null. An agenda names the sections to come ("ORDEN DEL DÍA" /
    /// "1. Registro de asistencia." / "4. Acuerdos."): an item under the agenda heading opens nothing when
    /// a later heading opens the same section (blind batch C, BC6: "Acuerdos." in the agenda, "ACUERDOS" after
    /// the strategies). An item that is the only heading of its kind still opens its section.
    /// </summary>
    public static SectionKind?[] Headings(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var kinds = rows.Select(Classify).ToArray();
        // The agenda runs from its heading over the short paragraphs that follow, up to a table or a long paragraph.
        var inAgenda = new bool[rows.Count];
        var agenda = false;
        for (var i = 0; i < rows.Count; i++)
        {
            agenda = agenda && rows[i].Table is null && rows[i].Text.Length <= 120;
            inAgenda[i] = agenda;
            agenda = agenda || IsAgenda(rows[i]);
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (inAgenda[i] && kinds[i] is { } kind && Enumerable.Range(i + 1, rows.Count - i - 1).Any(j => kinds[j] == kind && !inAgenda[j]))
            {
                kinds[i] = null;
            }
        }

        return kinds;
    }

    private static readonly (PhraseSet Phrases, SectionKind Kind)[] HeadingKinds =
    [
        (ActaVocabulary.AttendanceHeading, SectionKind.Attendance),
        (ActaVocabulary.AgreementsHeading, SectionKind.Agreements),
        (ActaVocabulary.StrategiesHeading, SectionKind.Strategies),
        (ActaVocabulary.DiscussionHeading, SectionKind.Discussion),
        (ActaVocabulary.AgendaHeading, SectionKind.Discussion),
        (ActaVocabulary.ResolutionRecitals, SectionKind.Discussion),
    ];

    /// <summary>
    /// The outline mark before a heading's words, folded: "IV", "3", "b", or the ordinal word of a legal outline
    /// ("PRIMERO. Lista de asistencia…", "SEXTO. Acuerdos.", "DÉCIMO PRIMERO."); a roman numeral as OCR misreads it, an I read as T, l, J or
    /// 1 ("TI. ACUERDOS" for "III. ACUERDOS", "JI. SEGUIMIENTO" for "II.", blind batch W, W3 fax scans), or a leading pair of
    /// I's run together into an M ("MI. ACUERDOS" for "III."), or a trailing pair ("IM. ACUERDOS" for "III.", blind batch AC, AC4: a
    /// photocopy of a photocopy, whose strokes thicken until two I's touch), when the rest is a heading; or the agenda's point by its number
    /// ("Punto 5. Acuerdos y asuntos generales", blind batch Z, Z2: each point of the order of the day a heading).
    /// </summary>
    [GeneratedRegex(@"^(?:[ivx]+|(?=m?[ivxltj1]*[ivx])(?:m[ivxltj1]{1,4}|[ivxltj1]{1,4}m|[ivxltj1]{2,5})|\d{1,2}|[a-h]|(?:decimo |vigesimo )?(?:primero|segundo|tercero|cuarto|quinto|sexto|septimo|setimo|octavo|noveno)|decimo|undecimo|duodecimo|vigesimo|punto (?:(?:no|num|numero) )?(?:\d{1,2}|[ivx]{1,5}))\s+(?=\p{L})")]
    private static partial Regex Prefix();
}
