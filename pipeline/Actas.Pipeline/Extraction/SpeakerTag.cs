using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Who spoke, written before a remark: a tag the remark is not made of. Three shapes are read:
/// <list type="bullet">
/// <item>"Intervención de la Secretaría Ejecutiva: Se reportan datos…" (blind batch D, BD6) — a label naming the
/// speaker, then a sentence of its own (capital letter). "Intervención de Ednica: señaló que…" goes on in lower case:
/// the attribution is the sentence's subject and stays.</item>
/// <item>"LA C. MTRA. LAURA BENÍTEZ ORTIZ, INFOCDMX.- Para esta meta…" (BD1) — a stenographic turn: the speaker in
/// capitals closed by ".-".</item>
/// <item>"SE Se necesita informar…", "OSC Artículo 19 cuestiona…" (BD3) — a sector badge before a capitalised sentence.</item>
/// </list>
/// </summary>
public static partial class SpeakerTag
{
    /// <summary>The tag's length at the start of <paramref name="text"/>, or 0 when the text opens with none.</summary>
    public static int Length(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (GoalAttribution().Match(text) is { Success: true } aboutGoal)
        {
            return aboutGoal.Length;
        }

        if (ParenthesizedGoalAttribution().Match(text) is { Success: true } aboutGoalInParentheses)
        {
            return aboutGoalInParentheses.Length;
        }

        if (ReportedSpeech().Match(text) is { Success: true } told)
        {
            return told.Length;
        }

        if (GoalNamedSpeech.Read(text) is { } named)
        {
            return named.Length;
        }

        if (SpokenRemark.LeadLength(text) is > 0 and var spoken)
        {
            return spoken;
        }

        if (GoalTag().Match(text) is { Success: true } tagged)
        {
            return tagged.Length;
        }

        if (BracketedSpeaker().Match(text) is { Success: true } bracketed)
        {
            return bracketed.Length;
        }

        if (Attribution().Match(text) is { Success: true } labelled)
        {
            var rest = text[labelled.Length..];
            return rest.Length > 1 && (char.IsUpper(rest[0]) || "«“\"¿¡".Contains(rest[0], StringComparison.Ordinal)) ? labelled.Length : 0;
        }

        if (Turn(text) is { Success: true } turn && IsSpeaker(turn.Groups["who"].Value))
        {
            return turn.Length;
        }

        foreach (var badge in new[] { TwoWordBadge().Match(text), OneWordBadge().Match(text) })
        {
            if (badge.Success && IsSector(badge.Groups["who"].Value))
            {
                return badge.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// True when the paragraph is a remark attributed to someone ("Intervención de X: …", however it goes on):
    /// such a paragraph is feedback wherever it stands in a strategy block.
    /// </summary>
    public static bool IsAttributed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Attribution().IsMatch(text);
    }

    /// <summary>
    /// A remark given as quoted speech: "En uso de la palabra, la señora X, de la Federación Y, manifestó: «El padrón debe…»"
    /// (blind batch Q, Q1) — who spoke, a verb of saying, a colon and the remark in quotes, nothing after it. Returns whether
    /// the speaker is the secretariat (its remark is feedback, anybody else's an observation), or null for any other text.
    /// Verbs of reporting ("informó", "dio lectura") are left out: what they quote is a report.
    /// </summary>
    public static bool? QuotedRemarkBySecretariat(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasQuote(text) || QuotedSpeech().Match(text) is not { Success: true } m)
        {
            return null;
        }

        var who = SpeechPreamble().Replace(TextFold.Key(m.Groups["who"].Value), "");
        return ActaVocabulary.SecretariatSector.PrefixLength(who) > 0;
    }

    /// <summary>
    /// A remark whose tag names who spoke and the goal it is about ("La Secretaría Ejecutiva, sobre la meta 467.1: Se reconoce…",
    /// "Name (Body), sobre la meta 470.1: La Unión…", blind batch X, X4: remark paragraphs straight after a goal's fields, with no
    /// heading over them): true when the secretariat speaks (feedback), false for anybody else (an observation), null for a text
    /// that opens with no such tag. Such a tag is never a goal's text, indicator, executor or report.
    /// </summary>
    public static bool? GoalRemarkBySecretariat(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains(':', StringComparison.Ordinal) || GoalAttribution().Match(text) is not { Success: true } m)
        {
            return null;
        }

        return ActaVocabulary.SecretariatSector.IsWhole(m.Groups["who"].Value);
    }

