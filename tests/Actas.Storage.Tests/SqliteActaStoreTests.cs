using Actas.Pipeline.Model;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Storage.Tests;

public sealed class SqliteActaStoreTests
{
    [Fact]
    public void Storing_an_acta_writes_every_part_of_it()
    {
        using var db = new TempDatabase();

        var result = db.Store.Store(SampleActas.T23, "/corpus/acta-23.txt");

        Assert.Equal(StoreOutcome.Stored, result.Outcome);
        Assert.Equal(
            "bodies=1, documents=1, sessions=1, institutions=4, people=4, attendance=4, strategies=1, goals=3, "
            + "goal_reports=3, figures=5, feedback_items=4, agreements=2, agreement_strategies=4, agreement_dates=1, "
            + "next_sessions=1, next_session_strategies=3, search_text=6",
            db.Counts());
        var location = db.Connection.ExecuteScalar<string>("SELECT location FROM attendance ORDER BY position LIMIT 1");
        Assert.Equal("""{"page":1,"block":3,"row":1,"column":0}""", location);
        Assert.Equal(609.0, db.Connection.ExecuteScalar<double>("SELECT value FROM figures WHERE position = 1"));
    }

    [Fact]
    public void Storing_a_scanned_acta_records_which_pages_were_read_by_ocr()
    {
        using var db = new TempDatabase();
        var scanned = SampleActas.T24 with { Source = SampleActas.T24.Source with { Ocr = true, OcrConfidence = 91.4, OcrPages = [3, 4] } };

        db.Store.Store(SampleActas.T23, "/corpus/acta-23.txt");
        db.Store.Store(scanned, "/escaneos/acta-24.pdf");

        var rows = db.Connection.Query<(string Path, string? Pages, double? Confidence)>(
            "SELECT path, ocr_pages, ocr_confidence FROM documents ORDER BY id").ToList();
        Assert.Equal([("/corpus/acta-23.txt", null, null), ("/escaneos/acta-24.pdf", "[3,4]", 91.4)], rows);
    }

    [Fact]
    public void Storing_the_same_file_twice_changes_no_row_counts()
    {
        using var db = new TempDatabase();
        db.Store.Store(SampleActas.T23, "/corpus/acta-23.txt");
        var before = db.Counts();

        var again = db.Store.Store(SampleActas.T23, "/corpus/acta-23.txt");

        Assert.Equal(StoreOutcome.Unchanged, again.Outcome);
        Assert.Equal(before, db.Counts());
    }

    [Fact]
    public void A_renamed_copy_is_recognised_and_not_stored_again()
    {
        using var db = new TempDatabase();
        var first = db.Store.Store(SampleActas.T23, "/corpus/acta-23.txt");
        var before = db.Counts();

        var renamed = db.Store.Store(SampleActas.T23, "/elsewhere/copia de acta 23.txt");

        Assert.Equal(new StoreResult(StoreOutcome.RenamedDuplicate, first.DocumentId, "/corpus/acta-23.txt"), renamed);
        Assert.Equal(before, db.Counts());
        Assert.Equal(renamed, db.Store.Recognise(SampleActas.T23.Source.Sha256, "/elsewhere/copia de acta 23.txt"));
    }

    [Fact]
    public void A_changed_file_at_the_same_path_is_a_new_version_and_the_old_one_is_kept()
    {
        using var db = new TempDatabase();
        var first = db.Store.Store(SampleActas.T23, "/corpus/acta-23.txt");
        var edited = SampleActas.T23 with { Source = SampleActas.T23.Source with { Sha256 = new string('e', 64) } };

        var second = db.Store.Store(edited, "/corpus/acta-23.txt");

        Assert.Equal(StoreOutcome.NewVersion, second.Outcome);
        Assert.Equal(2, db.Count("documents"));
        Assert.Equal(second.DocumentId, db.Connection.ExecuteScalar<long>(
            "SELECT superseded_by FROM documents WHERE id = @Id", new { Id = first.DocumentId }));
        var sessions = db.Store.Sessions();
        Assert.Single(sessions);
    }

    [Fact]
    public void A_file_changed_back_to_an_earlier_version_makes_that_version_current_again()
    {
        using var db = new TempDatabase();
        var first = db.Store.Store(SampleActas.T23, "/corpus/acta-23.txt");
        var edited = SampleActas.T23 with
        {
            Source = SampleActas.T23.Source with { Sha256 = new string('e', 64) },
            Session = SampleActas.T23.Session with { Number = 99 },
        };
        db.Store.Store(edited, "/corpus/acta-23.txt");
        var before = db.Counts();

        Assert.Null(db.Store.Recognise(SampleActas.T23.Source.Sha256, "/corpus/acta-23.txt"));
        var back = db.Store.Store(SampleActas.T23, "/corpus/acta-23.txt");

        Assert.Equal(new StoreResult(StoreOutcome.NewVersion, first.DocumentId, Path.GetFullPath("/corpus/acta-23.txt")), back);
        Assert.Equal(before, db.Counts());
        Assert.Equal([23], db.Store.Sessions().Select(s => s.Number));
        Assert.Equal(StoreOutcome.Unchanged, db.Store.Store(SampleActas.T23, "/corpus/acta-23.txt").Outcome);
    }

