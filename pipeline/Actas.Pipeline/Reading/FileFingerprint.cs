using System.Security.Cryptography;

namespace Actas.Pipeline.Reading;

/// <summary>Content identity of a file: lower-case hex SHA-256 of its bytes.</summary>
public static class FileFingerprint
{
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
