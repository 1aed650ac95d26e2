using Actas.Pipeline;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Extraction;
using Actas.Pipeline.Model;
using Actas.Import;
using Actas.Storage.Labels;
using Actas.Storage.Queries;
using Dapper;
using Actas.Storage.Tests;

namespace Actas.Import.Tests;

/// <summary>
/// <c>--reprocess-outdated</c> on real SQLite with the real pipeline: copies of the seed acta (each on its own date),
/// imported, marked as read by extractor 0.9.0, then read again.
/// </summary>
public sealed class ReprocessTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly ActaPipeline _pipeline = ActaPipeline.CreateDefault();
    private readonly List<string> _read = [];
    private readonly SqliteLabelStore _labels;

    public ReprocessTests() => _labels = new SqliteLabelStore(_db.Connection);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void An_outdated_document_is_read_again_in_place_and_its_correction_follows_the_new_item()
    {
        var a = Seed("a.txt", day: 1);
        var b = Seed("b.txt", day: 2);
        Import(a, b);
        MarkOutdated(a);
        var (oldId, text) = Item(a, 2);
        Assert.True(_labels.Correct(oldId, "desalineado", "analista"));
        var before = _db.Counts();
        File.Delete(b); // current: must not even be looked at
        _read.Clear();

        var summary = Reprocess();

        var line = Assert.Single(summary.Files);
        Assert.Equal($"{a}: reprocessed (extractor 0.9.0 → {ActaExtractor.Version}); 1 correction kept on the re-read items", line.Line);
        Assert.Equal("1 reprocessed, 1 up to date, 0 missing, 0 changed, 0 failed", summary.ToString());
        Assert.True(summary.Complete);
        Assert.Equal([a], _read);
        Assert.Equal(before, _db.Counts());
        Assert.Equal([ActaExtractor.Version], _db.Connection.Query<string>("SELECT DISTINCT extractor_version FROM documents"));
        Assert.Equal(summary.ImportRunId, _db.Connection.ExecuteScalar<long>("SELECT import_run_id FROM documents WHERE path = @a", new { a }));

        var (newId, newText) = Item(a, 2);
        Assert.NotEqual(oldId, newId);
        Assert.Equal(text, newText);
        Assert.Equal(0, _db.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM feedback_items WHERE id = @oldId", new { oldId }));
        Assert.Equal([newId], _db.Connection.Query<long>("SELECT feedback_item_id FROM label_corrections"));
        var item = Assert.Single(_labels.Items(), i => i.Id == newId);
        Assert.Equal(("desalineado", true), (item.Label, item.Corrected));
        var feedback = Assert.Single(new ActaQueries(_db.Connection).FeedbackByInstitution(QueryFilter.None), r => r.Labels.ContainsKey("desalineado"));
        Assert.Equal(1, feedback.Labels["desalineado"]);
        AssertSearchTextMatchesItems();
        FactTables.AssertFactsMatchSources(_db.Connection, "after reprocessing");
    }

    [Fact]
    public void Only_documents_under_the_given_paths_are_read_and_a_path_without_documents_is_reported()
    {
        var inside = Seed("lote/a.txt", day: 1);
        var beside = Seed("lote2/b.txt", day: 2);
        Import(inside, beside);
        MarkOutdated(inside);
        MarkOutdated(beside);
        var nothing = _db.FilePath("vacio");
        _read.Clear();

        var summary = Reprocess(paths: [_db.FilePath("lote"), nothing]);

        Assert.Equal([$"{nothing}: no current stored document under this path", $"{inside}: reprocessed (extractor 0.9.0 → {ActaExtractor.Version})"],
            summary.Files.Select(f => f.Line));
        Assert.Equal("1 reprocessed, 0 up to date, 0 missing, 0 changed, 1 failed", summary.ToString());
        Assert.Equal([inside], _read);
        Assert.Equal("0.9.0", _db.Connection.ExecuteScalar<string>("SELECT extractor_version FROM documents WHERE path = @beside", new { beside }));
    }

    [Fact]
    public void A_missing_file_a_changed_file_and_a_file_that_no_longer_reads_keep_their_rows()
    {
        var missing = Seed("a.txt", day: 1);
        var changed = Seed("b.txt", day: 2);
        var refused = Seed("c.txt", day: 3);
        Import(missing, changed, refused);
        foreach (var path in new[] { missing, changed, refused })
        {
            MarkOutdated(path);
        }

        var (corrected, _) = Item(refused, 0);
        Assert.True(_labels.Correct(corrected, "cuestiona", "analista"));
        var before = _db.Counts();
        File.Delete(missing);
        File.AppendAllText(changed, "\nNota añadida después.\n");
        _read.Clear();

        var summary = Reprocess(read: path => path == refused ? throw ActaReadException.NotAnActa(Path.GetFileName(path), "no attendance list") : Read(path));

        Assert.Equal(
            [
                $"{missing}: file not found; the stored document (read by extractor 0.9.0) is kept as it is",
                $"{changed}: the file changed since it was stored; the stored document is kept as it is (`actas import` stores the new content as a new version)",
                $"{refused}: {ActaReadException.NotAnActa("c.txt", "no attendance list").Reason}; the stored document is kept as it is",
            ],
            summary.Files.Select(f => f.Line));
        Assert.Equal("0 reprocessed, 0 up to date, 1 missing, 1 changed, 1 failed", summary.ToString());
        Assert.False(summary.Complete);
        Assert.Empty(_read);
        Assert.Equal(before, _db.Counts());
        Assert.Equal(["0.9.0"], _db.Connection.Query<string>("SELECT DISTINCT extractor_version FROM documents"));
        Assert.Equal([corrected], _db.Connection.Query<long>("SELECT feedback_item_id FROM label_corrections"));
    }

    [Fact]
    public void A_correction_whose_item_is_gone_is_kept_with_its_text_and_is_still_training_data()
    {
        var a = Seed("a.txt", day: 1);
        Import(a);
        MarkOutdated(a, version: null);
        var (gone, goneText) = Item(a, 0);
        var (kept, keptText) = Item(a, 1);
        Assert.True(_labels.Correct(gone, "reasignar", "analista"));
        Assert.True(_labels.Correct(kept, "avance", "analista"));
        var items = _db.Count("feedback_items");
        var strategy = _db.Connection.ExecuteScalar<int>(
            "SELECT st.number FROM feedback_items f JOIN strategies st ON st.id = f.strategy_id WHERE f.id = @gone", new { gone });

        // The new extractor no longer reads the first item as feedback.
        var summary = Reprocess(read: path => Without(Read(path), goneText));

        Assert.Equal($"{a}: reprocessed (extractor unknown → {ActaExtractor.Version}); 1 correction kept on the re-read items; 1 correction matched no item (kept for training)",
            Assert.Single(summary.Files).Line);
        Assert.Equal(["1 correction kept on the re-read items", "1 correction no longer matches an item; kept for training"], summary.CorrectionLines());
        Assert.Equal(items - 1, _db.Count("feedback_items"));
        var orphan = _db.Connection.QuerySingle<(long? ItemId, string Text, string Label, int Strategy, string TextKey)>(
            "SELECT feedback_item_id, item_text, new_label, strategy_number, text_key FROM label_corrections WHERE new_label = 'reasignar'");
        Assert.Equal(((long?)null, goneText, "reasignar", strategy, Actas.Storage.Keys.TextKey.Fold(goneText)), orphan);
        Assert.Equal(1, _labels.UnmatchedCorrections());
        var training = _labels.TrainingCorrections();
        Assert.Equal(2, training.Count);
        Assert.Contains(training, t => t.Text == keptText && t.Label == "avance" && t.FeedbackItemId == Item(a, 0).Id);
        Assert.Contains(training, t => t.Text == goneText && t.Label == "reasignar" && t.FeedbackItemId == null);
        AssertSearchTextMatchesItems();
    }

    [Theory]
    [InlineData(null, "1.0.0", true)]
    [InlineData("0.9.0", "1.0.0", true)]
    [InlineData("1.9.0", "1.10.0", true)]
    [InlineData("1.10.0", "1.9.0", false)]
    [InlineData("1.0", "1.0.0", false)]
    [InlineData("1.0.0", "1.0.1", true)]
    [InlineData("1.0.0-beta", "1.0.0", false)]
    [InlineData("2.0.0", "1.0.0", false)]
    [InlineData("desconocida", "1.0.0", true)]
    public void Extractor_versions_compare_part_by_part(string? stored, string current, bool outdated) =>
        Assert.Equal(outdated, ExtractorVersions.IsOutdated(stored, current));

    private string Seed(string relative, int day)
    {
        var path = _db.FilePath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, File.ReadAllText(RepositoryPaths.SeedText)
            .Replace("11 de septiembre de 2018", $"{day} de enero de 2030", StringComparison.Ordinal));
        return Path.GetFullPath(path);
    }

    private Acta Read(string path)
    {
        lock (_read)
        {
            _read.Add(path);
        }

        return _pipeline.Process(path);
    }

    private void Import(params string[] files)
    {
        var summary = new ActaImporter(_db.Store, Read, extractorVersion: ActaExtractor.Version, options: new ImportOptions(Jobs: 2))
            .Import([.. files.Select(f => new ImportCandidate(f))]);
        Assert.Equal(files.Length, summary.Stored);
    }

    private ReprocessSummary Reprocess(Func<string, Acta>? read = null, string[]? paths = null)
    {
        var reprocessor = new ActaReprocessor(_db.Store, read ?? Read, ActaExtractor.Version, options: new ImportOptions(Jobs: 2));
        return reprocessor.Reprocess(reprocessor.Select(paths ?? []));
    }

    private void MarkOutdated(string path, string? version = "0.9.0") =>
        Assert.Equal(1, _db.Connection.Execute("UPDATE documents SET extractor_version = @version WHERE path = @path", new { version, path }));

    /// <summary>The <paramref name="index"/>th feedback item of the document at <paramref name="path"/>, in document order.</summary>
    private (long Id, string Text) Item(string path, int index) =>
        _db.Connection.QuerySingle<(long, string)>(
            """
            SELECT f.id, f.text FROM documents d
            JOIN sessions s ON s.document_id = d.id
            JOIN strategies st ON st.session_id = s.id
            JOIN feedback_items f ON f.strategy_id = st.id
            WHERE d.path = @path
            ORDER BY st.position, f.position
            LIMIT 1 OFFSET @index
            """,
            new { path, index });

    private static Acta Without(Acta acta, string feedbackText) => acta with
    {
        Strategies = [.. acta.Strategies.Select(s => s with { Feedback = [.. s.Feedback.Where(f => f.Text != feedbackText)] })],
    };

    /// <summary>Every search row belongs to a stored item with the same text, and every item has its row.</summary>
    private void AssertSearchTextMatchesItems()
    {
        var connection = _db.Connection;
        Assert.Equal(
            connection.ExecuteScalar<long>("SELECT COUNT(*) FROM feedback_items") +
            connection.ExecuteScalar<long>("SELECT COUNT(*) FROM goal_reports WHERE report IS NOT NULL"),
            _db.Count("search_text"));
        Assert.Equal(0, connection.ExecuteScalar<long>(
            """
            SELECT COUNT(*) FROM search_text s
            WHERE NOT EXISTS (SELECT 1 FROM feedback_items f WHERE s.kind = 'feedback' AND f.id = s.item_id AND f.text = s.text)
              AND NOT EXISTS (SELECT 1 FROM goal_reports gr WHERE s.kind = 'report' AND gr.id = s.item_id AND gr.report = s.text)
            """));
    }
}
