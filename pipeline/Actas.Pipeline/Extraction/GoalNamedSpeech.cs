using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A remark whose lead names the goal it is about and who made it, in two shapes <see cref="SpeakerTag"/> reads beside its own:
/// <list type="bullet">
/// <item>the goal first, then who spoke, a verb of saying and "que" or a colon: "Sobre la meta 537.1, la Secretaría Ejecutiva
/// señala que el informe presenta…", "Sobre la meta 537.1, Name (Body) observa que …" (blind batch AF, AF3: the remarks gathered
/// in one closing section, each naming its goal); the verb in the preterite or the present;</item>
/// <item>the same lead with the remark announced by its kind: "Respecto de la meta 344.1, la Secretaría Ejecutiva formuló la
/// siguiente retroalimentación: Lo reportado…" (blind batch AI, AI3: a legal office's prose acta);</item>
/// <item>who spoke, a dash, the goal in parentheses, the remark: "•⇥Secretaría Ejecutiva — (meta 633.1) Se reportan datos…",
/// "•⇥Name — (meta 633.1) Los cursos…" (AF5: typed bullets under a strategy's table).</item>
/// </list>
/// The remark is what follows the lead (it may start in lower case after "que"); who spoke says its kind.
/// </summary>
public static partial class GoalNamedSpeech
{
    /// <summary>The lead's length, the goal it names and who spoke (without article), or null when the text opens with no such lead.</summary>
    public static (int Length, string GoalId, string Who)? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Both shapes name a goal id ("537.1"): without a digit and a stop in the first 200 characters there is none.
        var head = text.AsSpan(0, Math.Min(text.Length, 220));
        if (head.IndexOfAnyInRange('0', '9') < 0 || head.IndexOf('.') < 0)
        {
            return null;
        }

        // GoalFirst names "la meta", SpeakerDashGoal a dash before the id: a paragraph with neither (most of them) is skipped
        // before the regexes, whose lazy scan of a capitalised lead ran on every paragraph of every rewriter that asks.
        var hasMeta = text.Contains("meta", StringComparison.OrdinalIgnoreCase);
        var hasDash = text.AsSpan().IndexOfAny('—', '–') >= 0;
        if (!hasMeta && !hasDash)
        {
            return null;
        }

        var m = hasMeta ? GoalFirst().Match(text) : Match.Empty;
        if (!m.Success && hasDash)
        {
            m = SpeakerDashGoal().Match(text);
        }

        return m.Success ? (m.Length, m.Groups["id"].Value, m.Groups["who"].Value.Trim()) : null;
    }

    /// <summary>
    /// "Sobre la meta 537.1, la Secretaría Ejecutiva señala que ", "Respecto de la meta 212.3, Name (Body) observó: "; the remark
    /// announced by its kind ("Respecto de la meta 344.1, la Secretaría Ejecutiva formuló la siguiente retroalimentación: ", blind
    /// batch AI, AI3).
    /// </summary>
    [GeneratedRegex(@"^\s*(?:" + ActaVocabulary.Bullet + @"\s*)?(?i:" + ActaVocabulary.RegardingGoal + @")\s+(?i:la\s+meta)\s+(?<id>\d{3}\.\d{1,2})\s*,\s*" +
                    @"(?:(?:la|el|las|los)\s+)?(?<who>\p{Lu}(?:[^:;.()«“""\d]|\([^()]{1,160}\)|(?<=\b" + ActaVocabulary.TitleAbbreviation + @")\.){1,160}?)\s*,?\s+(?:(?:tambi[eé]n|adem[aá]s)\s+)?" +
                    @"(?:" + ActaVocabulary.SaidVerb + "|" + ActaVocabulary.SayingVerb + "|" + ActaVocabulary.RemarkMadeVerb + @")(?:\s+que\s+|\s*:\s+)")]
    private static partial Regex GoalFirst();

    /// <summary>"Secretaría Ejecutiva — (meta 633.1) ", "Name (Body) – (633.1): ", "Name — meta 633.1: ".</summary>
    [GeneratedRegex(@"^\s*(?:" + ActaVocabulary.Bullet + @"\s*)?(?:(?:La|El)\s+)?(?<who>\p{Lu}(?:[^:;.()«“""\d–—]|\([^()\d]{1,160}\)|(?<=\b" + ActaVocabulary.TitleAbbreviation + @")\.){1,120}?)\s*[—–]\s*" +
                    @"(?:\((?:(?i:meta)\s+)?(?<id>\d{3}\.\d{1,2})\)\s*:?|(?i:meta)\s+(?<id>\d{3}\.\d{1,2})\s*[:.])\s*(?=\p{Lu}|[«“""¿¡])")]
    private static partial Regex SpeakerDashGoal();
}
