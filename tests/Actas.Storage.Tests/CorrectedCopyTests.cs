using Actas.Pipeline.Model;
using Actas.Storage.Labels;
using Dapper;

namespace Actas.Storage.Tests;

/// <summary>
/// "acta 23 corregida.txt" beside "acta 23.txt": the same session, same format, other bytes, other path. It was counted as
/// a second format of the session and its corrections silently discarded; now the newer file holds the session.
/// </summary>
public sealed class CorrectedCopyTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    /// <summary>T23 with one attendee's name corrected, as other bytes.</summary>
    private static Acta Corrected { get; } = SampleActas.T23 with
    {
        Source = SampleActas.T23.Source with { Sha256 = new string('c', 64) },
        Attendance = [SampleActas.T23.Attendance[0] with { Name = "Adriana Flores Rangel" }, .. SampleActas.T23.Attendance.Skip(1)],
    };

    [Fact]
    public void A_newer_corrected_copy_becomes_the_sessions_current_version_and_keeps_its_label_corrections()
    {
        var (original, copy) = Files(copyIsNewer: true);
        var first = _db.Store.Store(SampleActas.T23, original);
        var labels = new SqliteLabelStore(_db.Connection);
        var corrected = labels.Items().First(i => i.Text == SampleActas.T23.Strategies[0].Feedback[1].Text);
        Assert.True(labels.Correct(corrected.Id, "desalineado", "analista"));

        var result = _db.Store.Store(Corrected, copy);

        Assert.Equal(StoreOutcome.CorrectedCopy, result.Outcome);
        Assert.Equal((original, 1, 0), (result.ExistingPath, result.CorrectionsReattached, result.CorrectionsUnmatched));
        Assert.Equal(result.DocumentId, _db.Connection.ExecuteScalar<long>(
            "SELECT superseded_by FROM documents WHERE id = @Id", new { Id = first.DocumentId }));
        var session = Assert.Single(_db.Store.Sessions());
        Assert.Equal(copy, session.File);
        Assert.Contains("Adriana Flores Rangel", _db.Connection.Query<string>(
            "SELECT p.name FROM attendance a JOIN people p ON p.id = a.person_id JOIN current_sessions cs ON cs.id = a.session_id"));
        var moved = Assert.Single(labels.Items(), i => i.Corrected);
        Assert.Equal(("desalineado", corrected.Text), (moved.Label, moved.Text));
        Assert.NotEqual(corrected.Id, moved.Id);
    }

    [Fact]
    public void An_older_copy_imported_after_the_newer_one_is_kept_as_superseded()
    {
        var (original, copy) = Files(copyIsNewer: false);
        var first = _db.Store.Store(SampleActas.T23, original);

        var result = _db.Store.Store(Corrected, copy);

        Assert.Equal(new StoreResult(StoreOutcome.EarlierCopy, result.DocumentId, original), result);
        Assert.Equal(first.DocumentId, _db.Connection.ExecuteScalar<long>(
            "SELECT superseded_by FROM documents WHERE id = @Id", new { Id = result.DocumentId }));
        Assert.Equal(original, Assert.Single(_db.Store.Sessions()).File);
    }

    [Fact]
    public void Importing_both_files_again_changes_nothing()
    {
        var (original, copy) = Files(copyIsNewer: true);
        _db.Store.Store(SampleActas.T23, original);
        _db.Store.Store(Corrected, copy);
        var before = _db.Counts();

        Assert.Equal(StoreOutcome.Unchanged, _db.Store.Recognise(SampleActas.T23.Source.Sha256, original)?.Outcome);
        Assert.Equal(StoreOutcome.Unchanged, _db.Store.Store(SampleActas.T23, original).Outcome);
        Assert.Equal(StoreOutcome.Unchanged, _db.Store.Store(Corrected, copy).Outcome);

        Assert.Equal(before, _db.Counts());
        Assert.Equal(copy, Assert.Single(_db.Store.Sessions()).File);
    }

    [Fact]
    public void A_second_format_recorded_against_the_old_file_follows_the_corrected_copy()
    {
        var (original, copy) = Files(copyIsNewer: true);
        _db.Store.Store(SampleActas.T23, original);
        var pdf = _db.Store.Store(SampleActas.T23 with { Source = new SourceInfo("acta-23.pdf", new string('f', 64), "pdf", 9) }, _db.FilePath("acta-23.pdf"));
        Assert.Equal(StoreOutcome.SameSession, pdf.Outcome);

        var result = _db.Store.Store(Corrected, copy);

        Assert.Equal(result.DocumentId, _db.Connection.ExecuteScalar<long>(
            "SELECT same_session_as FROM documents WHERE id = @Id", new { Id = pdf.DocumentId }));
    }

    private (string Original, string Copy) Files(bool copyIsNewer)
    {
        var original = _db.FilePath("acta 23.txt");
        var copy = _db.FilePath("acta 23 corregida.txt");
        File.WriteAllText(original, "original");
        File.WriteAllText(copy, "corregida");
        var older = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(copyIsNewer ? original : copy, older);
        File.SetLastWriteTimeUtc(copyIsNewer ? copy : original, older.AddDays(1));
        return (original, copy);
    }
}
