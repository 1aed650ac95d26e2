namespace Actas.Pipeline.Reading.Pdf;

/// <summary>Thresholds of <see cref="ParagraphGrouper"/>.</summary>
/// <param name="GapFactor">A baseline step over this many font sizes starts a paragraph when the block has no typical step (default 1.5: single-spaced lines step 1.15–1.3).</param>
/// <param name="TypicalStepFactor">A baseline step over this many times the block's most common step starts a paragraph (default 1.15: 2 pt of spacing after 12 pt lines).</param>
/// <param name="IndentFactor">A first line indented by this many font sizes starts a paragraph (default 1.5).</param>
/// <param name="WrapSlackFactor">A line ends its paragraph when the next line's first word plus this many font sizes would have fitted after it (default 0.6: a space and rounding).</param>
/// <param name="OpenWrapSlackFactor">The same when the line does not end a sentence (default 3: only clearly short lines, such as a name over its role).</param>
/// <param name="SizeChange">A relative font size change over this starts a paragraph (default 0.15).</param>
public sealed record ParagraphGrouperOptions(
    double GapFactor = 1.5,
    double TypicalStepFactor = 1.15,
    double IndentFactor = 1.5,
    double SizeChange = 0.15,
    double WrapSlackFactor = 0.6,
    double OpenWrapSlackFactor = 3)
{
    public static ParagraphGrouperOptions Default { get; } = new();
}
