using Actas.Cli;
using Actas.Cli.Isolation;

return WorkerCommand.RunDirect(args) ?? await ActasApp.RunAsync(args, Console.Error);
