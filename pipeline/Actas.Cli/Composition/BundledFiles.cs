namespace Actas.Cli.Composition;

/// <summary>
/// Files that travel with the command (packed beside actas.dll: models/, shared/, Data/): a relative path is taken from
/// the working directory when it exists there (a checkout of the repository), else from the app's own folder, so the
/// installed tool works from any folder.
/// </summary>
public static class BundledFiles
{
    /// <summary><paramref name="relativePath"/> under the working directory if it exists, else under the app's folder if it
    /// exists there, else unchanged (the caller reports it missing).</summary>
    public static string Resolve(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        if (Path.IsPathRooted(relativePath) || File.Exists(relativePath) || Directory.Exists(relativePath))
        {
            return relativePath;
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, relativePath);
        return File.Exists(shipped) || Directory.Exists(shipped) ? shipped : relativePath;
    }
}
