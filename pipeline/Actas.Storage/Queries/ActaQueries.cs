using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Storage.Queries;

/// <summary>The longitudinal questions analysts ask across stored sessions (issue 5). SQL lives in <see cref="QuerySql"/>.</summary>
public sealed class ActaQueries
{
    private readonly SqliteConnection _connection;

    public ActaQueries(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ActaDatabase.ConfigureMapping();
        _connection = connection;
    }

    /// <summary>Goals never reported where reviewed; with <paramref name="any"/>, unreported at least once.</summary>
    public IReadOnlyList<UnreportedRow> Unreported(QueryFilter filter, bool any = false)
    {
        var parameters = Parameters(filter);
        parameters.Add("Any", any ? 1 : 0);
        return _connection.Query<UnreportedRow>(QuerySql.Unreported, parameters).AsList();
    }

    public IReadOnlyList<AgreementFollowUpRow> Agreements(QueryFilter filter) =>
        _connection.Query<AgreementFollowUpRow>(QuerySql.Agreements, Parameters(filter)).AsList();

    public IReadOnlyList<AttendanceRow> Attendance(QueryFilter filter) =>
        _connection.Query<AttendanceRecord>(QuerySql.Attendance, Parameters(filter))
            .Select(r => new AttendanceRow
            {
                Body = r.Body,
                InstitutionKey = r.InstitutionKey,
                Institution = r.Institution,
                SessionsAttended = r.SessionsAttended,
                SessionsHeld = r.SessionsHeld,
                FirstDate = r.FirstDate,
                LastDate = r.LastDate,
                People = JsonSerializer.Deserialize<List<string>>(r.PeopleJson) ?? [],
            })
            .ToList();

