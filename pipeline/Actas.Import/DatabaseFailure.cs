using Microsoft.Data.Sqlite;

namespace Actas.Import;

/// <summary>
/// SQLite errors that are about the database, not the document being stored: every later file would fail the same way,
/// so the run stops at the first (disk full at the end of a run was "SQLite Error 13" and exit 255; an immutable file
/// "SQLite Error 8"). SQLite rolls the failed document's transaction back: nothing of it is left.
/// </summary>
internal static class DatabaseFailure
{
    /// <returns>The reason the run stops; null for an error of one document (a constraint), which fails that file alone.</returns>
    public static string? Describe(SqliteException ex, string database) => ex.SqliteErrorCode switch
    {
        13 => $"the disk holding {database} is full ({ex.Message})",
        8 => $"{database} cannot be written: it is read-only (permissions, an immutable file or a read-only disk) ({ex.Message})",
        10 => $"{database} could not be written: disk I/O error ({ex.Message})",
        14 => $"{database} could not be opened for writing ({ex.Message})",
        11 or 26 => $"{database} is damaged ({ex.Message})",
        _ => null,
    };
}
