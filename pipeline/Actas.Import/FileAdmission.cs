using Actas.Pipeline.Diagnostics;

namespace Actas.Import;

/// <summary>
/// The checks on a file before any byte of it is read, then its hash read as a stream under the size limit:
/// what it is (a FIFO or a link to <c>/dev/zero</c> would block or never end), that it exists, is not empty and not
/// over the limit (a 20 GB sparse file is refused at once, not after a minute of hashing). The one place a batch
/// checks and hashes a file: the hash travels with the read (<see cref="Pipeline.Reading.FileFingerprint.Assume"/>),
/// so the reader does not read the file a second time for it.
/// </summary>
internal static class FileAdmission
{
    public static Admission Admit(string path, long maxBytes, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        if (FileKind.NotRegular(path) is { } kind)
        {
            return Admission.Refused(ActaReadException.NotRegularFile(name, kind));
        }

        if (!File.Exists(path))
        {
            return Admission.Refused(ActaReadException.NotFound(name), missing: true);
        }

        var length = new FileInfo(path).Length;
        if (length == 0)
        {
            return Admission.Refused(ActaReadException.Empty(name));
        }

        if (length > maxBytes)
        {
            return Admission.Refused(ActaReadException.TooManyBytes(name, length, maxBytes));
        }

        return BoundedHash.Sha256(path, maxBytes, cancellationToken) is { } sha
            ? new Admission(sha, null, false)
            : Admission.Refused(ActaReadException.TooLarge(name, $"it grew while being read, the limit is {maxBytes:N0}"));
    }

}