    /// <summary>
    /// A remark in a remarks field without the name of who made it before a colon: "Dra. Lucía Estrada Cano (UNAM): Se
    /// solicita…" → "Se solicita…", "Colectivo de Familias de Víctimas de Feminicidio: Muchas abuelas…" → "Muchas abuelas…".
    /// Only for text already known to be a remark: elsewhere "Name: text" is a label and its value.
    /// </summary>
    /// <remarks>
    /// Also "Name, de la Asociación X, A.C., comentó: En Milpa Alta…", "La Secretaría Ejecutiva señaló: Se solicita…" (blind batches
    /// U, U3, and V, V4): who spoke and a verb of saying before the colon; "Name (Mujeres en Empleo Informal: Globalizando y
    /// Organizando): …", "Brigada Callejera «Elisa Martínez», A.C.: …" (V6, Q): a body's name may hold a colon in its parenthesis or
    /// quotes; "Colectivo de Intérpretes: se cuestiona que…" (M): a named body's remark may go on in lower case (not into a verb of
    /// saying: "Intervención de la Alcaldía: señaló que…" keeps its subject).
    /// </remarks>
    public static string WithoutNamedSpeaker(string remark)
    {
        ArgumentNullException.ThrowIfNull(remark);
        return NamedSpeaker().Match(remark) is { Success: true } named && IsNamedSpeaker(named.Groups["who"].Value) && named.Length < remark.Length &&
               !(char.IsLower(remark[named.Length]) && Attribution().IsMatch(remark))
            ? remark[named.Length..].Trim()
            : remark;
    }

