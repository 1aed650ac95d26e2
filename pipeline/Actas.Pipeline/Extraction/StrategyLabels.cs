using System.Text.RegularExpressions;

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
    /// <summary>A label and the text after it (empty when the label stands alone).</summary>
    public sealed record Found(StrategyField Field, string Rest, string? GoalId);

    public static Found? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var folded = TextFold.Fold(t);
        if (folded.Length != t.Length)
        {
            return null;
        }

        var goal = Goal().Match(folded);
        if (goal.Success)
        {
            var id = goal.Groups["id"].Success ? goal.Groups["id"].Value : null;
            var rest = t[goal.Length..].Trim();
            if (id is not null || rest.Length == 0 || goal.Value.Contains(':'))
            {
                return new Found(StrategyField.Goal, rest, id);
            }

        }

        foreach (var (regex, field, strict) in Labels)
        {
            var m = regex.Match(folded);
            if (!m.Success)
            {
                continue;
            }

            var rest = t[m.Length..].Trim();
            var hadColon = m.Value.TrimEnd().EndsWith(':') || m.Value.Contains(':');
            if (strict && rest.Length > 0 && !hadColon)
            {
                continue;
            }

            return new Found(field, rest, null);
        }

        return null;
    }

    /// <summary>"523.1 Texto" → ("523.1", "Texto") for a row-labelled Meta cell.</summary>
    public static (string? Id, string Text) SplitGoalId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = LeadingId().Match(text.Trim());
        return m.Success ? (m.Groups["id"].Value, text.Trim()[m.Length..].Trim()) : (null, text.Trim());
    }

    private static readonly (Regex Regex, StrategyField Field, bool Strict)[] Labels =
    [
        (Indicator(), StrategyField.Indicator, true),
        (Executor(), StrategyField.Executor, true),
        (Report(), StrategyField.Report, true),
        (Feedback(), StrategyField.Feedback, true),
        (Observation(), StrategyField.Observation, true),
    ];

    [GeneratedRegex(@"^metas?(?:\s+(?:no\.?\s*)?)?(?:\s*[:.\-]\s*|\s+|$)(?:(?<id>\d{3}\.\d{1,2})\.?(?:\s*[:.\-]+)?\s*)?")]
    private static partial Regex Goal();

    [GeneratedRegex(@"^indicador(?:es)?(?:\s+de\s+(?:la\s+)?meta)?\s*[:.\-]*\s*")]
    private static partial Regex Indicator();

    [GeneratedRegex(@"^(?:instancias?\s+ejecutoras?|instancias?\s+responsables?|ente\s+ejecutor|dependencias?\s+responsables?|responsables?)\s*[:.\-]*\s*")]
    private static partial Regex Executor();

    [GeneratedRegex(@"^(?:informe|reporte|avance reportado|informe de (?:la )?instancia(?: ejecutora)?|lo reportado|informe reportado)\s*(?::\s*)?")]
    private static partial Regex Report();

    [GeneratedRegex(@"^(?:retroalimentacion(?:\s+y\s+orientacion)?(?:\s+(?:del|de la)\s+(?:espacio|secretaria ejecutiva|se))?)\s*(?::\s*)?")]
    private static partial Regex Feedback();

    [GeneratedRegex(@"^(?:observaciones?(?:\s+(?:de|del)\s+(?:las\s+|la\s+|los\s+)?(?:instancias?(?:\s+ejecutoras?)?|sociedad civil|espacio|organizaciones|participantes))?(?:\s+generales)?)\s*(?::\s*)?")]
    private static partial Regex Observation();

    [GeneratedRegex(@"^(?<id>\d{3}\.\d{1,2})\.?\s*[:.\-]*\s*")]
    private static partial Regex LeadingId();
}
