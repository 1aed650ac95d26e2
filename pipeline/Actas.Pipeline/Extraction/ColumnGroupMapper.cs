namespace Actas.Pipeline.Extraction;

/// <summary>
/// For tables whose merges are unknown (text dumps): when a strategy has more goals than its
/// report rows have columns, the report columns stand for runs of goals that share an
/// executor. Seed, strategy 516: goals 516.1 and 516.2 (PGJCDMX) and 516.3 (SEDESO), two
/// report columns — "PGJ…" | "SEDESO: implementa el Sistema Alerta Social…".
/// </summary>
internal static class ColumnGroupMapper
{
    /// <summary>Goal groups, one per body column, or null when the executors do not explain the column count.</summary>
    public static IReadOnlyList<IReadOnlyList<GoalDraft>>? Group(IReadOnlyList<GoalDraft> goals, int bodyColumns, Func<string?, string?> executorKey)
    {
        if (bodyColumns >= goals.Count || bodyColumns < 1)
        {
            return null;
        }

        var groups = new List<List<GoalDraft>>();
        string? previous = null;
        foreach (var goal in goals)
        {
            var executor = GoalDraft.Join(goal.Executor);
            var key = executorKey(executor) ?? (executor is null ? null : TextFold.Key(executor));
            if (groups.Count == 0 || key is null || key != previous)
            {
                groups.Add([]);
            }

            groups[^1].Add(goal);
            previous = key;
        }

        return groups.Count == bodyColumns ? groups : null;
    }
}
