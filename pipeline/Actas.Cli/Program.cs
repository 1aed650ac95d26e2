using Actas.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("actas");
    config.AddCommand<ExtractCommand>("extract")
        .WithDescription("Extract one acta and print it as JSON (the contract) or text.");
    config.AddCommand<EvalCommand>("eval")
        .WithDescription("Score extraction against the gold files of a corpus folder: precision/recall/F1 per field, by format and layout.");
    config.AddCommand<TrainCommand>("train")
        .WithDescription("Train the feedback classifier on models/data and save models/feedback-classifier.zip.");
    config.AddCommand<ClassifyCommand>("classify")
        .WithDescription("Label feedback items, one a line (FILE or stdin): label TAB confidence TAB text.");
});
return await app.RunAsync(args);
