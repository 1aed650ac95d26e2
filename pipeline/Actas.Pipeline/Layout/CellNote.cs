namespace Actas.Pipeline.Layout;

/// <summary>
/// A remark anchored on a table cell: a Word comment (margin balloon) or a PDF text annotation (sticky note). Its author
/// says who made it (and may say what kind of remark it is: "Name (SE) – Retroalimentación"); the text is the remark.
/// </summary>
public sealed record CellNote(string Author, string Text);
