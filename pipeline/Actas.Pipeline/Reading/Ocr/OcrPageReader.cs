using System.Globalization;
using System.Text.RegularExpressions;
using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Reads one page image (8-bit PGM) with Tesseract into the PDF reader's page content: words with
/// boxes and confidences (TSV) of the page straightened first (<see cref="ProjectionSkewEstimator"/>),
/// middle dots put back (<see cref="MiddleDotRestorer"/>), specks and borders dropped (<see cref="OcrNoiseFilter"/>), the page's lie (sideways, what skew
/// is left) from those words, table rules from
/// the deskewed image, then tables and lines as for a text page. Page segmentation mode 4 (one
/// column of text of variable sizes): mode 3 (automatic) puts a list's numbers "1." … "5." in a
/// block of their own and reads them as "NAAA. NA". A page that reads badly (mean confidence
/// under 60: upside down, or turned) or lies landscape is asked of Tesseract's orientation
/// detection (OSD) and read turned, keeping the better reading. An upright landscape sheet that holds two pages side by
/// side (<see cref="TwoUpSheetSplitter"/>) is read as two pages, each at its place on the sheet.
/// </summary>
public sealed partial class OcrPageReader(OcrOptions options, OcrPageComposer composer, ImageRuleFinder rules)
{
    private const double RetryBelowConfidence = 60;
    private const double MinSkewDegrees = 0.2;
    private readonly OcrWordCorrector _corrector = new(options.Acronyms ?? []);

    /// <param name="file">The document, for messages.</param>
    /// <param name="dpi">Resolution of the image, for Tesseract and for pixels → points.</param>
    /// <param name="imagePath">The page image as a PGM file; when <paramref name="loaded"/> is given, where it is written should OSD need it.</param>
    /// <param name="loaded">The page image already in memory, or null to load <paramref name="imagePath"/>.</param>
    public OcrPage Read(string file, string imagePath, int page, double dpi, CancellationToken cancellationToken, GrayImage? loaded = null)
    {
        ArgumentNullException.ThrowIfNull(imagePath);
        var image = loaded ?? GrayImage.LoadPgm(imagePath);

        // A landscape scan of a portrait acta is most likely a page fed sideways: ask OSD first. Upright, it may be a
        // sheet of two pages side by side: each is read alone, at its place on the sheet.
        var landscape = image.Width > image.Height;
        var turn = landscape ? DetectOrientation(file, Saved(image, imagePath), page, dpi, cancellationToken) : 0;
        if (landscape && turn == 0 && TwoUpSheetSplitter.Split(image, dpi) is { } halves)
        {
            var read = halves.Select((half, i) => ReadOne(
                file, Path.ChangeExtension(imagePath, $".half{i + 1}.pgm"), page, dpi, half.Image, null, half.Left * 72.0 / dpi, cancellationToken)).ToList();
            return new OcrPage(
                [.. read.Select(r => r.Contents[0])], [.. read.SelectMany(r => r.Words)], read.Select(r => r.QuarterTurn).FirstOrDefault(t => t != 0), read.Average(r => r.SkewDegrees), SideBySide: true);
        }

        return ReadOne(file, imagePath, page, dpi, image, landscape ? turn : null, 0, cancellationToken);
    }

