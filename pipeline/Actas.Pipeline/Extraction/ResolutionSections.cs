using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// An acta written as a legal resolution (blind batch W, W1): an opening sentence, ANTECEDENTES, then the recitals
/// ("CONSIDERANDOS", <see cref="ActaVocabulary.ResolutionRecitals"/>) whose numbered points review the strategies — "PRIMERO.-
/// Que en seguimiento de la Estrategia 318, Garantizar…" ¶ "a) Meta 318.1. Realizar…" ¶ "Indicador: …" — and the operative
/// points ("RESOLUTIVOS", an agreements heading) that are its agreements. Inside the recitals this rewrites a point that names a
/// strategy as its heading ("Estrategia 318. Garantizar…") and drops a letter's outline mark before a goal label, so the
/// strategy reader sees what it knows. The ordinal words of the operative points are the agreements' numbering
/// (<see cref="AgreementExtractor"/>); those of the recitals are no agreements.
/// </summary>
public static partial class ResolutionSections
{
    public static IReadOnlyList<Row> Normalize(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        List<Row>? result = null;
        var inRecitals = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is { Table: null, IsSingle: true } && row.Text.Length <= 40 && ActaVocabulary.ResolutionRecitals.IsWhole(row.Text.Trim().TrimEnd(':', '.')))
            {
                inRecitals = true;
                result?.Add(row);
                continue;
            }

            if (inRecitals && SectionDetector.Classify(row) is not null)
            {
                inRecitals = false;
            }

            if (inRecitals && row is { Table: null, IsSingle: true } &&
                (LoneMark().IsMatch(row.Text) || (row.Text.TrimEnd().EndsWith(':') && i + 1 < rows.Count && SectionDetector.Classify(rows[i + 1]) == SectionKind.Agreements)))
            {
                // "a)" on a line of its own (a list's letter before "Meta 318.1", split from it), and "Por lo anteriormente expuesto
                // y fundado, … adoptan los siguientes:" right over RESOLUTIVOS: the recitals' end, no part of a strategy.
                result ??= [.. rows.Take(i)];
                continue;
            }

            var rewritten = inRecitals && row is { Table: null, IsSingle: true } ? Rewrite(row.Text.Trim()) : null;
            if (rewritten is null)
            {
                result?.Add(row);
                continue;
            }

            result ??= [.. rows.Take(i)];
            result.Add(row with { Cells = [new RowCell(0, 1, [rewritten])], SoftLines = null });
        }

        return result ?? rows;
    }

    /// <summary>A recital's text as the heading or label it stands for, or null when it is neither.</summary>
    internal static string? Rewrite(string text)
    {
        if (Recital().Match(text) is { Success: true } recital)
        {
            return "Estrategia " + recital.Groups["n"].Value + ". " + recital.Groups["title"].Value.Trim();
        }

        return LetterMark().Match(text) is { Success: true } mark && StrategyLabels.Read(text[mark.Length..]) is { Field: StrategyField.Goal, GoalId: not null }
            ? text[mark.Length..]
            : null;
    }

    /// <summary>
    /// "PRIMERO.- Que en seguimiento de la Estrategia 318, Garantizar…", "SEGUNDO. Que respecto de la estrategia número 321: …": a
    /// point's ordinal word, "Que", a few words, the strategy's number, then its title.
    /// </summary>
    [GeneratedRegex(@"^(?i:" + ActaVocabulary.OrdinalWord + @"|[IVX]{1,5}|\d{1,2})\s*" + ActaVocabulary.OrdinalClose + @"\s*(?i:que)\s+[^.;:]{0,80}?(?<![\p{L}])(?i:estrategia)\s+(?:(?i:n[uú]mero|n[uú]m\.|no\.)\s*)?(?<n>\d{3})(?!\.\d)\s*[,.:;–—-]?\s*(?<title>\p{L}.*)$")]
    private static partial Regex Recital();

    /// <summary>"a)", "b.": a letter's outline mark alone.</summary>
    [GeneratedRegex(@"^\s*[a-zA-Z]" + ActaVocabulary.TypedNumeralClose + @"\s*$")]
    private static partial Regex LoneMark();

    /// <summary>"a) ", "b. ", "c.- ": a letter's outline mark.</summary>
    [GeneratedRegex(@"^[a-zA-Z]" + ActaVocabulary.TypedNumeralClose + @"\s+(?=\p{Lu})")]
    private static partial Regex LetterMark();
}