    /// <summary>True when <paramref name="remark"/> is <paramref name="original"/> after a speaker and a colon: "SE: El número…" → "El número…".</summary>
    public static bool LedBySpeaker(string original, string remark)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(remark);
        var at = remark.Length == 0 ? -1 : original.IndexOf(remark, StringComparison.Ordinal);
        return at > 0 && original.AsSpan(0, at).TrimEnd().EndsWith(":", StringComparison.Ordinal);
    }

    /// <summary>
    /// The remark without the name before its colon, for a remark in a list whose remarks are led by their speakers ("– SE: El
    /// número…" ¶ "– Sonrisas sin Fronteras: Las personas…" ¶ "– SEDESA: La Secretaría explicó…", blind batch S, S3): a body's
    /// acronym ("SEDESA"), or up to seven words opening and closing in a capital, only short ones in lower case ("Sonrisas sin
    /// Fronteras", "Semillas para Todos"), before a colon and a sentence of its own. A sentence before a colon ("Capacitar no basta:
    /// …") has long words in lower case.
    /// </summary>
    public static string WithoutListedSpeaker(string remark)
    {
        ArgumentNullException.ThrowIfNull(remark);
        if (ListedSpeaker().Match(remark) is not { Success: true } m || m.Length >= remark.Length)
        {
            return remark;
        }

        var words = m.Groups["who"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var named = words.Length == 1
            ? words[0].Length >= 2 && words[0].All(c => char.IsUpper(c) || c is '-' or '&')
            : char.IsUpper(words[^1][0]) && words.All(w => w.Length <= 4 || char.IsUpper(w[0]));
        return named && StrategyLabels.Read(m.Groups["who"].Value) is null ? remark[m.Length..].Trim() : remark;
    }

    /// <summary>Up to seven words, no digit nor stop, a colon, then a capital, a quote or an opening mark.</summary>
    [GeneratedRegex(@"^\s*(?<who>\p{Lu}[\p{L}&'’\-]*(?: [\p{L}&'’\-]+){0,6})\s*:\s+(?=\p{Lu}|[«“""¿¡])")]
    private static partial Regex ListedSpeaker();

    /// <summary>
    /// A remark cut where a sentence ends and another speaker's turn begins: "… respecto de la sesión anterior. Hugo Rangel Becerra:
    /// Preocupa que…" (blind batches R, R4, and V, V3 PDFs: a reader joined two remarks' lines into one paragraph) gives both
    /// remarks; a text without such a turn is returned whole.
    /// </summary>
    public static IReadOnlyList<string> SplitTurns(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.LastIndexOf(':');
        if (colon < 0 || text.IndexOfAny(['.', '!', '?', '»', '”'], 0, colon) < 0)
        {
            return [text];
        }

        var parts = new List<string>();
        var start = 0;
        foreach (Match m in TurnAfterStop().Matches(text))
        {
            var turn = text[m.Index..];
            if (TitleBefore().IsMatch(text.AsSpan(0, m.Index)))
            {
                continue; // "la Dra. Lucía Estrada: …": the stop closes a title, no sentence
            }

            if (AbbreviatedLead().IsMatch(text.AsSpan(0, m.Index)))
            {
                continue; // "Obs. Name (M. 287.2): …": one abbreviated word leads the tag, no sentence ends before it
            }

            if (NamedSpeaker().Match(turn) is { Success: true } named && (IsNamedSpeaker(named.Groups["who"].Value) || Attribution().IsMatch(turn)))
            {
                parts.Add(text[start..m.Index].Trim());
                start = m.Index;
            }
        }

        parts.Add(text[start..].Trim());
        return parts;
    }

    /// <summary>
    /// Where a capitalised word follows a sentence's stop, with a colon ahead: a candidate turn. The speaker's body in parentheses
    /// may hold stops of its own ("… habilitadas. Name (Escuela de Parteras, A.C.): Las mujeres…", blind batch W, W5 PDF).
    /// </summary>
    [GeneratedRegex(@"(?<=[.!?»”]\s+)(?=\p{Lu}(?:[^.:;!?(]|\([^()]{1,160}\)){2,200}:\s)")]
    private static partial Regex TurnAfterStop();

    /// <summary>
    /// One word and its stop, alone since the text's start or the last sentence's end, before a candidate turn: "Obs. ", "Retro. "
    /// (blind batch Y, Y1: a secretary's abbreviated label before the speaker) — a label cut short, no sentence.
    /// </summary>
    [GeneratedRegex(@"(?:^|[.!?»”:]\s+)\p{L}{1,8}\.\s+$")]
    private static partial Regex AbbreviatedLead();

    /// <summary>A title of address, or one capital, closed by the stop before a candidate turn: "Dra. ", "El Lic. ", "C. ".</summary>
    [GeneratedRegex(@"(?:\b" + ActaVocabulary.TitleAbbreviation + @"|(?<!\p{L})\p{Lu})\.\s+$")]
    private static partial Regex TitleBefore();

    /// <summary>
    /// A remark set after a goal's report, who made it before a colon, behind a typed bullet or none: "» La Secretaría Ejecutiva: El
    /// informe…", "» Name (Asociación X, A.C.): Las familias…" (blind batch W, W4: a bulletin's remarks straight under "Lo informado:").
    /// True when the secretariat speaks (feedback), false for a person with their body in parentheses (an observation), null for
    /// anything else: a body's own "SEDESA: Se realizaron…" under a report is more of the report.
    /// </summary>
    public static bool? RemarkAfterReport(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = RemarkBullet().Replace(text, "");
        if (AcronymSpeaker().Match(t) is { Success: true } acronym && ActaVocabulary.SecretariatSector.IsWhole(acronym.Groups["who"].Value))
        {
            return true; // "› SE: Se reconoce el avance…" (blind batch AD, AD2): the secretariat's acronym, too short for a name
        }

        if (NamedSpeaker().Match(t) is not { Success: true } m)
        {
            return null;
        }

        var who = m.Groups["who"].Value.Trim();
        if (ActaVocabulary.SecretariatSector.IsWhole(SpeechPreamble().Replace(TextFold.Key(who), "")))
        {
            return true;
        }

        return who.EndsWith(')') && IsPersonWithBody(who) ? false : null;
    }

    /// <summary>An acronym alone before a colon and a sentence: "SE: Se reconoce…".</summary>
    [GeneratedRegex(@"^\s*(?<who>\p{Lu}{2,12})\s*:\s+(?=\p{Lu}|[«“""¿¡])")]
    private static partial Regex AcronymSpeaker();

    /// <summary>A typed bullet before a remark: "» ", "• ", "– ", "▪ ", "› ".</summary>
    [GeneratedRegex(@"^\s*" + ActaVocabulary.Bullet + @"\s+")]
    internal static partial Regex RemarkBullet();

    /// <summary>
    /// A line that only names who speaks next: "Karina Aguilar Montes (Secretaría de Seguridad Ciudadana):", "SE:", "Beatriz Anaya
    /// Lozoya (Fiscalía General de Justicia)" — a bold speaker line a PDF or the writer left apart from the remark under it (blind
    /// batches U, U5, V, V2, V5, T, T1): no remark itself.
    /// </summary>
    public static bool IsSpeakerLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Length < 2 || t.Length > 240 || !(t[^1] is ':' or ')' or '—' or '–'))
        {
            return false;
        }

        if (t[^1] is '—' or '–')
        {
            // "Mariana Loaiza Ibarra —" left when the remark's label after the dash was cut off ("Name — Retroalimentación SE: …", blind
            // batch AB, AB2 Word copy of a board's comments): who spoke, no remark.
            var named = t[..^1].Trim();
            return IsSector(named) || PersonNames.LooksLikePerson(named);
        }

        if (t[^1] == ':')
        {
            var who = t[..^1].Trim();
            return IsSector(who) || SpeakerAlone().IsMatch(who) && IsNamedSpeaker(who);
        }

        // Without a colon only a person with their body in parentheses, nothing else: a remark never is just that.
        return SpeakerAlone().IsMatch(t) && IsPersonWithBody(t);
    }

    /// <summary>"Beatriz Anaya Lozoya (Fiscalía General de Justicia)": a person's name, no digit in it, with their body in parentheses after it.</summary>
    private static bool IsPersonWithBody(string text) =>
        PersonWithBody().Match(text) is { Success: true } person && person.Groups["name"].Value.Length < text.Length &&
        !person.Groups["name"].Value.Any(char.IsDigit) && PersonNames.LooksLikePerson(person.Groups["name"].Value);

    /// <summary>A name, with a body in parentheses or not: a capital first, no stop inside the name, at most one parenthesis, at its end.</summary>
    [GeneratedRegex(@"^\p{Lu}[^.:;!?()«»“”""]{1,100}(?:\([^()]{2,140}\))?$")]
    private static partial Regex SpeakerAlone();

    /// <summary>The remark without its speaker tag (the text itself when it has none).</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (HasQuote(text) && QuotedSpeech().Match(text) is { Success: true } quoted)
        {
            return quoted.Groups["said"].Value.Trim();
        }

        if (HasQuote(text) && QuoteThenSpeaker().Match(text) is { Success: true } signed)
        {
            return signed.Groups["said"].Value.Trim();
        }

        var length = Length(text);
        var stripped = length == 0 ? text : text[length..].Trim();
        // "… aún no inician obra. (meta 441.1)": a tag after the remark (blind batch N, N1) is no part of it either.
        stripped = TrailingGoalTag().Match(stripped) is { Success: true, Index: > 0 } tail ? stripped[..tail.Index].TrimEnd() : stripped;
        // "… con nutrióloga de planta. (Alianza por la Salud Alimentaria)": who said it, after the remark's last stop (blind batch P, P3).
        return TrailingSpeaker().Match(stripped) is { Success: true, Index: > 0 } speaker ? stripped[..speaker.Index].TrimEnd() : stripped;
    }

    /// <summary>
    /// Who signs a remark quoted first and attributed after a dash: "«Avance conforme al indicador.» — Secretaría Ejecutiva",
    /// "«La consulta se hizo tarde.» — Dolores Tenorio Amaro, Concejo de Pueblos Originarios" (blind batch S, S5), or null.
    /// </summary>
    public static string? QuoteSigner(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HasQuote(text) && QuoteThenSpeaker().Match(text) is { Success: true } m ? m.Groups["who"].Value.Trim() : null;
    }

    /// <summary>
    /// An opening quote anywhere in the text: both quoted-speech patterns need one, and testing for it first spares every
    /// remark without quotes the lazy 300-character scan of <see cref="QuotedSpeech"/> (3.7 % of an import's samples).
    /// </summary>
    private static bool HasQuote(string text) => text.AsSpan().IndexOfAny('«', '“', '"') >= 0;

    /// <summary>A whole remark in quotes, then a dash and who said it, nothing else.</summary>
    [GeneratedRegex(@"^\s*[«“""](?<said>[^«»“”""]{10,})[»”""]\.?\s*[—–]\s*(?<who>\p{Lu}[^«»“”""]{1,160}?)\.?\s*$")]
    private static partial Regex QuoteThenSpeaker();

    /// <summary>The goal a remark's tag names ("Secretaría Ejecutiva, meta 540.1: Se reconoce…" → "540.1"), or null.</summary>
    public static string? GoalOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return GoalAttribution().Match(text) is { Success: true } m ? m.Groups["id"].Value
            : ParenthesizedGoalAttribution().Match(text) is { Success: true } p ? p.Groups["id"].Value
            : ReportedSpeech().Match(text) is { Success: true } told ? told.Groups["id"].Value
            : GoalNamedSpeech.Read(text) is { } named ? named.GoalId
            : GoalTag().Match(text) is { Success: true } tagged ? tagged.Groups["id"].Value
            : BracketedSpeaker().Match(text) is { Success: true } bracketed ? bracketed.Groups["id"].Value
            : TrailingGoalTag().Match(text) is { Success: true, Index: > 0 } tail ? tail.Groups["id"].Value : null;
    }

    /// <summary>
    /// Who a remark's tag names when it gives the goal after the speaker ("Secretaría Ejecutiva (meta 652.1): …", "Lucía Paz Ortega
    /// (Red de Usuarias) (meta 655.1): …", "La Secretaría Ejecutiva, sobre la meta 467.1: …" → "Secretaría Ejecutiva"), or null: the
    /// speaker says the remark's kind, as a quote's signer does.
    /// </summary>
    public static string? GoalSpeaker(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('(', StringComparison.Ordinal) && ParenthesizedGoalAttribution().Match(text) is { Success: true } m ? m.Groups["who"].Value.Trim()
            : text.Contains(':', StringComparison.Ordinal) && GoalAttribution().Match(text) is { Success: true } named ? named.Groups["who"].Value.Trim()
            : GoalNamedSpeech.Read(text)?.Who;
    }

    /// <summary>
    /// "Secretaría Ejecutiva (meta 652.1): El informe…", "Name (Institution) (meta 655.1): Judicializar…" (blind batch V, V5: a
    /// web system's bulleted comments): who spoke, the goal in parentheses, a colon, then the remark as a sentence of its own. The
    /// goal may be its number alone ("SE (541.1): …", "Name (262.1): …", blind batch Z, Z3 typed list and Z5 note bullets).
    /// </summary>
    [GeneratedRegex(@"^\s*(?<who>\p{Lu}[^:;()]{1,100}?(?:\s*\([^()]{1,120}\))?)\s*\((?:(?i:meta)\s+)?(?<id>\d{3}\.\d{1,2})\)\s*:\s+(?=\p{Lu}|[«“""¿¡])")]
    private static partial Regex ParenthesizedGoalAttribution();

    /// <summary>" (meta 441.1)", " (Meta 304.2)." at the end of a remark: the goal it speaks of.</summary>
    [GeneratedRegex(@"\s*\((?i:meta)\s+(?<id>\d{3}\.\d{1,2})\)\.?\s*$")]
    private static partial Regex TrailingGoalTag();

    /// <summary>" (Red de Madres y Padres)" after a remark's closing stop: a name in parentheses, no figure, nothing after it.</summary>
    [GeneratedRegex(@"(?<=[.!?»”""])\s*\((?<who>\p{Lu}[^()\d]{2,80})\)\.?\s*$")]
    private static partial Regex TrailingSpeaker();

    /// <summary>The speaker a stenographic turn names ("LA C. MTRA. LAURA BENÍTEZ ORTIZ, INFOCDMX"), or null.</summary>
    public static string? TurnSpeaker(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Turn(text) is { Success: true } turn && IsSpeaker(turn.Groups["who"].Value) ? turn.Groups["who"].Value.Trim() : null;
    }

    /// <summary>
    /// The speaker of a stenographic turn when the tag names a person or body ("LA C. LIC. DANIELA PASTRANA OCHOA"), or null: a
    /// tag with a digit or a slash is a numbered item ("ACUERDO EP-DPC/04/02.-", blind batch L), not somebody speaking.
    /// </summary>
    public static string? PersonSpeaker(string text) =>
        TurnSpeaker(text) is { } who && !who.Any(char.IsDigit) && !who.Contains('/', StringComparison.Ordinal) ? who : null;

    /// <summary>
    /// "Dra. Lucía Estrada Cano (Universidad Nacional Autónoma de México)", "Colectivo de Familias de Víctimas": a person, with
    /// their body in parentheses or not, or a body — a short name with no digit (not "Meta 162.1", not a label).
    /// </summary>
    private static bool IsNamedSpeaker(string who)
    {
        var t = who.Trim();
        // "Brigada Callejera de Apoyo a la Mujer «Elisa Martínez», A.C.": a body by its legal form.
        if (LegalForm().IsMatch(t) && !t.Any(char.IsDigit))
        {
            return true;
        }

        // "Name, de la Asociación X, A.C.": a person, then their body after a comma.
        if (PersonThenBody().Match(t) is { Success: true } withBody && !withBody.Groups["name"].Value.Any(char.IsDigit) &&
            PersonNames.LooksLikePerson(withBody.Groups["name"].Value))
        {
            return true;
        }

        if (t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 14)
        {
            return false;
        }

        // A number may name the person's group in the parenthesis ("Name (Usuarios Organizados de la Ruta 14)", blind batch T,
        // T5), never the name before it.
        var person = PersonWithBody().Match(t);
        if (person.Success && !person.Groups["name"].Value.Any(char.IsDigit) && PersonNames.LooksLikePerson(person.Groups["name"].Value))
        {
            return true;
        }

        return !t.Any(char.IsDigit) && PersonNames.NamesBody(t);
    }

    private static bool IsSpeaker(string who) => who.Trim().Contains(' ', StringComparison.Ordinal);

    private static bool IsSector(string word)
    {
        var sectors = new[] { ActaVocabulary.SecretariatSector, ActaVocabulary.CivilSocietySector, ActaVocabulary.ExecutorSector, ActaVocabulary.Executor };
        return sectors.Any(s => s.IsWhole(word));
    }

    /// <summary>
    /// "Secretaría Ejecutiva, meta 540.1: Se reconoce…", "Colectivo Hasta Encontrarles, sobre la meta 540.1: El…": who spoke
    /// and about which goal, then the remark as a sentence of its own. A stop may stand in the speaker's body in parentheses or
    /// after a title ("Name (Colectivo X, A.C.), meta 711.1: …", "Dra. Name, meta 540.1: …"), nowhere else: a sentence ends there.
    /// The goal may stand in square brackets after who spoke ("Name (Body) [meta 281.2]: …", blind batch X, X6), and a stop may
    /// close the tag as a goal's own lead does ("Name, meta 827.2. Los apoyos…", blind batch AC, AC5).
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:La|El|LA|EL)\s+)?(?<who>\p{Lu}(?:[^:;.]|\([^():;]{1,120}\)|(?<=\b" + ActaVocabulary.TitleAbbreviation + @")\.){1,100}?)(?:(?:(?:,|\s[–—\-/])\s*(?:(?:sobre|respecto\s+(?:de|a))\s+la\s+)?(?:[Mm]eta|META)\s+(?<id>\d{3}\.\d{1,2})|\s+\[(?:[Mm]eta|META)\s+(?<id>\d{3}\.\d{1,2})\])\s*:|,\s*(?:[Mm]eta|META)\s+(?<id>\d{3}\.\d{1,2})\.)\s+(?=\p{Lu}|[«“""¿¡])")]
    private static partial Regex GoalAttribution();

    /// <summary>
    /// Minutes that report what was said: "La Secretaría Ejecutiva, respecto de la meta 151.1, señaló que …", "La Mtra. X, del
    /// Colectivo Y, en relación con la meta 153.1, solicitó que …" — who spoke, the goal, a verb of saying and "que"; the
    /// remark is what follows.
    /// </summary>
    [GeneratedRegex(@"^\s*\p{Lu}[^:;«“""]{1,200}?,\s*(?:sobre|respecto\s+(?:de|a)|en\s+relaci[oó]n\s+con|acerca\s+de|en\s+cuanto\s+a)\s+la\s+meta\s+(?<id>\d{3}\.\d{1,2}),\s*(?:(?:tambi[eé]n|adem[aá]s)\s+)?" + ActaVocabulary.SaidVerb + @"\s+que\s+")]
    private static partial Regex ReportedSpeech();

    /// <summary>
    /// The speaker a bracketed tag names before a remark ("[SE · meta 355.1] El reporte…", "[Red de Bibliotecas · meta 355.1]
    /// La Red cuestiona…", blind batch O, O2), or null when the text opens with no such tag.
    /// </summary>
    public static string? BracketSpeaker(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return BracketedSpeaker().Match(text) is { Success: true } m ? m.Groups["who"].Value.Trim() : null;
    }

    /// <summary>
    /// The head line of a meeting app's comment card, over the comment ("Secretaría Ejecutiva · 10:20 · Meta 631.1", "Saúl
    /// Cárdenas Mejía · 10:30 · Meta 631.1", blind batch P, P4 Teams notes): who commented and on which goal; the clock time
    /// is when the comment was written, no part of it. The goal is null when the head names none, or when a PDF's line broke
    /// before it ("Secretaría Ejecutiva · 10:20 ·" ¶ "Meta 631.1 El informe…"). Null for any other line.
    /// </summary>
    public static (string Who, string? GoalId)? CommentHead(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CardHead().Match(text.Trim()) is { Success: true } m
            ? (m.Groups["who"].Value.Trim(), m.Groups["id"].Success ? m.Groups["id"].Value : null)
            : null;
    }

    /// <summary>"who · 10:20 · Meta 631.1", "who | 15/02 10:20 | meta 631.1": a name, a time (after a short date), the goal.</summary>
    [GeneratedRegex(@"^(?<who>\p{Lu}[^·•|:\d]{1,80}?)\s*[·•|]\s*[^·•|]{0,16}?\d{1,2}:\d{2}(?:\s*(?:h|hrs|horas|[ap]\.?\s?m\.?))?(?:\s*[·•|]\s*(?:(?i:meta)\s+(?<id>\d{3}\.\d{1,2})\.?)?)?$")]
    private static partial Regex CardHead();

    /// <summary>
    /// "[SE · meta 355.1] ", "[Colectivo X, meta 540.1] ": who spoke and the goal, in brackets before the remark; or in parentheses
    /// with the word "meta" ("(SE; meta 145.1) ", "(Name, Body, A.C.; meta 145.2) ", a typed e-mail's list).
    /// </summary>
    [GeneratedRegex(@"^\s*(?:\[(?<who>[^\[\]\d]{1,120}?)\s*[·,;:|–—\-]\s*(?i:meta\s+)?(?<id>\d{3}\.\d{1,2})\s*\]|\((?<who>[^\[\]()\d]{1,160}?)\s*[·,;:|–—\-]\s*(?i:meta)\s+(?<id>\d{3}\.\d{1,2})\s*\))\s*(?=\p{Lu}|[«“""¿¡])")]
    private static partial Regex BracketedSpeaker();

    /// <summary>
    /// "510.1 · Los logros…", "Sobre 138.1: El Frente…" (blind batch O, O4), "510.2 – Es necesario…", "– 512.1 · …", "[304.1] Se
    /// reportan…", "Meta 503.1 → El anexo…", "(Meta 214.1) El informe…" (blind batch V, V1): the goal's id before the remark, set
    /// off by a mark or enclosed.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:[–—•\-]\s*)?(?:(?:(?:[Ss]obre|SOBRE|[Rr]especto\s+(?:de|a)|[Aa]cerca\s+de|[Ee]n\s+relaci[oó]n\s+con)\s+(?:la\s+)?(?:(?i:meta)\s+)?)?(?<id>\d{3}\.\d{1,2})\s*[·:–—\-|→]|\[(?<id>\d{3}\.\d{1,2})\]|\((?:(?i:meta)\s+)?(?<id>\d{3}\.\d{1,2})\)|(?i:meta)\s+(?<id>\d{3}\.\d{1,2})\s*→)\s*(?=\p{Lu}|[«“""¿¡])")]
    private static partial Regex GoalTag();

    /// <summary>"En uso de la palabra, la doctora X, de la Facultad Y, manifestó: «…»." (see <see cref="QuotedRemarkBySecretariat"/>).</summary>
    [GeneratedRegex(@"^\s*(?<who>\p{Lu}[^«“""]{2,300}?)\s+(?:" + ActaVocabulary.SaidVerb + @"(?:\s+lo\s+siguiente)?|" + ActaVocabulary.RemarkMadeVerb + @")\s*:\s*[«“""](?<said>[^«»“”""]{10,})[»”""]\.?\s*$")]
    private static partial Regex QuotedSpeech();

    /// <summary>"en uso de la palabra la ", "la ", "el " (a key) before the speaker's name.</summary>
    [GeneratedRegex(@"^(?:en\s+uso\s+de\s+la\s+palabra\s+)?(?:(?:la|el)\s+)?")]
    private static partial Regex SpeechPreamble();

    /// <summary>
    /// "Dra. Lucía Estrada Cano (Universidad Nacional Autónoma de México): Se solicita…", "Colectivo de Familias de Víctimas de
    /// Feminicidio: Muchas abuelas…" (blind batches R, R1, and Q, Q3): who spoke, a colon, and the remark as a sentence of its own.
    /// </summary>
    [GeneratedRegex(@"^\s*(?<who>\p{Lu}(?:[^:;«»“”""()]|\([^()]{1,160}\)|«[^«»]{1,80}»|“[^“”]{1,80}”|""[^""]{1,80}""){2,200}?)(?:,?\s+" + ActaVocabulary.SaidVerb +
                    @")?\s*:\s+(?:(?=\p{Lu}|[«“""¿¡])|(?!" + ActaVocabulary.SaidVerb + @"\b)(?=\p{Ll}))")]
    private static partial Regex NamedSpeaker();

    [GeneratedRegex(@"^(?<name>[^()]+?)\s*(?:\([^()]+\))?$")]
    private static partial Regex PersonWithBody();

    /// <summary>A civil body's legal form at the end of its name: "A.C.", "I.A.P.", "S.C.", "A.B.P.".</summary>
    [GeneratedRegex(@"[\s,](?:A\.\s?C|I\.\s?A\.\s?P|S\.\s?C|A\.\s?B\.\s?P)\.?$")]
    private static partial Regex LegalForm();

    [GeneratedRegex(@"^(?<name>[^,()]{5,80}),\s+(?:de|del|de\s+la|de\s+las|de\s+los|por)\s+\p{Lu}")]
    private static partial Regex PersonThenBody();

    /// <summary>"Intervención de(l) X:", "Participación de X:", "Comentario de X:", "Postura de X:", "Observación de X:" (blind batch V, V3).</summary>
    [GeneratedRegex(@"^\s*(?:[Ii]ntervenci[oó]n|INTERVENCI[OÓ]N|[Pp]articipaci[oó]n|[Cc]omentario|[Pp]ostura|[Pp]osicionamiento|[Oo]bservaci[oó]n|OBSERVACI[OÓ]N)\s+(?:del?|por\s+parte\s+del?)\s+[^:]{2,120}:\s+")]
    private static partial Regex Attribution();

    /// <summary>
    /// A stenographic turn: <see cref="Stenographic"/>, or a speaker in small capitals that Word keeps in mixed case ("Secretaría
    /// Ejecutiva.— …", "Name (Círculo de Estudio "Mujeres que Leen").— …", blind batch T, T6), which only the period and the em
    /// dash together close (looked for only in a text that holds them).
    /// </summary>
    private static Match Turn(string text)
    {
        var turn = Stenographic().Match(text);
        return turn.Success || !text.Contains(".—", StringComparison.Ordinal) ? turn : SmallCapsTurn().Match(text);
    }

    /// <summary>"LA C. MTRA. NOMBRE APELLIDO, INSTITUCIÓN.-": capitals (titles, commas, periods, quotes) closed by ".-" or ":-".</summary>
    [GeneratedRegex(@"^\s*(?<who>(?:(?:LA|EL|LAS|LOS)\s+C\.\s+)?[\p{Lu}][\p{Lu}\p{N}\s.,()/&–\-""“”]{2,160}?)\s*[.:]\s?[-–—]\s*")]
    private static partial Regex Stenographic();

    [GeneratedRegex(@"^\s*(?<who>\p{Lu}[^:;«»]{2,160}?)\.—\s*")]
    private static partial Regex SmallCapsTurn();

    /// <summary>"SE Se necesita…", "OSC\tArtículo 19…", "Instancia La Secretaría…": a word, then a capitalised sentence.</summary>
    [GeneratedRegex(@"^\s*(?<who>\p{L}{2,12})[\s:–\-]+(?=\p{Lu}\p{Ll})")]
    private static partial Regex OneWordBadge();

    /// <summary>"Sociedad civil El colectivo…", "Secretaría Ejecutiva Se reportan…": two words, then a capitalised sentence.</summary>
    [GeneratedRegex(@"^\s*(?<who>\p{L}{2,12}\s\p{L}{2,12})[\s:–\-]+(?=\p{Lu}\p{Ll})")]
    private static partial Regex TwoWordBadge();
}
