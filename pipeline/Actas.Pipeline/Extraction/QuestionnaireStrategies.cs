using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Strategies answered in an online questionnaire's numbered slots, one Pregunta | Respuesta row per question, each
/// question prefixed by its code and its slot (blind batch O, O5: "E1Q01 Estrategia 1 · Número de la estrategia:" | "605",
/// "E1M1Q1 Estrategia 1, meta 1 · Clave de la meta:" | "605.1", "… · ¿La instancia presentó informe de avance?" | "Sí").
/// The rows of each slot are rewritten as the labelled paragraphs the strategy reader already knows: "Estrategia 605.
/// Título", "Meta 605.1 Descripción", "Indicador: …", "¿… presentó informe…? Sí"; a question that only gates the next
/// ("¿Cuántas metas se revisaron?", "¿Hubo observaciones…?") and an empty answer are dropped.
/// </summary>
public static partial class QuestionnaireStrategies
{
    public static IReadOnlyList<Row> Normalize(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var result = new List<Row>(rows.Count);
        for (var i = 0; i < rows.Count;)
        {
            if (Answer(rows[i]) is not { } first)
            {
                result.Add(rows[i]);
                i++;
                continue;
            }

            var slot = new List<(Row Row, string Label, IReadOnlyList<string> Answer)> { (first.Row, first.Label, first.Answer) };
            var j = i + 1;
            for (; j < rows.Count && Answer(rows[j]) is { } next && next.Slot == first.Slot; j++)
            {
                slot.Add((next.Row, next.Label, next.Answer));
            }

            result.AddRange(Rewrite(slot));
            i = j;
        }

        return result;
    }

    private static IEnumerable<Row> Rewrite(List<(Row Row, string Label, IReadOnlyList<string> Answer)> slot)
    {
        string? Find(PhraseSet labels) => slot.FirstOrDefault(a => labels.IsWhole(a.Label)).Answer is { Count: > 0 } found ? string.Join(' ', found) : null;
        var number = Find(ActaVocabulary.StrategyColumn);
        var goal = Find(ActaVocabulary.GoalIdColumn);
        var lead = slot[0].Row;
        if (number is not null && StrategyNumber().IsMatch(number))
        {
            var title = Find(ActaVocabulary.StrategyTitleLabel);
            yield return Paragraph(lead, [$"Estrategia {number}." + (title is null ? "" : " " + title)]);
        }
        else if (goal is not null && GoalId().IsMatch(goal))
        {
            var text = Find(ActaVocabulary.GoalDescriptionColumn);
            yield return Paragraph(lead, [$"Meta {goal}" + (text is null ? "" : " " + text)]);
        }

        foreach (var (row, label, answer) in slot)
        {
            if (answer.Count == 0 || ActaVocabulary.StrategyColumn.IsWhole(label) || ActaVocabulary.StrategyTitleLabel.IsWhole(label) ||
                ActaVocabulary.GoalIdColumn.IsWhole(label) || ActaVocabulary.GoalDescriptionColumn.IsWhole(label))
            {
                continue;
            }

            if (label.TrimStart().StartsWith('¿'))
            {
                // Only a question that asks for the report status is a label; the others gate the questions after them.
                var asked = label.Trim() + " " + string.Join(' ', answer);
                if (StrategyLabels.Read(asked) is { Field: StrategyField.Status })
                {
                    yield return Paragraph(row, [asked]);
                }

                continue;
            }

            yield return Paragraph(row, [label.Trim().TrimEnd(':').TrimEnd() + ": " + answer[0], .. answer.Skip(1)]);
        }
    }

    private static Row Paragraph(Row row, IReadOnlyList<string> paragraphs) =>
        row with { Cells = [new RowCell(0, 1, paragraphs)], Table = null };

    /// <summary>A question row whose label names a strategy or goal slot: its slot, its label without code and slot, and its answer's paragraphs.</summary>
    private static (Row Row, string Label, IReadOnlyList<string> Answer, string Slot)? Answer(Row row)
    {
        if (row.Table is null || row.Cells.Count < 2 || row.Cells[0].IsEmpty || !FormQuestion.HasCode(row.Cells[0].Text))
        {
            return null;
        }

        var m = SlotPrefix().Match(FormQuestion.Label(row.Cells[0].Text).Trim());
        if (!m.Success)
        {
            return null;
        }

        var slot = TextFold.Fold(m.Groups["slot"].Value);
        if (ActaVocabulary.StrategyColumn.PrefixLength(slot) == 0 && ActaVocabulary.Goal.PrefixLength(slot) == 0)
        {
            return null;
        }

        var answer = row.Cells.Skip(1).SelectMany(c => c.Paragraphs).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        return (row, m.Groups["label"].Value, answer, Regex.Replace(slot, @"\s+", " "));
    }

    /// <summary>"Estrategia 1 · Número…", "Estrategia 2, meta 1 · Clave…": a slot's word and number (a sub-slot after a comma), a separator, the label.</summary>
    [GeneratedRegex(@"^(?<slot>\p{L}[\p{L} ]{1,24}?\s\d{1,3}(?:\s*,\s*\p{L}[\p{L} ]{1,24}?\s\d{1,3})?)\s*[·|–—-]\s*(?<label>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SlotPrefix();

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex StrategyNumber();

    [GeneratedRegex(@"^\d{1,4}\.\d{1,2}$")]
    private static partial Regex GoalId();
}
