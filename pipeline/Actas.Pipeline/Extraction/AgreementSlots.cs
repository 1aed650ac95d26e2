using System.Globalization;
using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Agreements asked for by an online form as numbered questions, one per field of each agreement (blind batch O, O5:
/// "G4Q02_1 Acuerdo 1:" | "La STyFE enviará…", "G4Q03_1 Responsable del acuerdo 1:" | "STyFE", "G4Q04_1 Fecha compromiso
/// del acuerdo 1 (dd/mm/aaaa):" | "02/07/2021"): the answers are gathered back into a table, a header row of the field
/// names and one row per agreement, and the form's yes/no questions ("¿Se tomaron acuerdos en la sesión?") are dropped.
/// </summary>
public static partial class AgreementSlots
{
    /// <summary>The slots as an Acuerdo | Responsable | Fecha table when the rows hold a filled one; the rows themselves otherwise.</summary>
    public static IReadOnlyList<Row> Gather(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var fields = new List<string>();
        var slots = new SortedDictionary<int, (Row First, Dictionary<string, string> Answers)>();
        var others = new List<Row>();
        var at = -1;
        foreach (var row in rows)
        {
            var cells = row.Cells;
            var question = cells.Count >= 2 && !cells[0].IsEmpty && FormQuestion.HasCode(cells[0].Text) ? FormQuestion.Label(cells[0].Text).Trim() : null;
            if (question is null || Slot().Match(question) is not { Success: true } m || !IsAgreementWord(m.Groups["item"].Success ? m.Groups["item"].Value : m.Groups["field"].Value))
            {
                if (question is null || !question.StartsWith('¿'))
                {
                    others.Add(row);
                }

                continue;
            }

            at = at < 0 ? others.Count : at;
            var field = m.Groups["field"].Value.Trim();
            if (!fields.Contains(field, StringComparer.Ordinal))
            {
                fields.Add(field);
            }

            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (!slots.TryGetValue(n, out var slot))
            {
                slot = (row, new Dictionary<string, string>(StringComparer.Ordinal));
                slots[n] = slot;
            }

            var answer = string.Join(' ', cells.Skip(1).Select(c => c.Text)).Trim();
            if (answer.Length > 0)
            {
                slot.Answers[field] = answer;
            }
        }

        var filled = slots.Values.Where(s => s.Answers.Count > 0).ToList();
        if (filled.Count == 0 || fields.Count < 2)
        {
            return rows;
        }

        var table = filled[0].First.Table;
        RowCell Cell(int column, string? text) => new(column, 1, text is null ? [] : [text]);
        var header = filled[0].First with { Cells = fields.Select((f, i) => Cell(i, f)).ToList(), Table = table, SpansKnown = true };
        var gathered = filled.Select(s => s.First with
        {
            Cells = fields.Select((f, i) => Cell(i, s.Answers.GetValueOrDefault(f))).ToList(),
            Table = table,
            SpansKnown = true,
        });
        return [.. others.Take(at), header, .. gathered, .. others.Skip(at)];
    }

    private static bool IsAgreementWord(string word) => ActaVocabulary.AgreementKind.IsWhole(word);

    /// <summary>"Acuerdo 1:", "Responsable del acuerdo 1:", "Fecha compromiso del acuerdo 1": a field, the item it belongs to, the item's number at the end.</summary>
    [GeneratedRegex(@"^(?<field>\p{L}[\p{L} ]{1,40}?)(?:\s+(?:del|de la|de)\s+(?<item>\p{L}+))?\s+(?<n>\d{1,2})\s*:?$", RegexOptions.CultureInvariant)]
    private static partial Regex Slot();
}
