using System.ComponentModel;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading.Legacy;

namespace Actas.Pipeline.Reading;

/// <summary>
/// Reads .doc, .odt and .rtf by converting them to .docx with LibreOffice and reading that with
/// <see cref="DocxReader"/>; the result keeps the original's name, format and SHA-256.
/// <see cref="ReadMany"/> converts a whole batch in one soffice launch.
/// </summary>
public sealed class LegacyOfficeReader(LibreOfficeConverter converter, DocxReader docx) : IDocumentReader
{
    public LegacyOfficeReader()
        : this(new LibreOfficeConverter(), new DocxReader())
    {
    }

    public LegacyOfficeReader(LibreOfficeConverterOptions options)
        : this(new LibreOfficeConverter(options), new DocxReader())
    {
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".doc", ".odt", ".rtf"];

    public LayoutDocument Read(string path, ReadOptions options, CancellationToken cancellationToken = default)
    {
        var result = ReadMany([path], options, cancellationToken)[0];
        return result.Document ?? throw result.Error!;
    }

    /// <summary>
    /// Converts and reads many files with one soffice call. One result per path, in order; a
    /// file that fails carries its <see cref="ActaReadException"/> and does not stop the others.
    /// <see cref="ReadOptions.DisplayName"/> is used only for a single path; the time limit is
    /// <see cref="ReadOptions.EffectiveTimeout"/> per file.
    /// </summary>
    public IReadOnlyList<LegacyReadResult> ReadMany(IReadOnlyList<string> paths, ReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        if (paths.Count == 0)
        {
            return [];
        }

        string Name(string path) => paths.Count == 1 && options.DisplayName is { } display ? display : Path.GetFileName(path);
        static string Format(string path) => Path.GetExtension(path).TrimStart('.').ToLowerInvariant();

        var refusals = paths.Select(p => LegacyContentCheck.Refusal(p, Name(p))).ToList();
        if (refusals.Any(r => r is not null))
        {
            var good = paths.Where((_, i) => refusals[i] is null).ToList();
            var read = new Queue<LegacyReadResult>(ReadMany(good, options with { DisplayName = null }, cancellationToken));
            return [.. paths.Select((p, i) => refusals[i] is { } refusal ? new LegacyReadResult(p, null, refusal) : read.Dequeue())];
        }

        if (converter.FindExecutable() is not { } executable)
        {
            return [.. paths.Select(p => new LegacyReadResult(p, null, ActaReadException.ConverterMissing(Name(p), Path.GetExtension(p))))];
        }

        var work = Directory.CreateTempSubdirectory(ConversionTempFolders.ConversionPrefix);
        try
        {
            var inputs = work.CreateSubdirectory("in").FullName;
            var outputs = work.CreateSubdirectory("out").FullName;
            // Staged under numbered names: two inputs called "acta.doc" and "acta.odt" would
            // otherwise both convert to "acta.docx".
            var staged = paths.Select((p, i) => Path.Combine(inputs, $"{i:D5}{Path.GetExtension(p).ToLowerInvariant()}")).ToList();
            for (var i = 0; i < paths.Count; i++)
            {
                File.Copy(paths[i], staged[i]);
            }

            var limit = options.EffectiveTimeout * paths.Count;
            LibreOfficeRun run;
            try
            {
                run = converter.ConvertToDocx(executable, staged, outputs, limit, cancellationToken);
            }
            catch (Win32Exception ex)
            {
                return [.. paths.Select(p => new LegacyReadResult(p, null, ActaReadException.ConversionFailed(Name(p), $"{executable} could not be started ({ex.Message})")))];
            }

            var results = new List<LegacyReadResult>(paths.Count);
            for (var i = 0; i < paths.Count; i++)
            {
                var name = Name(paths[i]);
                var converted = Path.Combine(outputs, Path.GetFileNameWithoutExtension(staged[i]) + ".docx");
                if (!File.Exists(converted) || new FileInfo(converted).Length == 0)
                {
                    var error = run.TimedOut
                        ? ActaReadException.Timeout(name, limit)
                        : ActaReadException.ConversionFailed(name, $"no .docx came out (exit code {run.ExitCode}){Tail(run.Output)}");
                    results.Add(new LegacyReadResult(paths[i], null, error));
                    continue;
                }

                try
                {
                    var document = docx.Read(converted, options with { DisplayName = name }, cancellationToken);
                    results.Add(new LegacyReadResult(paths[i], document with
                    {
                        FileName = name,
                        Format = Format(paths[i]),
                        Sha256 = FileFingerprint.Sha256(paths[i]),
                    }, null));
                }
                catch (ActaReadException ex)
                {
                    results.Add(new LegacyReadResult(paths[i], null, ex));
                }
            }

            return results;
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not worth failing the read.
            }
        }
    }

    private static string Tail(string output)
    {
        var text = WhitespaceCollapser.Collapse(output);
        return text.Length == 0 ? "" : ": " + (text.Length > 300 ? "…" + text[^300..] : text);
    }
}
