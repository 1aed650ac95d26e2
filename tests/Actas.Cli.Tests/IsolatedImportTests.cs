using System.Diagnostics;
using Actas.Cli.Isolation;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;

namespace Actas.Cli.Tests;

/// <summary>
/// Issue 11, item 1: a file that kills its reader (stack overflow, memory, time) costs that file alone. The import
/// runs as a child process here, the way a user runs it, since a stack overflow cannot be caught in-process.
/// </summary>
public sealed class IsolatedImportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private (string Folder, string Pdf, string Docx) BatchWithCulprits()
    {
        var folder = _temp.PathOf("actas");
        SeedCopies.Write(folder, 2, first: 0);
        var pdf = Path.Combine(folder, "acta-001b-self.pdf");
        var docx = Path.Combine(folder, "acta-001c-nested.docx");
        HostileFixtures.WriteSelfReferencingPdf(pdf);
        HostileFixtures.WriteNestedTablesDocx(docx);
        SeedCopies.Write(folder, 2, first: 2);
        return (folder, pdf, docx);
    }

    [Fact]
    public void In_process_a_self_referencing_pdf_or_nested_tables_abort_the_whole_import()
    {
        var (folder, _, _) = BatchWithCulprits();
        using var child = new ChildImport(folder, "--db", _temp.PathOf("actas.db"), "--no-classify", "--jobs", "1", "--in-process");
        var (exit, output) = child.Wait(TimeSpan.FromSeconds(120));

        Assert.Equal(134, exit);
        Assert.Contains("Stack overflow", output, StringComparison.Ordinal);
        Assert.DoesNotContain("failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_that_crash_their_reader_fail_alone_with_the_reader_and_the_cause_and_the_batch_goes_on()
    {
        var (folder, pdf, docx) = BatchWithCulprits();
        // Walking 20,000 nested tables takes 20–70 s before the stack gives out on a loaded 2-core machine: a
        // generous timeout keeps this test about the crash, not the clock.
        using var child = new ChildImport(folder, "--db", _temp.PathOf("actas.db"), "--no-classify", "--jobs", "2", "--timeout", "600");
        var (exit, output) = child.Wait(TimeSpan.FromSeconds(600));

        Assert.Equal(1, exit);
        Assert.Contains($"{pdf}: the PDF reader crashed: stack overflow", output, StringComparison.Ordinal);
        // The .docx reader's own nesting guard now stops 20,000 nested tables before the stack gives out.
        Assert.Contains($"{docx}: ", output, StringComparison.Ordinal);
        Assert.Contains("nested more than 32 levels deep", output, StringComparison.Ordinal);
        Assert.Contains("open it in its program and save it again", output, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(folder, "acta-003.txt")}: stored", output, StringComparison.Ordinal);
        Assert.EndsWith("4 stored, 0 unchanged, 2 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dead_worker_is_replaced_and_the_next_file_is_read()
    {
        var pdf = _temp.PathOf("self.pdf");
        HostileFixtures.WriteSelfReferencingPdf(pdf);
        using var pool = new ReaderPool(WorkerLaunch.Dll(RepositoryPaths.ActasDll));

        var error = Assert.Throws<ActaReadException>(() => pool.Read(pdf));
        var acta = pool.Read(RepositoryPaths.SeedText);

        Assert.Equal("crashed", error.Code);
        Assert.StartsWith("the PDF reader crashed: stack overflow", error.Reason, StringComparison.Ordinal);
        Assert.Equal("2018-09-11", acta.Session.Date);
    }

    [Fact]
    public async Task Files_queued_behind_a_crash_in_the_same_worker_are_read_again_not_blamed()
    {
        var pdf = _temp.PathOf("self.pdf");
        HostileFixtures.WriteSelfReferencingPdf(pdf);
        var good = SeedCopies.Write(_temp.PathOf("good"), 3);
        using var pool = new ReaderPool(WorkerLaunch.Dll(RepositoryPaths.ActasDll), options: new IsolationOptions(Workers: 1));
        pool.Prestart();

        // Four callers at once on one worker: three files wait in its queue behind or before the culprit.
        var reads = new[] { pdf }.Concat(good).Select(path => Task.Run(() =>
        {
            try
            {
                return pool.Read(path).Session.Date ?? "no date";
            }
            catch (ActaReadException ex)
            {
                return ex.Code;
            }
        })).ToArray();
        var outcomes = await Task.WhenAll(reads);

        Assert.Equal<string>(["crashed", SeedCopies.Date(0), SeedCopies.Date(1), SeedCopies.Date(2)], outcomes);
    }

    [Fact]
    public void Nested_content_controls_found_by_fuzzing_cost_their_file_alone()
    {
        var docx = _temp.PathOf("sdt.docx");
        HostileFixtures.WriteNestedContentControlsDocx(docx);
        using var pool = new ReaderPool(WorkerLaunch.Dll(RepositoryPaths.ActasDll), new ReadOptions(Timeout: TimeSpan.FromSeconds(5)),
            new IsolationOptions(Workers: 1, Grace: TimeSpan.FromSeconds(1)));

        var error = Assert.Throws<ActaReadException>(() => pool.Read(docx));
        Acta acta;
        try
        {
            acta = pool.Read(RepositoryPaths.SeedText);
        }
        catch (ActaReadException cold) when (cold.Code == "timeout")
        {
            // A cold worker's first read can pass the 5 s meant for the hostile file on a loaded machine (one CI run in
            // session 13, at load 20): the pool going on with the next file is what is tested, so it gets a second try.
            acta = pool.Read(RepositoryPaths.SeedText);
        }

        // Which comes first, the stack's end or the clock's, depends on the machine; the file fails alone either way.
        Assert.Contains(error.Code, new[] { "crashed", "timeout" });
        Assert.Equal("2018-09-11", acta.Session.Date);
    }

    [Fact]
    public void A_document_over_the_memory_cap_fails_with_the_limit_named()
    {
        var docx = _temp.PathOf("inflating.docx");
        HostileFixtures.WriteInflatingDocx(docx, megabytes: 60);
        using var pool = new ReaderPool(WorkerLaunch.Dll(RepositoryPaths.ActasDll), options: new IsolationOptions(MemoryMegabytes: 128));

        var error = Assert.Throws<ActaReadException>(() => pool.Read(docx));

        Assert.Equal("out-of-memory", error.Code);
        Assert.Equal("the Word (.docx) reader ran out of memory (the limit is 128 MB per document) and was stopped; raise --max-memory if this file is genuine",
            error.Reason);
    }

    [Fact]
    public void The_timeout_covers_the_whole_read_including_loading_the_xml()
    {
        var docx = _temp.PathOf("inflating.docx");
        HostileFixtures.WriteInflatingDocx(docx, megabytes: 60);
        using var pool = new ReaderPool(WorkerLaunch.Dll(RepositoryPaths.ActasDll), new ReadOptions(Timeout: TimeSpan.FromSeconds(1)),
            new IsolationOptions(Grace: TimeSpan.FromSeconds(1)));
        // The worker is up and warm: what follows times the read alone. A cold worker's first extraction may itself pass
        // the 1 s budget on a loaded machine (CI beside other builds): the warm-up tries again, the test times the docx only.
        // Session 17's CI saw all three warm-ups of the seed pass 1 s beside the other test projects (the seed alone reads in
        // about 0.1 s): a warm-up that never finishes only warms, the docx below is what the test times.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                pool.Read(RepositoryPaths.SeedText);
                break;
            }
            catch (ActaReadException warming) when (warming.Code == "timeout")
            {
            }
        }

        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<ActaReadException>(() => pool.Read(docx));

        Assert.Equal("timeout", error.Code);
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 10);
    }

    [Fact]
    public void Sigterm_stops_the_import_between_documents_kills_its_workers_and_prints_the_summary()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // signals and /proc
        }

        var folder = _temp.PathOf("muchas");
        SeedCopies.Write(folder, 40);
        var db = _temp.PathOf("actas.db");
        using var child = new ChildImport(folder, "--db", db, "--no-classify", "--jobs", "2");
        child.WaitForStored(2, TimeSpan.FromSeconds(120));
        var workers = ChildrenOf(child.ProcessId);

        child.Terminate();
        var (exit, output) = child.Wait(TimeSpan.FromSeconds(60));

        Assert.Equal(130, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("stopped before the end: interrupted (Ctrl-C or SIGTERM)", StringComparison.Ordinal));
        // The summary is standard output's last line; the stop message above goes to standard error, and the two streams'
        // lines reach the test in no fixed order (CI once saw the stop message arrive after the summary).
        var outputLines = child.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var summary = System.Text.RegularExpressions.Regex.Match(outputLines[^1], @"^(\d+) stored, 0 unchanged, 0 failed, (\d+) not attempted$");
        Assert.True(summary.Success, outputLines[^1]);
        var stored = int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(40, stored + int.Parse(summary.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(stored, 2, 39);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT (SELECT COUNT(*) FROM sessions) || ' ' || (SELECT COUNT(*) FROM import_runs WHERE finished_at IS NOT NULL)";
        Assert.Equal($"{stored} 1", count.ExecuteScalar());
        Assert.All(workers, pid => Assert.False(IsAlive(pid), $"worker {pid} outlived the import"));
    }

    private static List<int> ChildrenOf(int parent) =>
        [.. Directory.EnumerateDirectories("/proc").Select(Path.GetFileName)
            .Where(name => name!.All(char.IsAsciiDigit))
            .Select(name => int.Parse(name!, System.Globalization.CultureInfo.InvariantCulture))
            .Where(pid =>
            {
                try
                {
                    var stat = File.ReadAllText($"/proc/{pid}/stat");
                    return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture) == parent;
                }
                catch (IOException)
                {
                    return false;
                }
            })];

    private static bool IsAlive(int pid) => File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);
}
