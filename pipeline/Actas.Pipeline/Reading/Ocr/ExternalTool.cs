using System.ComponentModel;
using System.Diagnostics;
using Actas.Pipeline.Diagnostics;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Runs one command-line tool of the OCR chain (pdftoppm, tesseract, convert) and returns its
/// standard output. Tesseract is held to one thread (<c>OMP_THREAD_LIMIT=1</c>): pages run in
/// parallel instead, and OpenMP threads on a busy machine cost more than they give (a 300 dpi
/// page took 7.5 s with them, 1.9 s without, on 2 cores). Cancelling kills the process.
/// </summary>
public static class ExternalTool
{
    /// <summary>Full path of <paramref name="executable"/>, or null when it is not installed.</summary>
    public static string? Find(string executable)
    {
        ArgumentNullException.ThrowIfNull(executable);
        if (executable.Contains(Path.DirectorySeparatorChar) || executable.Contains(Path.AltDirectorySeparatorChar))
        {
            return File.Exists(executable) ? Path.GetFullPath(executable) : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists);
    }

    /// <param name="file">The document, for messages.</param>
    /// <param name="what">What needs the tool, e.g. "page 6 (no text layer)", for the missing-tool message.</param>
    public static string Run(string file, string what, string executable, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var found = Find(executable) ?? throw ActaReadException.OcrMissing(file, what, executable);
        var start = new ProcessStartInfo(found)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw ActaReadException.OcrFailed(file, $"{executable} could not be started");
        }
        catch (Win32Exception ex)
        {
            throw ActaReadException.OcrFailed(file, $"{executable} could not be started ({ex.Message})");
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            while (!process.WaitForExit(100))
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit();
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var error = WhitespaceCollapser.Collapse(stderr.Result);
                throw ActaReadException.OcrFailed(file, $"{executable} exited with code {process.ExitCode}{(error.Length == 0 ? "" : ": " + (error.Length > 300 ? "…" + error[^300..] : error))}");
            }

            return stdout.Result;
        }
    }
}
