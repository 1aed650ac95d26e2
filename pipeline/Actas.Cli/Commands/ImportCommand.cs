using System.ComponentModel;
using Actas.Pipeline;
using Actas.Pipeline.Extraction;
using Actas.Pipeline.Reading;
using Actas.Pipeline.Reading.Ocr;
using Actas.Pipeline.Labelling;
using Actas.Pipeline.Model;
using Actas.Storage;
using Actas.Import;
using Spectre.Console;
using Spectre.Console.Cli;
using Actas.Cli.Composition;
using Actas.Cli.Isolation;
using Actas.Cli.Usage;

namespace Actas.Cli.Commands;

/// <summary>
/// <c>actas import PATH... [--db actas.db]</c>: reads every acta under the paths into the database. One line
/// per file ("{path}: stored", "{path}: {reason}"), then the counts; exit code 1 if any file failed.
/// With <c>--reprocess-outdated</c>, see <see cref="OutdatedReprocessing"/>.
/// </summary>
public sealed class ImportCommand : Command<ImportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[PATH]")]
        [Description("Acta files or folders (searched recursively for .docx .pdf .txt .doc .odt .rtf; folders named src are skipped). " +
            "With --reprocess-outdated: only stored documents under these paths (none: every stored document)")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--db <FILE>")]
        [Description("The SQLite database to write; created if missing")]
        [DefaultValue("actas.db")]
        public string Database { get; init; } = "actas.db";

        [CommandOption("--reprocess-outdated")]
        [Description("Read again the stored documents an older extractor read, from their stored paths, replacing their rows; " +
            "label corrections are kept")]
        public bool ReprocessOutdated { get; init; }

        [CommandOption("--model <FILE>")]
        [Description("Feedback classifier model (default: models/feedback-classifier.zip found upward, else the one shipped with actas)")]
        public string? Model { get; init; }

        [CommandOption("--no-classify")]
        [Description("Store feedback without labels (label them later with actas labels relabel)")]
        public bool NoClassify { get; init; }

        [CommandOption("--jobs <N>")]
        [Description("Documents read at once (default: the number of processors)")]
        public int? Jobs { get; init; }

        [CommandOption("--max-size <MB>")]
        [Description("Largest file read, in MB (default 50)")]
        public double? MaxSizeMegabytes { get; init; }

        [CommandOption("--max-pages <N>")]
        [Description("Most PDF pages read per document (default 500)")]
        public int? MaxPages { get; init; }

        [CommandOption("--timeout <SECONDS>")]
        [Description("Longest one document may take to read and extract (default 60), plus 30 s for each page read by OCR")]
        public double? TimeoutSeconds { get; init; }

        [CommandOption("--ocr <MODE>")]
        [Description(OcrFlag.Description)]
        public string? Ocr { get; init; }

        [CommandOption("--max-memory <MB>")]
        [Description("Most memory one document may take to read, in MB (default 1024); a file over it fails alone")]
        public long? MaxMemoryMegabytes { get; init; }

        [CommandOption("--in-process")]
        [Description("Read in this process instead of in worker processes: starts faster, but a file that crashes the " +
            "reader (stack overflow) stops the whole import")]
        public bool InProcess { get; init; }

        [CommandOption("-q|--quiet")]
        [LocalizedDescription("opt.import-quiet")]
        public bool Quiet { get; init; }

        [CommandOption("--verbose")]
        [LocalizedDescription("opt.import-verbose")]
        public bool Verbose { get; init; }

        /// <summary>The per-document limits given on the command line, over the defaults.</summary>
        public ReadOptions ToReadOptions() => new()
        {
            Ocr = OcrFlag.Parse(Ocr) ?? OcrMode.Auto,
            MaxBytes = MaxSizeMegabytes is { } mb ? (long)(mb * 1024 * 1024) : ReadOptions.Default.MaxBytes,
            MaxPages = MaxPages ?? ReadOptions.Default.MaxPages,
            Timeout = TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        };

        /// <summary>How the import spreads its files; <paramref name="threadsPerJob"/> above 1 keeps worker processes' queues fed.</summary>
        public ImportOptions ToImportOptions(BatchReader? batchReader, int threadsPerJob = 1) =>
            new((Jobs ?? Environment.ProcessorCount) * threadsPerJob, BatchReader: batchReader, MaxBytes: ToReadOptions().MaxBytes);

        /// <summary>The worker limits given on the command line, over the defaults.</summary>
        public IsolationOptions ToIsolationOptions() => new(
            Workers: Jobs ?? Environment.ProcessorCount,
            MemoryMegabytes: MaxMemoryMegabytes ?? IsolationOptions.Default.MemoryMegabytes);

        public override ValidationResult Validate() =>
            Paths.Length == 0 && !ReprocessOutdated ? ValidationResult.Error("give at least one PATH (a file or folder of actas)")
            : Jobs is < 1 ? ValidationResult.Error("--jobs must be 1 or more")
            : MaxSizeMegabytes is { } mb && !(mb > 0 && mb <= 1024 * 1024) ? ValidationResult.Error("--max-size must be a number of MB above 0 and at most 1048576")
            : MaxPages is < 1 ? ValidationResult.Error("--max-pages must be 1 or more")
            : TimeoutSeconds is { } s && !(s > 0 && s <= 86_400) ? ValidationResult.Error("--timeout must be a number of seconds above 0 and at most 86400 (one day)")
            : MaxMemoryMegabytes is < 64 ? ValidationResult.Error("--max-memory must be 64 MB or more")
            : OcrFlag.Parse(Ocr) is null ? ValidationResult.Error(OcrFlag.Error(Ocr))
            : Quiet && Verbose ? ValidationResult.Error(Localized.Text("QuietOrVerbose"))
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var interrupt = new InterruptSignals(cancellationToken);
        cancellationToken = interrupt.Token;
        var ocrPages = new OcrPageTicker();
        var readOptions = settings.ToReadOptions() with { OcrPageDone = _ => ocrPages.PageDone() };
        // Workers start first: their start overlaps with loading the classifier here.
        using var workers = settings.InProcess ? null : new ReaderPool(WorkerLaunch.Current(), readOptions, settings.ToIsolationOptions()) { OcrPageDone = ocrPages.PageDone };
        workers?.Prestart();
        var (classifier, notice) = ClassifierLoader.Load(settings.Model, settings.NoClassify);
        if (notice is not null)
        {
            Console.Error.WriteLine(notice);
        }

        if (settings.Verbose)
        {
            Console.Error.WriteLine(Localized.Format("import.verbose-setup",
                classifier?.ModelVersion ?? Localized.Text("import.verbose-no-model"),
                workers is null ? Localized.Text("import.verbose-in-process") : Localized.Format("import.verbose-workers", settings.ToIsolationOptions().Workers)));
        }

        if (classifier is null && !settings.NoClassify)
        {
            // Stored unlabelled, the items would stay so: a later import of the same files says "unchanged".
            Console.Error.WriteLine(Localized.Format("ImportNeedsModel", settings.Database));
            return ExitCodes.Failed;
        }

        // A progress bar only where someone watches it: not when output goes to a file or a pipe.
        var progressConsole = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive ? AnsiConsole.Console : null;
        if (workers is null)
        {
            // Built only when reading here (workers build their own): OCR pages share the --jobs budget, at most that
            // many Tesseract processes across all documents.
            var pipeline = ActaPipeline.CreateDefault(OcrOptions.Default with { MaxParallel = settings.Jobs ?? 0 });
            return Run(
                settings,
                path => pipeline.Process(path, readOptions, cancellationToken),
                classifier,
                Console.Out,
                progressConsole,
                cancellationToken,
                LegacyBatchReading.Create(pipeline, readOptions, cancellationToken),
                ocrPages: ocrPages);
        }

        return Run(settings, path => workers.Read(path, cancellationToken), classifier, Console.Out, progressConsole, cancellationToken,
            IsolatedBatchReading.Create(workers, cancellationToken), threadsPerJob: 2, ocrPages: ocrPages);
    }

    /// <param name="read">Reads and extracts one file (the pipeline; a fake in tests).</param>
    /// <param name="progressConsole">Interactive console for the progress bar; null prints plain lines to <paramref name="output"/>.</param>
    /// <param name="batchReader">Reads legacy Office files many per LibreOffice launch; null reads them with <paramref name="read"/>.</param>
    /// <param name="threadsPerJob">
    /// Threads calling <paramref name="read"/> per job: 2 when reading goes to worker processes, so each has the next
    /// file queued while it reads one (on a busy machine a round trip between processes costs tens of ms).
    /// </param>
    public static int Run(
        Settings settings,
        Func<string, Acta> read,
        IFeedbackClassifier? classifier,
        TextWriter output,
        IAnsiConsole? progressConsole,
        CancellationToken cancellationToken = default,
        BatchReader? batchReader = null,
        int threadsPerJob = 1,
        OcrPageTicker? ocrPages = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        if (settings.ReprocessOutdated)
        {
            return OutdatedReprocessing.Run(settings, read, classifier, output, progressConsole, cancellationToken, batchReader, threadsPerJob);
        }

        var errors = ImportProgress.ErrorsOf(output);
        if (StoreOpening.TryOpen(settings.Database, errors) is not { } store)
        {
            return 1;
        }

        using (store)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var importer = new ActaImporter(store, read, classifier, ActaExtractor.Version, settings.ToImportOptions(batchReader, threadsPerJob));
            var candidates = ImportFileFinder.Find(settings.Paths);
            if (settings.Verbose)
            {
                errors.WriteLine(Localized.Format("import.verbose-files", candidates.Count, settings.Database));
            }

            var summary = ImportProgress.Run(output, progressConsole, "Importing", candidates.Count,
                report => importer.Import(candidates, report, cancellationToken), ocrPages, settings.Quiet);
            if (candidates.Count == 0)
            {
                errors.WriteLine(Localized.Text("import.no-files"));
            }

            if (summary.Stop is { } stop)
            {
                errors.WriteLine(stop.Line(summary.NotAttempted));
            }

            if (!settings.Quiet)
            {
                output.WriteLine(ImportLines.Summary(summary));
            }

            if (settings.Verbose)
            {
                errors.WriteLine(Localized.Format("import.verbose-time", clock.Elapsed.TotalSeconds));
            }

            return ImportExitCode.Of(summary.Stop, summary.Failed > 0);
        }
    }
}
