namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Finds the pages of a scanned sheet that holds two side by side — a "2-up" print, two portrait pages reduced onto one
/// landscape sheet — so that OCR reads them one at a time. Read whole, Tesseract's page layout joins the lines of the two
/// pages that share a baseline, and their text comes out interleaved line by line (blind batch T, T2: an archive copy
/// printed two pages per letter sheet, where "META 118.1: Instalar nuevos comedores comunitarios en unidades" ran on
/// into "La Secretaría de Desarrollo Social informará…" from the page beside it).
/// A sheet holds two pages when it lies landscape and a white band runs down it from top to bottom across its middle:
/// the band's centre within a tenth of the width from the sheet's centre, the band at least
/// <see cref="MinGutterInches"/> wide and at least <see cref="MinGutterToMargin"/> of the narrower outer margin (it
/// holds two page margins; the gap between two columns of a borderless table is narrower than its page's margins).
/// One wide table has rules and rows across the middle and a landscape page has lines across it, so neither has such
/// a band. A side with no ink (the last page printed beside a blank one) is left out; rows dark across more
/// than half the sheet (a scanner's dark edge) do not count against the band.
/// A bound book photographed open has no white band but the spine's shadow: columns dark from top to bottom, at least
/// <see cref="MinShadowInches"/> wide, across the middle, with text on both sides (blind batch K, K4: a minutes book, two
/// pages per image, the gutter curved into a shadow). Each page is read without the shadow.
/// </summary>
public static class TwoUpSheetSplitter
{
    /// <summary>A sheet this much wider than tall lies landscape (letter 1.29, A4 1.41).</summary>
    private const double MinAspect = 1.2;

    /// <summary>The narrowest white band between the pages, in inches: a 2-up letter sheet's is about 0.8 in.</summary>
    private const double MinGutterInches = 0.35;

    /// <summary>The band's width as a share of the narrower outer margin (T2's sheets: 167 pixels beside 110 and 172).</summary>
    private const double MinGutterToMargin = 0.8;

    /// <summary>How far from the sheet's centre the band's centre may lie, as a share of the width.</summary>
    private const double MiddleShare = 0.1;

    /// <summary>Share of a band column's rows that may be dark (specks, the tail of a handwritten initial).</summary>
    private const double MaxGutterInk = 0.005;

    /// <summary>A row dark across more than this share of the width is a scanner's edge, not text.</summary>
    private const double BorderRowShare = 0.5;

    private const int InkLevel = 128;

    /// <summary>The narrowest spine shadow, in inches: wider than any ruled line (K4's was 0.9 in at 180 dpi).</summary>
    private const double MinShadowInches = 0.15;

    /// <summary>Share of the counted rows a shadow's column is dark in (a rule or a word's stroke is dark in a few).</summary>
    private const double ShadowShare = 0.9;

    /// <summary>The sheet's pages, left first (one when the other side is blank), or null when it is not two pages side by side.</summary>
    public static IReadOnlyList<SheetHalf>? Split(GrayImage image, double dpi)
    {
        ArgumentNullException.ThrowIfNull(image);
        var width = image.Width;
        if (width < MinAspect * image.Height)
        {
            return null;
        }

        var (ink, rows) = ColumnInk(image);
        var allowed = Math.Max(1, MaxGutterInk * rows);
        var middle = (Low: (int)(width * (0.5 - MiddleShare)), High: (int)(width * (0.5 + MiddleShare)));
        if (rows > 0 && SpineShadow(ink, rows, dpi, middle) is var (from, to) &&
            HasText(ink.AsSpan(0, from), allowed, ShadowShare * rows) && HasText(ink.AsSpan(to), allowed, ShadowShare * rows))
        {
            // The shadow fades into the pages' inner margins, grey enough to be read as marks: each page ends where its text does.
            var (left, right) = (InnerMargin(ink, from, -1, allowed), InnerMargin(ink, to - 1, 1, allowed) + 1);
            return [new SheetHalf(image.Columns(0, left), 0), new SheetHalf(image.Columns(right, width - right), right)];
        }
        if (rows == 0 || WidestWhiteRun(ink, allowed, middle) is not var (start, end))
        {
            return null;
        }

        var first = Array.FindIndex(ink, c => c > allowed);
        var last = Array.FindLastIndex(ink, c => c > allowed);
        var (leftInked, rightInked) = (first >= 0 && first < start, last >= end);
        var half = width / 2;
        if (leftInked && rightInked)
        {
            var centre = (start + end) / 2;
            var outer = Math.Min(first, width - 1 - last);
            if (end - start < MinGutterInches * dpi || end - start < MinGutterToMargin * outer || Math.Abs(centre - half) > MiddleShare * width)
            {
                return null;
            }

            return [new SheetHalf(image.Columns(0, centre), 0), new SheetHalf(image.Columns(centre, width - centre), centre)];
        }

        // One side blank: the white band runs to the sheet's edge; the page is the inked half.
        return leftInked && start <= half ? [new SheetHalf(image.Columns(0, half), 0)]
            : rightInked && end >= half ? [new SheetHalf(image.Columns(half, width - half), half)]
            : null;
    }

