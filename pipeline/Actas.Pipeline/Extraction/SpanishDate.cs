namespace Actas.Pipeline.Extraction;

/// <summary>A date found in text: ISO value, where it stood, and whether the year was assumed.</summary>
public sealed record SpanishDate(DateOnly Value, int Index, int Length, bool YearAssumed)
{
    public string Iso => Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
