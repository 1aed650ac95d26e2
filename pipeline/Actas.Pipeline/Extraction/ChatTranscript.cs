using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A session held in a chat group, its export pasted into the minutes (blind batch Q, Q2): one message per stamp,
/// "[14/05/20 10:02] Karla Ibarra SIBISO: Presente. Lic. Karla Ibarra Sepúlveda, Secretaría de Inclusión…" (or
/// "14/05/20 10:02 - Sender: …"), the lines after it without a stamp still that message's. The sender is a contact's
/// display name or a phone number, never a field of the acta, so each message is rewritten as the paragraphs the
/// other readers know:
/// <list type="bullet">
/// <item>a message that opens a strategy or a goal, or carries a label ("Informe meta 233.1:" over the report,
/// "Retroalimentación 233.1: …"), is one paragraph, the goal named after a label dropped ("Informe: …");</item>
/// <item>a message whose first line is a section heading ("Acuerdos de la sesión:") keeps its lines, less the question
/// put to the group ("¿Están de acuerdo?");</item>
/// <item>inside a goal, a message of anyone but the chair (who posts the goals) is a remark ("Observaciones: …");</item>
/// <item>every other message is conversation (greetings, "De acuerdo 👍", the chair giving the floor) and the export's
/// notices ("&lt;Multimedia omitido&gt;") are nobody's words: both are dropped. A sentence that calls someone by an
/// @mention ("Adelante @Karla con su informe.") gives the floor and is dropped too.</item>
/// </list>
/// The roll call ("Presente. Lic. A, Secretaría…") is read apart by <see cref="RollCall"/>.
/// </summary>
public static partial class ChatTranscript
{
    /// <summary>How many stamped messages make rows a chat export rather than a date and hour that open a line.</summary>
    private const int MinMessages = 6;

    private sealed record Message(Row First, string Sender, List<string> Lines);

