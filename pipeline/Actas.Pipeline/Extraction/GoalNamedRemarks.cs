namespace Actas.Pipeline.Extraction;

/// <summary>
/// Remark paragraphs that name their goal in their lead (<see cref="GoalNamedSpeech"/>) are remarks wherever they stand, and
/// belong to the strategy of the goal they name:
/// <list type="bullet">
/// <item>gathered after the last strategy ("OBSERVACIONES GENERALES" ¶ "Sobre la meta 537.1, la Secretaría Ejecutiva señala
/// que…" ¶ "Sobre la meta 540.1, Name (Body) observa que…", blind batch AF, AF3), each is moved to the end of its goal's
/// strategy block, where the strategy reader attaches it to the goal it names;</item>
/// <item>typed under a strategy's table with no label over them ("•⇥Secretaría Ejecutiva — (meta 633.1) Se reportan…", AF5),
/// they stay, labelled as remarks, so the block does not end with its table.</item>
/// </list>
/// Each becomes "Observaciones: " + its text: the lead stays for the strategy reader, who spoke says the remark's kind. Not in
/// the list of those present or the agreements, not before the first strategy.
/// </summary>
public static class GoalNamedRemarks
{
    private const string Label = "Observaciones: ";

    public static IReadOnlyList<Row> Normalize(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (!rows.Any(r => r is { Table: null, IsSingle: true } && GoalNamedSpeech.Read(r.Text) is not null))
        {
            return rows;
        }

        int? current = null;
        var open = false;
        var moved = new Dictionary<int, List<Row>>();
        var kept = new List<Row>(rows.Count);
        var keptEnd = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            if (StrategySegmenter.Start(row) is { } start)
            {
                current = start.Number;
                open = true;
            }
            else if (SectionDetector.Classify(row) is { } section)
            {
                current = null;
                open = section is not (SectionKind.Attendance or SectionKind.Agreements) && open;
            }
            else if (open && row is { Table: null, IsSingle: true } && GoalNamedSpeech.Read(row.Text) is { } remark &&
                     int.TryParse(remark.GoalId.AsSpan(0, remark.GoalId.IndexOf('.')), out var number))
            {
                var labelled = row with { Cells = [new RowCell(row.NonEmpty.First().Column, 1, [Label + row.Text.Trim()])], SoftLines = null, Role = Layout.ParagraphRole.Body };
                if (number != current && keptEnd.ContainsKey(number))
                {
                    if (!moved.TryGetValue(number, out var list))
                    {
                        moved[number] = list = [];
                    }

                    list.Add(labelled);
                    continue;
                }

                // In its own strategy a remark is labelled only under a table (typed bullets after it): a block of paragraphs
                // with no label at all is a discussion the strategy reader reads paragraph by paragraph (blind batch D, BD4).
                kept.Add(kept.LastOrDefault(r => !r.IsEmpty) is { } above && (above.Table is not null || above.Text.StartsWith(Label, StringComparison.Ordinal))
                    ? labelled : row);
                Close();
                continue;
            }

            kept.Add(row);
            Close();
        }

        if (moved.Count == 0)
        {
            return kept;
        }

        // Insert from the last block back, so the earlier blocks' ends stay where they are.
        foreach (var (number, end) in keptEnd.OrderByDescending(e => e.Value))
        {
            if (moved.TryGetValue(number, out var list))
            {
                kept.InsertRange(end, list);
            }
        }

        return kept;

        void Close()
        {
            if (current is { } n)
            {
                keptEnd[n] = kept.Count; // the block of strategy n runs at least to here
            }
        }
    }
}
