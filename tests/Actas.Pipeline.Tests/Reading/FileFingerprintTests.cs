using Actas.Pipeline.Reading;

namespace Actas.Pipeline.Tests.Reading;

public sealed class FileFingerprintTests
{
    [Fact]
    public async Task An_assumed_hash_is_used_for_that_file_inside_the_scope_only_and_under_any_spelling_of_its_path()
    {
        var folder = Directory.CreateTempSubdirectory("actas-fingerprint-");
        try
        {
            var file = Path.Combine(folder.FullName, "acta.txt");
            File.WriteAllText(file, "SESIÓN");
            var real = FileFingerprint.Sha256(file);
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);

            using (FileFingerprint.Assume([KeyValuePair.Create(relative, "abc123")]))
            {
                Assert.Equal("abc123", FileFingerprint.Sha256(file));
                Assert.Equal("abc123", FileFingerprint.Assumed(file));
                Assert.Equal("abc123", await Task.Run(() => FileFingerprint.Sha256(file)));
                Assert.Null(FileFingerprint.Assumed(file + ".otro"));
            }

            Assert.Equal(real, FileFingerprint.Sha256(file));
            Assert.Null(FileFingerprint.Assumed(file));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