    /// <summary>The rows with the chat's messages rewritten; the rows unchanged when they hold no chat export.</summary>
    public static IReadOnlyList<Row> Normalize(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var (before, messages, after) = Messages(rows);
        if (messages.Count < MinMessages)
        {
            return rows;
        }

        var chair = messages.Where(m => OpensStrategyOrGoal(m.Lines[0])).GroupBy(m => m.Sender).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        var result = new List<Row>(before);
        var inGoal = false;
        var agreementsOpened = false;
        for (var m = 0; m < messages.Count; m++)
        {
            var message = messages[m];
            var lines = message.Lines.Where(l => !ActaVocabulary.ChatNotice.IsWhole(l)).Select(WithoutMentions).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            if (lines[^1].EndsWith(':') && m + 1 < messages.Count && messages[m + 1].Sender == message.Sender)
            {
                // "Doy lectura a nuestro informe de la meta 412.1:" and the report in the speaker's next cue: one message.
                lines.AddRange(messages[++m].Lines);
            }

            var first = lines[0];
            if (SpokenFields(string.Join(' ', lines)) is { Count: > 0 } spokenFields)
            {
                // "La meta 412.1 es «…». El indicador es «…». La instancia responsable es la Secretaría…": a goal read aloud.
                inGoal = true;
                result.AddRange(spokenFields.Select(f => Paragraph(message.First, f)));
                continue;
            }

            if (AnnouncedReport(first) is { } announced)
            {
                // "Gracias. Doy lectura a nuestro informe de la meta 412.1:" — the label is the last word(s) before the goal.
                result.Add(Paragraph(message.First, announced + ": " + string.Join(' ', lines.Skip(1)).Trim()));
                continue;
            }

            if (MovingOn().Match(first) is { Success: true } moving && ActaVocabulary.DiscussionHeading.IsWhole(moving.Groups["heading"].Value))
            {
                // "Pasamos a asuntos generales." — the chair leaves the strategies for a section of the minutes.
                inGoal = false;
                result.Add(Paragraph(message.First, moving.Groups["heading"].Value.Trim()));
                continue;
            }

            if (NumberedAgreement().Match(first) is { Success: true } agreement && (agreement.Groups["digits"].Success || SpanishNumberWords.Parse(agreement.Groups["n"].Value) is not null))
            {
                // "Acuerdo uno: La Secretaría…", "Acuerdo 2. …": an agreement read aloud, under a heading the first one opens.
                inGoal = false;
                if (!agreementsOpened)
                {
                    agreementsOpened = true;
                    result.Add(Paragraph(message.First, "Acuerdos"));
                }

                result.Add(Paragraph(message.First, string.Join(' ', lines.Skip(1).Prepend(agreement.Groups["rest"].Value)).Trim()));
                continue;
            }

            if (GoalLabel().Match(first) is { Success: true } labelled && StrategyLabels.Read(labelled.Groups["label"].Value + ":") is { Rest.Length: 0, Field: not StrategyField.Goal })
            {
                // "Informe meta 233.1:" ¶ the report: the label over its text, the goal it names being the one just posted.
                var rest = string.Join(' ', lines.Skip(1).Prepend(labelled.Groups["rest"].Value)).Trim();
                result.Add(Paragraph(message.First, labelled.Groups["label"].Value.Trim() + ": " + rest));
                continue;
            }

            if (StrategyLabels.Read(first) is null && ProseStrategies.StrategyOpening(first) is { } opening)
            {
                // "Pasamos a la estrategia 233 «Facilitar…»." — the strategy's heading, as the prose reader writes it.
                inGoal = false;
                var title = opening.Title is null ? "" : " " + opening.Title;
                result.Add(Paragraph(message.First, $"Estrategia {opening.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{title}"));
                continue;
            }

            if (OpensStrategyOrGoal(first) || StrategyLabels.Read(first) is not null)
            {
                // "Meta 233.1: «Expedir…». Indicador: «Número…». Responsable: …": the quotes are the poster's, not the goal's words.
                inGoal = StrategyLabels.Read(first) is { Field: StrategyField.Goal } || (inGoal && !OpensStrategyOrGoal(first));
                result.Add(Paragraph(message.First, QuotedValue().Replace(string.Join(' ', lines), "$1$2")));
                continue;
            }

            // "Acuerdos de la sesión: 1. La Consejería… 2. …" may come as one paragraph (a PDF joins the message's lines).
            var colon = first.IndexOf(':', StringComparison.Ordinal);
            if (colon is > 2 and <= 60 && first[(colon + 1)..].Trim() is { Length: > 0 } tail &&
                SectionDetector.Classify(Paragraph(message.First, first[..(colon + 1)])) is not null)
            {
                lines = [first[..(colon + 1)], tail, .. lines.Skip(1)];
            }

            if (SectionDetector.Classify(Paragraph(message.First, lines[0])) is not null)
            {
                inGoal = false;
                var items = lines.SelectMany(l => ListMarker().Split(l)).Select(l => TrailingQuestion().Replace(l, "").Trim()).Where(l => l.Length > 0);
                result.AddRange(items.Select(l => Paragraph(message.First, l)));
                continue;
            }

            if (inGoal && message.Sender != chair && string.Join(' ', lines).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5)
            {
                result.Add(Paragraph(message.First, "Observaciones: " + string.Join(' ', lines)));
            }
        }

        result.AddRange(after);
        return result;
    }

    /// <summary>
    /// Who answered the chat's roll call: "Presente. Lic. Karla Ibarra Sepúlveda, Secretaría de Inclusión…", "Buenos días,
    /// Lic. Andrés Colín Barajas, Consejería Jurídica…, presente", "Presente, Fabiola Serrano Vidal por la Secretaría
    /// Ejecutiva. Yo tomo nota…": the person the message names, and the body written after the name.
    /// </summary>
    public static IReadOnlyList<(string Name, string? Institution, SourceLocation Location)> RollCall(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var (_, messages, _) = Messages(rows);
        var people = new List<(string Name, string? Institution, SourceLocation Location)>();
        if (messages.Count < MinMessages)
        {
            return people;
        }

        foreach (var message in messages)
        {
            var text = string.Join(' ', message.Lines);
            if (!Present().IsMatch(TextFold.Fold(text)))
            {
                continue;
            }

            foreach (Match candidate in Person().Matches(text))
            {
                var name = candidate.Groups["name"].Value.Trim();
                if (!PersonNames.LooksLikePerson(name) || Present().IsMatch(TextFold.Fold(name)))
                {
                    continue;
                }

                var body = text[(candidate.Index + candidate.Length)..];
                var lead = BodyLead().Match(body);
                body = body[lead.Length..];
                body = SentenceEnd().Match(body) is { Success: true } end ? body[..end.Index] : body;
                body = AnswerTail().Replace(body, "").Trim().TrimEnd(',', ';').Trim();
                body = Initialism().IsMatch(body) ? body : body.TrimEnd('.'); // "Red de Mujeres Retornadas, A.C." keeps its period
                if (!people.Any(p => p.Name == name))
                {
                    people.Add((name, body.Length >= 3 && lead.Length > 0 ? body : null, message.First.Location));
                }

                break;
            }
        }

        return people;
    }

