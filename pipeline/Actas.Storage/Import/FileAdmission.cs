using Actas.Pipeline.Diagnostics;

namespace Actas.Storage.Import;

/// <summary>
/// The checks on a file before any byte of it is read, then its hash read as a stream under the size limit: what it
/// is (a FIFO or a link to <c>/dev/zero</c> would block or never end), that it exists, is not empty and not over the
/// limit (a 20 GB sparse file is refused at once, not after a minute of hashing).
/// </summary>
internal static class FileAdmission
{
    /// <returns>The SHA-256 of an admitted file, or why it is refused (its <see cref="ActaReadException.Reason"/> is the line the user sees).</returns>
    public static (string? Sha256, ActaReadException? Refusal) Admit(string path, long maxBytes, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        if (FileKind.NotRegular(path) is { } kind)
        {
            return (null, ActaReadException.NotRegularFile(name, kind));
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return (null, ActaReadException.NotFound(name));
        }

        if (file.Length == 0)
        {
            return (null, ActaReadException.Empty(name));
        }

        if (file.Length > maxBytes)
        {
            return (null, ActaReadException.TooManyBytes(name, file.Length, maxBytes));
        }

        return BoundedHash.Sha256(path, maxBytes, cancellationToken) is { } sha
            ? (sha, null)
            : (null, ActaReadException.TooLarge(name, $"it grew while being read, the limit is {maxBytes:N0}"));
    }
}
