using System.ComponentModel;
using Actas.Cli.Composition;
using Actas.Cli.Output;
using Actas.Cli.Rendering;
using Actas.Cli.Usage;
using Actas.Pipeline;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Labelling;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;
using Actas.Pipeline.Reading.Ocr;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands;

public sealed class ExtractCommand : Command<ExtractCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        public override ValidationResult Validate() =>
            Format is not ("json" or "text") ? ValidationResult.Error(Localized.Format("val.format-json-text", Format))
            : OcrFlag.Parse(Ocr) is null ? ValidationResult.Error(OcrFlag.Error(Ocr))
            : TimeoutSeconds is { } s && !(s > 0 && s <= 86_400) ? ValidationResult.Error(Localized.Text("val.timeout"))
            : ValidationResult.Success();

        [CommandArgument(0, "<FILE>")]
        [LocalizedDescription("opt.extract.file")]
        public string File { get; init; } = "";

        [CommandOption("-f|--format")]
        [LocalizedDescription("opt.extract.format")]
        [DefaultValue("json")]
        public string Format { get; init; } = "json";

        [CommandOption("--model <FILE>")]
        [LocalizedDescription("opt.extract.model")]
        public string? Model { get; init; }

        [CommandOption("--no-classify")]
        [LocalizedDescription("opt.extract.no-classify")]
        public bool NoClassify { get; init; }

        [CommandOption("--ocr <MODE>")]
        [LocalizedDescription("opt.ocr")]
        public string? Ocr { get; init; }

        [CommandOption("--timeout <SECONDS>")]
        [LocalizedDescription("opt.extract.timeout-seconds")]
        public double? TimeoutSeconds { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        try
        {
            var options = ReadOptions.Default with
            {
                Ocr = OcrFlag.Parse(settings.Ocr) ?? OcrMode.Auto,
                Timeout = settings.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            };
            var acta = ActaPipeline.CreateDefault().Process(settings.File, options, cancellationToken);
            var (classifier, notice) = ClassifierLoader.Load(settings.Model, settings.NoClassify);
            if (classifier is not null)
            {
                acta = ActaLabeller.Label(acta, classifier);
            }
            else if (notice is not null)
            {
                Console.Error.WriteLine(notice);
            }

            if (settings.Format.Equals("text", StringComparison.OrdinalIgnoreCase))
            {
                ActaTextRenderer.Render(AnsiConsole.Console, acta);
            }
            else
            {
                Console.Out.WriteLine(ActaJson.Serialize(acta));
            }

            return 0;
        }
        catch (ActaReadException ex)
        {
            Console.Error.WriteLine(ReadFailureWording.Line(ex));
            return 1;
        }
    }
}
