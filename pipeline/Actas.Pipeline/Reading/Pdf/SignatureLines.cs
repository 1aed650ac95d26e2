namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// A remark signed in small print on the line under it, as a designer sets a quote box: the sentence, then who said it
/// a size smaller ("…que atienden la mayoría de los partos." / "Secretaría Ejecutiva"; "Name · Body"; blind batch U,
/// U3's minuta printed from a web page and read by OCR). <see cref="ParagraphGrouper"/> cuts the signature off at its
/// change of size; here it is the paragraph's last line again, kept as a soft line as Word keeps a line break, so the
/// remark and its author stay one paragraph as in the minuta's Word copy. Only a one-line signature alone in its
/// size (a block of small print is a note or a caption), close under a paragraph that ends a sentence, under its left
/// edge and short of its right one, opening with a capital (a dash's attribution under a quote is <c>PullQuotes</c>' own), and no label or sentence itself (no colon, no final period but an abbreviation's: "Partería, A.C.").
/// </summary>
public static class SignatureLines
{
    /// <summary>The signature is at most this share of the remark's font size (<see cref="ParagraphGrouperOptions.SizeChange"/>'s default below 1).</summary>
    private const double MaxSizeShare = 0.85;

    /// <summary>The signature's baseline lies at most this many of the remark's font sizes under the remark's last line.</summary>
    private const double MaxStep = 2.5;

    /// <summary>The signature lines up with the remark's left or right edge within this many font sizes.</summary>
    private const double EdgeSlack = 2;

    private const int MaxLength = 140;

    /// <param name="paragraphs">The paragraphs of a block, top to bottom, with the soft lines of those that have them.</param>
    /// <returns>The paragraphs, each signature joined to the remark above it as its last soft line.</returns>
    public static List<(IReadOnlyList<PdfLine> Lines, IReadOnlyList<string>? Soft)> Join(List<(IReadOnlyList<PdfLine> Lines, IReadOnlyList<string>? Soft)> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        List<(IReadOnlyList<PdfLine> Lines, IReadOnlyList<string>? Soft)>? result = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i + 1 < paragraphs.Count && Signs(paragraphs[i], paragraphs[i + 1], i + 2 < paragraphs.Count ? paragraphs[i + 2].Lines : null))
            {
                result ??= [.. paragraphs.Take(i)];
                var (remark, signature) = (paragraphs[i].Lines, paragraphs[i + 1].Lines[0]);
                result.Add(([.. remark, signature], [WhitespaceCollapser.Collapse(string.Join(' ', remark.Select(l => l.Text))), WhitespaceCollapser.Collapse(signature.Text)]));
                i++;
                continue;
            }

            result?.Add(paragraphs[i]);
        }

        return result ?? paragraphs;
    }

    private static bool Signs(
        (IReadOnlyList<PdfLine> Lines, IReadOnlyList<string>? Soft) remark, (IReadOnlyList<PdfLine> Lines, IReadOnlyList<string>? Soft) below, IReadOnlyList<PdfLine>? next)
    {
        if (remark.Soft is not null || below.Soft is not null || below.Lines.Count != 1 || remark.Lines.Count == 0)
        {
            return false;
        }

        var (last, signature) = (remark.Lines[^1], below.Lines[0]);
        var size = last.FontSize;
        var text = signature.Text.Trim();
        if (signature.HasTab || last.HasTab || signature.FontSize > MaxSizeShare * size || text.Length is 0 or > MaxLength ||
            !char.IsUpper(text[0]) || text.Contains(':', StringComparison.Ordinal) || text[^1] is ':' or ';' or ',' || (text[^1] == '.' && !Abbreviated(text)) ||
            !text.Contains(' ', StringComparison.Ordinal) || !EndsSentence(last.Text))
        {
            return false;
        }

        var step = last.Baseline - signature.Baseline;
        // Under the remark's left edge and short of its right one: a line filled to the edge is the first of a paragraph
        // going on below, its speaker set in small capitals (blind-t alfabetizacion: "ROSA MARÍA CUEVAS ALBA (CÍRCULO DE
        // ESTUDIO … DE SAN ANDRÉS" / "TOTOLTEPEC).— Los círculos…").
        var lined = Math.Abs(signature.Box.Left - remark.Lines.Min(l => l.Box.Left)) <= EdgeSlack * size &&
            signature.Box.Right < remark.Lines.Max(l => l.Box.Right) - size;
        // A signature is alone in its size: small print going on below is a note or a caption.
        var alone = next is not { Count: > 0 } || next[0].FontSize > signature.FontSize / MaxSizeShare ||
            signature.Baseline - next[0].Baseline > MaxStep * size;
        return step > 0 && step <= MaxStep * size && lined && alone;
    }

    /// <summary>The last word is an abbreviation with a period inside it ("A.C.", "I.A.P."): the final period is no sentence's end.</summary>
    private static bool Abbreviated(string text) => text[(text.LastIndexOf(' ') + 1)..^1].Contains('.', StringComparison.Ordinal);

    private static bool EndsSentence(string text) => text.TrimEnd() is { Length: > 0 } t && t[^1] is '.' or '!' or '?' or '”' or '»' or '"' or '…';
}