    /// <summary>Reads one page image.</summary>
    /// <param name="asked">The quarter turns OSD gave, or null when it was not asked.</param>
    /// <param name="left">Where the image's left edge lies on the sheet, in points (0 but for the right page of a sheet of two).</param>
    private OcrPage ReadOne(string file, string imagePath, int page, double dpi, GrayImage image, int? asked, double left, CancellationToken cancellationToken)
    {
        var raw = image;
        var turn = asked ?? 0;
        var skew = Straighten(ref image, turn);
        var level = PaleInkFilter.Measure(image);
        var words = Recognise(file, ForTesseract(image, level, imagePath, turn), page, dpi, "4", cancellationToken);
        if (level is { Faint: true })
        {
            // Faint ink: the filter may have thinned the strokes ("0" read "9"); the unfiltered page is read too and the
            // reading Tesseract is surer of, over all its words, is kept.
            var plain = Recognise(file, ForTesseract(image, null, imagePath, turn), page, dpi, "4", cancellationToken);
            if (Surer(plain, words))
            {
                (words, level) = (plain, null);
            }
        }

        if (turn == 0 && asked is null && (words.Count == 0 || words.Average(w => w.Confidence) < RetryBelowConfidence))
        {
            var retry = DetectOrientation(file, Saved(raw, imagePath), page, dpi, cancellationToken);
            if (retry != 0)
            {
                var turned = image;
                var turnedSkew = Straighten(ref turned, retry);
                var turnedLevel = PaleInkFilter.Measure(turned);
                var again = Recognise(file, ForTesseract(turned, turnedLevel, imagePath, retry), page, dpi, "4", cancellationToken);
                if (again.Count > 0 && (words.Count == 0 || again.Average(w => w.Confidence) > words.Average(w => w.Confidence)))
                {
                    (image, words, turn, skew, level) = (turned, again, retry, turnedSkew, turnedLevel);
                }
            }
        }

        words = OcrWordSplitter.Split(OcrNoiseFilter.Filter(MiddleDotRestorer.Restore(words)), image);
        var geometry = PageGeometryEstimator.Estimate(words, image.Width, image.Height);
        var scale = 72.0 / dpi;
        var upright = image.Resample(geometry);
        var mapped = Shifted(OcrWordMapper.Map(words, geometry, upright, scale), left);
        var height = geometry.UprightHeight * scale;
        RulingSegment Segment(PixelRule r) => r.Horizontal
            ? new RulingSegment(true, height - (r.Position * scale), left + (r.Start * scale), left + (r.End * scale))
            : new RulingSegment(false, left + (r.Position * scale), height - (r.End * scale), height - (r.Start * scale));
        var segments = RuleTextFilter.Filter(rules.Find(upright, dpi), words, geometry, dpi).Select(Segment).ToList();
        var pale = RuleTextFilter.Filter(rules.FindPaleHorizontal(upright, dpi), words, geometry, dpi).Select(Segment).ToList();
        var width = geometry.UprightWidth * scale;
        var trimmed = RuleMarkTrimmer.Trim(mapped.Select(m => m.Word), segments);
        var content = composer.Compose(page, width, height, trimmed, segments, pale);
        var confidences = mapped.Select(m => (m.Word.CentreX, m.Word.CentreY, m.Confidence)).ToList();
        var recovered = ReadEmptyCells(file, imagePath, page, dpi, upright, level, content, height, scale, left, cancellationToken);
        if (recovered.Count > 0)
        {
            content = composer.Compose(page, width, height, [.. trimmed, .. recovered.Select(m => m.Word)], segments, pale);
            confidences.AddRange(recovered.Select(m => (m.Word.CentreX, m.Word.CentreY, m.Confidence)));
        }

        return new OcrPage([content], confidences, turn != 0 ? turn : geometry.QuarterTurn, skew + geometry.SkewDegrees);
    }

    /// <summary>
    /// Whether reading <paramref name="a"/> is surer than <paramref name="b"/>: the larger sum of word confidences, so a
    /// reading that finds more words wins and, on the same words, the one with the higher confidences.
    /// </summary>
    internal static bool Surer(IReadOnlyList<OcrWord> a, IReadOnlyList<OcrWord> b) =>
        a.Sum(w => Math.Max(w.Confidence, 0)) > b.Sum(w => Math.Max(w.Confidence, 0));

    /// <summary>The image's path, written there first when it is not yet (Tesseract's orientation detection reads a file).</summary>
    private static string Saved(GrayImage image, string imagePath)
    {
        if (!File.Exists(imagePath))
        {
            image.SavePgm(imagePath);
        }

        return imagePath;
    }

    /// <summary>Words moved <paramref name="left"/> points right, to their place on the sheet.</summary>
    private static List<(PdfWord Word, double Confidence)> Shifted(List<(PdfWord Word, double Confidence)> words, double left) =>
        left == 0 ? words : [.. words.Select(m => (m.Word with
        {
            Box = new Model.BoundingBox(m.Word.Box.Left + left, m.Word.Box.Bottom, m.Word.Box.Right + left, m.Word.Box.Top),
        }, m.Confidence))];

