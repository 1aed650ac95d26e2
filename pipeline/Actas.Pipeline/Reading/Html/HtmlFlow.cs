using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading.Docx;

namespace Actas.Pipeline.Reading.Html;

/// <summary>
/// Walks an HTML element's content into <see cref="HtmlPiece"/>s as a browser lays it out: block elements (<c>p</c>,
/// <c>div</c>, <c>h1</c>–<c>h6</c>, <c>li</c>, <c>table</c>…) start and end paragraphs, <c>&lt;br&gt;</c> is a soft line
/// break, inline elements run on, list items carry their rendered label ("•", "1.", "a."). What a browser does not show is
/// not read: <c>head</c>, <c>script</c>, <c>style</c>, <c>template</c>, and elements marked <c>hidden</c> or styled
/// <c>display:none</c> / <c>visibility:hidden</c>, as Word's hidden text (<c>w:vanish</c>) is not read in a .docx.
/// A paragraph whose text is all bold and short is a heading of unknown level, as <see cref="DocxBodyWalker"/> reads Word.
/// </summary>
internal sealed class HtmlFlow
{
    private const int MaxHeadingChars = 250;

    private static readonly HashSet<string> Unseen = new(StringComparer.Ordinal)
    {
        "head", "script", "style", "template", "noscript", "title", "meta", "link", "iframe", "object", "embed", "svg", "math", "button", "select", "datalist",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "aside", "header", "footer", "main", "nav", "blockquote", "address", "center", "figure",
        "figcaption", "pre", "dl", "dt", "dd", "form", "fieldset", "legend", "details", "summary", "hgroup", "caption", "hr", "body",
    };

    private readonly List<HtmlPiece> _pieces = [];
    private readonly List<string> _lines = [];
    private readonly StringBuilder _line = new();
    private bool _anyPlain;
    private string? _label;
    private int _listDepth;

    private HtmlFlow()
    {
    }

    /// <summary>The pieces of <paramref name="element"/>'s content, in order.</summary>
    public static IReadOnlyList<HtmlPiece> Read(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var flow = new HtmlFlow();
        flow.Walk(element, bold: false);
        flow.Flush(null);
        return flow._pieces;
    }

    /// <summary>Whether a browser shows the element: not one of the unseen kinds, not <c>hidden</c>, not styled away.</summary>
    public static bool IsShown(IElement element)
    {
        if (Unseen.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return false;
        }

        if (element.GetAttribute("style") is not { Length: > 0 } style || !style.Contains(':', StringComparison.Ordinal))
        {
            return true;
        }

        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return !compact.Contains("display:none", StringComparison.Ordinal) && !compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private void Walk(INode node, bool bold)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    Append(text.Data, bold);
                    break;
                case IElement element when IsShown(element):
                    Visit(element, bold);
                    break;
            }
        }
    }

    private void Visit(IElement element, bool bold)
    {
        var name = element.LocalName;
        bold |= name is "b" or "strong" or "th" || (name.Length == 2 && name[0] == 'h' && char.IsAsciiDigit(name[1]));
        if (name == "br")
        {
            _lines.Add(_line.ToString());
            _line.Clear();
        }
        else if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
        {
            Flush(null);
            Walk(element, bold);
            Flush(name[1] - '0');
        }
        else if (element is IHtmlTableElement table)
        {
            Flush(null);
            if (HtmlTableGrid.Build(table) is { } built)
            {
                _pieces.Add(new HtmlPiece([], ParagraphRole.Body, null, null, built));
            }
        }
        else if (name is "ul" or "ol" or "menu")
        {
            Flush(null);
            VisitList(element, ordered: name == "ol");
        }
        else if (Blocks.Contains(name) || name == "li")
        {
            Flush(null);
            Walk(element, bold);
            Flush(null);
        }
        else
        {
            Walk(element, bold);
        }
    }

    /// <summary>Each item a list paragraph at the list's depth with its label; an <c>ol</c> counts from <c>start</c> in its <c>type</c>.</summary>
    private void VisitList(IElement list, bool ordered)
    {
        var number = ordered && int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
        var format = list.GetAttribute("type") switch
        {
            "a" => "lowerLetter",
            "A" => "upperLetter",
            "i" => "lowerRoman",
            "I" => "upperRoman",
            _ => "decimal",
        };
        _listDepth++;
        foreach (var child in list.ChildNodes)
        {
            if (child is not IElement item || !IsShown(item))
            {
                continue;
            }

            if (item.LocalName != "li")
            {
                Visit(item, bold: false);
                continue;
            }

            if (ordered && int.TryParse(item.GetAttribute("value"), out var value))
            {
                number = value;
            }

            _label = ordered ? ListNumberFormatter.Format(number++, format) + "." : "•";
            Walk(item, bold: false);
            Flush(null);
            _label = null;
        }

        _listDepth--;
    }

    private void Append(string text, bool bold)
    {
        _line.Append(text.Replace('\t', ' '));
        if (!bold && !string.IsNullOrWhiteSpace(text))
        {
            _anyPlain = true;
        }
    }

    /// <summary>Ends the paragraph being gathered, if it has text: a heading of <paramref name="heading"/> level, a list item, or body.</summary>
    private void Flush(int? heading)
    {
        _lines.Add(_line.ToString());
        _line.Clear();
        var lines = _lines.Select(l => WhitespaceCollapser.Collapse(l.Replace('\t', ' '))).Where(l => l.Length > 0).ToList();
        _lines.Clear();
        var anyPlain = _anyPlain;
        _anyPlain = false;
        if (lines.Count == 0)
        {
            return;
        }

        if (heading is not null)
        {
            _pieces.Add(new HtmlPiece(lines, ParagraphRole.Heading, heading, null, null));
        }
        else if (_label is { } label)
        {
            _pieces.Add(new HtmlPiece(lines, ParagraphRole.ListItem, _listDepth, label, null));
            _label = null;
        }
        else
        {
            var emphasis = !anyPlain && lines.Sum(l => l.Length) <= MaxHeadingChars;
            _pieces.Add(new HtmlPiece(lines, emphasis ? ParagraphRole.Heading : ParagraphRole.Body, null, null, null));
        }
    }
}
