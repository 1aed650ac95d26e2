namespace Actas.Pipeline.Extraction;

/// <summary>A quantity found in report text, before it is attached to a goal.</summary>
/// <param name="Index">Position of the number in the text.</param>
public sealed record ReportedQuantity(decimal Value, string Unit, string Context, int Index);
