using System.Security.Cryptography;

namespace Actas.Pipeline.Reading;

/// <summary>Content identity of a file: lower-case hex SHA-256 of its bytes.</summary>
public static class FileFingerprint
{
    /// <summary>Hashes already taken by the caller of a read, by full path (<see cref="Assume"/>); null outside one.</summary>
    private static readonly AsyncLocal<IReadOnlyDictionary<string, string>?> Known = new();

    /// <summary>The hash of the file at <paramref name="path"/>: the one assumed for it in this flow, else read from the file.</summary>
    public static string Sha256(string path)
    {
        if (Known.Value is { } known && known.TryGetValue(Path.GetFullPath(path), out var sha))
        {
            return sha;
        }

        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// Until disposed, on this thread and the tasks it starts, <see cref="Sha256(string)"/> returns these hashes for these
    /// files instead of reading them again. The import hashes each file once, under its size limit, before reading it
    /// (to skip content already stored); the readers, which hash the file they read, then take that hash.
    /// </summary>
    /// <param name="hashes">Path (as given to the reader, or full) → its lower-case hex SHA-256.</param>
    public static IDisposable Assume(IEnumerable<KeyValuePair<string, string>> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        var previous = Known.Value;
        var known = previous is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(previous, StringComparer.Ordinal);
        foreach (var (path, sha) in hashes)
        {
            known[Path.GetFullPath(path)] = sha;
        }

        Known.Value = known;
        return new Scope(previous);
    }

    /// <summary>The hashes assumed in this flow for <paramref name="path"/>, if any (a worker request carries them).</summary>
    public static string? Assumed(string path) =>
        Known.Value is { } known && known.TryGetValue(Path.GetFullPath(path), out var sha) ? sha : null;

    private sealed class Scope(IReadOnlyDictionary<string, string>? previous) : IDisposable
    {
        public void Dispose() => Known.Value = previous;
    }
}
