using System.Globalization;
using System.Xml.Linq;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// The text of a SmartArt graphic, which a document holds outside its body: <c>w:drawing</c> only names the diagram's parts
/// (<c>dgm:relIds</c>). The data part (<c>dgm:dataModel</c>) has one point per node (<c>dgm:pt</c>, its text in
/// <c>dgm:t</c>) and the connections that order them (<c>dgm:cxn</c>, parent to child by <c>srcOrd</c>); the saved drawing
/// (<c>dsp:drawing</c>, reached through the data part's <c>dsp:dataModelExt</c>) repeats the same text in the shapes a viewer
/// draws. The nodes are read once, from the data part, in the tree's order (blind batch AG, AG6: the session's agreements
/// only in a process diagram, "Los acuerdos tomados … se muestran en el siguiente diagrama:"); the drawing is read only when
/// the data part has no text.
/// </summary>
public static class DocxDiagramText
{
    private static readonly XNamespace SavedDrawing = "http://schemas.microsoft.com/office/drawing/2008/diagram";

    /// <summary>The saved drawing's relationship id in a data part (<c>dsp:dataModelExt/@relId</c>), or null.</summary>
    public static string? DrawingId(XElement dataModel)
    {
        ArgumentNullException.ThrowIfNull(dataModel);
        return dataModel.Descendants(SavedDrawing + "dataModelExt").FirstOrDefault()?.Attribute("relId")?.Value is { Length: > 0 } id ? id : null;
    }

    /// <summary>The data part's text nodes in the tree's order; empty when the data part has no text.</summary>
    public static IReadOnlyList<DocxDiagramNode> Nodes(XElement dataModel)
    {
        ArgumentNullException.ThrowIfNull(dataModel);
        return FromData(dataModel);
    }

    /// <summary>The saved drawing's shapes' text, each shape a node of level 1, in the order the shapes are drawn.</summary>
    public static IReadOnlyList<DocxDiagramNode> ShapeNodes(XElement drawing)
    {
        ArgumentNullException.ThrowIfNull(drawing);
        return [.. drawing.Descendants(SavedDrawing + "txBody").Select(body => Node(body, 1)).OfType<DocxDiagramNode>()];
    }

    /// <summary>
    /// Depth first from the root point (<c>type="doc"</c>) along the parent-of connections (a connection with no type), each
    /// parent's children by <c>srcOrd</c>. Transition points (<c>parTrans</c>, <c>sibTrans</c>) and presentation points carry no
    /// text of the acta and are not visited; a data part without a root gives its text points in the order stored.
    /// </summary>
    private static List<DocxDiagramNode> FromData(XElement dataModel)
    {
        var points = dataModel.Element(WordNames.DiagramMain + "ptLst")?.Elements(WordNames.DiagramMain + "pt").ToList() ?? [];
        var byId = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var point in points)
        {
            if (point.Attribute("modelId")?.Value is { } id)
            {
                byId.TryAdd(id, point);
            }
        }

        var children = new Dictionary<string, List<(int Order, string Id)>>(StringComparer.Ordinal);
        foreach (var cxn in dataModel.Element(WordNames.DiagramMain + "cxnLst")?.Elements(WordNames.DiagramMain + "cxn") ?? [])
        {
            if (cxn.Attribute("type")?.Value is null or "parOf" && cxn.Attribute("srcId")?.Value is { } source && cxn.Attribute("destId")?.Value is { } target)
            {
                var order = int.TryParse(cxn.Attribute("srcOrd")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var o) ? o : int.MaxValue;
                (children.TryGetValue(source, out var list) ? list : children[source] = []).Add((order, target));
            }
        }

        var nodes = new List<DocxDiagramNode>();
        var roots = points.Where(p => p.Attribute("type")?.Value == "doc").ToList();
        if (roots.Count == 0)
        {
            nodes.AddRange(points.Where(IsTextPoint).Select(p => Node(p.Element(WordNames.DiagramMain + "t"), 1)).OfType<DocxDiagramNode>());
            return nodes;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(string Id, int Level)>();
        foreach (var root in Enumerable.Reverse(roots))
        {
            stack.Push((root.Attribute("modelId")?.Value ?? "", 0));
        }

        while (stack.Count > 0)
        {
            var (id, level) = stack.Pop();
            if (!seen.Add(id))
            {
                continue;
            }

            if (level > 0 && byId.TryGetValue(id, out var point) && IsTextPoint(point) && Node(point.Element(WordNames.DiagramMain + "t"), level) is { } node)
            {
                nodes.Add(node);
            }

            foreach (var child in (children.GetValueOrDefault(id) ?? []).OrderByDescending(c => c.Order))
            {
                stack.Push((child.Id, level + 1));
            }
        }

        return nodes;
    }

    /// <summary>A point the user typed into: a node (no type, or <c>node</c>) or an assistant.</summary>
    private static bool IsTextPoint(XElement point) => point.Attribute("type")?.Value is null or "node" or "asst";

    private static DocxDiagramNode? Node(XElement? textBody, int level)
    {
        var lines = (textBody?.Elements(WordNames.DrawingMain + "p") ?? [])
            .Select(p => WhitespaceCollapser.Collapse(string.Concat(p.Descendants().Select(Piece))))
            .Where(l => l.Length > 0)
            .ToList();
        return lines.Count == 0 ? null : new DocxDiagramNode(level, lines);
    }

    /// <summary>A run's or field's text; a line break inside a paragraph reads as a space.</summary>
    private static string Piece(XElement element) =>
        element.Name == WordNames.DrawingMain + "t" ? element.Value : element.Name == WordNames.DrawingMain + "br" ? " " : "";
}
