namespace Actas.Pipeline.Model;

/// <summary>
/// The part of a paged document an element was drawn from when it is not the main text flow.
/// Word keeps page headers, footers and text boxes outside the body; a reader places their text
/// in reading order (headers before the body, footers after it, a text box beside its anchor)
/// and records here where it came from.
/// </summary>
public enum DocumentRegion
{
    /// <summary>A page header (Word <c>w:hdr</c>: default, first-page or even-page).</summary>
    Header,

    /// <summary>A page footer (Word <c>w:ftr</c>).</summary>
    Footer,

    /// <summary>A text box or shape text (Word <c>w:txbxContent</c>).</summary>
    TextBox,

    /// <summary>
    /// A footnote's text (Word <c>w:footnote</c>), placed after the body: no content of the paragraph or cell its mark
    /// annotates; extraction reads it only where the acta says a goal's report is transcribed at the foot of the page.
    /// </summary>
    Footnote,
}
