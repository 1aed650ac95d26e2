using Actas.Storage.Keys;
using Actas.Storage.Queries;

namespace Actas.Storage.Report;

/// <summary>Groups a body's figures into one series per strategy and unit, keeping those with two or more dates.</summary>
public static class FigureTrends
{
    public static IReadOnlyList<FigureSeries> Build(IReadOnlyList<FigureRow> figures) =>
        figures
            .Where(f => f.SessionDate is not null && f.Role != "part")
            .GroupBy(f => (f.Strategy, Unit: TextKey.Fold(f.Unit)))
            .Select(g => new FigureSeries(
                g.Key.Strategy,
                g.First().Unit,
                g.GroupBy(f => f.SessionDate!)
                    .Select(d => new FigurePoint(d.Key, d.Sum(f => f.Value)))
                    .OrderBy(p => p.Date, StringComparer.Ordinal)
                    .ToList()))
            .Where(s => s.Points.Count >= 2)
            .OrderBy(s => s.Strategy).ThenBy(s => s.Unit, StringComparer.Ordinal)
            .ToList();
}
