using Actas.Pipeline.Model;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Storage;

/// <summary>Writes the documents row of one stored file (its session rows are <see cref="ActaRowWriter"/>'s).</summary>
internal static class DocumentRowInserter
{
    /// <summary>Inserts the documents row of <paramref name="acta"/> read from <paramref name="fullPath"/>; returns its id.</summary>
    public static long Insert(
        SqliteConnection connection, SqliteTransaction transaction, Acta acta, string fullPath, long? sameSessionAs, StoreOptions options) =>
        connection.ExecuteScalar<long>(
            """
            INSERT INTO documents (sha256, file_name, path, format, pages, extractor_version, imported_at,
                                   import_run_id, same_session_as, coordinator_name, coordinator_role, warnings_json,
                                   ocr_pages, ocr_confidence)
            VALUES (@Sha, @FileName, @Path, @Format, @Pages, @ExtractorVersion, @ImportedAt,
                    @ImportRunId, @SameSessionAs, @CoordinatorName, @CoordinatorRole, @Warnings,
                    @OcrPages, @OcrConfidence)
            RETURNING id
            """,
            new
            {
                Sha = acta.Source.Sha256.ToLowerInvariant(),
                FileName = Path.GetFileName(fullPath),
                Path = fullPath,
                acta.Source.Format,
                acta.Source.Pages,
                options.ExtractorVersion,
                ImportedAt = DateTime.UtcNow.ToString("O"),
                options.ImportRunId,
                SameSessionAs = sameSessionAs,
                CoordinatorName = acta.Coordinator?.Name,
                CoordinatorRole = acta.Coordinator?.Role,
                Warnings = LocationJson.WriteList(acta.Warnings),
                OcrPages = SqliteActaStore.OcrPagesJson(acta.Source),
                acta.Source.OcrConfidence,
            },
            transaction);

}
