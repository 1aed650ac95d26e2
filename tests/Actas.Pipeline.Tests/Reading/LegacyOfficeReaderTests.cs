using System.Diagnostics;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using Actas.Pipeline.Reading.Legacy;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>
/// LegacyOfficeReader: errors with a missing, failing or hanging converter (fake executables,
/// no LibreOffice needed), and one real batch conversion when soffice is installed.
/// </summary>
public sealed class LegacyOfficeReaderTests : IDisposable
{
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("/no/existe/soffice")]
    [InlineData("soffice-que-no-existe")]
    public void Doc_without_soffice_is_converter_missing(string executable)
    {
        var path = OldWordFile("acta-vieja.doc");
        var reader = new LegacyOfficeReader(new LibreOfficeConverterOptions(executable));

        var error = Assert.Throws<ActaReadException>(() => reader.Read(path, ReadOptions.Default));

        Assert.Equal("converter-missing", error.Code);
        Assert.StartsWith("acta-vieja.doc: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("libreoffice", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Converter_exiting_without_output_is_conversion_failed()
    {
        var path = OldWordFile("acta-vieja.doc");
        var reader = new LegacyOfficeReader(new LibreOfficeConverterOptions(FakeConverter("echo 'Error: source file could not be loaded' >&2\nexit 3")));

        var error = Assert.Throws<ActaReadException>(() => reader.Read(path, ReadOptions.Default));

        Assert.Equal("conversion-failed", error.Code);
        Assert.StartsWith("acta-vieja.doc: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("exit code 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("could not be loaded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hanging_converter_is_killed_at_the_timeout()
    {
        var path = OldWordFile("lenta.doc");
        var reader = new LegacyOfficeReader(new LibreOfficeConverterOptions(FakeConverter("sleep 30")));
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<ActaReadException>(() => reader.Read(path, ReadOptions.Default with { Timeout = TimeSpan.FromSeconds(1) }));

        Assert.Equal("timeout", error.Code);
        Assert.StartsWith("lenta.doc: ", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Rtf_batch_converts_in_one_call_and_keeps_original_identity()
    {
        if (new LibreOfficeConverter().FindExecutable() is null)
        {
            return; // LibreOffice is not installed here; scripts/install-deps.sh installs it in CI.
        }

        var first = Rtf(Path.Combine(_temp.Path, "a"), "ACUERDOS OPERATIVOS");
        var second = Rtf(Path.Combine(_temp.Path, "b"), "Coordinadora del Espacio");

        var results = new LegacyOfficeReader().ReadMany([first, second], ReadOptions.Default);

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Null(r.Error));
        var document = results[0].Document!;
        Assert.Equal(("acta.rtf", "rtf", FileFingerprint.Sha256(first)), (document.FileName, document.Format, document.Sha256));
        Assert.Equal("ACUERDOS OPERATIVOS", Assert.IsType<Paragraph>(document.Blocks[0]).Text);
        Assert.Equal("Se retomará la estrategia 520.", Assert.IsType<Paragraph>(document.Blocks[1]).Text);
        Assert.Equal("Coordinadora del Espacio", Assert.IsType<Paragraph>(results[1].Document!.Blocks[0]).Text);
    }

    private string OldWordFile(string name)
    {
        var path = _temp.File(name);
        File.WriteAllBytes(path, [.. OleMagic, .. new byte[512]]);
        return path;
    }

    [Fact]
    public void Random_bytes_named_odt_doc_or_rtf_are_corrupt_each_alone_and_never_reach_the_converter()
    {
        // The fake converter leaves a mark for each file it is given: none must be given to it.
        var marks = _temp.File("converted.txt");
        var reader = new LegacyOfficeReader(new LibreOfficeConverterOptions(FakeConverter($"echo \"$@\" >> {marks}\nexit 3")));
        var random = new Random(11);
        var paths = new[] { "ruido.odt", "ruido.doc", "ruido.rtf" }.Select(name =>
        {
            var bytes = new byte[2048];
            random.NextBytes(bytes);
            bytes[0] = 0x00; // random bytes are binary; a 2 KB sample without a NUL is unlikely anyway
            var path = _temp.File(name);
            File.WriteAllBytes(path, bytes);
            return path;
        }).ToList();

        var results = reader.ReadMany(paths, ReadOptions.Default);

        Assert.Equal(paths, results.Select(r => r.Path));
        Assert.All(results, r => Assert.Equal("corrupt", r.Error?.Code));
        Assert.Equal(
            "ruido.odt: corrupt or truncated .odt file (its first bytes are not those of a Word, OpenDocument or RTF document); open it in its program and save it again",
            results[0].Error!.Message);
        Assert.False(File.Exists(marks));
    }

    [Fact]
    public void A_doc_that_is_really_rtf_or_text_still_goes_to_the_converter()
    {
        var marks = _temp.File("converted.txt");
        var reader = new LegacyOfficeReader(new LibreOfficeConverterOptions(FakeConverter($"echo x >> {marks}\nexit 3")));
        var rtf = _temp.File("vieja.doc");
        File.WriteAllText(rtf, "{\\rtf1\\ansi Sesión}");

        var result = Assert.Single(reader.ReadMany([rtf], ReadOptions.Default));

        Assert.Equal("conversion-failed", result.Error?.Code);
        Assert.True(File.Exists(marks));
    }

    private string FakeConverter(string body)
    {
        var path = _temp.File($"fake-soffice-{Guid.NewGuid():N}.sh");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    private static string Rtf(string directory, string heading)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "acta.rtf");
        File.WriteAllText(path, "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs20 " + heading + "\\par Se retomar\\u225? la estrategia 520.\\par}");
        return path;
    }
}
