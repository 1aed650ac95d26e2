using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A remark the minutes tell as speech, with no heading over it: who spoke (or the secretariat), a verb of saying or the kind of
/// remark, then the remark — "Respecto de la meta 344.1, la Secretaría Ejecutiva formuló la siguiente retroalimentación: Lo
/// reportado…" ¶ "En uso de la palabra, C. Name, en representación de Gremio X, manifestó: Los cursos…" (blind batch AI, AI3: a
/// legal office's prose acta, the remarks straight after a goal's "Informe:" paragraph). Three shapes: the speech quoted
/// (<see cref="SpeakerTag.QuotedRemarkBySecretariat"/>), a lead naming the goal (<see cref="GoalNamedSpeech"/>), and a lead
/// without quotes before a colon whose speaker is the secretariat, a person, or somebody taking the floor or speaking in a body's
/// name (<see cref="ActaVocabulary.FloorTaken"/>). A body alone before the verb ("La Secretaría de Salud señaló: Se realizaron…")
/// may be giving its report, and is left to the report.
/// </summary>
public static partial class SpokenRemark
{
    /// <summary>True when the secretariat speaks (feedback), false for anybody else (an observation), null for a text that is no such remark.</summary>
    public static bool? BySecretariat(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (SpeakerTag.QuotedRemarkBySecretariat(text) is { } quoted)
        {
            return quoted;
        }

        if (GoalNamedSpeech.Read(text) is { } named)
        {
            return IsSecretariat(named.Who);
        }

        return Lead(text) is { } lead ? IsSecretariat(lead.Who) : null;
    }

    /// <summary>The length of an unquoted speech lead ("En uso de la palabra, C. Name, …, manifestó: "), or 0 when the text opens with none.</summary>
    public static int LeadLength(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Lead(text)?.Length ?? 0;
    }

    private static (int Length, string Who)? Lead(string text)
    {
        if (!text.Contains(':', StringComparison.Ordinal) || UnquotedSpeech().Match(text) is not { Success: true } m)
        {
            return null;
        }

        var who = m.Groups["who"].Value.Trim().TrimEnd(',');
        return IsSecretariat(who) || FloorTaken().IsMatch(who) || PersonNames.LooksLikePerson(who.Split(',', '(')[0].Trim()) ? (m.Length, who) : null;
    }

    private static bool IsSecretariat(string who) =>
        ActaVocabulary.SecretariatSector.PrefixLength(Article().Replace(TextFold.Key(FloorLead().Replace(who, "")), "")) > 0;

    /// <summary>Who (no colon, no quote), an optional comma, a verb of saying or the kind of remark made, a colon, then a sentence of its own.</summary>
    [GeneratedRegex(@"^\s*(?<who>\p{Lu}[^:;«»“”""]{2,300}?),?\s+(?:" + ActaVocabulary.SaidVerb + @"(?:\s+lo\s+siguiente)?|" + ActaVocabulary.RemarkMadeVerb + @")\s*:\s+(?=\p{Lu}|[«“""¿¡])")]
    private static partial Regex UnquotedSpeech();

    [GeneratedRegex(ActaVocabulary.FloorTaken, RegexOptions.IgnoreCase)]
    private static partial Regex FloorTaken();

    /// <summary>"En uso de la palabra, " before who spoke.</summary>
    [GeneratedRegex(@"^\s*(?:" + ActaVocabulary.FloorTaken + @")\s*,?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex FloorLead();

    [GeneratedRegex(@"^(?:la|el)\s+")]
    private static partial Regex Article();
}