    /// <summary>Figures by body, strategy, unit and date, each total checked against its parts.</summary>
    public IReadOnlyList<FigureRow> Figures(QueryFilter filter, int? strategy = null)
    {
        var parameters = Parameters(filter);
        parameters.Add("Strategy", strategy);
        var records = _connection.Query<FigureRecord>(QuerySql.Figures, parameters).AsList();
        var roles = new Dictionary<FigureRecord, (string Role, string? Check)>(ReferenceEqualityComparer.Instance);
        foreach (var group in records.GroupBy(r => (r.StrategyRow, r.Goal)))
        {
            var list = group.OrderBy(r => r.Position).ToList();
            foreach (var check in TotalAndPartsChecker.Check(list.Select(r => r.ToFigure()).ToList()))
            {
                roles[list[check.Total]] = ("total", check.Matches ? "ok" : $"mismatch: parts sum to {Format(check.PartsSum)}");
                foreach (var part in check.Parts)
                {
                    roles[list[part]] = ("part", null);
                }
            }
        }

        return records
            .OrderBy(r => r.Body, StringComparer.Ordinal).ThenBy(r => r.Strategy)
            .ThenBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.SessionDate, StringComparer.Ordinal)
            .ThenBy(r => r.StrategyRow).ThenBy(r => r.Position)
            .Select(r => new FigureRow
            {
                Body = r.Body,
                Strategy = r.Strategy,
                Goal = r.Goal,
                SessionDate = r.SessionDate,
                SessionNumber = r.SessionNumber,
                Unit = r.Unit,
                Value = (decimal)r.Value,
                Role = roles.TryGetValue(r, out var role) ? role.Role : null,
                Check = roles.TryGetValue(r, out var check) ? check.Check : null,
                Context = r.Context,
            })
            .ToList();
    }

    /// <summary>Feedback items and reports containing every word of <paramref name="text"/>, accents and case ignored; the first <paramref name="limit"/> (null: all).</summary>
    public IReadOnlyList<SearchRow> Search(string text, QueryFilter filter, int? limit = null)
    {
        if (SearchQuery.ToFts(text) is not { } match)
        {
            return [];
        }

        var parameters = Parameters(filter);
        parameters.Add("Match", match);
        parameters.Add("Limit", limit ?? -1);
        return _connection.Query<SearchRow>(QuerySql.Search, parameters).AsList();
    }

    /// <summary>Feedback label mix per year and institution.</summary>
    public IReadOnlyList<InstitutionLabelMix> FeedbackByInstitution(QueryFilter filter) =>
        LabelMixes<string?>(QuerySql.FeedbackByInstitutionWholeYears, QuerySql.FeedbackByInstitutionCutYears, filter, StringComparer.Ordinal)
            .Select(r => new InstitutionLabelMix { Year = r.Year, ExecutorKey = r.Key, Items = r.Items, Labels = LabelMix.Parse(r.LabelsJson) })
            .ToList();

    /// <summary>Feedback label mix per year and strategy.</summary>
    public IReadOnlyList<StrategyLabelMix> FeedbackByStrategy(QueryFilter filter) =>
        LabelMixes<long>(QuerySql.FeedbackByStrategyWholeYears, QuerySql.FeedbackByStrategyCutYears, filter, Comparer<long>.Default)
            .Select(r => new StrategyLabelMix { Year = r.Year, Strategy = (int)r.Key, Items = r.Items, Labels = LabelMix.Parse(r.LabelsJson) })
            .ToList();

    /// <summary>Whole years from the yearly counts and cut years from the facts: no year is in both, so the rows are merged by year and key.</summary>
    private IEnumerable<(string? Year, TKey Key, int Items, string LabelsJson)> LabelMixes<TKey>(
        string wholeYears, string cutYears, QueryFilter filter, IComparer<TKey> keys)
    {
        var parameters = Parameters(filter);
        var whole = _connection.Query<(string? Year, TKey Key, int Items, string LabelsJson)>(wholeYears, parameters);
        var cut = _connection.Query<(string? Year, TKey Key, int Items, string LabelsJson)>(cutYears, parameters);
        return whole.Concat(cut).OrderBy(r => r.Year, StringComparer.Ordinal).ThenBy(r => r.Key, keys);
    }

    /// <summary>Everything stored about strategy <paramref name="strategy"/>, session by session, goal by goal.</summary>
    public IReadOnlyList<StrategyHistoryRow> Strategy(int strategy, QueryFilter filter)
    {
        var parameters = Parameters(filter);
        parameters.Add("Strategy", strategy);
        var reviews = _connection.Query<HistoryStrategyRecord>(QuerySql.HistoryStrategies, parameters).AsList();
        var goals = _connection.Query<HistoryItemRecord>(QuerySql.HistoryGoals, parameters).ToLookup(r => r.StrategyRow);
        var figures = _connection.Query<HistoryItemRecord>(QuerySql.HistoryFigures, parameters).ToLookup(r => r.StrategyRow);
        var feedback = _connection.Query<HistoryItemRecord>(QuerySql.HistoryFeedback, parameters).ToLookup(r => r.StrategyRow);

        var rows = new List<StrategyHistoryRow>();
        foreach (var review in reviews)
        {
            var reviewGoals = goals[review.StrategyRow].ToList();
            // Items without a goal belong to the only goal when there is one, else to a goal-less row.
            string? Owner(string? goal) =>
                goal is null && reviewGoals.Count == 1 ? reviewGoals[0].Goal : goal;
            var reviewFigures = figures[review.StrategyRow].ToLookup(f => Owner(f.Goal));
            var reviewFeedback = feedback[review.StrategyRow].ToLookup(f => Owner(f.Goal));

            StrategyHistoryRow Row(string? goal, string? executor, string status) => new()
            {
                Body = review.Body,
                SessionDate = review.SessionDate,
                SessionNumber = review.SessionNumber,
                Strategy = strategy,
                Goal = goal,
                Executor = executor,
                Status = status,
                Figures = reviewFigures[goal].Select(f => $"{Format((decimal)f.Value)} {f.Unit}").ToList(),
                FeedbackLabels = reviewFeedback[goal]
                    .GroupBy(f => f.Label ?? LabelMix.Unlabelled)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => $"{g.Key}: {g.Count()}")
                    .ToList(),
                File = review.File,
            };

            var known = new HashSet<string?>();
            foreach (var goal in reviewGoals)
            {
                if (known.Add(goal.Goal))
                {
                    rows.Add(Row(goal.Goal, goal.Executor, goal.Status ?? ""));
                }
            }

            var orphans = reviewFigures.Select(g => g.Key).Concat(reviewFeedback.Select(g => g.Key))
                .Where(k => !known.Contains(k)).Distinct().ToList();
            if (reviewGoals.Count == 0 && !orphans.Contains(null))
            {
                orphans.Insert(0, null);
            }

            rows.AddRange(orphans.Select(goal => Row(goal, null, goal is null ? review.Status : "")));
        }

        return rows;
    }

    private static DynamicParameters Parameters(QueryFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.ToParameters();
    }

    internal static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
