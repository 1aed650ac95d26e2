namespace Actas.Pipeline.Reading.Legacy;

/// <summary>
/// The temp folders a process makes to convert legacy Office files, named after its process id, so the parent of a
/// reader process that was killed (timeout, memory cap, Ctrl-C/SIGTERM of the import) can remove what it left behind:
/// the staged copies of the actas (<c>actas-convert-{pid}-*</c>) and the LibreOffice profile (<c>actas-lo-profile-{pid}</c>).
/// </summary>
public static class ConversionTempFolders
{
    /// <summary>Prefix for <see cref="Directory.CreateTempSubdirectory(string?)"/> of this process's conversions.</summary>
    public static string ConversionPrefix => $"actas-convert-{Environment.ProcessId}-";

    /// <summary>This process's LibreOffice profile folder.</summary>
    public static string Profile(int processId) => Path.Combine(Path.GetTempPath(), $"actas-lo-profile-{processId}");

    /// <summary>Removes the folders of process <paramref name="processId"/>, which must have exited; best effort.</summary>
    public static void RemoveOf(int processId)
    {
        var folders = Directory.EnumerateDirectories(Path.GetTempPath(), $"actas-convert-{processId}-*").Append(Profile(processId));
        foreach (var folder in folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Gone already, or not ours to delete: the temp folder cleaner gets it.
            }
        }
    }
}
