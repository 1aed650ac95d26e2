using Actas.Cli.Commands;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Cli.Tests;

/// <summary>
/// <c>actas train --db</c> on a file that is not an actas database ended in "unexpected error (ActaDatabaseException …)"
/// or "(SqliteException: SQLite Error 26 …)" with a stack trace and exit 70. Now: one line, exit 1, the file untouched.
/// </summary>
public sealed class TrainForeignDatabaseTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Another_programs_sqlite_file_is_one_clear_line_and_gets_no_table()
    {
        var db = _temp.PathOf("clientes.db");
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Execute("CREATE TABLE clientes (id INTEGER PRIMARY KEY, nombre TEXT); INSERT INTO clientes VALUES (1, 'Ana');");
        }

        var before = File.ReadAllBytes(db);
        var console = new TestConsole();

        var exit = CorrectionRetraining.Run(Settings(db), console.Console);

        Assert.Equal(1, exit);
        Assert.Equal(
            $"{db}: not an actas database (it holds 1 table(s) of another program: clientes); nothing was changed in it. " +
            "Give --db a file created by 'actas import', or a new file name",
            console.Text.Trim());
        Assert.Equal(before, File.ReadAllBytes(db));
        Assert.False(File.Exists(db + "-wal"));
    }

    [Theory]
    [InlineData("hola, esto no es una base de datos\n", "cannot open the database (SQLite Error 26: 'file is not a database'.)")]
    [InlineData("", "an empty file, not an actas database")]
    public void A_file_that_is_no_database_at_all_is_one_clear_line(string content, string expected)
    {
        var db = _temp.File("notas.db", content);
        var console = new TestConsole();

        var exit = CorrectionRetraining.Run(Settings(db), console.Console);

        Assert.Equal(1, exit);
        Assert.StartsWith($"{db}: {expected}", console.Text.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", console.Text, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(db));
    }

    private TrainCommand.Settings Settings(string db) =>
        new() { Data = RepositoryPaths.ModelData, Out = _temp.PathOf("models"), Database = db };
}
