using Actas.Storage.Keys;
using Actas.Storage.Queries;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Storage.Report;

/// <summary>Gathers <see cref="ReportData"/> from the stored sessions: the matrix query plus the existing <see cref="ActaQueries"/>.</summary>
public sealed class ReportDataReader
{
    private readonly SqliteConnection _connection;

    public ReportDataReader(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ActaDatabase.ConfigureMapping();
        _connection = connection;
    }

    /// <param name="matrixOnly">Only the matrix (and sessions) of each body; attendance, figures and feedback left empty (the workbench's matrix page).</param>
    public ReportData Read(QueryFilter filter, bool matrixOnly = false)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var records = _connection.Query<MatrixRecord>(ReportSql.Matrix, filter.ToParameters()).AsList();
        var queries = new ActaQueries(_connection);
        var attendance = (matrixOnly ? [] : queries.Attendance(filter)).ToLookup(a => a.Body);
        var figures = (matrixOnly ? [] : queries.Figures(filter)).ToLookup(f => f.Body);

        var bodies = records
            .GroupBy(r => r.BodyKey)
            .Select(body =>
            {
                var name = body.First().Body;
                var bodyFigures = figures[name].ToList();
                // The body filter is a substring match on the body key, so the key itself selects this body.
                var feedback = body.Key is null || matrixOnly ? [] : queries.FeedbackByInstitution(filter with { Body = body.Key });
                return new BodyReport(
                    name,
                    body.DistinctBy(r => r.SessionId).Select(r => new ReportSession(r.SessionId, r.Date, r.Number)).ToList(),
                    MatrixBuilder.Build(body.ToList()),
                    attendance[name].ToList(),
                    FigureTrends.Build(bodyFigures),
                    bodyFigures.Where(f => f.Check?.StartsWith("mismatch", StringComparison.Ordinal) == true).ToList(),
                    FeedbackMixes(feedback));
            })
            .OrderBy(b => b.Name ?? "\uffff", StringComparer.Ordinal)
            .ToList();
        return new ReportData(filter, bodies);
    }

    private static List<FeedbackMix> FeedbackMixes(IReadOnlyList<InstitutionLabelMix> rows) =>
        rows.GroupBy(r => r.ExecutorKey)
            .Select(g => new FeedbackMix(
                g.Key,
                g.SelectMany(r => r.Labels)
                    .GroupBy(l => l.Key)
                    .Select(l => new LabelCount(l.Key, l.Sum(p => p.Value)))
                    .OrderBy(l => l.Label, StringComparer.Ordinal)
                    .ToList()))
            .OrderByDescending(m => m.Total)
            .ThenBy(m => m.Institution ?? "\uffff", StringComparer.Ordinal)
            .ToList();
}
