namespace Actas.Pipeline.Reading.Pdf;

/// <summary>One row of a borderless table: its vertical extent in points, and whether one cell spans all columns (a sector row).</summary>
public sealed record StreamRow(double Top, double Bottom, bool SpansAll);
