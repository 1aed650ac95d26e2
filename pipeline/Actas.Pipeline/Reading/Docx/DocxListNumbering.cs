using System.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// Renders list labels ("1.", "a)", "2.1.", "•") from the numbering part, counting per list
/// instance (<c>w:num</c>): each call to <see cref="Next"/> advances that list's counter at the
/// given level and restarts the deeper levels, as Word does.
/// </summary>
public sealed class DocxListNumbering
{
    private const int Levels = 9;
    private readonly Dictionary<int, W.AbstractNum> _abstracts = [];
    private readonly Dictionary<int, W.NumberingInstance> _instances = [];
    private readonly Dictionary<int, int?[]> _counters = [];

    public DocxListNumbering(W.Numbering? numbering)
    {
        if (numbering is null)
        {
            return;
        }

        foreach (var abstractNum in numbering.Elements<W.AbstractNum>())
        {
            if (LenientValues.Int(abstractNum.AbstractNumberId) is { } id)
            {
                _abstracts.TryAdd(id, abstractNum);
            }
        }

        foreach (var instance in numbering.Elements<W.NumberingInstance>())
        {
            if (LenientValues.Int(instance.NumberID) is { } id)
            {
                _instances.TryAdd(id, instance);
            }
        }
    }

    /// <summary>
    /// Advances list <paramref name="numId"/> at level <paramref name="level"/> (0-based) and
    /// returns its label, or null when the list is unknown, removed (numId 0) or has no text.
    /// </summary>
    public string? Next(int numId, int level)
    {
        if (numId == 0 || !_instances.TryGetValue(numId, out var instance))
        {
            return null;
        }

        level = Math.Clamp(level, 0, Levels - 1);
        if (!_counters.TryGetValue(numId, out var counters))
        {
            counters = new int?[Levels];
            _counters[numId] = counters;
        }

        counters[level] = counters[level] is { } current ? current + 1 : Start(instance, level);
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            counters[deeper] = null;
        }

        var definition = LevelOf(instance, level);
        var format = definition?.NumberingFormat?.Val?.InnerText;
        var text = definition?.LevelText?.Val?.Value;
        if (text is null)
        {
            return format == "bullet" ? "•" : null;
        }

        if (format == "bullet")
        {
            return Bullet(text);
        }

        var label = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var value = counters[referenced] ?? Start(instance, referenced);
                label.Append(ListNumberFormatter.Format(value, LevelOf(instance, referenced)?.NumberingFormat?.Val?.InnerText));
                i++;
            }
            else
            {
                label.Append(text[i]);
            }
        }

        var rendered = WhitespaceCollapser.Collapse(label.ToString());
        return rendered.Length == 0 ? null : rendered;
    }

    /// <summary>Symbol-font bullets are private-use code points (U+F0B7 is Symbol's "•").</summary>
    private static string? Bullet(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        return trimmed[0] is >= '\uF000' and <= '\uF0FF' ? (trimmed[0] == '\uF02D' ? "-" : "•") : trimmed;
    }

    private int Start(W.NumberingInstance instance, int level)
    {
        var overrideStart = instance.Elements<W.LevelOverride>()
            .FirstOrDefault(o => LenientValues.Int(o.LevelIndex) == level)?.StartOverrideNumberingValue?.Val;
        return LenientValues.Int(overrideStart, 0, 100_000) ?? LenientValues.Int(LevelOf(instance, level)?.StartNumberingValue?.Val, 0, 100_000) ?? 1;
    }

    private W.Level? LevelOf(W.NumberingInstance instance, int level)
    {
        var overridden = instance.Elements<W.LevelOverride>().FirstOrDefault(o => LenientValues.Int(o.LevelIndex) == level)?.Level;
        if (overridden is not null)
        {
            return overridden;
        }

        return LenientValues.Int(instance.AbstractNumId?.Val) is { } abstractId && _abstracts.TryGetValue(abstractId, out var abstractNum)
            ? abstractNum.Elements<W.Level>().FirstOrDefault(l => LenientValues.Int(l.LevelIndex) == level)
            : null;
    }
}
