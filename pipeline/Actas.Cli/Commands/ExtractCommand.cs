using System.ComponentModel;
using Actas.Pipeline;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;
using Actas.Pipeline.Reading.Ocr;
using Spectre.Console;
using Spectre.Console.Cli;
using Actas.Cli.Composition;
using Actas.Cli.Rendering;
using Actas.Pipeline.Labelling;

namespace Actas.Cli.Commands;

public sealed class ExtractCommand : Command<ExtractCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        public override ValidationResult Validate() =>
            Format is not ("json" or "text") ? ValidationResult.Error($"--format must be json or text, not '{Format}'")
            : OcrFlag.Parse(Ocr) is null ? ValidationResult.Error(OcrFlag.Error(Ocr))
            : TimeoutSeconds is { } s && !(s > 0 && s <= 86_400) ? ValidationResult.Error("--timeout must be a number of seconds above 0 and at most 86400 (one day)")
            : ValidationResult.Success();

        [CommandArgument(0, "<FILE>")]
        [Description("The acta: .docx, .pdf, .txt, .doc, .odt or .rtf")]
        public string File { get; init; } = "";

        [CommandOption("-f|--format")]
        [Description("json (the contract) or text")]
        [DefaultValue("json")]
        public string Format { get; init; } = "json";

        [CommandOption("--model <FILE>")]
        [Description("Feedback classifier model (default: models/feedback-classifier.zip found upward)")]
        public string? Model { get; init; }

        [CommandOption("--no-classify")]
        [Description("Leave feedback labels null")]
        public bool NoClassify { get; init; }

        [CommandOption("--ocr <MODE>")]
        [Description(OcrFlag.Description)]
        public string? Ocr { get; init; }

        [CommandOption("--timeout <SECONDS>")]
        [Description("Longest the file may take to read and extract (default 60), plus 30 s for each page read by OCR")]
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
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
    }
}