    [Fact]
    public void The_same_session_in_another_format_is_recorded_but_not_stored_twice()
    {
        using var db = new TempDatabase();
        db.Store.Store(SampleActas.T23, "/corpus/acta-23.txt");
        var asPdf = SampleActas.T23 with { Source = new SourceInfo("acta-23.pdf", new string('f', 64), "pdf", 9) };

        var result = db.Store.Store(asPdf, "/corpus/acta-23.pdf");

        Assert.Equal(StoreOutcome.SameSession, result.Outcome);
        Assert.Equal("/corpus/acta-23.txt", result.ExistingPath);
        Assert.Equal(2, db.Count("documents"));
        Assert.Equal(1, db.Count("sessions"));
        Assert.Equal(StoreOutcome.Unchanged, db.Store.Store(asPdf, "/corpus/acta-23.pdf").Outcome);
    }

    [Fact]
    public void A_pdf_beside_its_word_file_is_the_same_session_even_when_its_header_was_read_less_well()
    {
        using var db = new TempDatabase();
        db.Store.Store(SampleActas.T23, "/corpus/acta-23.docx");
        // The PDF lost the title with its page header: no body, and the number misread.
        var asPdf = SampleActas.T23 with
        {
            Source = new SourceInfo("acta-23.pdf", new string('f', 64), "pdf", 9),
            Session = SampleActas.T23.Session with { Body = null, Number = 3 },
        };

        var result = db.Store.Store(asPdf, "/corpus/acta-23.pdf");

        Assert.Equal(StoreOutcome.SameSession, result.Outcome);
        Assert.Equal("/corpus/acta-23.docx", result.ExistingPath);
        Assert.Equal(1, db.Count("sessions"));
    }

    [Theory]
    [InlineData("/corpus/acta-23.v2.pdf", "2018-09-11")]  // another name
    [InlineData("/otra/acta-23.pdf", "2018-09-11")]       // another folder
    [InlineData("/corpus/acta-23.pdf", "2019-01-10")]     // the same name but another date
    public void Only_a_file_of_the_same_name_in_the_same_folder_with_an_agreeing_date_is_a_twin(string path, string date)
    {
        using var db = new TempDatabase();
        db.Store.Store(SampleActas.T23, "/corpus/acta-23.docx");
        var other = SampleActas.T23 with
        {
            Source = new SourceInfo(Path.GetFileName(path), new string('f', 64), "pdf", 9),
            Session = SampleActas.T23.Session with { Body = null, Date = date },
        };

        Assert.Equal(StoreOutcome.Stored, db.Store.Store(other, path).Outcome);
        Assert.Equal(2, db.Count("sessions"));
    }

    [Fact]
    public void A_failure_in_the_middle_of_a_document_leaves_no_partial_rows()
    {
        using var db = new TempDatabase();
        db.Store.Store(SampleActas.M5, "/corpus/acta-5.txt");
        var before = db.Counts();
        // The session, attendance, strategy and goals are inserted before the figure breaks NOT NULL.
        var broken = SampleActas.T23 with
        {
            Strategies = [SampleActas.T23.Strategies[0] with { Figures = [new Figure(3, null!, "520.3", "3 ???")] }],
        };

        Assert.Throws<SqliteException>(() => db.Store.Store(broken, "/corpus/acta-23.txt"));

        Assert.Equal(before, db.Counts());
        Assert.Equal(StoreOutcome.Stored, db.Store.Store(SampleActas.T23, "/corpus/acta-23.txt").Outcome);
    }

    [Fact]
    public void Sessions_lists_body_number_date_counts_and_file()
    {
        using var db = new TempDatabase();
        SampleActas.StoreAll(db.Store);

        var sessions = db.Store.Sessions();

        Assert.Equal(
            [
                $"{Build.Migrantes}|5|2019-02-14|1|2|{Path.GetFullPath("/corpus/acta-5.txt")}",
                $"{Build.Migrantes}|6|2019-03-14|2|1|{Path.GetFullPath("/corpus/acta-6.txt")}",
                $"{Build.Trata}|23|2018-09-11|1|4|{Path.GetFullPath("/corpus/acta-23.txt")}",
                $"{Build.Trata}|24|2018-09-27|3|3|{Path.GetFullPath("/corpus/acta-24.txt")}",
            ],
            sessions.Select(s => $"{s.Body}|{s.Number}|{s.Date}|{s.Strategies}|{s.Attendees}|{s.File}"));
    }

    [Fact]
    public void The_same_person_written_differently_is_one_person()
    {
        using var db = new TempDatabase();
        SampleActas.StoreAll(db.Store);

        var names = db.Connection.Query<string>("SELECT name FROM people ORDER BY name").ToList();

        // Rosa maría/Mtra. Rosa María Torillo, Adriana Flores/Lic. Adriana Flores, Rocío Areli de la Rosa/Rocio Areli De La Rosa.
        Assert.Equal(
            ["Adriana Flores", "Carlos Ruiz", "Cintia Ixchel Arroyo Romero", "Dr. Juan Pérez", "María del Refugio Martínez",
             "Rocío Areli de la Rosa", "Rosa maría Torillo"],
            names);
    }
}
