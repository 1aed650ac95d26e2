using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Sentences that state which goals were or were not reported, outside any status cell:
/// "Se recibió informe de las metas 251.1 (SSC) y 251.3 (C5); la meta 251.2, a cargo de la FGJCDMX, no fue
/// reportada.", "Para la meta 112.2 no se recibió informe.", "No remitieron información las metas 412.2 y 412.3."
/// Each clause (cut at ";" and at sentence ends) gives its goal ids the status it states: not reported when it
/// holds a phrase of <see cref="ActaVocabulary.NotReported"/>, reported when it holds one of
/// <see cref="ActaVocabulary.ReportedValue"/> with no negation.
/// </summary>
public static partial class GoalStatusSentences
{
    public static IEnumerable<(string GoalId, ReportStatus Status)> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!GoalId().IsMatch(text))
        {
            yield break;
        }

        foreach (var clause in ClauseEnd().Split(text))
        {
            var ids = GoalId().Matches(clause).Select(m => m.Value).Distinct().ToList();
            if (ids.Count == 0)
            {
                continue;
            }

            var key = TextFold.Key(GoalId().Replace(clause, " "));
            // "Ninguna de las dos metas fue reportada: la 257.1 y la 257.2…": "none" turns the reporting verb round.
            ReportStatus? status = ActaVocabulary.NotReported.Find(key).Success ? ReportStatus.NotReported
                : Reported().IsMatch(key) && NoneOf().IsMatch(key) ? ReportStatus.NotReported
                : Reported().IsMatch(key) && !Negation().IsMatch(key) ? ReportStatus.Reported
                : null;
            if (status is null)
            {
                continue;
            }

            foreach (var id in ids)
            {
                yield return (id, status.Value);
            }
        }
    }

    [GeneratedRegex(@"(?<!\d)\d{3}\.\d{1,2}(?![\d.]\d)")]
    private static partial Regex GoalId();

    /// <summary>A clause ends at ";" or at a period that is not inside a number.</summary>
    [GeneratedRegex(@";|(?<!\d)\.(?!\d)|(?<=\d)\.(?=\s|$)")]
    private static partial Regex ClauseEnd();

    /// <summary>A verb of reporting whose subject is the goal's report: "se recibió informe", "reportó", "presentaron su informe".</summary>
    [GeneratedRegex(@"\b(?:se recibi(?:o|eron) (?:el |los |su |sus )?(?:informe|informes|reporte|reportes|informacion)|report(?:o|aron)|(?:present|entreg|envi|remiti)(?:o|aron) (?:el |su |sus )?(?:informe|informes|reporte|reportes)|fue(?:ron)? reportad[ao]s?|cuenta(?:n)? con informe)\b")]
    private static partial Regex Reported();

    [GeneratedRegex(@"\b(?:no|sin|ni|tampoco|falta|faltan|pendiente|nunca)\b")]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:ninguna|ninguno|ningun)\b")]
    private static partial Regex NoneOf();
}
