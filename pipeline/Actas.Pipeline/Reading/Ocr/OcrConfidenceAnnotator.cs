using System.Globalization;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Gives every block of an OCR page the mean confidence of the words inside its box
/// (<see cref="SourceLocation.Confidence"/>, carried on to the fields read from it), and a warning
/// for a block under <see cref="OcrOptions.LowConfidence"/>: its fields may be misread.
/// </summary>
public static class OcrConfidenceAnnotator
{
    public static List<LayoutBlock> Annotate(IReadOnlyList<LayoutBlock> blocks, IReadOnlyDictionary<int, OcrPage> pages, double lowConfidence, List<Issue> issues)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(issues);
        var result = new List<LayoutBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (block is PageBreak || block.Location is not { Page: { } number, Box: { } box } || !pages.TryGetValue(number, out var page))
            {
                result.Add(block);
                continue;
            }

            var inside = page.Words.Where(w => w.X >= box.Left - 1 && w.X <= box.Right + 1 && w.Y >= box.Bottom - 1 && w.Y <= box.Top + 1).ToList();
            if (inside.Count == 0)
            {
                result.Add(block);
                continue;
            }

            var confidence = Math.Round(inside.Average(w => w.Confidence), 1);
            var location = block.Location with { Confidence = confidence };
            if (confidence < lowConfidence)
            {
                issues.Add(new Issue("ocr-low-confidence", Severity.Warning, location.ToString(),
                    string.Create(CultureInfo.InvariantCulture, $"OCR words of low confidence (mean {confidence:0}%): check what was read from here against the scan")));
            }

            result.Add(block switch
            {
                Paragraph p => p with { Location = location },
                Table t => t with { Location = location },
                _ => block,
            });
        }

        return result;
    }
}
