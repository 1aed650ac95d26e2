using System.Text;
using System.Xml.Linq;
using static Actas.Pipeline.Reading.Docx.WordNames;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// Renders list labels ("1.", "a)", "II.", "2.1.", "•") from the numbering part as Word does: counters
/// belong to the abstract list (<c>w:abstractNum</c>), so two list instances (<c>w:num</c>) of one
/// abstract list continue each other unless an instance restarts a level with <c>w:startOverride</c>;
/// advancing a level restarts the deeper ones (unless their <c>w:lvlRestart</c> says otherwise); a
/// level redefined in <c>w:lvlOverride</c> replaces the abstract one; an abstract list that only points
/// at a numbering style (<c>w:numStyleLink</c>) takes that style's list; <c>w:isLgl</c> shows every
/// level in decimal.
/// </summary>
public sealed class DocxListNumbering
{
    private const int Levels = 9;
    private const int MaxStyleLinks = 5;
    private readonly Dictionary<int, XElement> _abstracts = [];
    private readonly Dictionary<int, XElement> _instances = [];
    private readonly Dictionary<int, ListLevel[]> _levels = [];
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<(int NumId, int Level)> _overridesApplied = [];
    private readonly DocxStyles? _styles;

    /// <param name="numbering"><c>w:numbering</c>, or null when the package has none.</param>
    /// <param name="styles">The styles, to follow numbering style links; null reads without them.</param>
    public DocxListNumbering(XElement? numbering, DocxStyles? styles = null)
    {
        _styles = styles;
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
    /// The 0-based level of list <paramref name="numId"/> whose <c>w:pStyle</c> is <paramref name="styleId"/>: a
    /// paragraph numbered through its style without a level of its own is at that level. Null when none is.
    /// </summary>
    public int? LevelOfStyle(int numId, string? styleId)
    {
        if (styleId is null || LevelsOf(numId) is not { } levels)
        {
            return null;
        }

        for (var i = 0; i < Levels; i++)
        {
            if (levels[i].StyleId == styleId)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// Advances list <paramref name="numId"/> at level <paramref name="level"/> (0-based) and
    /// returns its label, or null when the list is unknown, removed (numId 0) or has no text.
    /// </summary>
    public string? Next(int numId, int level)
    {
        if (numId == 0 || LevelsOf(numId) is not { } levels)
        {
            return null;
        }

        level = Math.Clamp(level, 0, Levels - 1);
        var key = levels[level].CounterKey;
        if (!_counters.TryGetValue(key, out var counters))
        {
            counters = new int?[Levels];
            _counters[key] = counters;
        }

        if (levels[level].StartOverride is { } restart && _overridesApplied.Add((numId, level)))
        {
            counters[level] = restart;
        }
        else
        {
            counters[level] = counters[level] is { } current ? current + 1 : levels[level].Start;
        }

        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            // w:lvlRestart="0": never restarts; "n": restarts after levels 1…n (1-based) only.
            if (levels[deeper].Restart is not { } after || (after > 0 && level + 1 <= after))
            {
                counters[deeper] = null;
            }
        }

        var definition = levels[level];
        if (definition.Text is null)
        {
            return definition.Format == "bullet" ? "•" : null;
        }

        if (definition.Format == "bullet")
        {
            return Bullet(definition.Text);
        }

        var label = new StringBuilder();
        var text = definition.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var value = counters[referenced] ?? levels[referenced].Start;
                var format = definition.Legal && referenced != level ? "decimal" : levels[referenced].Format;
                label.Append(ListNumberFormatter.Format(value, format));
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

    /// <summary>The nine resolved levels of a list instance, built once.</summary>
    private ListLevel[]? LevelsOf(int numId)
    {
        if (_levels.TryGetValue(numId, out var cached))
        {
            return cached;
        }

        if (!_instances.TryGetValue(numId, out var instance))
        {
            return null;
        }

        var abstractId = LenientValues.Int(ChildVal(instance, AbstractNumId));
        var abstractNum = Abstract(abstractId);
        var key = abstractNum is not null && LenientValues.Int(abstractNum.Attribute(AbstractNumId)) is { } resolved ? resolved : -numId;
        var levels = new ListLevel[Levels];
        for (var i = 0; i < Levels; i++)
        {
            var levelOverride = instance.Elements(LevelOverride).FirstOrDefault(o => LenientValues.Int(o.Attribute(NumberingLevel)) == i);
            var definition = levelOverride?.Element(Level)
                ?? abstractNum?.Elements(Level).FirstOrDefault(l => LenientValues.Int(l.Attribute(NumberingLevel)) == i);
            levels[i] = new ListLevel(
                key,
                ChildVal(definition, NumberFormat),
                ChildVal(definition, LevelText),
                LenientValues.Int(ChildVal(definition, WordNames.Start), 0, 100_000) ?? 1,
                LenientValues.Int(ChildVal(levelOverride, StartOverride), 0, 100_000),
                LenientValues.Int(ChildVal(definition, LevelRestart), 0, Levels),
                LenientValues.On(definition?.Element(LegalNumbering)) == true,
                ChildVal(definition, ParagraphStyle));
        }

        _levels[numId] = levels;
        return levels;
    }

    /// <summary>The abstract list, following <c>w:numStyleLink</c> to the list of the numbering style it names.</summary>
    private XElement? Abstract(int? abstractId)
    {
        for (var hop = 0; hop < MaxStyleLinks && abstractId is { } id && _abstracts.TryGetValue(id, out var abstractNum); hop++)
        {
            var link = ChildVal(abstractNum, NumberingStyleLink);
            if (link is null || _styles?.Numbering(link) is not { } styleNumbering ||
                LenientValues.Int(ChildVal(styleNumbering, NumberingId)) is not { } linkedNum ||
                !_instances.TryGetValue(linkedNum, out var linked))
            {
                return abstractNum;
            }

            abstractId = LenientValues.Int(ChildVal(linked, AbstractNumId));
        }

        return abstractId is { } last ? _abstracts.GetValueOrDefault(last) : null;
    }
}
