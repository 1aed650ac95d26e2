namespace Actas.Pipeline.Layout;

/// <summary>What a paragraph is for, as far as the reader can tell.</summary>
public enum ParagraphRole
{
    Body,
    /// <summary>Marked as a heading by style or outline level (Word), or by size/weight (PDF).</summary>
    Heading,
    /// <summary>An item of a numbered or bulleted list (Word numbering, HTML li, "1.-").</summary>
    ListItem,
}