    /// <summary>Words for the table cells that came out empty though inked (<see cref="EmptyCellReader"/>), as page words.</summary>
    /// <param name="left">Where the page's left edge lies on the sheet, in points: the cells' boxes are there, the image's pixels from 0.</param>
    private List<(PdfWord Word, double Confidence)> ReadEmptyCells(
        string file, string imagePath, int page, double dpi, GrayImage upright, PaleInkLevel? level, PdfPageContent content, double height, double scale, double left, CancellationToken cancellationToken)
    {
        var crops = EmptyCellReader.InkedEmptyCells(content.Tables, upright, height, scale, dpi, left);
        if (crops.Count == 0)
        {
            return [];
        }

        var (stack, tops) = EmptyCellReader.Stack(upright, crops, dpi);
        var path = Path.ChangeExtension(imagePath, ".cells.pgm");
        PaleInkFilter.SavePgm(stack, level, path);
        var read = OcrNoiseFilter.Filter(Recognise(file, path, page, dpi, "6", cancellationToken));
        var words = EmptyCellReader.PlaceBack(read, crops, tops, dpi);
        return words.Count == 0 ? [] : Shifted(OcrWordMapper.Map(words, new PageGeometry(upright.Width, upright.Height, 0, 0), upright, scale), left);
    }

    /// <summary>Turns <paramref name="image"/> by <paramref name="turn"/> quarter turns and straightens it; returns the skew taken out (degrees).</summary>
    private static double Straighten(ref GrayImage image, int turn)
    {
        image = image.Rotate(turn);
        var skew = ProjectionSkewEstimator.Estimate(image);
        if (Math.Abs(skew) < MinSkewDegrees)
        {
            return 0;
        }

        image = image.Resample(new PageGeometry(image.Width, image.Height, 0, skew));
        return skew;
    }

    /// <summary>The image as Tesseract gets it (<see cref="PaleInkFilter"/>), saved beside <paramref name="path"/>.</summary>
    private static string ForTesseract(GrayImage image, PaleInkLevel? level, string path, int turn)
    {
        var clean = Path.ChangeExtension(path, $".t{turn}.pgm");
        PaleInkFilter.SavePgm(image, level, clean);
        return clean;
    }

    /// <param name="mode">Tesseract's page segmentation mode: "4" a page, "6" a uniform block (the stacked cells).</param>
    private List<OcrWord> Recognise(string file, string imagePath, int page, double dpi, string mode, CancellationToken cancellationToken)
    {
        var tsv = ExternalTool.Run(file, What(page), options.Tesseract,
            [imagePath, "stdout", "-l", options.Language, "--dpi", Dpi(dpi), "--psm", mode, "tsv"], cancellationToken);
        return [.. TesseractTsvParser.Parse(tsv).Select(w => w with { Text = _corrector.Correct(OcrNoiseFilter.TrimBorders(w.Text)) })];
    }

    /// <summary>Clockwise quarter turns that make the image upright, by Tesseract's OSD ("Rotate: 270"); 0 when unsure.</summary>
    private int DetectOrientation(string file, string imagePath, int page, double dpi, CancellationToken cancellationToken)
    {
        string output;
        try
        {
            output = ExternalTool.Run(file, What(page), options.Tesseract, [imagePath, "stdout", "-l", "osd", "--dpi", Dpi(dpi), "--psm", "0"], cancellationToken);
        }
        catch (Diagnostics.ActaReadException ex) when (ex.Code == "ocr-failed")
        {
            return 0; // too little text for OSD, or no osd.traineddata: read as it is
        }

        var rotate = RotateLine().Match(output);
        var confidence = ConfidenceLine().Match(output);
        if (!rotate.Success || !confidence.Success || double.Parse(confidence.Groups[1].Value, CultureInfo.InvariantCulture) < 1)
        {
            return 0;
        }

        return int.Parse(rotate.Groups[1].Value, CultureInfo.InvariantCulture) / 90 % 4;
    }

    private static string What(int page) => page == 0 ? "the image" : $"page {page} (no usable text layer)";

    private static string Dpi(double dpi) => ((int)Math.Round(dpi)).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Rotate:\s*(\d+)")]
    private static partial Regex RotateLine();

    [GeneratedRegex(@"Orientation confidence:\s*([\d.]+)")]
    private static partial Regex ConfidenceLine();
}
