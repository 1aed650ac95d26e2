using Actas.Pipeline.Labelling;
using Actas.Import;
using Dapper;
using Actas.Storage.Tests;

namespace Actas.Import.Tests;

public sealed class ActaImporterTests
{
    [Fact]
    public void A_classifier_labels_feedback_before_it_is_stored_and_the_run_is_recorded()
    {
        using var db = new TempDatabase();
        var file = db.FilePath("acta-5.txt");
        File.WriteAllText(file, "QUINTA SESIÓN…");
        var importer = new ActaImporter(db.Store, _ => SampleActas.M5, new ConstantClassifier(), extractorVersion: "1.2.3");

        var summary = importer.Import([new ImportCandidate(file), new ImportCandidate(db.FilePath("falta.txt"))]);

        Assert.Equal("1 stored, 0 unchanged, 1 failed", summary.ToString());
        Assert.Equal(
            ["cuestiona|0.3333|m-7", "cuestiona|0.3333|m-7"],
            db.Connection.Query<string>("SELECT label || '|' || confidence || '|' || model_version FROM feedback_items ORDER BY id"));
        var run = db.Connection.QuerySingle<(long Ok, long Failed, long Skipped, string Version, string? Finished)>(
            "SELECT files_ok, files_failed, files_skipped, extractor_version, finished_at FROM import_runs WHERE id = @Id",
            new { Id = summary.ImportRunId });
        Assert.Equal((1L, 1L, 0L, "1.2.3"), (run.Ok, run.Failed, run.Skipped, run.Version));
        Assert.NotNull(run.Finished);
        Assert.Equal(summary.ImportRunId, db.Connection.ExecuteScalar<long>("SELECT import_run_id FROM documents"));
        Assert.Equal(
            FileFingerprintOf(file),
            db.Connection.ExecuteScalar<string>("SELECT sha256 FROM documents"));
    }

    [Fact]
    public void A_storage_failure_is_one_failure_line_and_the_batch_goes_on()
    {
        using var db = new TempDatabase();
        var bad = db.FilePath("rota.txt");
        var good = db.FilePath("buena.txt");
        File.WriteAllText(bad, "una");
        File.WriteAllText(good, "otra");
        var broken = SampleActas.T23 with
        {
            Strategies = [SampleActas.T23.Strategies[0] with { Feedback = [SampleActas.T23.Strategies[0].Feedback[0] with { Text = null! }] }],
        };
        var importer = new ActaImporter(db.Store, path => path == bad ? broken : SampleActas.M5);

        var summary = importer.Import([new ImportCandidate(bad), new ImportCandidate(good)]);

        Assert.StartsWith($"{bad}: could not store it (", summary.Files[0].Line);
        Assert.EndsWith("; nothing of it was stored", summary.Files[0].Line);
        Assert.Equal($"{good}: stored", summary.Files[1].Line);
        Assert.Equal(1, db.Count("sessions"));
    }

    [Fact]
    public void A_corrected_copy_of_a_stored_acta_is_stored_and_its_line_says_it_replaces_the_earlier_file()
    {
        using var db = new TempDatabase();
        var original = db.FilePath("acta-23.txt");
        var copy = db.FilePath("acta-23 corregida.txt");
        File.WriteAllText(original, "VIGÉSIMA TERCERA SESIÓN");
        File.WriteAllText(copy, "VIGÉSIMA TERCERA SESIÓN (corregida)");
        File.SetLastWriteTimeUtc(original, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var importer = new ActaImporter(db.Store, _ => SampleActas.T23);
        importer.Import([new ImportCandidate(original)]);

        var summary = importer.Import([new ImportCandidate(copy)]);

        Assert.Equal(
            $"{copy}: stored as a corrected copy of {original}: it is now that session's current version; the earlier file is kept as superseded",
            Assert.Single(summary.Files).Line);
        Assert.Equal("1 stored, 0 unchanged, 0 failed", summary.ToString());
        Assert.Equal(copy, Assert.Single(db.Store.Sessions()).File);
    }

    private static string FileFingerprintOf(string path) => Pipeline.Reading.FileFingerprint.Sha256(path);

    private sealed class ConstantClassifier : IFeedbackClassifier
    {
        public string ModelVersion => "m-7";

        public FeedbackPrediction Predict(string text) => new("cuestiona", 1.0 / 3);
    }
}
