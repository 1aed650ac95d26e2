using Actas.Classification.Runtime;
using Actas.Cli.Output;
using Actas.Cli.Usage;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands;

/// <summary>`actas classify [FILE]`: one feedback text a line in, "label TAB confidence TAB text" out.</summary>
public sealed class ClassifyCommand : Command<ClassifyCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[FILE]")]
        [LocalizedDescription("opt.classify.file")]
        public string? File { get; init; }

        [CommandOption("--model <FILE>")]
        [LocalizedDescription("opt.classify.model")]
        public string? Model { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var modelPath = ModelLocator.Find(settings.Model, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (modelPath is null)
        {
            Console.Error.WriteLine(settings.Model is null
                ? Localized.Format("model.not-found", "classify", ModelLocator.NotFoundMessage)
                : Localized.Format("model.file-not-found", "classify", settings.Model));
            return 1;
        }

        if (settings.File is not null && settings.File != "-" && !System.IO.File.Exists(settings.File))
        {
            Console.Error.WriteLine(Localized.Format("classify.no-file", "classify", settings.File));
            return 1;
        }

        FeedbackClassifier classifier;
        try
        {
            classifier = FeedbackClassifier.Load(modelPath);
        }
        catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or FormatException or IOException)
        {
            Console.Error.WriteLine(Localized.Format("classify.cannot-load", "classify", modelPath, LineWording.Word(ex)));
            return 1;
        }

        using var reader = settings.File is null || settings.File == "-" ? Console.In : new StreamReader(settings.File);
        return FeedbackLineClassifier.Run(classifier, reader, Console.Out, cancellationToken);
    }
}
