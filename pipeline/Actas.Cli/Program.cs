using Actas.Cli;

return await ActasApp.RunAsync(args, Console.Error);
