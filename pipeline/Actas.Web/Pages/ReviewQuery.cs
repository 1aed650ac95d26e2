namespace Actas.Web.Pages;

/// <summary>The review queue's filters and position, carried in the page's address and forms.</summary>
/// <param name="Skip">Items skipped in this pass (they stay in the queue).</param>
/// <param name="Last">The reviewer's last stored correction, which the undo button takes back.</param>
internal sealed record ReviewQuery(string? Body, int? Strategy, string? Label, int Skip, long? Last)
{
    public string Href(int? skip = null, long? last = null)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Body)) { parts.Add("espacio=" + Uri.EscapeDataString(Body)); }
        if (Strategy is { } s) { parts.Add("estrategia=" + s); }
        if (!string.IsNullOrWhiteSpace(Label)) { parts.Add("etiqueta=" + Uri.EscapeDataString(Label)); }
        if ((skip ?? Skip) > 0) { parts.Add("saltar=" + (skip ?? Skip)); }
        if (last is { } l) { parts.Add("ultima=" + l); }
        return "/revision" + (parts.Count == 0 ? "" : "?" + string.Join('&', parts));
    }
}