    /// <summary>The rows before the first stamped message, the messages, and the rows after the last (who drew up the minutes).</summary>
    private static (List<Row> Before, List<Message> Messages, List<Row> After) Messages(IReadOnlyList<Row> rows)
    {
        var before = new List<Row>();
        var messages = new List<Message>();
        var after = new List<Row>();
        var cueOpen = false;
        var cues = false;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (after.Count > 0 || row.Table is not null || !row.IsSingle)
            {
                (messages.Count == 0 ? before : after).Add(row);
                continue;
            }

            var text = row.Text.Trim();
            if (CueNumber().IsMatch(text) && r + 1 < rows.Count && rows[r + 1].Table is null && CueTiming().Match(rows[r + 1].Text.Trim()) is { Success: true, Index: 0 })
            {
                continue; // a WebVTT cue's number on its own line, over the cue's timing
            }

            if (cueOpen && CueSpeaker().Match(text) is { Success: true } spoken)
            {
                // The line under a cue's timing: "Display name: what was said".
                cueOpen = false;
                messages.Add(new Message(row, spoken.Groups["sender"].Value.Trim(), [spoken.Groups["said"].Value.Trim()]));
                continue;
            }

            cueOpen = false;
            if (CueTiming().Match(text) is { Success: true } timing && (timing.Index == 0 || CueNumber().IsMatch(text[..timing.Index].Trim()) || messages.Count > 0))
            {
                // "12 00:01:26.743 --> 00:01:50.314 Name: text" (a PDF may join a cue's lines): the text before it closes the last cue.
                cues = true;
                var lead = timing.Index == 0 ? "" : CueTrailingNumber().Replace(text[..timing.Index], "").Trim();
                if (lead.Length > 0 && messages.Count > 0)
                {
                    messages[^1].Lines.Add(lead);
                }

                var rest = text[(timing.Index + timing.Length)..].Trim();
                if (rest.Length == 0)
                {
                    if (messages.Count == 0)
                    {
                        before.Add(row);
                    }

                    cueOpen = true;
                }
                else if (CueSpeaker().Match(rest) is { Success: true } inline)
                {
                    messages.Add(new Message(row, inline.Groups["sender"].Value.Trim(), [inline.Groups["said"].Value.Trim()]));
                }

                continue;
            }

            var stamps = Stamp().Matches(text).Where(m => m.Index == 0 || char.IsWhiteSpace(text[m.Index - 1])).ToList();
            var head = stamps.Count == 0 ? text : text[..stamps[0].Index].Trim();
            if (head.Length > 0)
            {
                if (messages.Count == 0)
                {
                    before.Add(row);
                }
                else if (text.IndexOf(':', StringComparison.Ordinal) is > 1 and < 30 and var colon && ActaVocabulary.SignOffLabel.IsWhole(text[..colon]))
                {
                    after.Add(row); // "Elaboró: …" under the export closes it
                    continue;
                }
                else if (cues && stamps.Count == 0 && CueSpeaker().Match(text) is { Success: true } resumed &&
                         messages.Any(m => m.Sender == resumed.Groups["sender"].Value.Trim()))
                {
                    // A cue whose number and timing a PDF's page break lost ("24 ⏎ 00:06:21.543 --> …" at a page's foot, its
                    // words on the next page): a line that opens with the name of one who already spoke is a cue of its own.
                    messages.Add(new Message(row, resumed.Groups["sender"].Value.Trim(), [resumed.Groups["said"].Value.Trim()]));
                    continue;
                }
                else
                {
                    messages[^1].Lines.Add(head);
                }
            }

            for (var k = 0; k < stamps.Count; k++)
            {
                var end = k + 1 < stamps.Count ? stamps[k + 1].Index : text.Length;
                var said = text[(stamps[k].Index + stamps[k].Length)..end].Trim();
                messages.Add(new Message(row, stamps[k].Groups["sender"].Value.Trim(), [said]));
            }
        }

