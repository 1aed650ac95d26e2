namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Finds the drawn table rules of an upright page image: long thin runs of ink along pixel rows
/// (horizontal rules) and columns (vertical ones). Scanned tables have no drawn paths, so this
/// gives OCR pages what <c>Pdf/RulingLineExtractor</c> gives text pages. Runs on neighbouring
/// rows that touch are one rule (what deskewing leaves of a slant); a run as thick as it is long
/// is a filled area, not a rule.
/// </summary>
public sealed class ImageRuleFinder(ImageRuleFinderOptions options)
{
    public ImageRuleFinder()
        : this(ImageRuleFinderOptions.Default)
    {
    }

    public IReadOnlyList<PixelRule> Find(GrayImage image, double dpi)
    {
        ArgumentNullException.ThrowIfNull(image);
        var rules = new List<PixelRule>();
        rules.AddRange(Scan(image, dpi, horizontal: true));
        rules.AddRange(Scan(image, dpi, horizontal: false));
        return rules;
    }

    private IEnumerable<PixelRule> Scan(GrayImage image, double dpi, bool horizontal)
    {
        var gap = Math.Max(1, (int)Math.Round(options.MaxGap * dpi));
        var minPiece = Math.Max(4, (int)Math.Round(options.MinPiece * dpi));
        var minLength = options.MinLength * dpi;
        var maxThickness = Math.Max(2, options.MaxThickness * dpi);
        var (lines, length) = horizontal ? (image.Height, image.Width) : (image.Width, image.Height);
        var open = new List<Segment>();
        var done = new List<Segment>();
        var pixels = image.Pixels;
        var stride = image.Width;
        var dark = options.DarkLevel;
        for (var line = 0; line < lines; line++)
        {
            var pieces = new List<(int Start, int End)>();
            var start = -1;
            var last = -1;
            for (var i = 0; i < length; i++)
            {
                var value = horizontal ? pixels[(line * stride) + i] : pixels[(i * stride) + line];
                if (value >= dark)
                {
                    continue;
                }

                if (start >= 0 && i - last - 1 > gap)
                {
                    if (last - start + 1 >= minPiece)
                    {
                        pieces.Add((start, last));
                    }

                    start = -1;
                }

                if (start < 0)
                {
                    start = i;
                }

                last = i;
            }

            if (start >= 0 && last - start + 1 >= minPiece)
            {
                pieces.Add((start, last));
            }

            var next = new List<Segment>();
            foreach (var (s, e) in pieces)
            {
                var owner = open.FirstOrDefault(o => o.LastLine >= line - 1 && s <= o.End + gap && e >= o.Start - gap);
                if (owner is null)
                {
                    owner = new Segment { Start = s, End = e, FirstLine = line };
                }
                else
                {
                    open.Remove(owner);
                    owner.Start = Math.Min(owner.Start, s);
                    owner.End = Math.Max(owner.End, e);
                }

                owner.LastLine = line;
                owner.Ink += e - s + 1;
                owner.LineSum += (double)line * (e - s + 1);
                next.Add(owner);
            }

            done.AddRange(open);
            open = next;
        }

        done.AddRange(open);
        var clearance = Math.Max(2, (int)Math.Round(options.Clearance * dpi));
        foreach (var segment in done)
        {
            var span = segment.End - segment.Start + 1;
            if (span < minLength || segment.Ink / span > maxThickness)
            {
                continue;
            }

            // A run through a line of (blurred, bold) text has ink just above and below it; a rule has white.
            var before = InkShare(image, horizontal, segment.FirstLine - clearance, segment.Start, segment.End);
            var after = InkShare(image, horizontal, segment.LastLine + clearance, segment.Start, segment.End);
            if (before > options.MaxInkBeside && after > options.MaxInkBeside)
            {
                continue;
            }

            yield return new PixelRule(horizontal, segment.LineSum / segment.Ink, segment.Start, segment.End);
        }
    }

    private double InkShare(GrayImage image, bool horizontal, int line, int start, int end)
    {
        var lines = horizontal ? image.Height : image.Width;
        if (line < 0 || line >= lines)
        {
            return 0;
        }

        var dark = 0;
        for (var i = start; i <= end; i++)
        {
            if ((horizontal ? image[i, line] : image[line, i]) < options.DarkLevel)
            {
                dark++;
            }
        }

        return (double)dark / (end - start + 1);
    }

    private sealed class Segment
    {
        public int Start { get; set; }

        public int End { get; set; }

        public int FirstLine { get; init; }

        public int LastLine { get; set; }

        public double Ink { get; set; }

        public double LineSum { get; set; }
    }
}
