using System.Diagnostics;

namespace Actas.Pipeline.Reading.Legacy;

/// <summary>
/// Runs <c>soffice --headless --convert-to docx</c> on many files in one call (each launch
/// costs 3.5–4 s whatever the document, stack-notes), with a private profile, a time limit
/// (the process tree is killed past it) and cancellation. Calls within one process are
/// serialised because they share the profile.
/// </summary>
public sealed class LibreOfficeConverter(LibreOfficeConverterOptions options)
{
    private static readonly Lock ProfileLock = new();

    /// <summary>The per-process profile folder, removed when the process exits (each is a few MB).</summary>
    private static readonly Lazy<string> DefaultProfile = new(() =>
    {
        var folder = ConversionTempFolders.Profile(Environment.ProcessId);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Already gone or still in use: the temp folder cleaner gets it.
            }
            catch (UnauthorizedAccessException)
            {
                // Same.
            }
        };
        return folder;
    });

    public LibreOfficeConverter()
        : this(LibreOfficeConverterOptions.Default)
    {
    }

    /// <summary>Full path of the soffice executable, or null when it is not installed.</summary>
    public string? FindExecutable()
    {
        var executable = options.Executable;
        if (executable.Contains(Path.DirectorySeparatorChar) || executable.Contains(Path.AltDirectorySeparatorChar))
        {
            return File.Exists(executable) ? Path.GetFullPath(executable) : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Converts <paramref name="inputs"/> to .docx files named after them in <paramref name="outputDirectory"/>.
    /// Inputs must have distinct file names without extension.
    /// </summary>
    public LibreOfficeRun ConvertToDocx(string executable, IReadOnlyList<string> inputs, string outputDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var profile = options.ProfileDirectory ?? DefaultProfile.Value;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--headless", "--norestore", "--nolockcheck", $"-env:UserInstallation={new Uri(Path.GetFullPath(profile)).AbsoluteUri}",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", outputDirectory])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var input in inputs)
        {
            start.ArgumentList.Add(input);
        }

        lock (ProfileLock)
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            var clock = Stopwatch.StartNew();
            while (!process.WaitForExit(200))
            {
                if (clock.Elapsed > timeout || cancellationToken.IsCancellationRequested)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit();
                    cancellationToken.ThrowIfCancellationRequested();
                    return new LibreOfficeRun(null, stdout.Result + stderr.Result, TimedOut: true);
                }
            }

            process.WaitForExit();
            return new LibreOfficeRun(process.ExitCode, stdout.Result + stderr.Result, TimedOut: false);
        }
    }
}
