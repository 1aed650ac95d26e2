namespace Actas.Web.Report;

/// <summary>The page's only stylesheet, inlined: system fonts, no external resource.</summary>
internal static class ReportStyles
{
    public const string Css = """
        body { font-family: system-ui, "DejaVu Sans", sans-serif; margin: 1.5rem; color: #222; }
        h1 { font-size: 1.5rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid #444; } h3 { margin-top: 1.5rem; }
        table { border-collapse: collapse; font-size: 0.85rem; }
        th, td { border: 1px solid #ccc; padding: 2px 6px; }
        thead th { background: #f4f4f4; }
        th[scope=row] { text-align: left; font-weight: normal; white-space: nowrap; }
        .scroll { overflow-x: auto; max-width: 100%; }
        table.matrix td { width: 2.2em; text-align: center; color: #fff; font-weight: bold; }
        table.matrix th.date { font-weight: normal; font-size: 0.75rem; white-space: nowrap; }
        tr.goal-row th { padding-left: 1.5em; color: #555; }
        .legend { list-style: none; padding: 0; display: flex; gap: 1.2rem; }
        .swatch { display: inline-block; width: 1.2em; height: 1.2em; vertical-align: middle; color: #fff; text-align: center; font-size: 0.8em; }
        .num { text-align: right; }
        .figure-chart { display: inline-block; margin: 0 1rem 1rem 0; vertical-align: top; }
        .figure-chart figcaption { font-size: 0.85rem; font-weight: bold; }
        .mismatch { color: #c62828; }
        .empty { color: #777; font-style: italic; }
        .note { color: #555; font-size: 0.9em; }
        .filter { color: #555; }
        """;
}
