using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Reads a cell's leading label: "Meta 516.1 Se investigan…", "Meta: Incremento…",
/// "Indicador: …", "Instancia Ejecutora: PGJ", "INFORME", "Informe: …", "Retroalimentación",
/// "Observaciones de las Instancias". Meta, Indicador and Instancia Ejecutora are labels
/// wherever they start a cell; Informe, Retroalimentación and Observaciones only when they
/// stand alone or before a colon, since feedback prose may begin with those words.
/// </summary>
public static partial class StrategyLabels
{
    /// <summary>
    /// A label and the text after it (empty when the label stands alone). <paramref name="GoalId"/>: the goal a Meta
    /// label opens, or the goal another label names ("Retroalimentación 301.1").
    /// </summary>
    public sealed record Found(StrategyField Field, string Rest, string? GoalId);

    public static Found? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ReadAsWritten(text) is { } found)
        {
            // "…no asistió y no mandó" ¶ "informe." (blind batch S, S5 PDF): a sentence's last word a line wrapped alone, in lower
            // case and closed by its period, is no label standing alone.
            return found is { Rest.Length: 0, Field: not StrategyField.Goal } && WrappedSentenceEnd().IsMatch(text) ? null : found;
        }

        if (StatusPill(text) is { } pill)
        {
            return pill;
        }

        // "Tlahtolli · Comentarios" (blind batch S, S5): a label standing alone in two languages, one side the vocabulary's.
        if (BilingualLabel.Sides(text) is [var first, var second])
        {
            var (firstRead, secondRead) = (ReadAsWritten(first), ReadAsWritten(second));
            if ((secondRead ?? firstRead) is { Rest.Length: 0, Field: not StrategyField.Goal } bilingual)
            {
                return bilingual;
            }

            // "Goal / Meta 589.1" (blind batch X, X2): a goal label in two languages, the id after the second. Only when both sides
            // name a goal, so that a byline's "Name · Meta 301.1" stays no label.
            if (firstRead is { Field: StrategyField.Goal, Rest.Length: 0, GoalId: null } && secondRead is { Field: StrategyField.Goal, GoalId: not null } goal)
            {
                return goal;
            }
        }

        // "III. Retroalimentación y observaciones": a heading's outline number before a label standing alone.
        if (OutlineNumber().Match(text) is { Success: true } outline && ReadAsWritten(text[outline.Length..]) is { Rest.Length: 0, Field: not StrategyField.Goal } numbered)
        {
            return numbered;
        }

        // "▾ Meta 661.1 — …", "► Informe:", "⚠️ No informó.": a toggle, an arrow or an emoji before a label is decoration
        // (a web page's disclosure triangles and icons, kept by a print or a copy into Word).
        if (LeadingGlyphs().Match(text) is { Success: true } glyphs && Read(text[glyphs.Length..]) is { } undecorated)
        {
            return undecorated;
        }

        // "Retroalimentació n": a label a narrow PDF cell wrapped before its last letters, read whole.
        return CutWord().Match(text.Trim()) is { Success: true } cut && ReadAsWritten(cut.Groups["head"].Value + cut.Groups["tail"].Value) is { Rest.Length: 0 } whole
            ? whole
            : null;
    }

    /// <summary>
    /// A byline over a remark: who spoke, a middle dot or a bar, then the remark's label alone ("Paulina Ceja Robledo ·
    /// Retroalimentación SE", "Colectivo Manos que Hablan | Observación"): the field of the remark under it, or null.
    /// </summary>
    public static StrategyField? Byline(string text) => BylineWithGoal(text)?.Field;

    /// <summary>
    /// <see cref="Byline"/> with the goal a third part names: "Secretaría Ejecutiva · Retroalimentación · Meta 320.1", "Name (Body)
    /// | Observación | meta 320.2" (blind batch L, L2: an intranet's comment list) — the remark under it is on that goal. The goal
    /// is null when the byline names none.
    /// </summary>
    public static (StrategyField Field, string? GoalId)? BylineWithGoal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = BylineParts().Match(text.Trim());
        // The label may carry who it comes from in an acronym ("Retroalimentación SE", "Observación OSC").
        return m.Success && Read(m.Groups["label"].Value) is { Rest.Length: 0, Field: StrategyField.Feedback or StrategyField.Observation } label
            ? (label.Field, m.Groups["id"].Success ? m.Groups["id"].Value : null)
            : null;
    }

    /// <summary>
    /// A remark's head printed as who spoke and the remark's kind with nothing between them: "Mariana Loaiza Ibarra Retroalimentación
    /// SE", "Jorge Lemus Arenas Observación" (blind batch AB, AB2 PDF: a board's comment, the author's name in bold and the kind as a
    /// badge beside it). The field of the remarks under it, or null: the words before the label must read as a person's name, and
    /// neither they nor their first word be a label ("Informe Anual Observación", "Acciones Realizadas Observaciones" are no one); the label must stand alone, an acronym of
    /// who it comes from allowed after it.
    /// </summary>
    public static StrategyField? NameThenKind(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Length is < 12 or > 100 || !char.IsUpper(t[0]) || NameThenLabel().Match(t) is not { Success: true } m ||
            !PersonNames.LooksLikePerson(m.Groups["who"].Value) || Read(m.Groups["who"].Value) is not null ||
            Read(m.Groups["who"].Value.Split(' ')[0]) is not null)
        {
            return null;
        }

        return ReadAsWritten(m.Groups["label"].Value) is { Rest.Length: 0, Field: StrategyField.Feedback or StrategyField.Observation } kind ? kind.Field : null;
    }

    /// <summary>Two to five capitalised words (particles between them), then one capitalised word and an acronym if any, nothing after.</summary>
    [GeneratedRegex(@"^(?<who>\p{Lu}\p{Ll}+(?:\s+(?:(?:de|del|la|las|los|y)\s+)*\p{Lu}\p{Ll}+){1,4})\s+(?<label>\p{Lu}\p{Ll}+(?:\s+\p{Lu}{2,6})?)$")]
    private static partial Regex NameThenLabel();

    [GeneratedRegex(@"^(?<who>\p{Lu}[^·•|:]{2,160}?)\s+[·•|]\s+(?<label>\p{L}[^·•|]{2,60}?)(?:\s+\p{Lu}[\p{Lu}\d]{1,11})?(?:\s+[·•|]\s+(?i:meta)\s+(?<id>\d{3}\.\d{1,2})\.?)?$")]
    private static partial Regex BylineParts();

    /// <summary>
    /// Symbols (with an emoji's variation selector) before the first letter: "▾ ", "► ", "⚠️ ", "📌 "; a dash set off by a space
    /// as a typed bullet ("– Observación de Colectivo Energía Justa: …", blind batch P, P2).
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:[\p{So}\p{Sm}\p{Cs}" + ActaVocabulary.BulletGlyphs + ActaVocabulary.BulletMarks + @"]\uFE0F?|[" + ActaVocabulary.BulletDashes + @"\-](?=\s))\s*)+(?=\p{L})")]
    internal static partial Regex LeadingGlyphs();

    /// <summary>
    /// Lower-case words closed by a full stop, nothing else: "informe.", "observaciones.", "participantes." — a sentence's last
    /// words that a line wrapped alone, no label or heading standing alone (<see cref="SectionDetector"/> reads it too).
    /// </summary>
    [GeneratedRegex(@"^\s*\p{Ll}[\p{L} ]*\.\s*$")]
    internal static partial Regex WrappedSentenceEnd();

    [GeneratedRegex(@"^(?<head>\p{L}{6,})\s(?<tail>\p{Ll}{1,3})\s*:?$")]
    private static partial Regex CutWord();

    /// <summary>An outline mark before a label: "III.", "2)", "4.1", a letter with its stop or parenthesis ("d) Retroalimentación…:").</summary>
    [GeneratedRegex(@"^\s*(?:(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})?)[.)]?|[a-zA-Z][.)])\s+(?=\p{Lu})")]
    private static partial Regex OutlineNumber();

    private static Found? ReadAsWritten(string text)
    {
        var t = text.Trim();
        var folded = TextFold.Fold(t);
        if (folded.Length != t.Length)
        {
            return null;
        }

        if (StatusQuestionLabel(t, folded) is { } question)
        {
            return question;
        }

        var goal = Goal.Match(folded);
        if (goal.Success)
        {
            var id = goal.Groups["id"].Success ? goal.Groups["id"].Value : null;
            var rest = t[goal.Length..].Trim().TrimStart('→', '·', '—', '–').TrimStart(); // "Meta 503.1 → El anexo…": an arrow sets off the text
            rest = WithoutLeadingLabel(rest, ActaVocabulary.GoalDescriptionColumn);
            if (id is not null || rest.Length == 0 || goal.Value.Contains(':'))
            {
                return new Found(StrategyField.Goal, rest, id);
            }

        }

        // The longest label wins across fields: "Comentarios de las personas participantes" is an Observaciones label, not
        // "Comentarios" (Retroalimentación) with a qualifier.
        foreach (var (length0, field) in ActaVocabulary.StrategyFields
                     .Select(f => (Length: f.Phrases.PrefixLength(folded), f.Field)).Where(f => f.Length > 0).OrderByDescending(f => f.Length))
        {
            var length = length0;

            // Informe, Retroalimentación, Observaciones… are labels only alone or before a colon:
            // feedback prose may begin with those words ("Observaciones que se hicieron…").
            // "Observaciones de sociedad civil y de las instancias:", "Comentarios por parte de la SE":
            // a label may carry a short qualifier of its own before the colon or the end.
            var qualifier = Qualifier().Match(folded, length);
            var named = field;
            if (qualifier.Success)
            {
                length += qualifier.Length;
                // "Comentarios de la Secretaría Ejecutiva (retroalimentación):": the field named in parentheses is the field.
                named = ParenthesisedField(qualifier.Value) ?? field;
            }
            else if (field is StrategyField.Feedback or StrategyField.Observation && SpeakerAcronym().Match(t, length) is { Success: true } speaker)
            {
                // "Observación OSC: Bosque Urbano Vivo cuestiona…" (blind batch O, O3): the speaker's acronym between the label
                // and its colon names who spoke; the remark is what follows the colon.
                length += speaker.Length;
            }

            // "Retroalimentación 301.1", "Observaciones (meta 304.2):": the label names the goal it speaks of.
            var reference = GoalReference().Match(folded, length);
            if (reference.Success)
            {
                length += reference.Length;
            }

            var after = Colon().Match(folded, length);
            var rest = t[(length + after.Length)..].Trim();
            // A label before its text is closed by a colon, a dash ("Indicador — Número…") or the legal ".-"
            // ("INDICADOR.- Número de visitas…"); a bare period would be a sentence ("Informe. Se realizaron…").
            if (rest.Length > 0 && after.Value.IndexOfAny([':', '—', '–', '·']) < 0 && !LegalClose().IsMatch(after.Value))
            {
                continue;
            }

            return new Found(named, rest, reference.Success ? reference.Groups["id"].Value : null);
        }

        return null;
    }

    /// <summary>
    /// The text after a report label closed by a bare stop, "Informe. Durante 2015 iniciaron operaciones…" (blind batch X, X4),
    /// or by nothing but a space before a capital, as a description list sets its label apart by weight alone ("Informe Se
    /// produjeron…": a bold term and its hanging text, blind batch X, X5); null for any other text ("Informe sin informe" opens
    /// no sentence). <see cref="Read"/> takes such a line for a sentence, as prose may open with the word; only a caller that
    /// knows the line stands right after a goal's fields may read it as the label.
    /// </summary>
    public static string? ReportAfterStop(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var folded = TextFold.Fold(t);
        var length = folded.Length == t.Length ? ActaVocabulary.Report.PrefixLength(folded) : 0;
        if (length == 0 || length + 2 >= t.Length)
        {
            return null;
        }

        var stop = t[length] == '.' ? 1 : 0;
        if (!char.IsWhiteSpace(t[length + stop]))
        {
            return null;
        }

        var rest = t[(length + stop)..].Trim();
        return rest.Length > 0 && char.IsUpper(rest[0]) ? rest : null;
    }

    /// <summary>
    /// The text after a label that names the text itself: a form's "Meta núm.: 611.1 Descripción: Instalar…" (blind batch N,
    /// N6) → "Instalar…"; the text unchanged when it does not start with one of <paramref name="labels"/> and a colon.
    /// </summary>
    public static string WithoutLeadingLabel(string text, PhraseSet labels)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(labels);
        var folded = TextFold.Fold(text);
        var length = folded.Length == text.Length ? labels.PrefixLength(folded) : 0;
        var colon = length > 0 ? LabelColon().Match(text, length) : Match.Empty;
        return colon.Success && text.Length > length + colon.Length ? text[(length + colon.Length)..].Trim() : text;
    }

    [GeneratedRegex(@"\G\s*:\s*")]
    private static partial Regex LabelColon();

    /// <summary>The strategy field a "(retroalimentación)" / "(observaciones)" inside a label's qualifier names, or null.</summary>
    private static StrategyField? ParenthesisedField(string qualifier)
    {
        foreach (Match m in Parenthesised().Matches(qualifier))
        {
            var inner = m.Groups["inner"].Value.Trim();
            foreach (var (phrases, field) in ActaVocabulary.StrategyFields)
            {
                if (phrases.IsWhole(inner))
                {
                    return field;
                }
            }
        }

        return null;
    }

    /// <summary>"¿Reportó?", "¿PRESENTÓ INFORME? …… SÍ ( X ) NO ( )": a status asked as a question, with its answer as the rest.</summary>
    private static Found? StatusQuestionLabel(string text, string folded)
    {
        var start = folded.StartsWith('¿') ? 1 : 0;
        var length = ActaVocabulary.StatusQuestion.PrefixLength(folded[start..]);
        if (length == 0)
        {
            return null;
        }

        var mark = QuestionEnd().Match(folded, start + length);
        return mark.Success ? new Found(StrategyField.Status, text[(mark.Index + mark.Length)..].Trim(), null) : null;
    }

    /// <summary>
    /// "✔ Con informe", "✖ Sin informe", "☑ Reportado": a status standing alone as a mark and a status value, no label
    /// before it (a card's pill, a slide's badge). The value must be a whole status value ("✔ Se cumplió la meta" is a
    /// remark); the whole text stays the status, so the mark is read as the status reader reads marks.
    /// </summary>
    private static Found? StatusPill(string text)
    {
        var m = Pill().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var value = m.Groups["value"].Value;
        var whole = ActaVocabulary.NotReportedValue.IsWhole(value) || ActaVocabulary.PartiallyReportedValue.IsWhole(value) ||
                    ActaVocabulary.ReportedValue.IsWhole(value);
        return whole && ReportStatusReader.Read(text.Trim()) is not null ? new Found(StrategyField.Status, text.Trim(), null) : null;
    }

    /// <summary>A check or cross mark (or a traffic-light dot), then a few words: "✔ Con informe", "❌ No reportó".</summary>
    [GeneratedRegex(@"^\s*(?:[✔✓☑☒✅✖✗✘❌●○■]|🟢|🟡|🔴)\uFE0F?\s*(?<value>\p{L}[\p{L}\s/.]{0,30}?)\s*$")]
    private static partial Regex Pill();

    /// <summary>"523.1 Texto" → ("523.1", "Texto") for a row-labelled Meta cell.</summary>
    public static (string? Id, string Text) SplitGoalId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = LeadingId().Match(text.Trim());
        return m.Success ? (m.Groups["id"].Value, text.Trim()[m.Length..].Trim()) : (null, text.Trim());
    }

    /// <summary>Goal label with its optional id: "Meta 516.1", "META:", "Metas No. 516.1 –", a form's "Meta núm.: 611.1".</summary>
    private static readonly Regex Goal = new(
        @"^" + ActaVocabulary.Goal.Pattern + @"(?:\s+(?:(?:no|num(?:ero)?)\.?\s*)?)?(?:\s*[:.\-]\s*|\s+|$)(?:(?<id>\d{3}\.\d{1,2})\.?(?:\s*[:.\-]+)?\s*)?",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// What a label may carry before its colon or end: "de sociedad civil y de las instancias", "por parte de la SE",
    /// "de la Secretaría Ejecutiva (retroalimentación)", "(observaciones)"; the other labels of a heading that lists
    /// several (", observaciones y acuerdos").
    /// </summary>
    [GeneratedRegex(@"\G(?:\s+(?:de|del|por|para|y|e|o|u|a|sobre)\s[^.;:()]{1,70}?|,\s*(?:retroalimentacion|observacion|comentario|acuerdo|recomendacion)[^.;:()]{0,60}?)?(?:\s*\([^.;:()]{1,40}\))?(?=\s*:|\s*$)")]
    private static partial Regex Qualifier();

    /// <summary>An acronym in capitals right before the label's colon: " OSC", " SGIRPC", " DIF-CDMX" (read on the text as written).</summary>
    [GeneratedRegex(@"\G\s+\p{Lu}[\p{Lu}\d]{1,11}(?:-[\p{Lu}\d]{1,8})?(?=\s*:)")]
    private static partial Regex SpeakerAcronym();

    [GeneratedRegex(@"\((?<inner>[^()]+)\)")]
    private static partial Regex Parenthesised();

    /// <summary>The notarial "punto y guion" that closes a label in legal actas: "INFORME.-", "INDICADOR.–".</summary>
    [GeneratedRegex(@"\.\s?[\-–]")]
    private static partial Regex LegalClose();

    /// <summary>What closes a label: a colon, a dash as in "Indicador — Número de…", a middle dot ("Responsable · SEDESA").</summary>
    [GeneratedRegex(@"\G\s*(?:[:.\-—–·]\s*)*")]
    private static partial Regex Colon();

    [GeneratedRegex(@"\G\s*(?:[(\[]\s*)?(?:(?:de\s+|a\s+)?(?:la\s+)?(?:metas?|" + ActaVocabulary.GoalAbbreviation + @")\s*(?:no\.?\s*)?)?(?<id>\d{3}\.\d{1,2})(?:\s*[)\]])?(?=\s*(?:[:.\-]|$))")]
    private static partial Regex GoalReference();

    /// <summary>The question mark that closes a status question, then any colon or dot leader before its answer.</summary>
    [GeneratedRegex(@"\G\s*\?(?:\s*[:.…\-])*\s*")]
    private static partial Regex QuestionEnd();

    [GeneratedRegex(@"^(?<id>\d{3}\.\d{1,2})\.?\s*[:.\-]*\s*")]
    private static partial Regex LeadingId();
}
