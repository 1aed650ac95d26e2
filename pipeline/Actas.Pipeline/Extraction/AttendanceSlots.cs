using System.Text.RegularExpressions;
using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Attendance asked for by an online form as numbered slots, one question per field of each person
/// ("[Asistente 3] [Nombre completo]" | "Luis…", "[Asistente 3] [Institución u organización]" | "STyFE", "[Asistente 3] [Sector]" | …):
/// the answers are gathered back into a table, a header row of the field names and one row per slot that was filled in.
/// </summary>
public static partial class AttendanceSlots
{
    /// <summary>The slots as a Nombre | Institución | Sector table when the rows hold two or more filled slots; the rows themselves otherwise.</summary>
    public static IReadOnlyList<Row> Gather(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var fields = new List<string>();
        var slots = new SortedDictionary<int, (Row First, Dictionary<string, string> Answers)>();
        foreach (var row in rows)
        {
            var cells = row.Cells.ToList();
            if (cells.Count < 2 || Slot().Match(cells[0].Text) is not { Success: true } m)
            {
                continue;
            }

            var field = m.Groups["field"].Value.Trim();
            var answer = string.Join(' ', cells.Skip(1).Select(c => c.Text)).Trim();
            if (!fields.Contains(field, StringComparer.Ordinal))
            {
                fields.Add(field);
            }

            var n = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (!slots.TryGetValue(n, out var slot))
            {
                slot = (row, new Dictionary<string, string>(StringComparer.Ordinal));
                slots[n] = slot;
            }

            if (answer.Length > 0)
            {
                slot.Answers[field] = answer;
            }
        }

        var filled = slots.Values.Where(s => s.Answers.Count > 0).ToList();
        if (filled.Count < 2 || fields.Count < 2)
        {
            return rows;
        }

        var table = filled[0].First.Table;
        RowCell Cell(int column, string? text) => new(column, 1, text is null ? [] : [text]);
        var header = filled[0].First with { Cells = fields.Select((f, i) => Cell(i, f)).ToList(), Table = table, SpansKnown = true };
        return [header, .. filled.Select(s => s.First with
        {
            Cells = fields.Select((f, i) => Cell(i, s.Answers.GetValueOrDefault(f))).ToList(),
            Table = table,
            SpansKnown = true,
        })];
    }

    /// <summary>"… [Asistente 3] [Nombre completo]": a slot's word and number, then the field, in square brackets at the end of the question.</summary>
    [GeneratedRegex(@"\[\s*(?<slot>[^\[\]\d]{2,30}?)\s*(?<n>\d{1,3})\s*\]\s*\[(?<field>[^\[\]]{3,40})\]\s*:?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slot();
}
