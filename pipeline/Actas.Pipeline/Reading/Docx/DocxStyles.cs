using System.Text.RegularExpressions;
using System.Xml.Linq;
using static Actas.Pipeline.Reading.Docx.WordNames;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// Paragraph style lookups that follow the <c>basedOn</c> chain: heading level (outline level,
/// or the built-in names "heading N" / "Title" that Word keeps in English whatever the UI
/// language), page break before, and numbering inherited from the style.
/// </summary>
public sealed partial class DocxStyles
{
    private const int MaxChain = 20;
    private readonly Dictionary<string, XElement> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> _headingCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, XElement?> _numberingCache = new(StringComparer.Ordinal);

    /// <param name="styles"><c>w:styles</c>, or null when the package has none.</param>
    public DocxStyles(XElement? styles)
    {
        if (styles is null)
        {
            return;
        }

        foreach (var style in styles.Elements(Style))
        {
            if (style.Attribute(StyleId)?.Value is { } id)
            {
                _byId.TryAdd(id, style);
            }

            HasPageBreakBeforeStyle |= LenientValues.On(style.Element(ParagraphProperties)?.Element(WordNames.PageBreakBefore)) == true;
            if (DefaultParagraphStyleId is null && style.Attribute(TypeAttribute)?.Value == "paragraph" && LenientValues.Flag(style.Attribute(DefaultAttribute)?.Value) == true)
            {
                DefaultParagraphStyleId = style.Attribute(StyleId)?.Value;
            }
        }
    }

    /// <summary>The style a paragraph without <c>pStyle</c> has ("Normal"), or null.</summary>
    public string? DefaultParagraphStyleId { get; }

    /// <summary>Whether any style starts its paragraphs on a new page.</summary>
    public bool HasPageBreakBeforeStyle { get; }

    /// <summary>1-based heading level of the style, or null for a body style.</summary>
    public int? HeadingLevel(string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }

        if (_headingCache.TryGetValue(styleId, out var cached))
        {
            return cached;
        }

        int? level = null;
        foreach (var style in Chain(styleId))
        {
            if (LenientValues.Int(ChildVal(style.Element(ParagraphProperties), OutlineLevel)) is { } outline)
            {
                level = outline is >= 0 and < 9 ? outline + 1 : null;
                break;
            }

            var name = ChildVal(style, StyleName) ?? "";
            if (HeadingName().Match(name) is { Success: true } match)
            {
                level = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                break;
            }

            if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
            {
                level = 1;
                break;
            }
        }

        _headingCache[styleId] = level;
        return level;
    }

    /// <summary>Whether the style (or one it is based on) starts its paragraphs on a new page.</summary>
    public bool PageBreakBefore(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (LenientValues.On(style.Element(ParagraphProperties)?.Element(WordNames.PageBreakBefore)) is { } flag)
            {
                return flag;
            }
        }

        return false;
    }

    /// <summary>Whether the style (paragraph or character) makes its text bold; null when no style in the chain says.</summary>
    public bool? Bold(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (LenientValues.On(style.Element(RunProperties)?.Element(WordNames.Bold)) is { } bold)
            {
                return bold;
            }
        }

        return null;
    }

    /// <summary>The <c>w:vertAlign</c> of a character style's chain ("superscript"), or null.</summary>
    public string? VerticalAlign(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (ChildVal(style.Element(RunProperties), WordNames.VerticalAlign) is { } align)
            {
                return align;
            }
        }

        return null;
    }

    /// <summary><c>w:numPr</c> the style applies to its paragraphs, or null.</summary>
    public XElement? Numbering(string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }

        if (_numberingCache.TryGetValue(styleId, out var cached))
        {
            return cached;
        }

        XElement? found = null;
        foreach (var style in Chain(styleId))
        {
            if (style.Element(ParagraphProperties)?.Element(NumberingProperties) is { } numbering)
            {
                found = numbering;
                break;
            }
        }

        _numberingCache[styleId] = found;
        return found;
    }

    private IEnumerable<XElement> Chain(string? styleId)
    {
        for (var i = 0; i < MaxChain && styleId is not null && _byId.TryGetValue(styleId, out var style); i++)
        {
            yield return style;
            styleId = ChildVal(style, BasedOn);
        }
    }

    [GeneratedRegex(@"^heading\s*([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();
}