    /// <summary>Dark pixels per column, and how many rows were counted (those not dark across most of the sheet).</summary>
    private static (int[] Ink, int Rows) ColumnInk(GrayImage image)
    {
        var (width, pixels) = (image.Width, image.Pixels);
        var ink = new int[width];
        var rows = 0;
        var border = BorderRowShare * width;
        for (var y = 0; y < image.Height; y++)
        {
            var row = pixels.AsSpan(y * width, width);
            var dark = 0;
            foreach (var pixel in row)
            {
                if (pixel < InkLevel)
                {
                    dark++;
                }
            }

            if (dark > border)
            {
                continue;
            }

            rows++;
            for (var x = 0; x < width; x++)
            {
                if (row[x] < InkLevel)
                {
                    ink[x]++;
                }
            }
        }

        return (ink, rows);
    }

    /// <summary>
    /// From the shadow's edge column <paramref name="edge"/> outwards (<paramref name="step"/> −1 or 1): over its fading
    /// columns (less ink with each step) and the white margin after them, to the last column before the text.
    /// </summary>
    private static int InnerMargin(int[] ink, int edge, int step, double allowed)
    {
        var x = edge;
        while (x + step >= 0 && x + step < ink.Length && ink[x + step] > allowed && ink[x + step] <= ink[x])
        {
            x += step;
        }

        while (x + step >= 0 && x + step < ink.Length && ink[x + step] <= allowed)
        {
            x += step;
        }

        return x;
    }

    /// <summary>Whether some column is inked as text is: more than specks, less than a shadow's top-to-bottom dark.</summary>
    private static bool HasText(ReadOnlySpan<int> ink, double allowed, double shadow)
    {
        foreach (var count in ink)
        {
            if (count > allowed && count < shadow)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The widest run of columns dark in nearly every row (end exclusive) centred in the middle band and wide enough, or null.</summary>
    private static (int Start, int End)? SpineShadow(int[] ink, int rows, double dpi, (int Low, int High) middle) =>
        Widest(Runs(ink, c => c >= ShadowShare * rows)
            .Where(r => (r.Start + r.End) / 2 >= middle.Low && (r.Start + r.End) / 2 <= middle.High && r.End - r.Start >= MinShadowInches * dpi));

    /// <summary>The widest run of white columns (end exclusive) that reaches into the middle band, or null.</summary>
    private static (int Start, int End)? WidestWhiteRun(int[] ink, double allowed, (int Low, int High) middle) =>
        Widest(Runs(ink, c => c <= allowed).Where(r => r.Start <= middle.High && r.End > middle.Low));

    /// <summary>The runs of columns (end exclusive) whose ink count <paramref name="holds"/>, left to right.</summary>
    private static IEnumerable<(int Start, int End)> Runs(int[] ink, Func<int, bool> holds)
    {
        var start = -1;
        for (var x = 0; x <= ink.Length; x++)
        {
            var inRun = x < ink.Length && holds(ink[x]);
            if (inRun && start < 0)
            {
                start = x;
            }
            else if (!inRun && start >= 0)
            {
                yield return (start, x);
                start = -1;
            }
        }
    }

    /// <summary>The widest of <paramref name="runs"/> (the first of equals), or null when there is none.</summary>
    private static (int Start, int End)? Widest(IEnumerable<(int Start, int End)> runs)
    {
        (int Start, int End)? best = null;
        foreach (var run in runs)
        {
            if (best is not { } b || run.End - run.Start > b.End - b.Start)
            {
                best = run;
            }
        }

        return best;
    }
}
