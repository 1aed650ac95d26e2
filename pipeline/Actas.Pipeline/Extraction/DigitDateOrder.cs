namespace Actas.Pipeline.Extraction;

/// <summary>
/// Which number of a digit date ("03/07/2024") is the day: Mexican actas write the day first; an acta typed on a computer set to
/// English (United States) writes the month first (blind batch AJ, AJ6). Decided once per document by
/// <see cref="SpanishDateParser.OrderOf"/>.
/// </summary>
public enum DigitDateOrder
{
    /// <summary>"03/07/2024" is the 3rd of July (the default).</summary>
    DayFirst,

    /// <summary>"03/07/2024" is March 7th.</summary>
    MonthFirst,
}
