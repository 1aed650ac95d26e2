using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A remark that names its goal first and who made it after a comma: "- Meta 265.1, Secretaría Ejecutiva: El informe…",
/// "- Meta 265.1, Name (Institution): Capacitar sin…" (blind batch W, W3: dash items under "Retroalimentación y
/// observaciones:"). Read on what follows the goal label (", Secretaría Ejecutiva: El informe…"): who spoke says the remark's
/// kind — the secretariat's is feedback, anybody else's an observation — and is no part of the remark.
/// </summary>
public static partial class GoalFirstSpeaker
{
    /// <summary>The remark and whether the secretariat made it, or null when the text opens with no ", who:" tag.</summary>
    public static (string Remark, bool BySecretariat)? Read(string afterGoal)
    {
        ArgumentNullException.ThrowIfNull(afterGoal);
        if (afterGoal.Length == 0 || afterGoal.TrimStart()[0] is not (',' or ';' or '–' or '—' or '-'))
        {
            return null;
        }

        var m = Tag().Match(afterGoal);
        if (!m.Success)
        {
            return null;
        }

        var who = Article().Replace(m.Groups["who"].Value.Trim(), "");
        return (afterGoal[m.Length..].Trim(), ActaVocabulary.SecretariatSector.IsWhole(who));
    }

    /// <summary>", Secretaría Ejecutiva: ", "; Name (Institution): ": a joiner, who spoke (a capital), a colon, then a sentence.</summary>
    [GeneratedRegex(@"^\s*[,;–—-]\s*(?<who>\p{Lu}[^:;«“""]{1,200}?)\s*:\s+(?=\p{Lu}|[«“""¿¡])")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^(?:[Ll]a|[Ee]l|LA|EL)\s+")]
    private static partial Regex Article();
}
