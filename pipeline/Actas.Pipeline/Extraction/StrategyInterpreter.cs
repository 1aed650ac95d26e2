using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Reads one strategy block row by row. A Meta row opens goals (one per cell in the seed's
/// one-column-per-goal tables; one per row in row-labelled tables and prose); later rows
/// are assigned to goals by grid column. INFORME text becomes each goal's report and its
/// figures; every paragraph under Retroalimentación / Observaciones becomes a feedback item.
/// </summary>
public sealed partial class StrategyInterpreter(InstitutionGazetteer gazetteer)
{
    public Strategy Interpret(StrategySegment segment, List<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(warnings);
        var state = new State(segment, gazetteer, warnings);
        state.Start(segment.InitialField);
        for (var i = 1; i < segment.Rows.Count; i++)
        {
            state.Read(i);
        }

        return state.Build();
    }

    /// <summary>
    /// A report that says there is none: empty, only dashes or dots ("—", "-", "…"), or one of
    /// <see cref="ActaVocabulary.NotReported"/> ("No reportó", "Sin reporte", "No se presentó
    /// información", "Pendiente"), alone or with a few words after it ("No reportó en este periodo").
    /// </summary>
    public static bool SaysNotReported(string? report)
    {
        if (string.IsNullOrWhiteSpace(report))
        {
            return true;
        }

        var key = TextFold.Key(report);
        if (key.Length == 0)
        {
            return true;
        }

        if (DenialThenReason(report))
        {
            return true;
        }

        // "No report / Sin informe. La Secretaría no presentó información." (blind batch X, X2): the status in two languages before
        // its stop is read by its second side.
        if (report.Contains(" / ", StringComparison.Ordinal) && LeadingPairedStatus().Match(report) is { Success: true } paired &&
            BilingualLabel.Sides(paired.Groups["pair"].Value) is [_, var spanish] &&
            SaysNotReported(spanish + report[(paired.Groups["pair"].Index + paired.Groups["pair"].Length)..]))
        {
            return true;
        }

        // "Informe: No entregado." (blind batch R): the report field holds a not-reported status value alone ("No recibido", "Omiso").
        if (ActaVocabulary.NotReportedValue.IsWhole(key))
        {
            return true;
        }

        var length = ActaVocabulary.NotReported.PrefixLength(key);
        if (length == 0 && AbsentAndSilent().Match(key) is { Success: true } absent && !key.Any(char.IsDigit) && key.Split(' ').Length <= 30 &&
            report.Trim().TrimEnd('.').IndexOf('.', StringComparison.Ordinal) < 0)
        {
            // "El INVEA no asistió ni envió información." (blind batch N, N4): the body neither came nor sent its report.
            var silent = "no " + key[(absent.Index + absent.Length)..];
            var said = ActaVocabulary.NotReported.PrefixLength(silent);
            return said > 0 && silent[said..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6;
        }

        if (length == 0 && NamedBodyOfNoReport().Match(key) is { Success: true } named && !key.Any(char.IsDigit) &&
            report.Trim().TrimEnd('.').IndexOf('.', StringComparison.Ordinal) < 0)
        {
            // "La Alcaldía no envió informe." (blind batch O, O3): a body named in a few words, then only that it did not report.
            var denial = key[named.Groups["no"].Index..];
            var said = ActaVocabulary.NotReported.PrefixLength(denial);
            // "La Secretaría de Salud no presentó avance de esta meta en la sesión." (blind batch P, P3): where and about what it
            // did not report is no report either.
            if (said > 0 && ScopeOfNoReport().Replace(denial[said..], " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3)
            {
                return true;
            }
        }

        if (length == 0 && PromisedReport().IsMatch(key) && !key.Any(char.IsDigit) && key.Split(' ').Length <= 30 &&
            report.Trim().TrimEnd('.').IndexOf('.', StringComparison.Ordinal) < 0)
        {
            // "El ICAT informó que enviará su avance por escrito, pues el área responsable no pudo asistir." (blind batch P, P2): one
            // sentence, no figure, a report promised for later: none yet.
            return true;
        }

        if (length == 0)
        {
            // "Se hizo constar que la Delegación Xochimilco no presentó informe respecto de esta meta.": one short sentence
            // with no figure whose clause says the body did not report.
            // "La instancia no presentó informe.": the same clause with the body as its subject.
            // "La Consejería informó que su reporte está en revisión y no lo envió." (blind batch P, P6): the report named, then
            // that it was not sent.
            return new[] { ConstancyOfNoReport(), BodyOfNoReport(), WithheldReport() }.Select(r => r.Match(key)).FirstOrDefault(m => m.Success) is { } clause &&
                   !key.Any(char.IsDigit) &&
                   key.Split(' ').Length <= 30 && report.Trim().TrimEnd('.').IndexOf('.', StringComparison.Ordinal) < 0 &&
                   ActaVocabulary.NotReported.PrefixLength(key[clause.Groups["no"].Index..]) > 0;
        }

        if (StatusThenReason(report))
        {
            return true;
        }

        // "No reportó en el periodo." is still no report; "No reportó X, pero realizó 12 talleres" is one.
        var tail = key[length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tail.Length <= 6 && !tail.Any(w => w.Any(char.IsDigit));
    }

    /// <summary>
    /// A not-reported status closed by a colon, semicolon or dash, then the reason in words of its own, with no figure:
    /// "Sin reporte: la Secretaría de Cultura no entregó información de esta meta." (blind batch O, O2), or a full stop. What follows such a
    /// status explains it, however long; a figure after it ("No reportó; realizó 12 talleres") would be a report.
    /// </summary>
    private static bool StatusThenReason(string report)
    {
        var text = report.Trim();
        var folded = TextFold.Fold(text);
        // "(sin informe) El Instituto comentó que…" (blind batch T, T5): the status in parentheses before the reason.
        var open = folded.StartsWith('(') ? 1 : 0;
        var length = folded.Length == text.Length ? ActaVocabulary.NotReported.PrefixLength(folded[open..]) : 0;
        if (length > 0 && open == 1)
        {
            length = folded.IndexOf(')', open + length) is var close and > 0 && folded[(open + length)..close].Trim().Length == 0 ? close + 1 : 0;
        }

        var reason = length == 0 ? Match.Empty : open == 1 ? ReasonAfterNote().Match(folded, length) : ReasonAfterStatus().Match(folded, length);
        if (!reason.Success)
        {
            return false;
        }

        return FigureExtractor.Extract(text[(length + reason.Length)..]).Count == 0;
    }

    // A full stop too: "Sin informe. No se recibió informe de su institución para esta meta." (blind batch R, R1: the status
    // in bold, then its reason in a sentence of its own).
    [GeneratedRegex(@"\G\s*(?:[:;—–]|\.(?=\s))\s*(?=\p{L})")]
    private static partial Regex ReasonAfterStatus();

    /// <summary>What follows a status in parentheses: a space or a stop, then the reason.</summary>
    [GeneratedRegex(@"\G\s*[:;—–.]?\s*(?=\p{L})")]
    private static partial Regex ReasonAfterNote();

    /// <summary>
    /// One sentence that says the body did not report, then after a semicolon why, or when it will, with no figure: "La
    /// Secretaría de Salud no presentó informe de esta meta; refirió que el padrón está en proceso de integración." (blind
    /// batch Q, Q1). The clause before the semicolon decides; what follows it explains the denial.
    /// </summary>
    private static bool DenialThenReason(string report)
    {
        var text = report.Trim();
        var semicolon = text.IndexOf(';', StringComparison.Ordinal);
        if (semicolon <= 0 || text.TrimEnd('.').IndexOf('.', StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var reason = text[(semicolon + 1)..];
        var denial = text[..semicolon];
        return reason.Any(char.IsLetter) && !reason.Any(char.IsDigit) && FigureExtractor.Extract(reason).Count == 0 &&
               denial.IndexOf(';', StringComparison.Ordinal) < 0 && SaysNotReported(denial);
    }

    /// <summary>
    /// The report as transcribed in the minutes: "La Secretaría X dio lectura a su informe, que se transcribe: «En 2017 se
    /// incorporaron…»" is the quoted text; any other report unchanged.
    /// </summary>
    private static string? Transcribed(string? report)
    {
        if (report is null || Transcription().Match(report) is not { Success: true } m)
        {
            return report;
        }

        return m.Groups["quote"].Value.Trim();
    }

    [GeneratedRegex(@"^[^«“""]{5,240}?\b(?:informe|reporte|transcribe|lectura)\b[^«“""]{0,80}:\s*[«“""](?<quote>[^«»“”""]{10,})[»”""]\.?\s*$")]
    private static partial Regex Transcription();

    /// <summary>"se hizo constar que la delegacion xochimilco no presento…", "se informo que la instancia no remitio…" (a key).</summary>
    [GeneratedRegex(@"^(?:se\s+(?:hizo\s+constar|hace\s+constar|informo|senalo|indico|asento|dio\s+cuenta\s+de)\s+que\s+)(?:(?:la|el|los|las)\s+)?[^,]{2,120}?\s(?<no>no\s+(?:present|remiti|envi|entreg|report|inform)\w*)")]
    private static partial Regex ConstancyOfNoReport();

    /// <summary>"de esta meta", "respecto de la meta", "en la sesion", "en el periodo" (a key): what a no-report is about, no report of its own.</summary>
    [GeneratedRegex(@"\b(?:(?:de|sobre|para|respecto\s+(?:de|a)|en\s+relacion\s+con|con\s+relacion\s+a)\s+(?:esta|la|dicha)\s+meta|en\s+(?:la|esta)\s+sesion|en\s+el\s+(?:periodo|trimestre|semestre)(?:\s+reportado)?)\b")]
    private static partial Regex ScopeOfNoReport();

    /// <summary>
    /// "el icat informo que enviara su avance", "la instancia remitira su informe", "se indico que la alcaldia hara llegar la
    /// informacion", "la sedeco presentara los datos del padron en la siguiente sesion" (a key): the sentence's main verb promises
    /// the report, its data, figures or results for later.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:la|el|los|las)\s+[^,]{2,80}?\s+)?(?:(?:se\s+)?(?:informo|informaron|indico|senalo|comento|manifesto|refirio|menciono)\s+que\s+(?:(?:la|el|los|las)\s+[^,]{2,60}?\s+)?)?(?:enviaran?|remitiran?|entregaran?|presentaran?|haran?\s+llegar)\s+(?:(?:su|sus|el|la|los|las)\s+)?(?:informe|reporte|avance|informacion|dato|cifra|resultado)s?\b")]
    private static partial Regex PromisedReport();

    /// <summary>
    /// "el invea no asistio ni " before "envio informacion" (a key): a body that did not come, then what it did not send; also
    /// "… no asistio y no " before "mando informe" (blind batch S, S5).
    /// </summary>
    [GeneratedRegex(@"^(?:la|el|los|las)\s+[^,]{2,80}?\sno\s+(?:asisti|acudi|se\s+present)\w*\s+(?:ni|y\s+no)\s+(?=(?:present|remiti|envi|entreg|mand)\w*)")]
    private static partial Regex AbsentAndSilent();

    /// <summary>A card's title naming an agreement and at most its number: "Acuerdo", "Acuerdo 6.2", "Compromiso 3".</summary>
    [GeneratedRegex(@"^(?<kind>\p{L}{7,12})(?:\s+\d{1,2}(?:\.\d{1,2})?)?$")]
    private static partial Regex AgreementCardTitle();

    /// <summary>A card's numbered title and nothing else: "Ficha 3", "Tarjeta N.º 12", "Registro #4" — one capitalised word and a number.</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}{2,14}\s+(?:(?:N\.?\s?[º°o]\.?|#)\s*)?\d{1,3}$")]
    private static partial Regex NumberedCardTitle();

    /// <summary>A list number or letter and nothing else: "3.", "b)", "b.-", "IV.", "2.2" (an outline number left by a heading).</summary>
    [GeneratedRegex(@"^\s*(?:" + ActaVocabulary.TypedEnumerator + @"|\d{1,2}(?:\.\d{1,2})+[.)]?)\s*$")]
    private static partial Regex ListNumberOnly();

    // "Estrategia 407", "de la estrategia 407", "Meta 407.1": what a feedback heading is about, no remark of its own.
    [GeneratedRegex(@"^(?:(?:de|del|sobre|a|para)\s+(?:la\s+)?)?(?:estrategia|meta)\s*(?:no\.?\s*)?\d{3}(?:\.\d{1,2})?\s*\.?$")]
    private static partial Regex NamesOnlyStrategyOrGoal();

    /// <summary>"la instancia no…", "la dependencia responsable no…": a sentence whose subject is the executing body, up to its "no".</summary>
    [GeneratedRegex(@"^(?:la|el)\s+(?:instancia|dependencia|ente|institucion|entidad|area)(?:\s+(?:ejecutora|responsable|publica))?\s+(?<no>no\s+)")]
    private static partial Regex BodyOfNoReport();

    /// <summary>"la alcaldia no…", "la sedesa no…", "el instituto de la juventud no…", "la secretaria de trabajo y fomento al empleo no…" (blind batch Q, Q1): an article and at most eight words, up to their "no".</summary>
    [GeneratedRegex(@"^(?:la|el|los|las)\s+(?:\S+\s+){1,8}?(?<no>no\s+)")]
    private static partial Regex NamedBodyOfNoReport();

    /// <summary>"… que su reporte esta en revision y no lo envio por correo" (a key): the report named, then "no lo/la" and a verb of sending.</summary>
    [GeneratedRegex(@"\b(?:su|el|la)\s+(?:informe|reporte|informacion)\s+(?:\S+\s+){0,10}?(?<no>no\s+)(?:lo|la|los|las)\s+(?:envio|entrego|remitio|presento|enviaron|entregaron|remitieron|presentaron)\b")]
    private static partial Regex WithheldReport();

    /// <summary>"la instancia presento su informe", "la dependencia no remitio su informe", "la instancia no presento informe", "no se recibio informe" (a key: folded, no punctuation).</summary>
    [GeneratedRegex(@"^(?:(?:la|el)\s+(?:instancia|dependencia|ente|institucion|entidad|area)(?:\s+(?:ejecutora|responsable|publica))?\s+(?<no>no\s+)?(?:present|remiti|envi|entreg)o\s+(?:(?:su|el)\s+)?(?:informe|reporte)|(?<no>no\s+)?se\s+(?:recibio|presento)\s+(?:el\s+|su\s+)?(?:informe|reporte))\b")]
    private static partial Regex ReportSentence();

    [GeneratedRegex(@"^(?<id>\d{3}\.\d{1,2})\.?$")]
    private static partial Regex BareGoalId();

    /// <summary>"RAG: G = on track; A = partial", "Verde = reportó; rojo = no reportó.": two or more codes, each with its meaning after "=".</summary>
    [GeneratedRegex(@"^(?:[^=;:]{1,30}:\s*)?\p{L}{1,12}\s*=\s*[^=;]{2,80};\s*\p{L}{1,12}\s*=\s*[^=;]{2,80}(?:;\s*\p{L}{1,12}\s*=\s*[^=;]{2,80})*$")]
    private static partial Regex CodeLegend();

    /// <summary>"Avance: ✔ presentó informe; ✘ sin informe", "Simbología: ● reportó, ○ no reportó": symbols, each with its meaning.</summary>
    [GeneratedRegex(@"^[^✔✓☑☒✘✗☐●○]{0,30}[✔✓☑☒✘✗☐●○]\s*\p{L}[^✔✓☑☒✘✗☐●○]{1,80}[✔✓☑☒✘✗☐●○]\s*\p{L}[^✔✓☑☒✘✗☐●○]{1,80}$")]
    private static partial Regex SymbolLegend();

    /// <summary>
    /// "253.1 Las mujeres…", "671.1 · Realizar operativos…" (blind batch T, T5: a Google Docs heading with no "Meta"): a goal id,
    /// a middle dot or a dash setting it off if any, then a capital opening the goal's text.
    /// </summary>
    [GeneratedRegex(@"^(?<id>\d{3}\.\d{1,2})\.?(?:\s*[·•—–-])?\s+(?=\p{Lu})")]
    private static partial Regex LeadingGoalId();

    /// <summary>A goal id anywhere in a text ("Meta 215.1", "la 215.2"), in group "id".</summary>
    [GeneratedRegex(@"(?<![\p{L}\d.])(?<id>\d{3}\.\d{1,2})(?![\d])")]
    internal static partial Regex GoalMention();

    /// <summary>"(Meta 561.2)", "[meta 304.1]" alone on a line: a goal's tag in brackets with nothing tagged.</summary>
    [GeneratedRegex(@"^\s*[(\[]\s*(?i:meta)\s+(?<id>\d{3}\.\d{1,2})\s*[)\]]\.?\s*$")]
    private static partial Regex GoalTagAlone();

    /// <summary>One to three capitals alone ("S", "SE", "JAM"): the initials a comment card shows as its author's avatar.</summary>
    [GeneratedRegex(@"^\s*\p{Lu}{1,3}\s*$")]
    private static partial Regex AvatarInitials();

    /// <summary>A table's legend: "S/I = Sin información", "N/A = No aplica", "* = cifra preliminar" — a mark, an equals sign, its meaning.</summary>
    [GeneratedRegex(@"^\s*(?:\p{Lu}[\p{Lu}/.]{0,7}|\*{1,3})\s*=\s*\p{L}")]
    private static partial Regex LegendLine();

    /// <summary>
    /// A list number or letter before a remark's text: "1. ", "2) ", "b) ", "c. ", "iv. ", "• ", "» " (not "1.5 millones"). Not
    /// <see cref="ActaVocabulary.TypedEnumerator"/>: letters in lower case only, as a capital and a stop open a remark with a
    /// person's initial ("M. Sánchez señaló…"), and no ".-".
    /// </summary>
    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[ivx]{1,4}[.)]|" + ActaVocabulary.Bullet + @")\s+(?=\S)")]
    internal static partial Regex LeadingListNumber();

    [GeneratedRegex(@"^\s*\((?<note>[^()]{2,40})\)\s*\.?\s*$")]
    private static partial Regex StatusNote();

    /// <summary>
    /// The next paragraph goes on with the sentence before it: that one ends without a stop and the next opens in lower case,
    /// or it ends on a word that cannot end a sentence ("…que la" ¶ "Defensoría Pública inicie…").
    /// </summary>
    public static bool ContinuesSentence(string before, string next)
    {
        var end = WithoutStrayBullet(before);
        var start = next.TrimStart();
        if (end.Length == 0 || start.Length == 0 || ".!?…;:)»\"”".Contains(end[^1], StringComparison.Ordinal))
        {
            return false;
        }

        return char.IsLower(start[0]) || DanglingWord().IsMatch(end);
    }

    /// <summary>
    /// The text without a bullet glyph left dangling at its end: "Es necesario que el •" ¶ "SACMEX inicie…" (blind batch K, K6 PDF),
    /// the next item's bullet drawn on the line a wrapped remark broke from.
    /// </summary>
    public static string WithoutStrayBullet(string text)
    {
        var end = text.TrimEnd();
        return end.Length > 1 && ActaVocabulary.BulletGlyphs.Contains(end[^1], StringComparison.Ordinal) && char.IsWhiteSpace(end[^2]) ? end[..^1].TrimEnd() : end;
    }

    /// <summary>
    /// The next remark is the first of a later page and goes on with the one before it, the last of the page before, left without a
    /// stop: "…enviará un oficio a la Secretaría" ¶ (page break) ¶ "Ejecutiva para aclararlo." (salud-05 PDF, a table row cut
    /// by the page's foot), where the next line opens with a name's capital.
    /// </summary>
    public static bool ContinuesOverPage(string before, int? beforePage, string next, int? nextPage)
    {
        var end = WithoutStrayBullet(before);
        var start = next.TrimStart();
        return beforePage is { } page && nextPage is { } following && following == page + 1 && end.Length > 0 && start.Length > 0 &&
               char.IsLetter(end[^1]) && char.IsLetter(start[0]);
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:de|del|la|las|el|los|en|a|al|y|e|o|u|que|con|por|para|se|su|sus|un|una|como|sobre|entre|sin)$")]
    private static partial Regex DanglingWord();

    /// <summary>
    /// The text before leaves a parenthesis open and the next closes it before any of its own opens: a line wrapped inside a
    /// parenthesis (a speaker's body).
    /// </summary>
    public static bool ClosesParenthesis(string before, string next)
    {
        var opened = before.LastIndexOf('(');
        if (opened < 0 || before.IndexOf(')', opened) >= 0)
        {
            return false;
        }

        var closed = next.IndexOf(')', StringComparison.Ordinal);
        var reopened = next.IndexOf('(', StringComparison.Ordinal);
        return closed > 0 && (reopened < 0 || reopened > closed);
    }

    private sealed class State(StrategySegment segment, InstitutionGazetteer gazetteer, List<string> warnings)
    {
        private readonly List<GoalDraft> _goals = [];
        private readonly List<Figure> _figures = [];
        private readonly ReportFigureFlow _reportFlow = new(text => Transcribed(text)!);
        private readonly List<FeedbackItem> _feedback = [];
        private List<GoalDraft> _active = [];
        private IReadOnlyList<IReadOnlyList<GoalDraft>>? _bodyGroups;
        private bool _bodyMapped;
        private StrategyField _field = StrategyField.None;
        private bool _warnedUnlabelled;
        private StrategyField? _speakerLed; // the field whose last remark opened with who made it ("SE: …"), or null
        private bool _lastSigned; // the last remark's kind came from who signed or tagged it ("Name (Body), meta 651.1: …"), not from the field
        private bool _lastTagged; // the last remark's goal came from its own tag ("SE (262.1): …"), not from the goal being read
        private readonly bool _discussion = IsDiscussion(segment);
        private string? _discussedGoal;

        /// <summary>The e-mail a report under the current label may be pasted as (a fresh one for each label).</summary>
        private QuotedEmail _email = new();

        /// <summary>The goal the current label names ("Retroalimentación 301.1"), when it was read before.</summary>
        private GoalDraft? _named;

        /// <summary>Goal id → the status a sentence of the block states for it, and where.</summary>
        private readonly Dictionary<string, (ReportStatus Status, SourceLocation Location)> _stated = new(StringComparer.Ordinal);

        /// <summary>
        /// The row reads only a percentage under a report label ("Avance: 45 %", a bar's glyphs before it or not) and the next row
        /// opens the report with its own label and text.
        /// </summary>
        private bool ProgressReading(int index) =>
            index + 1 < segment.Rows.Count && segment.Rows[index].Text.Contains('%', StringComparison.Ordinal) &&
            StrategyLabels.Read(segment.Rows[index].Text) is { Field: StrategyField.Report } progress && PercentOnly().IsMatch(progress.Rest) &&
            segment.Rows[index + 1].IsSingle && StrategyLabels.Read(segment.Rows[index + 1].Text) is { Field: StrategyField.Report, Rest.Length: > 0 } next &&
            !PercentOnly().IsMatch(next.Rest);

        private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

        public void Start(StrategyField field) => _field = field;

        public void Read(int index)
        {
            ReadRow(index);
            Notes(segment.Rows[index]);
        }

        private void ReadRow(int index)
        {
            var row = segment.Rows[index];
            var cells = row.NonEmpty.ToList();
            if (cells.Count == 0)
            {
                return;
            }

            if (row.Table is null && SymbolLegend().IsMatch(row.Text))
            {
                return; // "Avance: ✔ la instancia presentó informe; ✘ sin informe.": the key to a table's symbols, no content
            }

            if (row.IsSingle && row.Text.Length <= 300 && row.Text.Contains('=', StringComparison.Ordinal) && CodeLegend().IsMatch(row.Text.Trim()))
            {
                return; // "Semáforo: V = con avance; A = parcial; R = sin informe." (blind batch M): the key to a status column's codes, no report
            }

            if (row.IsSingle && ProgressReading(index))
            {
                // "██████░░░░ Avance: 60 %" ¶ "Informe: La SEMOVI emitió…" (blind batch AD, AD2: a tracking system's card): a progress
                // bar's percentage under a progress label, the report's own label right after it, is a status mark, no report.
                return;
            }

            if (row.IsSingle && cells.Count == 1 && _active.Count > 0 && _field != StrategyField.None && StrategyLabels.NameThenKind(row.Text) is { } spokenKind)
            {
                // "Informe: Se realizaron 6 mesas…" ¶ "Mariana Loaiza Ibarra Retroalimentación SE" ¶ the remark (blind batch AB, AB2 PDF: a
                // board's comment head, the author's name and the kind's badge with nothing between): who spoke and of which kind
                // ends the report and opens the remarks; it is no remark itself.
                Switch(spokenKind, index);
                return;
            }

            if (row.Table is null && _field is not (StrategyField.Feedback or StrategyField.Observation))
            {
                // "…la meta 251.2, a cargo de la FGJCDMX, no fue reportada.": a summary that states the status.
                foreach (var (id, status) in GoalStatusSentences.Read(row.Text))
                {
                    _stated[id] = (status, row.Location);
                }
            }

            if (row.Table is null && row.IsSingle && _field is StrategyField.Goal or StrategyField.Indicator or StrategyField.Executor &&
                StrategyLabels.ReportAfterStop(row.Text) is { } stopped)
            {
                // "Indicador: … Instancia responsable: …" ¶ "Informe. Durante 2015 iniciaron…" (blind batch X, X4): right after a goal's
                // fields, the report's label closed by a bare stop opens the report.
                Switch(StrategyField.Report, index);
                Content(row, cells[0], [stopped]);
                return;
            }

            if (row.Table is null && row.IsSingle && _field is StrategyField.Executor or StrategyField.Indicator &&
                StrategyLabels.Read(row.Text) is null && ReportStatement(row.Text) is { } told)
            {
                // "Instancia ejecutora: Secretaría de Obras y Servicios" ¶ "La instancia presentó su informe. Logros reportados:" ¶
                // "• …": a sentence that says whether the body reported opens the report; saying it did is no part of it.
                Switch(StrategyField.Report, index);
                foreach (var goal in _active)
                {
                    if (told == ReportStatus.NotReported && goal.Id is { } id)
                    {
                        _stated[id] = (ReportStatus.NotReported, row.Location);
                    }
                }

                return;
            }

            if (row.Table is null && OwnGoalLine(cells) is { } goalLine)
            {
                // "253.1⇥Las mujeres víctimas reciben atención…" (a PDF's gap, a Word tab; Word's own numbering printed): a line
                // opening with a goal id of this strategy and its text opens that goal, as "Meta 253.1 …" would.
                Switch(StrategyField.Goal, index, goalLine.Id);
                OpenGoals([goalLine], row);
                return;
            }

            var first = StrategyLabels.Read(cells[0].Text);
            if (first is { Field: StrategyField.Goal, GoalId: { } heading, Rest.Length: 0 } && cells.Count >= 3 &&
                StrategyLabels.Read(cells[1].Text) is { Rest.Length: 0 } inner && cells.Skip(2).All(c => StrategyLabels.Read(c.Text) is null))
            {
                // "Meta 710.1 | Meta | Se elabora…", "Meta 710.1 | Indicador | …" (a goal's nested label | value table printed to
                // PDF as columns of the outer row): the goal opens first, then its first label reads the value beside it.
                OpenGoals([(heading, "", cells[0])], row);
                if (inner.Field != StrategyField.Goal)
                {
                    Switch(inner.Field, index);
                }

                foreach (var cell in cells.Skip(2))
                {
                    Content(row, cell, cell.Paragraphs);
                }

                return;
            }

            if (first is { Rest.Length: 0 } && cells.Count > 1 && cells.Skip(1).All(c => StrategyLabels.Read(c.Text) is null))
            {
                // Row-labelled table: "Meta" | "523.1 Texto", "Informe" | "…".
                Switch(first.Field, index, first.GoalId);
                if (first.Field == StrategyField.Goal)
                {
                    // "Meta | 523.1 Texto" opens one goal; "Meta | 523.1 … | 523.2 …" one per column, all at once.
                    OpenGoals(cells.Skip(1).Select(cell =>
                    {
                        var (id, text) = StrategyLabels.SplitGoalId(cell.Paragraphs[0]);
                        return (id ?? first.GoalId ?? ColumnHeadGoal(index, cell), text, cell); // "Meta 363.1 | Se opera un padrón…"
                    }).ToList(), row);
                    return;
                }

                foreach (var cell in cells.Skip(1))
                {
                    Content(row, cell, cell.Paragraphs);
                }

                return;
            }

            if (_field == StrategyField.Report && row.Table is not null && cells.Count >= 2 && cells.All(c => StrategyLabels.Read(c.Text) is null) &&
                cells.SelectMany(c => Targets(c)).Distinct().Count() == 1)
            {
                // "Avance informado:" ¶ a table "Actividad | Cantidad", "Calentadores solares instalados | 1,326" (blind batch P, P2): the
                // report is a small table of its own; a number alone in its cell counts what the label cell beside it names, so the
                // row is read for figures as one text, its cells set off by " | " as a nested table's are.
                foreach (var cell in cells)
                {
                    Content(row, cell, cell.Paragraphs, figures: false);
                }

                // A statistical cross-tab (a header row naming what each column counts, a category per row, blind batch K, K1
                // "Delegación | Funciones | Asistentes") counts by its columns' headers instead.
                var goal = Targets(cells[0])[0];
                var crossTab = ColumnHeaders(index, cells) is { } headers ? FigureExtractor.CrossTabRow(headers, cells.Select(c => c.Text).ToList()) : null;
                _figures.AddRange((crossTab ?? FigureExtractor.Extract(string.Join(" | ", cells.Select(c => c.Text.Trim()))))
                    .Select(q => new Figure(q.Value, q.Unit, goal.Id, q.Context, row.CellLocation(cells[0]))));
                return;
            }

            var opened = new List<(string? Id, string Text, RowCell Cell)>();
            foreach (var cell in cells)
            {
                var label = StrategyLabels.Read(cell.Text);
                if (label is null)
                {
                    Content(row, cell, cell.Paragraphs);
                    continue;
                }

                if (label is { Field: StrategyField.Goal, GoalId: { } remarked, Rest.Length: > 0 } && cells.Count == 1 && cell.Paragraphs.Count == 1 &&
                    _field is StrategyField.Feedback or StrategyField.Observation && _goals.LastOrDefault(g => g.Id == remarked) is { Text.Count: > 0 } remarkedGoal)
                {
                    // "Observaciones del Espacio" ¶ "Meta 812.1: Se requiere desagregar…": under feedback, a goal read before names
                    // what the remark is about; it opens no second goal with the remark as its text.
                    _active = [remarkedGoal];
                    _bodyGroups = null;
                    var remark = label.Rest;
                    if (StrategyLabels.Read(remark) is { Field: StrategyField.Feedback or StrategyField.Observation, Rest.Length: > 0 } kind)
                    {
                        // "Meta 472.1 · Observación OSC: Bosque Urbano Vivo cuestiona…" (blind batch O, O3): the goal, then the kind of
                        // remark; the label says which kind and is no part of the remark.
                        _field = kind.Field;
                        remark = kind.Rest;
                    }
                    else if (GoalFirstSpeaker.Read(remark) is { } spoken)
                    {
                        // "- Meta 265.1, Secretaría Ejecutiva: El informe…" (blind batch W, W3): who spoke after the goal says the kind.
                        _field = spoken.BySecretariat ? StrategyField.Feedback : StrategyField.Observation;
                        remark = spoken.Remark;
                    }

                    Content(row, cell, [remark]);
                    continue;
                }

                if (label is { Field: StrategyField.Goal, GoalId: { } named, Rest.Length: 0 } && cells.Count == 1 && cell.Paragraphs.Count == 1 &&
                    _field is StrategyField.Feedback or StrategyField.Observation && (_goals.LastOrDefault(g => g.Id == named) ?? RemarkedGoal(named, row)) is { } namedGoal)
                {
                    // "Retroalimentación" ¶ "Meta 412.1" ¶ remark ¶ remark ¶ "Meta 412.2" ¶ remark: under feedback, a goal read before,
                    // named on a line of its own, says which goal the remarks below are about; they stay remarks.
                    _active = [namedGoal];
                    _bodyGroups = null;
                    _named = namedGoal;
                    continue;
                }

                Switch(label.Field, index, label.GoalId);
                if (label.Field == StrategyField.Goal)
                {
                    // "Meta 412.1 ¶ Se elabora…" in one cell: the first paragraph carries the id, the others the text (added
                    // with the cell's paragraphs), not the whole cell's text a second time.
                    var rest = cell.Paragraphs.Count > 1 && StrategyLabels.Read(cell.Paragraphs[0]) is { Field: StrategyField.Goal } own && own.GoalId == label.GoalId
                        ? own.Rest
                        : label.Rest;
                    opened.Add((label.GoalId, rest, cell));
                }
                else if (label.Rest.Length > 0 && !(label.Field is StrategyField.Feedback or StrategyField.Observation && NamesOnlyStrategyOrGoal().IsMatch(TextFold.Fold(label.Rest))))
                {
                    // ("Comentarios del Espacio – Estrategia 407" is a heading over the remarks, not one of them.)
                    // "Informe: Se capacitó…" — the label's own paragraph loses its label; the others stay.
                    Content(row, cell, [StrategyLabels.Read(cell.Paragraphs[0])?.Rest ?? label.Rest, .. cell.Paragraphs.Skip(1)]);
                }
            }

            if (opened.Any(o => o.Id is not null))
            {
                // "Meta | Meta 412.1 ¶ … | Meta 412.2 ¶ …": the label column's bare "Meta" opens no goal of its own.
                opened.RemoveAll(o => o is { Id: null, Text.Length: 0 } && o.Cell.Paragraphs.Count(p => !string.IsNullOrWhiteSpace(p)) == 1);
            }

            if (opened.Count > 0)
            {
                OpenGoals(opened, row);
            }
        }

        /// <summary>
        /// Remarks anchored on a goal's cell (Word comments, PDF sticky notes: blind batch R, R6 "Ana Laura Ruiz Cházaro (SE) –
        /// Retroalimentación" on the Informe cell): each is one item of that goal's feedback, its author no part of the text,
        /// of the kind the author line names after a dash. A comment whose author names no kind of remark is an editor's note
        /// ("Falta el anexo con la evidencia", "Cifra corregida conforme al oficio…": blind batches A, C, E, I), no content of
        /// the acta; so is a note on a cell of no goal (the session's data).
        /// </summary>
        private void Notes(Row row)
        {
            foreach (var cell in row.Cells.Where(c => c.Notes is { Count: > 0 }))
            {
                if (_active.Count == 0 || _active.All(g => g.Id is null))
                {
                    continue;
                }

                var goal = _named ?? Targets(cell)[0];
                foreach (var note in cell.Notes!)
                {
                    if (NoteSection(note.Author) is { } section)
                    {
                        _feedback.Add(new FeedbackItem(note.Text, section, goal.Id, null, null, row.CellLocation(cell)));
                    }
                }
            }
        }

        /// <summary>The kind of remark the author line names after a dash ("Name (SE) – Retroalimentación"), or null: an editor's note.</summary>
        private static FeedbackSection? NoteSection(string author)
        {
            var dash = author.LastIndexOfAny(['–', '—', '-']);
            return dash > 0 && StrategyLabels.Read(author[(dash + 1)..].Trim()) is { Rest.Length: 0, Field: StrategyField.Feedback or StrategyField.Observation } kind
                ? kind.Field == StrategyField.Feedback ? FeedbackSection.Retroalimentacion : FeedbackSection.Observacion
                : null;
        }

        /// <summary>
        /// A goal of this strategy named on a line of its own under feedback but read in another block ("ESTRATEGIA 412 ·
        /// RETROALIMENTACIÓN" ¶ "Meta 412.1" ¶ remark, the goal's own card on an earlier page): a bare goal that only carries
        /// the remarks' goal; the merge of the strategy's blocks keeps the goal read with its content. Null for a goal of
        /// another strategy.
        /// </summary>
        private GoalDraft? RemarkedGoal(string id, Row row)
        {
            // Only in a block of remarks: once a goal of the block has content of its own, an unknown "Meta 185.2" opens that goal.
            if (!id.StartsWith(segment.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", StringComparison.Ordinal) ||
                _goals.Any(g => g.Text.Count > 0 || g.Indicator.Count > 0 || g.Executor.Count > 0 || g.Report.Count > 0))
            {
                return null;
            }

            var goal = new GoalDraft(id, 0, int.MaxValue, row.Location);
            _goals.Add(goal);
            return goal;
        }

        /// <summary>
        /// The goal id heading a cell's column in an earlier row of its table ("Estrategia 540 | Meta 540.1 | Meta 540.2" over
        /// "Meta | Activar… | Incorporar…"), or null.
        /// </summary>
        private string? ColumnHeadGoal(int index, RowCell cell)
        {
            var table = segment.Rows[index].Table;
            if (table is null)
            {
                return null;
            }

            for (var k = index - 1; k >= 0 && segment.Rows[k].Table == table; k--)
            {
                var above = segment.Rows[k].NonEmpty.FirstOrDefault(c => c.Column < cell.Column + cell.Span && cell.Column < c.Column + c.Span);
                if (above is not null && StrategyLabels.Read(above.Text) is { Field: StrategyField.Goal, GoalId: { } id, Rest.Length: 0 })
                {
                    return id;
                }
            }

            return null;
        }

        /// <summary>
        /// The texts of the table's first row over each of <paramref name="cells"/> (null where none stands over it), when that
        /// row is another row of this strategy's part; null otherwise.
        /// </summary>
        private List<string?>? ColumnHeaders(int index, IReadOnlyList<RowCell> cells)
        {
            var table = segment.Rows[index].Table;
            var top = index;
            while (table is not null && top > 0 && segment.Rows[top - 1].Table == table)
            {
                top--;
            }

            if (table is null || top == index)
            {
                return null;
            }

            var header = segment.Rows[top].NonEmpty.ToList();
            return cells.Select(cell => header.FirstOrDefault(h => h.Column < cell.Column + cell.Span && cell.Column < h.Column + h.Span)?.Text).ToList();
        }

        /// <summary>A paragraph that is a goal id of this strategy then the goal's text, in one cell or two; null otherwise.</summary>
        private (string? Id, string Text, RowCell Cell)? OwnGoalLine(IReadOnlyList<RowCell> cells)
        {
            var prefix = segment.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
            if (cells is [var idCell, var textCell] && BareGoalId().Match(idCell.Text.Trim()) is { Success: true } bare &&
                bare.Groups["id"].Value.StartsWith(prefix, StringComparison.Ordinal) && textCell.Text.Trim() is { Length: > 0 } text && char.IsUpper(text[0]) &&
                StrategyLabels.Read(text) is null)
            {
                return (bare.Groups["id"].Value, text, textCell);
            }

            if (cells is [var line] && LeadingGoalId().Match(line.Text.Trim()) is { Success: true } lead &&
                lead.Groups["id"].Value.StartsWith(prefix, StringComparison.Ordinal) && _goals.All(g => g.Id != lead.Groups["id"].Value))
            {
                return (lead.Groups["id"].Value, line.Text.Trim()[lead.Length..].Trim(), line with { Paragraphs = [line.Text.Trim()[lead.Length..].Trim()] });
            }

            return null;
        }

        /// <summary>
        /// Whether a paragraph's first sentence says the body did or did not report ("La instancia presentó su informe.",
        /// "La dependencia no remitió su informe.", "No se recibió informe."); null for anything else.
        /// </summary>
        private static ReportStatus? ReportStatement(string text)
        {
            var key = TextFold.Key(text);
            var m = ReportSentence().Match(key);
            return !m.Success ? null : m.Groups["no"].Success ? ReportStatus.NotReported : ReportStatus.Reported;
        }

        private void Switch(StrategyField field, int index, string? goalId = null)
        {
            _field = field;
            _email = new();
            _named = field == StrategyField.Goal || goalId is null ? null : _goals.LastOrDefault(g => g.Id == goalId);
            if (field is StrategyField.Report or StrategyField.Feedback or StrategyField.Observation && !_bodyMapped)
            {
                _bodyMapped = true;
                MapBody(index);
            }
        }

        private void MapBody(int index)
        {
            var row = segment.Rows[index];
            if (row.SpansKnown || row.Table is null || _active.Count < 2)
            {
                return;
            }

            var bodyColumns = segment.Rows.Skip(index).Where(r => r.Table == row.Table)
                .Select(r => r.NonEmpty.Select(c => c.Column + 1).DefaultIfEmpty(0).Max()).DefaultIfEmpty(0).Max();
            if (bodyColumns >= _active.Count)
            {
                return;
            }

            _bodyGroups = ColumnGroupMapper.Group(_active, bodyColumns, gazetteer.KeyOf);
            warnings.Add(_bodyGroups is null
                ? $"strategy {segment.Number}: {_active.Count} goals but {bodyColumns} report columns; columns matched to goals in order"
                : $"strategy {segment.Number}: {_active.Count} goals but {bodyColumns} report columns; each column taken as the goals of one executor");
        }

        private void OpenGoals(List<(string? Id, string Text, RowCell Cell)> opened, Row row)
        {
            if (opened is [{ Id: null, Text.Length: > 0 } text] && _active is [{ Id: not null } named] && named.IsBare)
            {
                // "Meta 301.1" as a heading, then "Meta: Se cuenta con…": the text of the goal just named, not a second goal.
                named.Text.Add(text.Text);
                named.Text.AddRange(text.Cell.Paragraphs.Skip(1));
                _field = StrategyField.Goal;
                return;
            }

            // "Meta 251.2 (sin informe)": a status note in parentheses is not the goal's text.
            opened = opened.Select(o => StatusNote().Match(o.Text) is { Success: true } note && SaysNotReported(note.Groups["note"].Value) ? o with { Text = "" } : o).ToList();
            if (opened is [{ Id: { } id, Text.Length: 0 } bare] && bare.Cell.Paragraphs.Count == 1 && _goals.LastOrDefault(g => g.Id == id) is { } known)
            {
                // "Meta 271.1" again, bare (a feedback table's goal column, a sub-heading over remarks): back to that goal.
                _active = [known];
                _bodyGroups = null;
                _bodyMapped = false;
                _field = StrategyField.Goal;
                return;
            }

            var fresh = opened.Select(o =>
            {
                var goal = new GoalDraft(o.Id, o.Cell.Column, o.Cell.Column + o.Cell.Span, row.CellLocation(o.Cell));
                if (o.Text is ['(', .. var inner, ')'] && ReportStatusReader.Read(inner) is not null)
                {
                    goal.Status.Add(inner); // "Meta 251.2 (sin informe)": the heading states the status, not the goal's text
                }
                else if (o.Text.Length > 0)
                {
                    goal.Text.Add(o.Text);
                }

                goal.Text.AddRange(o.Cell.Paragraphs.Skip(1));
                return goal;
            }).ToList();

            // A Meta row after goals without any text of their own (e.g. "Meta" heading row, then ids) replaces nothing.
            _goals.AddRange(fresh);
            _active = fresh;
            _bodyGroups = null;
            _bodyMapped = false;
            _field = StrategyField.Goal;
            _email = new();
        }

        private IReadOnlyList<GoalDraft> Targets(RowCell cell)
        {
            if (_active.Count == 0)
            {
                var implicitGoal = new GoalDraft(null, 0, int.MaxValue, segment.Rows[0].Location);
                _goals.Add(implicitGoal);
                _active = [implicitGoal];
            }

            if (_named is not null)
            {
                return [_named];
            }

            if (_active.Count == 1)
            {
                return _active;
            }

            if (_bodyGroups is not null && _field is StrategyField.Report or StrategyField.Feedback or StrategyField.Observation)
            {
                return _bodyGroups[Math.Min(cell.Column, _bodyGroups.Count - 1)];
            }

            var overlapping = _active.Where(g => g.Overlaps(cell.Column, cell.Span)).ToList();
            return overlapping.Count > 0 ? overlapping : [_active[Math.Min(cell.Column, _active.Count - 1)]];
        }

        private void Content(Row row, RowCell cell, IReadOnlyList<string> paragraphs, bool figures = true)
        {
            // "Observaciones: Haga clic o pulse aquí para escribir texto." (blind batch B, BB4 PDF: a Word content control left unfilled)
            // and "+ Agregar tarea" (blind batch AB, AB2: a board's button under a card) are no content of any field.
            var texts = paragraphs.Where(p => !string.IsNullOrWhiteSpace(p) && !FormBlanks.IsPlaceholder(p.Trim()) && !IsAddButton(p)).ToList();
            if (texts.Count == 0)
            {
                return;
            }

            if (_field == StrategyField.None && _discussion)
            {
                Discussion(row, cell, texts);
                return;
            }

            if (SpeakerTag.BracketSpeaker(texts[0]) is { } speaker)
            {
                // "[SE · meta 355.1] El reporte permite…" ¶ "[Red de Bibliotecas · meta 355.1] La Red cuestiona…" (blind batch O, O2): a
                // remark tagged with who made it, wherever it stands (here right after the report's bullets); the secretariat's
                // remark is feedback, anybody else's an observation.
                _field = ActaVocabulary.SecretariatSector.IsWhole(speaker) ? StrategyField.Feedback : StrategyField.Observation;
            }
            else if ((_field is StrategyField.Feedback or StrategyField.Observation or StrategyField.Goal or StrategyField.Indicator or StrategyField.Executor ||
                      _field == StrategyField.Report && _active.Count > 0 && _active.All(g => g.Report.Count > 0)) &&
                     SpokenRemark.BySecretariat(texts[0]) is { } bySecretariat)
            {
                // "Informe:" ¶ the report ¶ "En uso de la palabra, la señora X, de la Federación Y, manifestó: «Las becas…»" (blind batch
                // Q, Q1): a remark quoted after the report or the feedback is the speaker's, not more of either; so is one quoted
                // after a goal whose report is elsewhere (blind batch S, S1: "Meta 318.1 …" ¶ "Indicador: …" ¶ "La Secretaría
                // Ejecutiva formuló la siguiente retroalimentación: «…»", the report in a footnote).
                // Unquoted too, when the lead names the goal or who spoke is a person or takes the floor (blind batch AI, AI3: "Respecto
                // de la meta 344.1, la Secretaría Ejecutiva formuló la siguiente retroalimentación: Lo reportado…" after "Informe: …").
                _field = bySecretariat ? StrategyField.Feedback : StrategyField.Observation;
            }
            else if ((_field is StrategyField.None or StrategyField.Goal or StrategyField.Indicator or StrategyField.Executor or StrategyField.Status ||
                      _field == StrategyField.Report && _active.Count > 0 && _active.All(g => g.Report.Count > 0)) && SpeakerTag.IsAttributed(texts[0]))
            {
                // "Meta 251.2 (sin informe)" ¶ "Intervención del Colectivo…: Exhortamos…": a remark someone made, not the goal's text;
                // nor more of the report or its status ("Informe: …" ¶ "Observación de Name (Colectivo X): Las cámaras…", blind batch V, V3).
                _field = StrategyField.Feedback;
            }
            else if ((_field is StrategyField.Goal or StrategyField.Indicator or StrategyField.Executor or StrategyField.Status ||
                      _field == StrategyField.Report && _active.Count > 0 && _active.All(g => g.Report.Count > 0)) &&
                     SpeakerTag.GoalRemarkBySecretariat(texts[0]) is { } secretariatOnGoal)
            {
                // "Informe. …" ¶ "La Secretaría Ejecutiva, sobre la meta 467.1: Se reconoce…" ¶ "Name (Body), sobre la meta 467.2: El
                // Heroico…" (blind batch X, X4): who spoke and on which goal opens a remark, no more of the goal's fields.
                _field = secretariatOnGoal ? StrategyField.Feedback : StrategyField.Observation;
            }
            else if (_field == StrategyField.Report && _active.Count > 0 && _active.All(g => g.Report.Count > 0) &&
                     SpeakerTag.RemarkAfterReport(texts[0]) is { } secretariatSpeaks)
            {
                // "Lo informado: …" ¶ "» La Secretaría Ejecutiva: El informe…" ¶ "» Name (Asociación X): Las familias…" (blind batch W, W4):
                // a remark its speaker signs right after the report, with no heading between, is no more of the report.
                _field = secretariatSpeaks ? StrategyField.Feedback : StrategyField.Observation;
            }

            var location = row.CellLocation(cell);
            if (_field == StrategyField.None)
            {
                // Text before any label (a summary under the heading) opens no goal of its own.
                if (!_warnedUnlabelled)
                {
                    _warnedUnlabelled = true;
                    warnings.Add($"strategy {segment.Number}, {location}: text under no label (Meta, Informe, Retroalimentación…) not read: \"{Shorten(texts[0])}\"");
                }

                return;
            }

            var targets = Targets(cell);
            switch (_field)
            {
                case StrategyField.Goal:
                    foreach (var g in targets) g.Text.AddRange(texts);
                    break;
                case StrategyField.Indicator:
                    foreach (var g in targets) g.Indicator.AddRange(texts);
                    break;
                case StrategyField.Executor:
                    foreach (var g in targets) g.Executor.AddRange(texts);
                    break;
                case StrategyField.Status when (row.Table is null || row.IsSingle) && targets.All(g => g.Status.Count > 0) && ReportStatusReader.Read(texts[0]) is null:
                    // "Estatus: Reportado" ¶ "Se reportaron las siguientes acciones:" ¶ "1. Se impartieron 24 cursos…": a status
                    // paragraph holds one value; the unlabelled paragraphs after it are what was reported — in prose, or in a card
                    // cell read paragraph by paragraph ("✔ Con informe" ¶ "1,870,420 ¶ recetas emitidas…").
                    _field = StrategyField.Report;
                    Content(row, cell, paragraphs);
                    break;
                case StrategyField.Status:
                    foreach (var g in targets) g.Status.AddRange(texts);
                    break;
                case StrategyField.Report when CheckBoxes.HasGlyph(texts[0]) && CheckBoxes.Read(texts[0]) is { Choices.Count: >= 2, Outside.Length: 0 } &&
                                               ReportStatusReader.Read(texts[0]) is not null:
                    // "Informe | ☒ Reportó ☐ No reportó" (blind batch AD, AD3): boxes for whether the body reported, under the report's
                    // own label, are its status; the ticked one decides, and they are no part of what was reported.
                    foreach (var g in targets) g.Status.Add(texts[0]);
                    if (texts.Count > 1)
                    {
                        Content(row, cell, texts.Skip(1).ToList(), figures);
                    }

                    break;
                case StrategyField.Report:
                    // "De: …" ¶ "Asunto: Informe meta 152.1" ¶ "Buen día:" ¶ the report ¶ "Saludos cordiales." ¶ the signature: a
                    // report pasted as its e-mail is the e-mail's body.
                    var reported = texts.Where(_email.Keeps).ToList();
                    foreach (var g in targets) g.Report.AddRange(reported);
                    foreach (var text in figures ? reported : [])
                    {
                        // A transcribed report ("… dio lectura a su informe, que se transcribe: «Se incorporaron 3,420 hectáreas…»")
                        // is read inside its guillemets, where a quoted title's numbers would be skipped.
                        _reportFlow.Add(targets[0].Id, text, location, _figures);
                    }

                    break;
                case StrategyField.Feedback:
                case StrategyField.Observation:
                    // "—": nothing to say; "3." alone: a list item whose text was deleted (a PDF keeps its number).
                    // "1. Se reportan…", "b) Falta…": a printed list number (a PDF of Word's numbering, or typed) is not part of the remark.
                    // "Secretaría Ejecutiva, meta 540.1: …": the tag names the goal the remark is about.
                    // "S/I = Sin información. Fecha de corte…" under a table's remarks: the table's legend, no remark.
                    var remarks = texts.Where(t => t.Any(char.IsLetterOrDigit) && !ListNumberOnly().IsMatch(t) && !(t.Contains('=', StringComparison.Ordinal) && LegendLine().IsMatch(t)))
                        .Select(t => LeadingListNumber().Replace(t, ""))
                        .SelectMany(SpeakerTag.SplitTurns)
                        .Select(t => (Text: SpeakerTag.WithoutNamedSpeaker(SpeakerTag.Strip(t)), Original: t, Goal: SpeakerTag.GoalOf(t) is { } id && _goals.Any(g => g.Id == id) ? id : null, Signer: SpeakerTag.QuoteSigner(t) ?? SpeakerTag.GoalSpeaker(t)))
                        .Where(t => t.Text.Length > 0 && !ActaVocabulary.NoRemark.IsWhole(TextFold.Key(t.Text))).ToList();
                    foreach (var (said, original, aboutGoal, signer) in remarks)
                    {
                        var text = said;
                        if (text.Length <= 20 && AgreementCardTitle().Match(text) is { Success: true } card &&
                            ActaVocabulary.AgreementKind.IsWhole(TextFold.Key(card.Groups["kind"].Value)))
                        {
                            // "Acuerdo 6.2" ¶ "Acuerdo" ¶ "Asignado a: STYFE" ¶ … (blind batch AB, AB2: a board's agreement cards printed
                            // after the goal cards' comments): an agreement's title alone ends the remarks; what follows is no remark.
                            _field = StrategyField.None;
                            break;
                        }

                        if (text.Length <= 24 && NumberedCardTitle().IsMatch(text) && !(_feedback.Count > 0 && ContinuesSentence(_feedback[^1].Text, text)))
                        {
                            // "– Secretaría Ejecutiva: Se exhorta a la STYFE…" ¶ "Ficha 3" ¶ "Estrategia: 511. …" (blind batch AH, AH1: each
                            // goal a card of "label: value" lines under its numbered title): the next card's title ends the remarks of
                            // the card before; it is no remark.
                            _field = StrategyField.None;
                            break;
                        }

                        var led = SpeakerTag.LedBySpeaker(original, text);
                        if (!led && _speakerLed == _field)
                        {
                            // "– SE: El número…" ¶ "– Sonrisas sin Fronteras: Las personas…": in a list whose remarks are led by their speakers,
                            // a name no vocabulary knows before a colon is the next speaker.
                            text = SpeakerTag.WithoutListedSpeaker(text);
                            led = text.Length < said.Length;
                        }

                        // "Retroalimentación:" ¶ a) … ¶ "Observaciones:" ¶ b) … in one cell: a sub-label switches the kind, it is no remark.
                        if (StrategyLabels.Read(text) is { Rest.Length: 0, Field: StrategyField.Feedback or StrategyField.Observation } sub)
                        {
                            _field = sub.Field;
                            continue;
                        }

                        if (text.Contains(':', StringComparison.Ordinal) &&
                            StrategyLabels.Read(text) is { Rest.Length: > 0, GoalId: null, Field: StrategyField.Feedback or StrategyField.Observation } labelled)
                        {
                            // "Retroalimentación SE: El informe muestra…" ¶ "Retroalimentación SE: La construcción contribuye…" in one cell
                            // (blind batch AD, AD6): each remark under its own label; the label says the kind and is no part of the remark.
                            _field = labelled.Field;
                            text = labelled.Rest;
                        }

                        if (StrategyLabels.BylineWithGoal(text) is { } byline)
                        {
                            // "Paulina Ceja Robledo · Retroalimentación SE" over the remark: who spoke and of which kind, no remark itself;
                            // "Secretaría Ejecutiva · Retroalimentación · Meta 320.1": and on which goal.
                            _field = byline.Field;
                            if (byline.GoalId is { } bylineGoal)
                            {
                                _named = _goals.LastOrDefault(g => g.Id == bylineGoal) ?? _named;
                            }

                            continue;
                        }

                        if (SpeakerTag.CommentHead(text) is { } head)
                        {
                            // "Secretaría Ejecutiva · 10:20 · Meta 631.1" over a comment: the secretariat's comment is feedback, anybody
                            // else's an observation, on the goal the head names; the head is no remark.
                            _field = ActaVocabulary.SecretariatSector.IsWhole(head.Who) ? StrategyField.Feedback : StrategyField.Observation;
                            _named = head.GoalId is null ? null : _goals.LastOrDefault(g => g.Id == head.GoalId);
                            continue;
                        }

                        if (GoalTagAlone().Match(text) is { Success: true } tagOnly)
                        {
                            // "(Meta 561.2)" left alone when the label that followed it on its line was read apart ("(Meta 561.2) La
                            // Secretaría Ejecutiva señaló: …", blind batch V, V4): it names the goal of the remark after it, no remark itself.
                            _named = _goals.LastOrDefault(g => g.Id == tagOnly.Groups["id"].Value) ?? _named;
                            continue;
                        }

                        if (SpeakerTag.IsSpeakerLine(text))
                        {
                            continue; // "Karina Aguilar Montes (Secretaría de Seguridad Ciudadana):" over the remark: who speaks, no remark
                        }

                        if (AvatarInitials().IsMatch(text))
                        {
                            continue; // "S", "SE", "JA": a comment card's avatar of initials, printed beside its head (blind batch L, L2 PDF)
                        }

                        if (!text.Any(char.IsLetter))
                        {
                            continue; // "20 21": a draft's margin line numbers left between a remark's lines at a page break (blind batch U, U1 PDF)
                        }

                        // "«…» — Secretaría Ejecutiva" under "Comentarios": who signs a quoted remark says its kind, as does who a
                        // goal-naming tag names ("Secretaría Ejecutiva (meta 652.1): …" under "Retroalimentación y comentarios").
                        var section = signer is not null ? (ActaVocabulary.SecretariatSector.IsWhole(signer) ? FeedbackSection.Retroalimentacion : FeedbackSection.Observacion)
                            : _field == StrategyField.Feedback ? FeedbackSection.Retroalimentacion : FeedbackSection.Observacion;
                        var goalId = aboutGoal ?? _named?.Id ?? targets[0].Id;
                        if (aboutGoal is null && _feedback.Count > 0 && _feedback[^1] is var last && (last.Goal == goalId || _lastTagged) && (last.Section == section || _lastSigned && signer is null) &&
                            (ContinuesSentence(last.Text, text) || ContinuesOverPage(last.Text, last.Location?.Page, text, location.Page)))
                        {
                            // "…cuántas personas defensoras se" ¶ "formaron y abona al indicador.": a remark a PDF (or an Enter key) cut
                            // mid-sentence is one remark, on the goal its tag named ("SE (265.1): Los recorridos … si las" ¶ "descargas
                            // detectadas…", blind batch Z, Z5 PDF) whatever goal is being read.
                            _feedback[^1] = last with { Text = WithoutStrayBullet(last.Text) + " " + text };
                            continue;
                        }

                        if (aboutGoal is null && _feedback.Count > 0 && _feedback[^1] is var open && open.Goal == goalId && (open.Section == section || _lastSigned && signer is null) && ClosesParenthesis(open.Text, text))
                        {
                            // "ROSA MARÍA CUEVAS ALBA (CÍRCULO DE ESTUDIO … DE SAN ANDRÉS" ¶ "TOTOLTEPEC).— Los círculos…" (blind batch T, T6
                            // PDF): a speaker's parenthesis a line left open is closed on the next; the whole turn is one remark.
                            _feedback[^1] = open with { Text = SpeakerTag.WithoutNamedSpeaker(SpeakerTag.Strip(open.Text + " " + text)) };
                            continue;
                        }

                        _feedback.Add(new FeedbackItem(text, section, goalId, null, null, location));
                        _speakerLed = led ? _field : null;
                        _lastSigned = signer is not null;
                        _lastTagged = aboutGoal is not null;
                    }

                    break;
            }

        }

        private static bool IsAddButton(string text) =>
            text.TrimStart().StartsWith('+') && text.Length <= 40 && ActaVocabulary.AddButton.IsWhole(text);

        /// <summary>
        /// A strategy block of paragraphs only, without a single label: the discussion of a relatoría whose reports sit
        /// elsewhere (blind batch D, BD4: "Estrategia 205 — Title" ¶ "Respecto de la meta 205.1, la Secretaría Ejecutiva
        /// reconoció que…" ¶ "La Defensoría Pública refirió que…", the INFORMEs in an annex).
        /// </summary>
        private static bool IsDiscussion(StrategySegment segment) =>
            segment.InitialField == StrategyField.None && segment.Rows.Count > 1 &&
            segment.Rows.Skip(1).All(r => r.Table is null && r.NonEmpty.All(c => StrategyLabels.Read(c.Text) is null));

        /// <summary>Each paragraph of a discussion is one remark, on the goal of this strategy it names ("la meta 205.1") or the one named last.</summary>
        private void Discussion(Row row, RowCell cell, IReadOnlyList<string> texts)
        {
            foreach (var text in texts.Where(t => t.Any(char.IsLetter) && !ListNumberOnly().IsMatch(t)))
            {
                var named = GoalMention().Matches(text).Select(m => m.Groups["id"].Value)
                    .FirstOrDefault(id => id.StartsWith(segment.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", StringComparison.Ordinal));
                _discussedGoal = named ?? _discussedGoal;
                // "Respecto de la meta 205.1, la Secretaría Ejecutiva reconoció que …": a discussion's sentence keeps its goal-naming lead.
                var said = GoalNamedSpeech.Read(text) is null ? SpeakerTag.Strip(text) : text;
                _feedback.Add(new FeedbackItem(said, FeedbackSection.Retroalimentacion, _discussedGoal, null, null, row.CellLocation(cell)));
            }
        }

        public Strategy Build()
        {
            var goals = _goals.Select(g =>
            {
                var report = Transcribed(GoalDraft.Join(g.Report));
                // A stated status ("¿Reportó? No", "☒ Reportó") wins over what the report text suggests.
                var reported = ReportStatusReader.Read(GoalDraft.Join(g.Status)) is { } stated
                    ? stated == ReportStatus.Reported
                    : g.Id is not null && _stated.TryGetValue(g.Id, out var said)
                        ? said.Status == ReportStatus.Reported
                        : !SaysNotReported(report);
                var executor = GoalDraft.Join(g.Executor)?.TrimEnd('.');
                return new Goal(g.Id, GoalDraft.Join(g.Text), GoalDraft.Join(g.Indicator), executor, gazetteer.KeyOf(executor),
                    reported ? ReportStatus.Reported : ReportStatus.NotReported, reported ? report : null, g.Location);
            }).ToList();

            // A goal named only by such a sentence ("la meta 251.2 no fue reportada") and by no row of its own.
            var prefix = segment.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
            goals.AddRange(_stated
                .Where(s => s.Key.StartsWith(prefix, StringComparison.Ordinal) && !goals.Any(g => g.Id == s.Key))
                .OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => new Goal(s.Key, null, null, null, null, s.Value.Status, null, s.Value.Location)));
            var status = StrategyMerger.StatusOf(goals);
            _reportFlow.Flush(_figures);
            return new Strategy(segment.Number, segment.Title, status, goals, _figures, _feedback, segment.Rows[0].Location);
        }
    }

    [GeneratedRegex(@"^\s*(?<pair>[^.:;/\d]{2,40}\s/\s[^.:;/\d]{2,40})(?=[.:;]|$)")]
    private static partial Regex LeadingPairedStatus();

    /// <summary>A percentage and nothing else: "60 %", "45%", "0 %.".</summary>
    [GeneratedRegex(@"^\s*\d{1,3}(?:[.,]\d+)?\s?%\.?\s*$")]
    private static partial Regex PercentOnly();
}
