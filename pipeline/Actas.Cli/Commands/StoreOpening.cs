using Actas.Cli.Output;
using Actas.Cli.Usage;
using Actas.Storage;
using Microsoft.Data.Sqlite;

namespace Actas.Cli.Commands;

/// <summary>Opens the database a writing command works on, or says in one line why it cannot.</summary>
public static class StoreOpening
{
    /// <returns>The open store, or null after writing "{database}: cannot open the database (…)" to <paramref name="output"/>.</returns>
    public static SqliteActaStore? TryOpen(string database, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            return SqliteActaStore.Open(database);
        }
        catch (SqliteException ex)
        {
            output.WriteLine(Localized.Format("store.cannot-open", database, LineWording.Word(ex)));
            return null;
        }
        catch (ActaDatabaseException ex)
        {
            output.WriteLine(LineWording.Word(ex));
            return null;
        }
    }
}
