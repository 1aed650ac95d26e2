using System.Text;
using System.Xml.Linq;
using static Actas.Pipeline.Reading.Docx.WordNames;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// Renders list labels ("1.", "a)", "2.1.", "•") from the numbering part, counting per list
/// instance (<c>w:num</c>): each call to <see cref="Next"/> advances that list's counter at the
/// given level and restarts the deeper levels, as Word does.
/// </summary>
public sealed class DocxListNumbering
{
    private const int Levels = 9;
    private readonly Dictionary<int, XElement> _abstracts = [];
    private readonly Dictionary<int, XElement> _instances = [];
    private readonly Dictionary<int, int?[]> _counters = [];

    /// <param name="numbering"><c>w:numbering</c>, or null when the package has none.</param>
    public DocxListNumbering(XElement? numbering)
    {
        if (numbering is null)
        {
            return;
        }

        foreach (var abstractNum in numbering.Elements(AbstractNum))
        {
            if (LenientValues.Int(abstractNum.Attribute(AbstractNumId)) is { } id)
            {
                _abstracts.TryAdd(id, abstractNum);
            }
        }

        foreach (var instance in numbering.Elements(Num))
        {
            if (LenientValues.Int(instance.Attribute(NumberingId)) is { } id)
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
        var format = ChildVal(definition, NumberFormat);
        var text = ChildVal(definition, LevelText);
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
                label.Append(ListNumberFormatter.Format(value, ChildVal(LevelOf(instance, referenced), NumberFormat)));
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

    private int Start(XElement instance, int level)
    {
        var overrideStart = ChildVal(Override(instance, level), StartOverride);
        return LenientValues.Int(overrideStart, 0, 100_000) ?? LenientValues.Int(ChildVal(LevelOf(instance, level), WordNames.Start), 0, 100_000) ?? 1;
    }

    /// <summary>The <c>w:lvlOverride</c> of <paramref name="level"/> in a <c>w:num</c>, or null.</summary>
    private static XElement? Override(XElement instance, int level) =>
        instance.Elements(LevelOverride).FirstOrDefault(o => LenientValues.Int(o.Attribute(NumberingLevel)) == level);

    private XElement? LevelOf(XElement instance, int level)
    {
        var overridden = Override(instance, level)?.Element(Level);
        if (overridden is not null)
        {
            return overridden;
        }

        return LenientValues.Int(ChildVal(instance, AbstractNumId)) is { } abstractId && _abstracts.TryGetValue(abstractId, out var abstractNum)
            ? abstractNum.Elements(Level).FirstOrDefault(l => LenientValues.Int(l.Attribute(NumberingLevel)) == level)
            : null;
    }
}
