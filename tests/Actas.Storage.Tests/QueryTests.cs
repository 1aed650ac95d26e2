using Actas.Storage.Queries;
using Dapper;

namespace Actas.Storage.Tests;

/// <summary>Each query on the four sample sessions (<see cref="SampleActas"/>); every expected row worked out by hand.</summary>
public sealed class QueryTests : IDisposable
{
    private const string T = Build.Trata;
    private const string M = Build.Migrantes;
    private readonly TempDatabase _db = new();
    private readonly ActaQueries _queries;

    public QueryTests()
    {
        SampleActas.StoreAll(_db.Store);
        _queries = new ActaQueries(_db.Connection);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Unreported_on_the_seed_acta_lists_goal_520_1_of_the_comision_interinstitucional()
    {
        using var db = new TempDatabase();
        db.Store.Store(SampleActas.T23, "/corpus/acta-trata-23-2018-09-11.txt");

        var rows = new ActaQueries(db.Connection).Unreported(QueryFilter.None);

        Assert.Equal(
            [new UnreportedRow
            {
                Body = T, Strategy = 520, Goal = "520.1", Executor = "Comisión Interinstitucional",
                SessionsReviewed = 1, SessionsUnreported = 1, LastSessionDate = "2018-09-11",
            }],
            rows);
    }

    [Fact]
    public void Unreported_lists_goals_never_reported_where_reviewed()
    {
        var rows = _queries.Unreported(QueryFilter.None);

        Assert.Equal(
            [
                $"{T}|520|520.1|Comisión Interinstitucional|2|2|2018-09-27",
                $"{T}|524|524.1|PGJ|1|1|2018-09-27",
            ],
            rows.Select(Line));
    }

    [Fact]
    public void Unreported_with_any_adds_goals_unreported_at_least_once()
    {
        var rows = _queries.Unreported(QueryFilter.None, any: true);

        Assert.Equal(
            [
                $"{M}|600|600.1|SEDESO|2|1|2019-02-14",
                $"{T}|520|520.1|Comisión Interinstitucional|2|2|2018-09-27",
                $"{T}|524|524.1|PGJ|1|1|2018-09-27",
            ],
            rows.Select(Line));
    }

    [Fact]
    public void Unreported_filters_by_body_accent_insensitively_and_by_dates()
    {
        Assert.Equal(
            [$"{M}|600|600.1|SEDESO|1|1|2019-02-14"],
            _queries.Unreported(new QueryFilter(Body: "MIGRANTES", Until: "2019-02-28")).Select(Line));
        Assert.Equal(
            [$"{T}|520|520.1|Comisión Interinstitucional|1|1|2018-09-27", $"{T}|524|524.1|PGJ|1|1|2018-09-27"],
            _queries.Unreported(new QueryFilter(Body: "victimas de trata", Since: "2018-09-20")).Select(Line));
        Assert.Empty(_queries.Unreported(new QueryFilter(Body: "Víctimas", Since: "2019-01-01")));
    }

    [Fact]
    public void Agreements_lists_announced_strategies_and_dates_no_later_session_shows()
    {
        var rows = _queries.Agreements(QueryFilter.None);

        Assert.Equal(
            [
                // M5 announced 601 for 2019-03-14 and M6 (that date) reviewed it; M6's agreement on 602 is open.
                $"{M}|6|2019-03-14|strategy|602||0",
                // T23 announced 520, 523, 524 (reviewed by T24) and 526 (never reviewed); T24 is the announced 2018-09-27.
                $"{T}|23|2018-09-11|strategy|526||1",
                $"{T}|24|2018-09-27|next_session_date||2018-10-25|0",
                $"{T}|24|2018-09-27|strategy|516||0",
            ],
            rows.Select(r => $"{r.Body}|{r.SessionNumber}|{r.SessionDate}|{r.Item}|{r.Strategy}|{r.AnnouncedDate}|{r.LaterSessions}"));
    }

    [Fact]
    public void Attendance_counts_sessions_per_institution_and_dedupes_people()
    {
        var rows = _queries.Attendance(QueryFilter.None);

        Assert.Equal(
            [
                $"{M}|SEDESO|SEDESO-DGIDS|2/2|2019-02-14|2019-03-14|Rocío Areli de la Rosa",
                $"{M}|PGJCDMX|PGJCDMX|1/2|2019-02-14|2019-02-14|Dr. Juan Pérez",
                $"{T}|PGJCDMX|PGJCDMX|2/2|2018-09-11|2018-09-27|Adriana Flores; Carlos Ruiz",
                $"{T}|SECGOB|Subsecretaría de Gobierno|2/2|2018-09-11|2018-09-27|Rosa maría Torillo",
                $"{T}|TSJCDMX|TSJCDMX|1/2|2018-09-11|2018-09-11|María del Refugio Martínez",
                $"{T}|forjando caminos|Forjando caminos|1/2|2018-09-11|2018-09-11|Cintia Ixchel Arroyo Romero",
            ],
            rows.Select(r => $"{r.Body}|{r.InstitutionKey}|{r.Institution}|{r.SessionsAttended}/{r.SessionsHeld}|{r.FirstDate}|{r.LastDate}|{string.Join("; ", r.People)}"));
    }

    [Fact]
    public void Figures_over_time_flag_totals_and_a_total_whose_parts_do_not_add_up()
    {
        var rows = _queries.Figures(QueryFilter.None);

        Assert.Equal(
            [
                $"{M}|601||2019-03-14|operativos|81||",
                $"{T}|520|520.2|2018-09-11|horas|20||",
                $"{T}|520|520.3|2018-09-11|personas|609|total|ok",
                $"{T}|520|520.3|2018-09-11|personas|552|part|",
                $"{T}|520|520.3|2018-09-11|personas|48|part|",
                $"{T}|520|520.3|2018-09-11|personas|9|part|",
                $"{T}|523|523.1|2018-09-27|personas|100|total|mismatch: parts sum to 90",
                $"{T}|523|523.1|2018-09-27|personas|60|part|",
                $"{T}|523|523.1|2018-09-27|personas|30|part|",
            ],
            rows.Select(r => $"{r.Body}|{r.Strategy}|{r.Goal}|{r.SessionDate}|{r.Unit}|{r.Value}|{r.Role}|{r.Check}"));
        Assert.Equal([601], _queries.Figures(QueryFilter.None, strategy: 601).Select(r => r.Strategy));
    }

    /// <summary>A person corrects M5's first 600.1 item from solicita_datos to desalineado.</summary>
    private void CorrectFirst600Item() =>
        _db.Connection.Execute(
            """
            INSERT INTO label_corrections (feedback_item_id, old_label, new_label, corrected_by, corrected_at)
            SELECT f.id, f.label, 'desalineado', 'analista', '2026-11-28T10:00:00Z'
            FROM feedback_items f JOIN strategies st ON st.id = f.strategy_id
            WHERE st.number = 600 AND f.label = 'solicita_datos'
            """);

    private static string Mix(IReadOnlyDictionary<string, int> labels) => string.Join(" ", labels.Select(l => $"{l.Key}={l.Value}"));

    [Fact]
    public void Feedback_mix_per_year_and_institution_with_corrections_applied()
    {
        CorrectFirst600Item();

        var rows = _queries.FeedbackByInstitution(QueryFilter.None);

        Assert.Equal(
            [
                "2018||1|cuestiona=1", // T24's item on 520 has no goal and 520's goals have two executors
                "2018|CI-TRATA|2|exhorta=2",
                "2018|PGJCDMX|1|instancia=1",
                "2018|SEDESO|1|solicita_datos=1", // no goal, but 523's only goal is SEDESO's
                "2018|TSJCDMX|1|avance=1",
                "2019|PGJCDMX|1|avance=1",
                "2019|SEDESO|2|(unlabelled)=1 desalineado=1",
            ],
            rows.Select(r => $"{r.Year}|{r.ExecutorKey}|{r.Items}|{Mix(r.Labels)}"));
    }

    [Fact]
    public void Feedback_mix_per_year_and_strategy_within_the_filter()
    {
        CorrectFirst600Item();

        Assert.Equal(
            ["2018|520|5|avance=1 cuestiona=1 exhorta=2 instancia=1", "2018|523|1|solicita_datos=1",
             "2019|600|2|(unlabelled)=1 desalineado=1", "2019|601|1|avance=1"],
            _queries.FeedbackByStrategy(QueryFilter.None).Select(r => $"{r.Year}|{r.Strategy}|{r.Items}|{Mix(r.Labels)}"));
        Assert.Equal(
            ["2019|600|2|(unlabelled)=1 desalineado=1", "2019|601|1|avance=1"],
            _queries.FeedbackByStrategy(new QueryFilter(Since: "2019-01-01")).Select(r => $"{r.Year}|{r.Strategy}|{r.Items}|{Mix(r.Labels)}"));
        Assert.Equal(
            ["2018|520|5|avance=1 cuestiona=1 exhorta=2 instancia=1", "2018|523|1|solicita_datos=1"],
            _queries.FeedbackByStrategy(new QueryFilter(Body: "TRATA")).Select(r => $"{r.Year}|{r.Strategy}|{r.Items}|{Mix(r.Labels)}"));
    }

    [Fact]
    public void Feedback_mix_counts_years_cut_by_the_dates_from_their_sessions_only()
    {
        CorrectFirst600Item();
        // 2018 from 20 September: T24 only (T23 is on the 11th); 2019 until 20 February: M5 only (M6 is in March).
        var filter = new QueryFilter(Since: "2018-09-20", Until: "2019-02-20");

        Assert.Equal(
            ["2018|520|1|cuestiona=1", "2018|523|1|solicita_datos=1", "2019|600|2|(unlabelled)=1 desalineado=1"],
            _queries.FeedbackByStrategy(filter).Select(r => $"{r.Year}|{r.Strategy}|{r.Items}|{Mix(r.Labels)}"));
        Assert.Equal(
            ["2018||1|cuestiona=1", "2018|SEDESO|1|solicita_datos=1", "2019|SEDESO|2|(unlabelled)=1 desalineado=1"],
            _queries.FeedbackByInstitution(filter).Select(r => $"{r.Year}|{r.ExecutorKey}|{r.Items}|{Mix(r.Labels)}"));
        // A year cut at one end and whole at the other: 2018 from 20 September again, 2019 whole.
        Assert.Equal(
            ["2018|520|1|cuestiona=1", "2018|523|1|solicita_datos=1", "2019|600|2|(unlabelled)=1 desalineado=1", "2019|601|1|avance=1"],
            _queries.FeedbackByStrategy(new QueryFilter(Since: "2018-09-20", Until: "2019-12-31"))
                .Select(r => $"{r.Year}|{r.Strategy}|{r.Items}|{Mix(r.Labels)}"));
    }

    [Fact]
    public void Strategy_history_shows_each_goal_per_session_with_figures_and_labels()
    {
        var rows = _queries.Strategy(520, QueryFilter.None);

        Assert.Equal(
            [
                $"{T}|2018-09-11|23|520.1|Comisión Interinstitucional|not_reported||exhorta: 2",
                $"{T}|2018-09-11|23|520.2|TSJCDMX|reported|20 horas|avance: 1",
                $"{T}|2018-09-11|23|520.3|PGJ|reported|609 personas, 552 personas, 48 personas, 9 personas|instancia: 1",
                $"{T}|2018-09-27|24|520.1|Comisión Interinstitucional|not_reported||",
                $"{T}|2018-09-27|24|520.2|TSJCDMX|reported||",
                $"{T}|2018-09-27|24|||partial||cuestiona: 1",
            ],
            rows.Select(r => $"{r.Body}|{r.SessionDate}|{r.SessionNumber}|{r.Goal}|{r.Executor}|{r.Status}|{string.Join(", ", r.Figures)}|{string.Join(", ", r.FeedbackLabels)}"));
        Assert.All(rows, r => Assert.Equal(520, r.Strategy));
        Assert.Empty(_queries.Strategy(999, QueryFilter.None));
    }

    [Fact]
    public void Strategy_history_of_a_goal_less_strategy_has_one_row_per_session()
    {
        var rows = _queries.Strategy(601, QueryFilter.None);

        Assert.Equal(
            [$"{M}|6||PGJ|reported|81 operativos|avance: 1"],
            rows.Select(r => $"{r.Body}|{r.SessionNumber}|{r.Goal}|{r.Executor}|{r.Status}|{string.Join(", ", r.Figures)}|{string.Join(", ", r.FeedbackLabels)}"));
    }

    [Fact]
    public void Search_finds_feedback_and_reports_whatever_the_accents_and_case()
    {
        var feedback = _queries.Search("COMENTARIO exhorta", QueryFilter.None);
        var reports = _queries.Search("informó", new QueryFilter(Body: "migrantes"));

        Assert.Equal(
            [
                $"{T}|2018-09-11|520|520.1|feedback|retroalimentacion|exhorta|«Comentario» sobre 520.1 («exhorta»)",
                $"{T}|2018-09-11|520|520.1|feedback|retroalimentacion|exhorta|«Comentario» sobre 520.1 («exhorta»)",
            ],
            feedback.Select(r => $"{r.Body}|{r.SessionDate}|{r.Strategy}|{r.Goal}|{r.Kind}|{r.Section}|{r.Label}|{r.Snippet}"));
        Assert.Equal(
            [$"{M}|2019-03-14|600|600.1|report|Se «informó».", $"{M}|2019-03-14|601||report|Se «informó»."],
            reports.Select(r => $"{r.Body}|{r.SessionDate}|{r.Strategy}|{r.Goal}|{r.Kind}|{r.Snippet}"));
        Assert.Empty(_queries.Search(" -- ", QueryFilter.None));
        Assert.Empty(_queries.Search("NOT OR", QueryFilter.None));
    }

    [Fact]
    public void Queries_ignore_superseded_versions_of_a_file()
    {
        var edited = SampleActas.T24 with { Source = SampleActas.T24.Source with { Sha256 = new string('a', 64) } };
        Assert.Equal(StoreOutcome.NewVersion, _db.Store.Store(edited, "/corpus/acta-24.txt").Outcome);

        Assert.Equal(
            [$"{T}|520|520.1|Comisión Interinstitucional|2|2|2018-09-27", $"{T}|524|524.1|PGJ|1|1|2018-09-27"],
            _queries.Unreported(QueryFilter.None).Select(Line));
    }

    private static string Line(UnreportedRow r) =>
        $"{r.Body}|{r.Strategy}|{r.Goal}|{r.Executor}|{r.SessionsReviewed}|{r.SessionsUnreported}|{r.LastSessionDate}";
}
