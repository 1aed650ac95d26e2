using Actas.Cli.Commands;
using Actas.Cli.Commands.Labels;
using Actas.Cli.Commands.Query;
using Actas.Cli.Isolation;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("actas");
    config.AddCommand<ImportCommand>("import")
        .WithDescription("Read actas (files or folders) into the SQLite database.")
        .WithExample("import", "corpus/", "--db", "actas.db");
    config.AddCommand<SessionsCommand>("sessions")
        .WithDescription("List the stored sessions.");
    config.AddBranch("query", query =>
    {
        query.SetDescription("Questions across the stored sessions.");
        query.AddCommand<UnreportedCommand>("unreported")
            .WithDescription("Goals never reported in the sessions that reviewed them (--any: at least once).");
        query.AddCommand<AgreementsCommand>("agreements")
            .WithDescription("Announced reviews and next-session dates that no later acta shows.");
        query.AddCommand<AttendanceCommand>("attendance")
            .WithDescription("Per institution: sessions attended of those held, first and last date, representatives.");
        query.AddCommand<FiguresCommand>("figures")
            .WithDescription("Reported figures over time by unit; totals checked against their parts.");
        query.AddCommand<FeedbackCommand>("feedback")
            .WithDescription("Feedback label mix per year and institution (--by strategy: per year and strategy).");
        query.AddCommand<StrategyCommand>("strategy")
            .WithDescription("The whole history of one strategy across sessions and bodies.")
            .WithExample("query", "strategy", "520");
        query.AddCommand<SearchCommand>("search")
            .WithDescription("Feedback and reports containing every word of TEXT (accents and case ignored).")
            .WithExample("query", "search", "datos duros");
    });
    config.AddCommand<ReportCommand>("report").WithDescription("Write one self-contained HTML page: strategies × sessions, attendance, figures, feedback per body.");
    config.AddCommand<ServeCommand>("serve").WithDescription("Web workbench for analysts on 127.0.0.1: browse actas, the matrix, review labels, search, retrain.");
    config.AddCommand<ExtractCommand>("extract")
        .WithDescription("Extract one acta and print it as JSON (the contract) or text.");
    config.AddCommand<EvalCommand>("eval")
        .WithDescription("Score extraction against the gold files of a corpus folder: precision/recall/F1 per field, by format and layout.");
    config.AddCommand<ScoreCommand>("score")
        .WithDescription("Score a saved model on a labelled CSV; prints only aggregate metrics (for blind sets).");
    config.AddCommand<TrainCommand>("train")
        .WithDescription("Train the feedback classifier on models/data (with --db: plus stored corrections, behind the evaluation gate).");
    config.AddBranch("labels", labels =>
    {
        labels.SetDescription("The correction loop: export feedback labels for review, import the corrections.");
        labels.AddCommand<LabelsExportCommand>("export")
            .WithDescription("Write the stored feedback items as a review CSV, least confident first.")
            .WithExample("labels", "export", "--db", "actas.db", "--uncertain", "50");
        labels.AddCommand<LabelsImportCommand>("import")
            .WithDescription("Store the corrected column of a filled review CSV as corrections (all or nothing).")
            .WithExample("labels", "import", "labels.csv", "--db", "actas.db", "--by", "ana");
    });
    config.AddCommand<ClassifyCommand>("classify")
        .WithDescription("Label feedback items, one a line (FILE or stdin): label TAB confidence TAB text.");
    config.AddCommand<WorkerCommand>("worker").IsHidden();
});
return await app.RunAsync(args);
