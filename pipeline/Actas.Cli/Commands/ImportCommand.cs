using System.ComponentModel;
using Actas.Cli.Composition;
using Actas.Cli.Isolation;
using Actas.Cli.Usage;
using Actas.Pipeline;
using Actas.Pipeline.Extraction;
using Actas.Pipeline.Labelling;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;
using Actas.Pipeline.Reading.Ocr;
using Actas.Storage;
using Actas.Import;
using Spectre.Console;
using Spectre.Console.Cli;

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
        [LocalizedDescription("opt.import.paths")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--db <FILE>")]
        [LocalizedDescription("opt.import.database")]
        [DefaultValue("actas.db")]
        public string Database { get; init; } = "actas.db";

        [CommandOption("--reprocess-outdated")]
        [LocalizedDescription("opt.import.reprocess-outdated")]
        public bool ReprocessOutdated { get; init; }

        [CommandOption("--model <FILE>")]
        [LocalizedDescription("opt.import.model")]
        public string? Model { get; init; }

        [CommandOption("--no-classify")]
        [LocalizedDescription("opt.import.no-classify")]
        public bool NoClassify { get; init; }

        [CommandOption("--jobs <N>")]
        [LocalizedDescription("opt.import.jobs")]
        public int? Jobs { get; init; }

        [CommandOption("--max-size <MB>")]
        [LocalizedDescription("opt.import.max-size-megabytes")]
        public double? MaxSizeMegabytes { get; init; }

        [CommandOption("--max-pages <N>")]
        [LocalizedDescription("opt.import.max-pages")]
        public int? MaxPages { get; init; }

        [CommandOption("--timeout <SECONDS>")]
        [LocalizedDescription("opt.import.timeout-seconds")]
        public double? TimeoutSeconds { get; init; }

        [CommandOption("--ocr <MODE>")]
        [LocalizedDescription("opt.ocr")]
        public string? Ocr { get; init; }

        [CommandOption("--max-memory <MB>")]
        [LocalizedDescription("opt.import.max-memory-megabytes")]
        public long? MaxMemoryMegabytes { get; init; }

        [CommandOption("--in-process")]
        [LocalizedDescription("opt.import.in-process")]
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
            Paths.Length == 0 && !ReprocessOutdated ? ValidationResult.Error(Localized.Text("val.import-path"))
            : Jobs is < 1 ? ValidationResult.Error(Localized.Format("val.one-or-more", "--jobs"))
            : MaxSizeMegabytes is { } mb && !(mb > 0 && mb <= 1024 * 1024) ? ValidationResult.Error(Localized.Text("val.max-size"))
            : MaxPages is < 1 ? ValidationResult.Error(Localized.Format("val.one-or-more", "--max-pages"))
            : TimeoutSeconds is { } s && !(s > 0 && s <= 86_400) ? ValidationResult.Error(Localized.Text("val.timeout"))
            : MaxMemoryMegabytes is < 64 ? ValidationResult.Error(Localized.Text("val.max-memory"))
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

            var summary = ImportProgress.Run(output, progressConsole, Localized.Text("import.progress"), candidates.Count,
                report => importer.Import(candidates, report, cancellationToken), ocrPages, settings.Quiet);
            if (candidates.Count == 0)
            {
                errors.WriteLine(Localized.Text("import.no-files"));
            }

            if (summary.Stop is { } stop)
            {
                errors.WriteLine(ImportLines.Stopped(stop, summary.NotAttempted));
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
