using Actas.Storage;
using Actas.Storage.Queries;
using Actas.Storage.Report;

namespace Actas.Cli.Tests.Report;

public sealed class ReportDataReaderTests : IDisposable
{
    private readonly ReportDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private ReportData Read(QueryFilter? filter = null)
    {
        using var store = SqliteActaStore.Open(_db.Path);
        return new ReportDataReader(store.Connection).Read(filter ?? QueryFilter.None);
    }

    [Fact]
    public void Matrix_has_a_row_per_strategy_and_goal_and_a_cell_per_session()
    {
        var trata = Read().Bodies.Single(b => b.Name == ReportActas.Trata);

        Assert.Equal(["2018-03-01", "2018-06-01", "2018-09-01"], trata.Sessions.Select(s => s.Date));
        Assert.Equal(
            [
                "520  partial reported not_reviewed",
                "520 520.1 not_reported reported not_reviewed",
                "520 520.2 reported reported not_reviewed",
                "521  not_reviewed not_reported reported",
            ],
            trata.Matrix.Select(r => $"{r.Strategy} {r.Goal} {string.Join(' ', r.Cells)}"));
        Assert.Equal("Capacitación a personas servidoras públicas", trata.Matrix[0].Title);
    }

    [Fact]
    public void Trends_keep_units_with_two_dates_counting_a_total_once_and_mismatches_are_listed()
    {
        var trata = Read().Bodies.Single(b => b.Name == ReportActas.Trata);

        var series = Assert.Single(trata.Trends);
        Assert.Equal((520, "personas"), (series.Strategy, series.Unit));
        Assert.Equal([609m, 700m], series.Points.Select(p => p.Value));
        var mismatch = Assert.Single(trata.Mismatches);
        Assert.Equal("mismatch: parts sum to 70", mismatch.Check);
    }

    [Fact]
    public void Feedback_mix_and_attendance_are_per_body()
    {
        var data = Read();
        var trata = data.Bodies.Single(b => b.Name == ReportActas.Trata);

        Assert.Equal([ReportActas.Migrantes, ReportActas.Trata], data.Bodies.Select(b => b.Name));
        var script = trata.FeedbackMix.Single(m => m.Institution == ReportActas.ScriptExecutor);
        Assert.Equal(["exhorta: 2", "solicita_datos: 1"], script.Labels.Select(l => $"{l.Label}: {l.Items}"));
        Assert.Equal(2, trata.Attendance.Single(a => a.Institution == ReportActas.ScriptInstitution).SessionsAttended);
        Assert.All(trata.Attendance, a => Assert.Equal(3, a.SessionsHeld));
        Assert.Empty(data.Bodies.Single(b => b.Name == ReportActas.Migrantes).FeedbackMix);
    }

    [Fact]
    public void The_date_filter_narrows_the_columns()
    {
        var trata = Read(new QueryFilter(Body: "trata", Since: "2018-06-01")).Bodies.Single();

        Assert.Equal(["2018-06-01", "2018-09-01"], trata.Sessions.Select(s => s.Date));
        Assert.All(trata.Matrix, r => Assert.Equal(2, r.Cells.Count));
    }
}
