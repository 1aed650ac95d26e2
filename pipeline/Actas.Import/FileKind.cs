using System.Runtime.InteropServices;

namespace Actas.Import;

/// <summary>
/// What a path names once symbolic links are followed (<c>stat(2)</c>'s file type): only a regular file is read, so a
/// FIFO, a device (a link to <c>/dev/zero</c>) or a socket is refused before a byte of it is read, where reading
/// would block or never end.
/// </summary>
internal static class FileKind
{
    private const int FileTypeMask = 0xF000;

    /// <returns>Null for a regular file (or where the type cannot be told: not Linux); otherwise what it is, in words.</returns>
    public static string? NotRegular(string path)
    {
        if (!OperatingSystem.IsLinux() || ModeOffset() is not { } offset)
        {
            return null;
        }

        var buffer = new byte[256];
        if (Stat(path, buffer) != 0)
        {
            return null; // The read that follows reports the missing file or the permission.
        }

        return (BitConverter.ToUInt32(buffer, offset) & FileTypeMask) switch
        {
            0x8000 => null,
            0x1000 => "a FIFO (named pipe)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            0x4000 => "a folder",
            _ => "not a regular file",
        };
    }

    /// <summary>Where <c>st_mode</c> sits in glibc's <c>struct stat</c>: after dev, ino, nlink on x64; after dev, ino on arm64.</summary>
    private static int? ModeOffset() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 24,
        Architecture.Arm64 => 16,
        _ => null,
    };

    // glibc 2.33+ exports stat itself (Debian 12 has 2.36).
    [DllImport("libc", EntryPoint = "stat", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Stat(string path, byte[] buffer);
}
