using System.Text.RegularExpressions;
using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Agreements announced inside a paragraph, with no heading of their own: a sentence that ends in "se acordó:" and letters
/// the agreements after it in the same paragraph (blind batch U, U4, the minutes sent as an official letter: "Por lo
/// anterior, se acordó: a) La Secretaría… presentará… b) El Instituto… informará… c) La décima primera sesión…").
/// The paragraph becomes its lead-in ("Por lo anterior, se acordó:"), which opens the agreements as a lead-in
/// sentence does (<see cref="SectionDetector"/>), one row per lettered item, and whatever follows the last item.
/// </summary>
public static partial class RunInAgreements
{
    public static IReadOnlyList<Row> Normalize(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        List<Row>? result = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var split = row is not { Table: null, IsSingle: true } ? null
                : row.Text.Contains("a)", StringComparison.Ordinal) ? Split(row.Text)
                : row.Text.Contains("acuerdo", StringComparison.OrdinalIgnoreCase) ? SplitOrdinals(row.Text) : null;
            if (split is null)
            {
                result?.Add(row);
                continue;
            }

            result ??= [.. rows.Take(i)];
            result.AddRange(split.Select(text => row with { Cells = [new RowCell(0, 1, [text])], Role = ParagraphRole.Body, SoftLines = null }));
        }

        return result ?? rows;
    }

    /// <summary>The lead-in, "a) …", "b) …", … and the rest after the last item; null when the paragraph is no such run.</summary>
    internal static IReadOnlyList<string>? Split(string text)
    {
        var lead = AgreedColon().Match(text);
        if (!lead.Success || !SectionDetector.IsLeadIn(text[..(lead.Index + lead.Length)], Vocabulary.ActaVocabulary.AgreementsLeadIn))
        {
            return null;
        }

        var items = AgreementExtractor.LetteredItems(text[lead.Index..]);
        if (items.Count < 2)
        {
            return null;
        }

        var parts = new List<string> { text[..(lead.Index + lead.Length)].Trim() };
        var at = lead.Index + lead.Length;
        for (var k = 0; k < items.Count; k++)
        {
            var start = text.IndexOf(items[k], at, StringComparison.Ordinal);
            if (start < 0)
            {
                return null;
            }

            parts.Add($"{(char)('a' + k)}) {items[k]}");
            at = start + items[k].Length;
        }

        var rest = text[at..].TrimStart('.', ';', ' ').Trim();
        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    /// <summary>
    /// Agreements counted and then told one per sentence by an ordinal, in a paragraph of dictated minutes (blind batch K, K3:
    /// "Se tomaron tres acuerdos. El primero, que la Secretaría… enviará… El segundo, que … El tercero, que la próxima sesión
    /// será…"): the counting sentence becomes the lead-in (its stop a colon), each ordinal's clause one lettered item without
    /// "El primero, que" and its stop, and the text after the last item's sentence stays as it was. Null when no sentence
    /// announces agreements right before an ordinal "primero", or fewer than two ordinals follow in order.
    /// </summary>
    internal static IReadOnlyList<string>? SplitOrdinals(string text)
    {
        var first = OrdinalItem().Match(text);
        if (!first.Success || first.Index == 0 || !TextFold.Fold(first.Groups["ordinal"].Value).StartsWith("primer", StringComparison.Ordinal))
        {
            return null;
        }

        var before = text[..first.Index].Trim();
        var leadStart = Math.Max(before.LastIndexOf(". ", StringComparison.Ordinal), before.LastIndexOf(": ", StringComparison.Ordinal)) + 1;
        var lead = before[leadStart..].Trim().TrimEnd('.', ':').Trim() + ":";
        if (!SectionDetector.IsLeadIn(lead, Vocabulary.ActaVocabulary.AgreementsLeadIn))
        {
            return null;
        }

        var items = new List<Match> { first };
        for (var next = OrdinalItem().Match(text, first.Index + first.Length); next.Success; next = next.NextMatch())
        {
            if (Array.IndexOf(Ordinals, OrdinalStem(next.Groups["ordinal"].Value)) != items.Count)
            {
                break;
            }

            items.Add(next);
        }

        if (items.Count < 2)
        {
            return null;
        }

        var parts = new List<string>();
        if (before[..leadStart].Trim() is { Length: > 0 } earlier)
        {
            parts.Add(earlier);
        }

        parts.Add(lead);
        var rest = "";
        for (var k = 0; k < items.Count; k++)
        {
            var start = items[k].Index + items[k].Length;
            var end = k + 1 < items.Count ? items[k + 1].Index : text.Length;
            var clause = text[start..end].Trim();
            if (k + 1 == items.Count && SentenceEnd().Match(clause) is { Success: true } stop)
            {
                rest = clause[(stop.Index + 1)..].Trim();
                clause = clause[..stop.Index];
            }

            clause = clause.Trim().TrimEnd('.', ';').Trim();
            if (clause.Length == 0)
            {
                return null;
            }

            parts.Add($"{(char)('a' + k)}) {clause}");
        }

        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    /// <summary>The ordinals' stems in order (folded): "primer(o|a)", "segund(o|a)", …</summary>
    private static readonly string[] Ordinals = ["primer", "segund", "tercer", "cuart", "quint", "sext", "septim", "octav", "noven", "decim"];

    private static string OrdinalStem(string ordinal)
    {
        var folded = TextFold.Fold(ordinal).ToLowerInvariant();
        return Ordinals.FirstOrDefault(o => folded.StartsWith(o, StringComparison.Ordinal)) ?? folded;
    }

    /// <summary>"El primero, que ", "La segunda, que ", "Tercero: que ", "Y el cuarto, " at a sentence's start.</summary>
    [GeneratedRegex(@"(?<=^|[.;]\s+)(?:y\s+)?(?:(?:el|la)\s+)?(?<ordinal>primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[eé]ptim[oa]|octav[oa]|noven[oa]|d[eé]cim[oa])(?:\s+acuerdo)?\s*[,:]\s*(?:(?:es\s+)?que\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalItem();

    /// <summary>A sentence's end inside an item: a stop and a capital after it.</summary>
    [GeneratedRegex(@"\.\s+(?=[\p{Lu}¿¡])")]
    private static partial Regex SentenceEnd();

    /// <summary>"se acordó:", "acordaron lo siguiente:" right before the first lettered item.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:se\s+acord[oó]|se\s+acordaron|acordaron|acordamos|se\s+acuerda|se\s+aprob[oó])(?:\s+lo\s+siguiente)?\s*:(?=\s+a\)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex AgreedColon();
}
