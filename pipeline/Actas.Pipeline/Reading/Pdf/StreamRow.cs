namespace Actas.Pipeline.Reading.Pdf;

/// <summary>One row of a borderless table: its vertical extent in points, and whether one cell spans all columns (a sector row).</summary>
/// <param name="Continued">Columns whose cell continues the cell above (a group column merged down over several rows: "Instancias ejecutoras" beside each of its names); null or empty when none.</param>
public sealed record StreamRow(double Top, double Bottom, bool SpansAll, IReadOnlySet<int>? Continued = null);
