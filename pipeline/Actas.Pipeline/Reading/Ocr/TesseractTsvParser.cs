using System.Globalization;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Reads Tesseract's TSV output (<c>tesseract IMAGE stdout tsv</c>): one row per page, block,
/// paragraph, line and word; level 5 rows are words with box and confidence. Empty words and
/// rows with confidence -1 (structure rows) are dropped.
/// </summary>
public static class TesseractTsvParser
{
    // level page_num block_num par_num line_num word_num left top width height conf text
    public static IReadOnlyList<OcrWord> Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var words = new List<OcrWord>();
        foreach (var line in tsv.Split('\n'))
        {
            var cols = line.TrimEnd('\r').Split('\t');
            if (cols.Length < 12 || cols[0] != "5")
            {
                continue;
            }

            var text = cols[11].Trim();
            if (text.Length == 0 || !double.TryParse(cols[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var conf) || conf < 0)
            {
                continue;
            }

            words.Add(new OcrWord(
                text,
                Int(cols[6]),
                Int(cols[7]),
                Int(cols[8]),
                Int(cols[9]),
                conf,
                Int(cols[2]),
                Int(cols[3]),
                Int(cols[4])));
        }

        return words;
    }

    private static int Int(string value) => int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
