using System.Security.Cryptography;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Storage.Tests;

/// <summary>
/// `actas sessions --db` on another program's SQLite file added 31 tables to it; an archived (read-only) database could not be
/// queried at all.
/// </summary>
public sealed class DatabaseOpeningTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actas-open-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Another_programs_database_is_refused_by_reading_and_writing_commands_and_left_byte_for_byte_as_it_was()
    {
        var path = Path.Combine(_folder, "contactos.sqlite");
        using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            other.Open();
            other.Execute("CREATE TABLE clientes (id INTEGER PRIMARY KEY, nombre TEXT); INSERT INTO clientes (nombre) VALUES ('Ana');");
        }

        var before = Hash(path);

        var reading = Assert.Throws<ActaDatabaseException>(() => ActaDatabase.OpenForReading(path));
        var writing = Assert.Throws<ActaDatabaseException>(() => ActaDatabase.Open(path));

        Assert.Equal(
            $"{path}: not an actas database (it holds 1 table(s) of another program: clientes); nothing was changed in it. "
            + "Give --db a file created by 'actas import', or a new file name",
            reading.Message);
        Assert.Equal(reading.Message, writing.Message);
        Assert.Equal(before, Hash(path));
        Assert.Equal(["contactos.sqlite"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Reading_an_actas_database_writes_nothing_to_it()
    {
        var path = Path.Combine(_folder, "actas.db");
        using (var store = SqliteActaStore.Open(path))
        {
            SampleActas.StoreAll(store);
        }

        SqliteConnection.ClearAllPools();
        var before = (Hash(path), File.GetLastWriteTimeUtc(path));

        using (var store = SqliteActaStore.OpenForReading(path))
        {
            Assert.Equal(4, store.Sessions().Count);
            Assert.Throws<SqliteException>(() => store.Connection.Execute("DELETE FROM bodies"));
        }

        Assert.Equal(before, (Hash(path), File.GetLastWriteTimeUtc(path)));
    }

    [Fact]
    public void An_empty_file_is_not_a_database_to_read()
    {
        var path = Path.Combine(_folder, "vacio.db");
        File.WriteAllBytes(path, []);

        var ex = Assert.Throws<ActaDatabaseException>(() => ActaDatabase.OpenForReading(path));

        Assert.StartsWith($"{path}: an empty file, not an actas database", ex.Message);
        Assert.Equal(0, new FileInfo(path).Length);
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
