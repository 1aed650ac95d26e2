using Actas.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("actas");
    config.AddCommand<ExtractCommand>("extract")
        .WithDescription("Extract one acta and print it as JSON (the contract) or text.");
});
return await app.RunAsync(args);
