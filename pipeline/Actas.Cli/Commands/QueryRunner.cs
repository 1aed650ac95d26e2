using Actas.Cli.Output;
using Actas.Cli.Usage;
using Actas.Storage;
using Actas.Storage.Queries;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace Actas.Cli.Commands;

/// <summary>Opens the database named by the settings, runs one query and prints its rows.</summary>
public static class QueryRunner
{
    public static int Run<T>(
        QuerySettings settings,
        Func<ActaQueries, SqliteActaStore, IReadOnlyList<T>> query,
        TextWriter output,
        TextWriter error,
        IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(query);
        if (!File.Exists(settings.Database))
        {
            error.WriteLine(Localized.Format("NoDatabase", settings.Database));
            return 1;
        }

        try
        {
            using var store = SqliteActaStore.OpenForReading(settings.Database);
            var rows = query(new ActaQueries(store.Connection), store);
            RowOutput.Write(rows, settings.OutputFormatFor(console.Profile.Out.IsTerminal), output, console);
            return 0;
        }
        catch (SqliteException ex)
        {
            error.WriteLine(Localized.Format("CannotReadDatabase", settings.Database, LineWording.Word(ex)));
            return 1;
        }
        catch (ActaDatabaseException ex)
        {
            error.WriteLine(LineWording.Word(ex));
            return 1;
        }
    }

    /// <summary>Run with the process's stdout, stderr and Spectre console.</summary>
    public static int Run<T>(QuerySettings settings, Func<ActaQueries, SqliteActaStore, IReadOnlyList<T>> query) =>
        Run(settings, query, Console.Out, Console.Error, AnsiConsole.Console);
}
