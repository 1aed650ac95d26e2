using System.Security.Cryptography;

namespace Actas.Import;

/// <summary>SHA-256 of a file read as a stream, stopping as soon as it passes the size limit (a file that grows, or lies about its size).</summary>
internal static class BoundedHash
{
    /// <returns>The lower-case hex hash; null when the file holds more than <paramref name="maxBytes"/>.</returns>
    public static string? Sha256(string path, long maxBytes, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            total += read;
            if (total > maxBytes)
            {
                return null;
            }

            hash.AppendData(buffer, 0, read);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