        return (before, messages, after);
    }

    /// <summary>
    /// A goal read aloud as "The label is value." sentences ("La meta 412.1 es «…». El indicador es «…». La instancia
    /// responsable es la Secretaría de Salud."): each field a labelled paragraph ("Meta 412.1: …", "Indicador: …"), other
    /// sentences ("Adelante, Laura.") dropped; null when the text does not open with a goal so read.
    /// </summary>
    private static List<string>? SpokenFields(string text)
    {
        var fields = new List<string>();
        foreach (Match sentence in SpokenField().Matches(text))
        {
            var label = sentence.Groups["label"].Value.Trim();
            var id = sentence.Groups["id"].Value;
            var labelled = id.Length > 0 ? $"{label} {id}" : label;
            if (StrategyLabels.Read(labelled + ":") is not { } read || (fields.Count == 0) != (read.Field == StrategyField.Goal && id.Length > 0))
            {
                continue;
            }

            fields.Add(labelled + ": " + sentence.Groups["value"].Value.Trim());
        }

        return fields.Count > 0 ? fields : null;
    }

    /// <summary>"Gracias. Doy lectura a nuestro informe de la meta 412.1:" → "informe" (the label the announcing sentence ends with), or null.</summary>
    private static string? AnnouncedReport(string line)
    {
        var last = SentenceBreak().Split(line.Trim())[^1];
        if (!last.EndsWith(':') || GoalLabel().Match(last) is not { Success: true } labelled || labelled.Groups["rest"].Length > 0)
        {
            return null;
        }

        var words = labelled.Groups["label"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = words.Length - 1; k >= Math.Max(0, words.Length - 3); k--)
        {
            var label = string.Join(' ', words[k..]);
            if (StrategyLabels.Read(label + ":") is { Rest.Length: 0, Field: StrategyField.Report })
            {
                return char.ToUpperInvariant(label[0]) + label[1..];
            }
        }

        return null;
    }

    private static bool OpensStrategyOrGoal(string text) =>
        StrategyLabels.Read(text) is { Field: StrategyField.Goal } || ProseStrategies.StrategyOpening(text) is not null ||
        StrategySegmenter.Start(Paragraph(null, text)) is not null;

    private static string WithoutMentions(string line) => line.Contains('@', StringComparison.Ordinal) ? Mention().Replace(line, "").Trim() : line.Trim();

    private static Row Paragraph(Row? like, string text) =>
        like is null
            ? new Row([new RowCell(0, 1, [text])], new SourceLocation(null, 0), null, true, Layout.ParagraphRole.Body)
            : like with { Cells = [new RowCell(0, 1, [text])], Role = Layout.ParagraphRole.Body, SoftLines = null };

    /// <summary>
    /// A message's stamp and sender: "[14/05/20 10:02] Name: " (iOS, seconds and a comma optional) or "14/05/20 10:02 - Name: "
    /// (Android); the hour may carry "a. m." / "p. m.".
    /// </summary>
    [GeneratedRegex(@"(?:\[\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[apAP]\.?\s?[mM]\.?)?\]\s*|\b\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[apAP]\.?\s?[mM]\.?)?\s+[-–]\s+)(?<sender>[^:\[\]]{1,60}?):(?:\s+|$)")]
    private static partial Regex Stamp();

    /// <summary>"El indicador es «…».", "La meta 412.1 es «…».", "La instancia responsable es la Secretaría…": one spoken field.</summary>
    [GeneratedRegex(@"(?:^|(?<=[.!?»]\s+))(?:El|La|Los|Las)\s+(?<label>\p{Ll}[\p{Ll} ]{1,40}?)(?:\s+(?<id>\d{1,3}\.\d{1,2}))?\s+(?:es|son)\s+(?:(?:el|la|los|las)\s+(?=\p{Lu}))?(?:«(?<value>[^«»]+)»\.?|(?<value>[^«»]+?)(?:\.(?=\s|$)|$))")]
    private static partial Regex SpokenField();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu}|¿|¡)")]
    private static partial Regex SentenceBreak();

    /// <summary>"Pasamos a asuntos generales.", "Vamos con los asuntos generales:": the chair moving to a part of the agenda.</summary>
    [GeneratedRegex(@"^(?:\p{L}+,\s+)?(?:[Pp]asamos|[Pp]asemos|[Vv]amos|[Cc]ontinuamos|[Ss]eguimos)\s+(?:a|al|con)\s+(?:el\s+punto\s+de\s+|los\s+|las\s+|el\s+)?(?<heading>[\p{L} ]{3,60}?)\s*[.:;,]")]
    private static partial Regex MovingOn();

    /// <summary>"Acuerdo uno: …", "Acuerdo número 2. …": an agreement read out with its number.</summary>
    [GeneratedRegex(@"^[Aa]cuerdo\s+(?:n[úu]mero\s+)?(?:(?<digits>\d{1,2})|(?<n>\p{Ll}+))\s*[:.]\s+(?<rest>\S.*)$")]
    private static partial Regex NumberedAgreement();

    /// <summary>A WebVTT cue's timing (Zoom, Teams, Meet transcripts): "00:01:26.743 --> 00:01:50.314", hours optional.</summary>
    [GeneratedRegex(@"(?<![\d:.])(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}(?![\d:.])")]
    private static partial Regex CueTiming();

    [GeneratedRegex(@"^\d{1,5}$")]
    private static partial Regex CueNumber();

    [GeneratedRegex(@"(?:^|\s)\d{1,5}\s*$")]
    private static partial Regex CueTrailingNumber();

    /// <summary>A cue's speaker and words: "Laura Ibáñez Soto - SEDESA: Gracias…" (the display name has no colon).</summary>
    [GeneratedRegex(@"^(?<sender>[^:\n]{2,80}?):\s+(?<said>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex CueSpeaker();

    /// <summary>"Informe meta 233.1: …", "Retroalimentación de la meta 235.2: …": a label, the goal it is about, a colon.</summary>
    [GeneratedRegex(@"^(?<label>\p{L}[\p{L} ]{2,40}?)\s+(?:(?:de\s+)?(?:la\s+)?(?:[Mm]eta)\s+)?\d{3}\.\d{1,2}\s*:\s*(?<rest>.*)$")]
    private static partial Regex GoalLabel();

    /// <summary>A label's value in guillemets: "Indicador: «Número de…»" → "Indicador: Número de…".</summary>
    [GeneratedRegex(@"(:\s*)«([^«»]+)»")]
    private static partial Regex QuotedValue();

    /// <summary>A question put to the group after the items: "… por este grupo. ¿Están de acuerdo? 🙋".</summary>
    [GeneratedRegex(@"\s*¿[^?]*\?[^\p{L}\d]*$")]
    private static partial Regex TrailingQuestion();

    /// <summary>Where a typed list item starts after a sentence: "… el 22 de mayo. 2. La Secretaría…".</summary>
    [GeneratedRegex(@"(?<=[.;:]\s+)(?=\d{1,2}[.)]\s+\p{Lu})")]
    private static partial Regex ListMarker();

    /// <summary>The sentence that holds an @mention.</summary>
    [GeneratedRegex(@"(?:^|(?<=[.!?]\s))[^.!?@]*(?<!\S)@[^.!?]*(?:[.!?]|$)")]
    private static partial Regex Mention();

    [GeneratedRegex(@"(?:^|[\s.])\p{Lu}\.$")]
    private static partial Regex Initialism();

    [GeneratedRegex(@"(?<![\p{L}])presente(?![\p{L}])")]
    private static partial Regex Present();

    /// <summary>A person's name, after a title of courtesy or profession when it has one: "Lic. Karla Ibarra Sepúlveda".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:" + ActaVocabulary.TitleAbbreviation + @"\.\s+)?(?<name>\p{Lu}\p{Ll}+(?:\s+(?:(?:de|del)\s+(?:(?:la|los|las)\s+)?)?\p{Lu}\p{Ll}+){1,5})")]
    private static partial Regex Person();

    /// <summary>What joins a name to its body: ", " or " por la ", " de la ".</summary>
    [GeneratedRegex(@"^\s*(?:,\s*|\s+(?:por|de)\s+(?:(?:la|el|los|las)\s+)?)")]
    private static partial Regex BodyLead();

    /// <summary>A sentence's end inside the body's text, not after an initial ("A.C.", "I.A.P."): ". Yo tomo nota…".</summary>
    [GeneratedRegex(@"(?<!(?:^|[\s.])\p{Lu})[.!]\s+(?=\S)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@",?\s*(?<![\p{L}])[Pp]resente(?![\p{L}])[\s\p{P}\p{So}\p{Sk}]*$")]
    private static partial Regex AnswerTail();
}
