using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;
using Actas.Storage.Tests;
using Dapper;

namespace Actas.Import.Tests;

/// <summary>
/// What import and reprocess share through <see cref="BatchRunner{TItem}"/>: one check and one hash per file, handed
/// to the reader; the legacy batch path; each job's own words for the same failure.
/// </summary>
public sealed class BatchRunnerTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Import_and_reprocess_hash_a_file_once_and_its_reader_takes_that_hash()
    {
        var file = _db.FilePath("acta-5.txt");
        File.WriteAllText(file, "QUINTA SESIÓN");
        var sha = FileFingerprint.Sha256(file);
        var seen = new List<string>();
        Acta Read(string path)
        {
            // Moved away while it is read: a reader that hashed the file again would not find it.
            File.Move(path, path + ".aparte");
            try
            {
                seen.Add(FileFingerprint.Sha256(path));
            }
            finally
            {
                File.Move(path + ".aparte", path);
            }

            return SampleActas.M5;
        }

        Assert.Equal(1, new ActaImporter(_db.Store, Read, extractorVersion: "1.0.0").Import([new ImportCandidate(file)]).Stored);
        var reprocessor = new ActaReprocessor(_db.Store, Read, "2.0.0");
        Assert.Equal(1, reprocessor.Reprocess(reprocessor.Select([])).Reprocessed);

        Assert.Equal([sha, sha], seen);
        Assert.Equal(sha, _db.Connection.ExecuteScalar<string>("SELECT sha256 FROM documents"));
        Assert.Throws<FileNotFoundException>(() => FileFingerprint.Sha256(file + ".aparte"));
    }

    [Fact]
    public void A_legacy_file_the_batch_reader_gives_no_result_for_fails_alone_in_the_words_of_import_and_of_reprocess()
    {
        var doc = _db.FilePath("acta-23.doc");
        var txt = _db.FilePath("acta-5.txt");
        File.WriteAllText(doc, "VIGÉSIMA TERCERA SESIÓN");
        File.WriteAllText(txt, "QUINTA SESIÓN");
        var hashes = new List<string?>();
        var answer = true;
        var legacy = new BatchReader(new HashSet<string>([".doc"]), paths =>
        {
            hashes.AddRange(paths.Select(FileFingerprint.Assumed));
            return answer ? [.. paths.Select(p => new BatchReadResult(p, SampleActas.T23, null))] : [];
        });
        var options = new ImportOptions(Jobs: 2, BatchReader: legacy);
        var stored = new ActaImporter(_db.Store, _ => SampleActas.M5, extractorVersion: "0.9.0", options: options)
            .Import([new ImportCandidate(doc), new ImportCandidate(txt)]);
        Assert.Equal([$"{txt}: stored", $"{doc}: stored"], stored.Files.Select(f => f.Line));
        Assert.Equal([FileFingerprint.Sha256(doc)], hashes);
        answer = false;
        var other = _db.FilePath("acta-24.doc");
        File.WriteAllText(other, "VIGÉSIMA CUARTA SESIÓN");

        var reprocessor = new ActaReprocessor(_db.Store, _ => SampleActas.M5, "1.0.0", options: options);
        var reprocessed = reprocessor.Reprocess(reprocessor.Select([]));
        var imported = new ActaImporter(_db.Store, _ => SampleActas.M5, extractorVersion: "1.0.0", options: options)
            .Import([new ImportCandidate(other)]);

        const string NoResult = "internal error (the batch reader returned no result for it); please report it with this file";
        Assert.Equal(
            [$"{txt}: reprocessed (extractor 0.9.0 → 1.0.0)", $"{doc}: {NoResult}; the stored document is kept as it is"],
            reprocessed.Files.Select(f => f.Line));
        Assert.Equal($"{other}: {NoResult}", Assert.Single(imported.Files).Line);
        Assert.Equal("0 stored, 0 unchanged, 1 failed", imported.ToString());
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_one_line_in_each_jobs_words_and_the_stored_document_is_kept()
    {
        var file = _db.FilePath("acta-23.txt");
        File.WriteAllText(file, "VIGÉSIMA TERCERA SESIÓN");
        new ActaImporter(_db.Store, _ => SampleActas.T23, extractorVersion: "0.9.0").Import([new ImportCandidate(file)]);
        var reason = ActaReadException.NotAnActa("acta-23.txt", "no session title").Reason;
        Acta Fails(string path) => throw ActaReadException.NotAnActa(Path.GetFileName(path), "no session title");

        var reprocessor = new ActaReprocessor(_db.Store, Fails, "1.0.0");
        var reprocessed = reprocessor.Reprocess(reprocessor.Select([]));
        File.AppendAllText(file, " corregida");
        var imported = new ActaImporter(_db.Store, Fails, extractorVersion: "1.0.0").Import([new ImportCandidate(file)]);

        Assert.Equal($"{file}: {reason}; the stored document is kept as it is", Assert.Single(reprocessed.Files).Line);
        Assert.Equal($"{file}: {reason}", Assert.Single(imported.Files).Line);
        Assert.Equal(1, _db.Count("sessions"));
    }
}
