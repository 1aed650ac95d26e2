namespace Actas.Storage;

/// <summary>
/// A database file actas will not use as it is: another program's SQLite file, a schema newer than this program, or an
/// older schema that cannot be upgraded because the file is read-only. The message names the file and what to do;
/// nothing was written to the file.
/// </summary>
public sealed class ActaDatabaseException : Exception
{
    private ActaDatabaseException(string message)
        : base(message)
    {
    }

    public static ActaDatabaseException Foreign(string path, IReadOnlyList<string> tables) =>
        new($"{path}: not an actas database (it holds {tables.Count} table(s) of another program: " +
            $"{string.Join(", ", tables.Take(5))}{(tables.Count > 5 ? ", …" : "")}); nothing was changed in it. " +
            "Give --db a file created by 'actas import', or a new file name");

    public static ActaDatabaseException Empty(string path) =>
        new($"{path}: an empty file, not an actas database; create one with 'actas import PATH --db {path}'");

    public static ActaDatabaseException TooNew(string path, int version, int newest) =>
        new($"{path}: the database is at schema version {version} but this program knows only up to {newest}; use a newer actas");

    public static ActaDatabaseException ReadOnlyOld(string path, int version, int newest) =>
        new($"{path}: the database is at schema version {version} and this program reads version {newest}; the file is read-only, " +
            "so it cannot be upgraded: query a writable copy of it (actas upgrades it when it opens it)");
}
