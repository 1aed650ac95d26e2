using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Extraction;
using Actas.Pipeline.Reading;
using Actas.Pipeline.Reading.Ocr;
using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>A scanned acta reads as its text-layer twin does: OCR words go through the PDF reader's own path.</summary>
public sealed class ScannedPdfTests(ScannedActaFixture scans) : IClassFixture<ScannedActaFixture>
{
    [Fact]
    public void Scanned_pdf_attendance_names_match_its_text_layer_twin()
    {
        var twin = scans.Twin.Attendance.Select(a => TextFold.Key(a.Name)).ToList();
        var scanned = scans.Scanned.Attendance.Select(a => TextFold.Key(a.Name)).ToList();

        Assert.Equal(7, twin.Count);
        Assert.Equal(twin, scanned);
        Assert.Equal(scans.Twin.Attendance.Select(a => a.InstitutionKey), scans.Scanned.Attendance.Select(a => a.InstitutionKey));
        Assert.Equal(scans.Twin.Attendance.Select(a => a.Sector), scans.Scanned.Attendance.Select(a => a.Sector));
    }

    [Fact]
    public void Scanned_pdf_session_and_strategies_match_its_text_layer_twin()
    {
        Assert.Equal(scans.Twin.Session.Number, scans.Scanned.Session.Number);
        Assert.Equal(scans.Twin.Session.Date, scans.Scanned.Session.Date);
        Assert.Equal(TextFold.Key(scans.Twin.Session.Body!), TextFold.Key(scans.Scanned.Session.Body!));
        Assert.Equal(scans.Twin.Strategies.Select(s => s.Number), scans.Scanned.Strategies.Select(s => s.Number));
        Assert.Equal(
            scans.Twin.Strategies.SelectMany(s => s.Goals).Select(g => (g.Id, g.ReportStatus)),
            scans.Scanned.Strategies.SelectMany(s => s.Goals).Select(g => (g.Id, g.ReportStatus)));
    }

    [Fact]
    public void Scanned_pdf_says_it_was_read_by_ocr_with_its_confidence()
    {
        var source = scans.Scanned.Source;

        Assert.Equal("pdf", source.Format);
        Assert.True(source.Ocr);
        Assert.Equal(Enumerable.Range(1, scans.PageCount), source.OcrPages!);
        Assert.InRange(source.OcrConfidence!.Value, 80, 100);
        Assert.All(scans.Scanned.Attendance, a => Assert.InRange(a.Location!.Confidence!.Value, 60, 100));
        Assert.Null(scans.Twin.Source.Ocr);
        Assert.Null(scans.Twin.Attendance[0].Location!.Confidence);
    }

    [Fact]
    public void Pdf_whose_text_is_drawn_as_outlines_is_read_by_ocr_like_a_scan()
    {
        var outlined = scans.Outlined;

        Assert.True(outlined.Source.Ocr);
        Assert.Equal(Enumerable.Range(1, scans.PageCount), outlined.Source.OcrPages!);
        Assert.Equal(scans.Twin.Attendance.Select(a => TextFold.Key(a.Name)), outlined.Attendance.Select(a => TextFold.Key(a.Name)));
        Assert.Equal(scans.Twin.Session.Date, outlined.Session.Date);
        Assert.Equal(scans.Twin.Strategies.Select(s => s.Number), outlined.Strategies.Select(s => s.Number));
    }

    [Fact]
    public void Skewed_scan_with_someone_elses_ocr_layer_is_read_by_our_ocr()
    {
        var layered = scans.OcrLayered;

        Assert.True(layered.Source.Ocr);
        Assert.Equal(Enumerable.Range(1, scans.PageCount), layered.Source.OcrPages!);
        Assert.Equal(scans.Twin.Attendance.Select(a => TextFold.Key(a.Name)), layered.Attendance.Select(a => TextFold.Key(a.Name)));
        Assert.Equal(scans.Twin.Session.Date, layered.Session.Date);
    }

    [Fact]
    public void Mixed_pdf_ocrs_only_its_image_page()
    {
        var mixed = scans.Mixed;

        Assert.Equal([scans.PageCount], mixed.Ocr!.Pages);
        Assert.Contains(mixed.Blocks, b => b.Location.Page == scans.PageCount && b.Location.Confidence is not null);
        Assert.DoesNotContain(mixed.Blocks, b => b.Location.Page < scans.PageCount && b.Location.Confidence is not null);
        var acta = ActaPipeline.CreateDefault().Extract(mixed);
        // Spaces aside: OCR may join two words ("lasiguiente").
        static string Start(string text) => TextFold.Key(text).Replace(" ", "", StringComparison.Ordinal)[..20];
        Assert.Equal(scans.Twin.Agreements.Select(a => Start(a.Text)), acta.Agreements.Select(a => Start(a.Text)));
    }

    [Fact]
    public void Scanned_pdf_without_tesseract_says_how_to_install_it()
    {
        var engine = new OcrEngine(OcrOptions.Default with { Tesseract = "tesseract-que-no-existe" }, PdfReaderOptions.Default);
        var reader = new PdfReader(PdfReaderOptions.Default, engine);

        var error = Assert.Throws<ActaReadException>(() => reader.Read(scans.ScannedPdf, ReadOptions.Default with { DisplayName = "escaneada.pdf" }));

        Assert.Equal("ocr-missing", error.Code);
        Assert.StartsWith("escaneada.pdf: pages 1, 2, 3, 4 (no usable text layer) needs OCR, and 'tesseract-que-no-existe' is not installed", error.Message, StringComparison.Ordinal);
        Assert.Contains("sudo apt-get install tesseract-ocr tesseract-ocr-spa", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scanned_pdf_with_ocr_never_is_refused_as_scanned()
    {
        var error = Assert.Throws<ActaReadException>(() => DocumentReaders.CreateDefault().Read(scans.ScannedPdf, ReadOptions.Default with { Ocr = OcrMode.Never }));

        Assert.Equal("scanned", error.Code);
        Assert.Contains($"{scans.PageCount} pages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_pdf_is_not_ocred_in_auto_mode()
    {
        var document = DocumentReaders.CreateDefault().Read(scans.TextPdf, ReadOptions.Default);

        Assert.Null(document.Ocr);
    }
}
