using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>A goal being read: its texts grow as rows continue it. Columns are the grid columns its Meta cell covers.</summary>
internal sealed class GoalDraft(string? id, int columnStart, int columnEnd, SourceLocation location)
{
    public string? Id { get; } = id;
    public int ColumnStart { get; } = columnStart;
    public int ColumnEnd { get; } = columnEnd;
    public SourceLocation Location { get; } = location;
    public List<string> Text { get; } = [];
    public List<string> Indicator { get; } = [];
    public List<string> Executor { get; } = [];
    public List<string> Report { get; } = [];

    /// <summary>The report status as the acta states it ("Sí", "☒ Reportó ☐ No reportó"), read by <see cref="ReportStatusReader"/>.</summary>
    public List<string> Status { get; } = [];

    /// <summary>Named but nothing read for it yet: no text, indicator, executor or report.</summary>
    public bool IsBare => Text.Count == 0 && Indicator.Count == 0 && Executor.Count == 0 && Report.Count == 0;

    public bool Overlaps(int column, int span) => ColumnStart < column + span && column < ColumnEnd;

    public static string? Join(List<string> parts)
    {
        var text = string.Join(' ', parts.Select(p => p.Trim()).Where(p => p.Length > 0));
        return text.Length == 0 ? null : text;
    }
}
