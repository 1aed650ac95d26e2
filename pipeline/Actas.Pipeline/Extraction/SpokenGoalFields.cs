using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A note dictated aloud tells a goal's fields as sentences run together in one paragraph, no label on a line of its own
/// (blind batch O, O1: "Meta 221.1: Ampliar… El indicador es Número de… y le toca a la Secretaría de Salud. Informaron: En
/// 2021 operaron… La Secretaría Ejecutiva les dijo: Se sugiere… Samuel, de la Colectiva, dijo: En varios…"). Inside a
/// strategy block this cuts such a paragraph at each sentence that opens a field and rewrites the pieces as the labelled
/// rows the strategy reader knows:
/// <list type="bullet">
/// <item>"El indicador es X y le toca a la Y." → "Indicador: X", "Instancia ejecutora: Y" ("le corresponde a", "a cargo de");</item>
/// <item>"Informaron: …", "Se informó: …", "Nos reportaron: …" (a verb of reporting and a colon) → "Informe: …"; a paragraph
/// that is only "La Secretaría de Salud informó:" is the label over the report below it;</item>
/// <item>"Who (les) dijo: …" (a verb of saying and a colon) → a remark without its speaker: "Retroalimentación: …" when the
/// Secretaría Ejecutiva speaks, "Observaciones: …" for anybody else.</item>
/// </list>
/// A piece runs to the next such sentence; other sentences after the indicator's go back to the goal's text.
/// </summary>
public static partial class SpokenGoalFields
{
    public static IReadOnlyList<Row> Normalize(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var result = new List<Row>(rows.Count);
        var inStrategy = false;
        foreach (var row in rows)
        {
            if (StrategySegmenter.Start(row) is not null || SectionDetector.Classify(row) is not null)
            {
                inStrategy = StrategySegmenter.Start(row) is not null;
                result.Add(row);
                continue;
            }

            if (!inStrategy || row.Table is not null || !row.IsSingle)
            {
                result.Add(row);
                continue;
            }

            // ReportLead needs the paragraph to end in a colon (the fold keeps it): only such a paragraph is folded and matched.
            var trimmed = row.Text.Trim();
            if (trimmed.EndsWith(':') && ReportLead().IsMatch(TextFold.Fold(trimmed)))
            {
                // "La Secretaría de Salud informó:" alone, the report quoted in the paragraphs below (blind batch Q, Q5).
                result.Add(row with { Cells = [new RowCell(0, 1, ["Informe:"])], SoftLines = null, Role = Layout.ParagraphRole.Body });
                continue;
            }

            var pieces = Pieces(row.Text);
            if (pieces is null)
            {
                result.Add(row);
                continue;
            }

            result.AddRange(pieces.Select(p => row with { Cells = [new RowCell(0, 1, [p])], SoftLines = null, Role = Layout.ParagraphRole.Body }));
        }

        return result;
    }

    /// <summary>The paragraph as labelled pieces (its own text first, when it has some), or null when no sentence opens a field.</summary>
    internal static IReadOnlyList<string>? Pieces(string text)
    {
        var folded = TextFold.Fold(text);
        if (folded.Length != text.Length)
        {
            return null;
        }

        // Every cue holds "indicador" or a colon: without either Cue, whose lazy 80-character scan from every position
        // was a sixth of a .docx import's extraction time, cannot match.
        if (!folded.Contains(':') && !folded.Contains("indicador", StringComparison.Ordinal))
        {
            return null;
        }

        var cues = new List<(int Start, int Length, string Label, Match Match)>();
        foreach (Match m in Cue().Matches(folded))
        {
            if (!IsSentenceStart(folded, m.Index) || !char.IsUpper(text[m.Index]))
            {
                continue;
            }

            var label = m.Groups["indicator"].Success ? "Indicador: "
                : m.Groups["report"].Success ? "Informe: "
                : Secretariat().IsMatch(m.Groups["who"].Value) ? "Retroalimentación: " : "Observaciones: ";
            cues.Add((m.Index, m.Length, label, m));
        }

        if (cues.Count == 0)
        {
            return null;
        }

        var head = text[..cues[0].Start].Trim();
        var pieces = new List<string>();
        var extra = new List<string>();
        for (var k = 0; k < cues.Count; k++)
        {
            var (start, length, label, _) = cues[k];
            var end = k + 1 < cues.Count ? cues[k + 1].Start : text.Length;
            var body = text[(start + length)..end].Trim();
            if (body.Length == 0)
            {
                continue;
            }

            if (label != "Indicador: ")
            {
                pieces.Add(label + body);
                continue;
            }

            // The indicator is its sentence; who carries the goal out may close it ("… y le toca a la Secretaría de Salud.").
            var stop = SentenceEnd().Match(body);
            var sentence = stop.Success ? body[..stop.Index] : body.TrimEnd('.');
            var after = stop.Success ? body[(stop.Index + stop.Length)..].Trim() : "";
            var foldedSentence = TextFold.Fold(sentence);
            if (ExecutorClause().Match(foldedSentence) is { Success: true } executor && foldedSentence.Length == sentence.Length)
            {
                pieces.Add("Indicador: " + sentence[..executor.Index].Trim());
                pieces.Add("Instancia ejecutora: " + sentence[(executor.Index + executor.Length)..].Trim());
            }
            else
            {
                pieces.Add("Indicador: " + sentence.Trim());
            }

            if (after.Length > 0)
            {
                extra.Add(after); // "De esta meta el INJUVE no mandó informe.": no field of its own, back to the goal's text
            }
        }

        var own = string.Join(' ', new[] { head }.Concat(extra).Where(s => s.Length > 0));
        return own.Length > 0 ? [own, .. pieces] : pieces;
    }

