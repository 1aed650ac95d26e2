using System.ComponentModel;
using System.Globalization;
using System.Text;
using Actas.Cli.Composition;
using Actas.Pipeline;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Reading;
using Spectre.Console.Cli;

namespace Actas.Cli.Isolation;

/// <summary>
/// <c>actas worker</c> (hidden): reads <see cref="WorkerRequest"/> lines on stdin and answers each with one
/// <see cref="WorkerReply"/> line on stdout, until stdin closes. Started by <see cref="ReaderProcess"/>, never by a
/// user: a file that overflows the stack or exhausts memory kills this process, not the import.
/// </summary>
public sealed class WorkerCommand : Command<WorkerCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--max-data-mb <MB>")]
        [Description("OS limit on written memory (RLIMIT_DATA), in MB; 0 for none")]
        public long MaxDataMegabytes { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Serve(settings.MaxDataMegabytes);

    /// <summary>
    /// <c>actas worker [--max-data-mb N]</c> straight from <c>Main</c>, before the command-line framework is built: a
    /// worker is started once per pool slot by the program itself, and building every command's parser and help
    /// cost each worker about 0.3 s of CPU. Null when <paramref name="args"/> is not exactly that.
    /// </summary>
    public static int? RunDirect(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args switch
        {
            ["worker"] => Serve(0),
            ["worker", "--max-data-mb", var mb] when long.TryParse(mb, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) => Serve(limit),
            _ => null,
        };
    }

    private static int Serve(long maxDataMegabytes)
    {
        if (maxDataMegabytes > 0)
        {
            ResourceLimit.LimitData(maxDataMegabytes * 1024 * 1024);
        }

        // The protocol owns stdout; anything a library prints goes to stderr, which the parent keeps for crash reports.
        var protocol = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
        Console.SetOut(Console.Error);
        // Ctrl-C reaches the whole process group; the import decides, and closes our stdin when it is done.
        Console.CancelKeyPress += (_, e) => e.Cancel = true;
        using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        var pipeline = ActaPipeline.CreateDefault();
        protocol.WriteLine(WorkerJson.Write(new WorkerReply(0, [])));
        while (input.ReadLine() is { } line)
        {
            var request = WorkerJson.Read<WorkerRequest>(line);
            var pages = 0;
            // OCR pages finish on several threads: one note a page, written whole.
            var reply = Answer(pipeline, request, _ =>
            {
                var done = Interlocked.Increment(ref pages);
                lock (protocol)
                {
                    protocol.WriteLine(WorkerJson.Write(new WorkerReply(request.Id, [], OcrPages: done)));
                }
            });
            lock (protocol)
            {
                protocol.WriteLine(WorkerJson.Write(reply));
            }

            if (reply.Exiting)
            {
                return 3;
            }
        }

        return 0;
    }

    private static WorkerReply Answer(ActaPipeline pipeline, WorkerRequest request, Action<int> ocrPageDone)
    {
        var options = new ReadOptions(request.MaxBytes, request.MaxPages, request.MaxUncompressedBytes, TimeSpan.FromSeconds(request.TimeoutSeconds),
            Ocr: request.Ocr, OcrPageDone: ocrPageDone, OcrPageAllowance: TimeSpan.FromSeconds(request.OcrPageSeconds));
        try
        {
            using var hashes = FileFingerprint.Assume(request.KnownHashes());
            if (request.Paths.Count == 1)
            {
                var path = request.Paths[0];
                try
                {
                    return new WorkerReply(request.Id, [new WorkerResult(path, pipeline.Process(path, options), null, null)]);
                }
                catch (ActaReadException ex)
                {
                    return new WorkerReply(request.Id, [new WorkerResult(path, null, ex.Code, ex.Reason, ex.Template, ex.Arguments)]);
                }
            }

            var batch = LegacyBatchReading.Create(pipeline, options, CancellationToken.None);
            return new WorkerReply(request.Id, [.. batch.Read(request.Paths).Select(r =>
                new WorkerResult(r.Path, r.Acta, r.Error?.Code, r.Error?.Reason, r.Error?.Template, r.Error?.Arguments))]);
        }
        catch (OutOfMemoryException)
        {
            GC.Collect();
            return new WorkerReply(request.Id, [.. request.Paths.Select(p => new WorkerResult(p, null, "out-of-memory", null))], Exiting: true);
        }
        catch (InsufficientExecutionStackException)
        {
            return new WorkerReply(request.Id, [.. request.Paths.Select(p => new WorkerResult(p, null, "crashed", "stack overflow"))]);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var reason = $"internal error ({ex.GetType().Name}: {ex.Message}); please report it with this file";
            return new WorkerReply(request.Id, [.. request.Paths.Select(p => new WorkerResult(p, null, "internal", reason))]);
        }
    }
}
