namespace Actas.Storage.Report;

/// <summary>Orders goal codes by their numbers: "520.2" before "520.10"; codes that are not dotted numbers by text.</summary>
internal sealed class GoalCodeComparer : IComparer<string>
{
    public static GoalCodeComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? "").Split('.');
        var b = (y ?? "").Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var order = int.TryParse(a[i], out var m) && int.TryParse(b[i], out var n)
                ? m.CompareTo(n)
                : string.CompareOrdinal(a[i], b[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