    /// <summary>"la secretaria de salud informo:", "el dif reporto lo siguiente:" (folded): a body, a verb of reporting, a colon, nothing after.</summary>
    [GeneratedRegex(@"^(?:la|el|los|las)\s+[^.:;!?]{2,120}?\s+(?:informo|informaron|reporto|reportaron|presento|presentaron|rindio|rindieron|dio\s+cuenta\s+de|dieron\s+cuenta\s+de)(?:\s+lo\s+siguiente)?\s*:$")]
    private static partial Regex ReportLead();

    private static bool IsSentenceStart(string folded, int index)
    {
        var before = folded[..index].TrimEnd();
        return before.Length == 0 || ".!?…:;»”\")".Contains(before[^1], StringComparison.Ordinal) && before.Length < index;
    }

    /// <summary>
    /// A sentence that opens a field (folded text): "el indicador es …", "informaron:", "se informo:", "la secretaria ejecutiva les
    /// dijo:", "samuel, de la colectiva, dijo:". The report and remark verbs need their colon: "Informaron que…" is a sentence.
    /// </summary>
    [GeneratedRegex(@"(?<indicator>(?:el|su)\s+indicador\s+(?:es|sera|seria|fue)\s+)|(?<report>(?:(?:nos|les)\s+|se\s+)?(?:informaron|informo|reportaron|reporto|comunicaron|comunico)\s*:\s*)|(?<who>[^\s.:;!?][^.:;!?]{1,80}?),?\s+(?:(?:les|nos|le)\s+)?(?:dijo|dijeron|comento|comentaron|senalo|senalaron|observo|observaron|opino|opinaron|menciono|mencionaron|expreso|expresaron|pregunto|sugirio|recomendo|pidio|agrego|respondio|aclaro|explico|apunto|propuso|planteo|cuestiono)\s*:\s*")]
    private static partial Regex Cue();

    /// <summary>Who carries the goal out, closing the indicator's sentence: " y le toca a la …", " y le corresponde al …", ", a cargo de la …".</summary>
    [GeneratedRegex(@",?\s+(?:y\s+(?:le|les)\s+(?:toca|corresponde)\s+|(?:y\s+)?(?:esta|queda)?\s*a\s+cargo\s+)(?:a\s+(?:la|el|los|las)\s+|al\s+|de\s+(?:la|el|los|las)\s+|del\s+|a\s+|de\s+)")]
    private static partial Regex ExecutorClause();

    [GeneratedRegex(@"secretaria\s+ejecutiva|^\s*(?:la\s+)?se\s*$")]
    private static partial Regex Secretariat();

    /// <summary>A period that ends a sentence, not one inside a number ("41,350.5").</summary>
    [GeneratedRegex(@"(?<!\d)\.(?=\s|$)|(?<=\d)\.(?=\s+\p{Lu}|$)")]
    private static partial Regex SentenceEnd();
}
