using System.Diagnostics;
using Actas.Cli.Commands;

namespace Actas.Cli.Tests;

/// <summary>
/// Issue 11, item 3: what a path names is checked before a byte is read. A FIFO or a link to /dev/zero hung the
/// import for ever (hashing came first, outside every timer); a 20 GB sparse file took 55 s before "too large".
/// </summary>
public sealed class ImportFileChecksTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Fifos_devices_and_huge_sparse_files_are_refused_at_once_without_being_read()
    {
        var folder = _temp.PathOf("lote");
        var good = SeedCopies.Write(folder, 1)[0];
        var fifo = Path.Combine(folder, "tuberia.txt");
        Run("mkfifo", fifo);
        var zero = Path.Combine(folder, "ceros.pdf");
        File.CreateSymbolicLink(zero, "/dev/zero");
        var sparse = Path.Combine(folder, "dispersa.pdf");
        using (var stream = File.Create(sparse))
        {
            stream.SetLength(20L * 1024 * 1024 * 1024);
        }

        var reads = new List<string>();
        var output = new StringWriter();
        var settings = new ImportCommand.Settings { Paths = [folder], Database = _temp.PathOf("actas.db"), NoClassify = true, TimeoutSeconds = 3 };
        var clock = Stopwatch.StartNew();
        var exit = ImportCommand.Run(settings, path =>
        {
            lock (reads)
            {
                reads.Add(path);
            }

            return FakeActas.For(path);
        }, classifier: null, output, progressConsole: null);

        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 10);
        Assert.Equal(1, exit);
        var lines = output.ToString();
        Assert.Contains($"{fifo}: not a regular file (a FIFO (named pipe)); give the acta file itself", lines, StringComparison.Ordinal);
        Assert.Contains($"{zero}: not a regular file (a character device); give the acta file itself", lines, StringComparison.Ordinal);
        Assert.Contains($"{sparse}: too large: 21,474,836,480 bytes, the limit is 52,428,800; raise the limit with --max-size/--max-pages if this file is genuine",
            lines, StringComparison.Ordinal);
        Assert.Equal([good], reads);
    }

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(program, arguments);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
