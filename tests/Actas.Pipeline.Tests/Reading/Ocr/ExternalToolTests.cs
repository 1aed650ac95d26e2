using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Reading.Ocr;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>A page image reaches Tesseract on its standard input, with no file written for it.</summary>
public sealed class ExternalToolTests
{
    [Fact]
    public void Image_reaches_the_tool_on_its_standard_input_as_binary_pgm()
    {
        var image = new GrayImage(3, 2, "abcdef"u8.ToArray());

        var output = ExternalTool.Run("acta.pdf", "page 1", "cat", [], CancellationToken.None, image.WritePgm);

        Assert.Equal("P5\n3 2\n255\nabcdef", output);
    }

    [Fact]
    public void Pgm_written_to_a_stream_reads_back_as_the_same_image()
    {
        var image = new GrayImage(4, 3, [.. Enumerable.Range(0, 12).Select(i => (byte)(i * 20))]);
        var path = Path.Combine(Path.GetTempPath(), $"actas-pgm-{Guid.NewGuid():N}.pgm");
        try
        {
            using (var stream = File.Create(path))
            {
                image.WritePgm(stream);
            }

            var read = GrayImage.LoadPgm(path);

            Assert.Equal((4, 3), (read.Width, read.Height));
            Assert.Equal(image.Pixels, read.Pixels);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Tool_that_fails_without_reading_its_input_is_an_ocr_failure_not_a_broken_pipe()
    {
        var page = new GrayImage(2000, 2000, new byte[2000 * 2000]);

        var error = Assert.Throws<ActaReadException>(() =>
            ExternalTool.Run("acta.pdf", "page 1", "sh", ["-c", "echo no osd data >&2; exit 3"], CancellationToken.None, page.WritePgm));

        Assert.Equal("ocr-failed", error.Code);
        Assert.Contains("exited with code 3: no osd data", error.Message, StringComparison.Ordinal);
    }
}
