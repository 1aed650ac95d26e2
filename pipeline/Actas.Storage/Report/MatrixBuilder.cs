namespace Actas.Storage.Report;

/// <summary>Turns one body's <see cref="ReportSql.Matrix"/> rows into strategy and goal rows with one cell per session.</summary>
internal static class MatrixBuilder
{
    public static IReadOnlyList<MatrixRow> Build(IReadOnlyList<MatrixRecord> records)
    {
        var sessions = records.Select(r => r.SessionId).Distinct().Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var rows = new List<MatrixRow>();
        foreach (var strategy in records.Where(r => r.Strategy is not null).GroupBy(r => r.Strategy!.Value).OrderBy(g => g.Key))
        {
            var cells = NotReviewed(sessions.Count);
            foreach (var review in strategy)
            {
                cells[sessions[review.SessionId]] = review.StrategyStatus ?? MatrixStatus.NotReviewed;
            }

            var title = strategy.LastOrDefault(r => r.Title is not null)?.Title;
            rows.Add(new MatrixRow(strategy.Key, null, title, cells));
            foreach (var goal in strategy.Where(r => r.Goal is not null).GroupBy(r => r.Goal!).OrderBy(g => g.Key, GoalCodeComparer.Instance))
            {
                var goalCells = NotReviewed(sessions.Count);
                foreach (var report in goal)
                {
                    goalCells[sessions[report.SessionId]] = report.GoalStatus ?? MatrixStatus.NotReviewed;
                }

                rows.Add(new MatrixRow(strategy.Key, goal.Key, null, goalCells));
            }
        }

        return rows;
    }

    private static string[] NotReviewed(int count) => Enumerable.Repeat(MatrixStatus.NotReviewed, count).ToArray();
}
