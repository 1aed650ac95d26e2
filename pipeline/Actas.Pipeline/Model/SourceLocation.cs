using System.Text.Json.Serialization;

namespace Actas.Pipeline.Model;

/// <summary>
/// Where an element came from: page (1-based, PDF only or where page breaks are known),
/// block index in the layout model's reading order, and for tables the row and column
/// (0-based grid column). <see cref="Box"/> is the PDF bounding box in points;
/// <see cref="Line"/> the 1-based line of a text dump; <see cref="Region"/> is set when the element
/// comes from outside the main text flow (a page header or footer, a text box), null for body text.
/// <see cref="Confidence"/> is the mean OCR word confidence (0–100) of the block, set only where the
/// page was read by OCR (not written when null).
/// </summary>
public sealed record SourceLocation(
    int? Page,
    int Block,
    int? Row = null,
    int? Column = null,
    BoundingBox? Box = null,
    int? Line = null,
    DocumentRegion? Region = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Confidence = null)
{
    public override string ToString() =>
        (Page is { } p ? $"page {p}, " : "") + $"block {Block}" +
        (Row is { } r ? $", row {r}" : "") + (Column is { } c ? $", column {c}" : "") +
        (Line is { } l ? $", line {l}" : "") +
        (Region is { } region ? $", {region.ToString().ToLowerInvariant()}" : "");
}
