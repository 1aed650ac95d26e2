using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A remark told as who made it, a verb of remarking and a colon, inside a strategy block: "La Secretaría Ejecutiva
/// retroalimentó: El informe permite…", "Name, de Institution, observó: Las verificaciones…" (blind batch W, W1: an acta
/// written as a legal resolution). Rewritten as the labelled row the strategy reader knows — the secretariat's remark as
/// "Retroalimentación:", anybody else's as "Observaciones:" — without who spoke. Only the verbs of <see
/// cref="ActaVocabulary.RemarkVerb"/>: "informó:" opens a report.
/// </summary>
public static partial class SaidRemarks
{
    public static IReadOnlyList<Row> Normalize(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (!rows.Any(r => r is { Table: null, IsSingle: true } && Read(r.Text) is not null))
        {
            return rows;
        }

        List<Row>? result = null;
        var inStrategy = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (StrategySegmenter.Start(row) is not null || SectionDetector.Classify(row) is not null)
            {
                inStrategy = StrategySegmenter.Start(row) is not null;
                result?.Add(row);
                continue;
            }

            if (!inStrategy || row is not { Table: null, IsSingle: true } || Read(row.Text) is not { } remark)
            {
                result?.Add(row);
                continue;
            }

            result ??= [.. rows.Take(i)];
            result.Add(row with { Cells = [new RowCell(0, 1, [(remark.BySecretariat ? "Retroalimentación: " : "Observaciones: ") + remark.Said])], SoftLines = null });
        }

        return result ?? rows;
    }

    /// <summary>What was said and whether the secretariat said it, or null when the text is no "who verb: remark".</summary>
    public static (string Said, bool BySecretariat)? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 8 || colon > 240)
        {
            return null; // the cheap test first: a colon where a speaker and a verb could end
        }

        var m = Told().Match(text);
        if (!m.Success || !ActaVocabulary.RemarkVerb.IsWhole(m.Groups["verb"].Value))
        {
            return null;
        }

        var who = m.Groups["who"].Value.Trim().TrimEnd(',');
        // "Al respecto, la Secretaría Ejecutiva retroalimentó:" (blind batch U, U4): a phrase set off before the subject.
        var comma = who.LastIndexOf(", ", StringComparison.Ordinal);
        var bySecretariat = ActaVocabulary.SecretariatSector.IsWhole(Article().Replace(who, "")) ||
                            (comma > 0 && ActaVocabulary.SecretariatSector.IsWhole(Article().Replace(who[(comma + 2)..], "")));
        return (text[m.Length..].Trim(), bySecretariat);
    }

    /// <summary>"La Secretaría Ejecutiva retroalimentó: ", "Name, de Institution, observó: ": a capitalised subject, a verb, a colon, a sentence.</summary>
    [GeneratedRegex(@"^\s*(?<who>\p{Lu}[^:;«“""]{1,200}?)\s+(?<verb>\p{Ll}+)\s*:\s+(?=\p{Lu}|[«“""¿¡])")]
    private static partial Regex Told();

    [GeneratedRegex(@"^(?:[Ll]a|[Ee]l|LA|EL)\s+")]
    private static partial Regex Article();
}
