namespace Actas.Web.Report;

/// <summary>
/// The report's stylesheet (inlined by <c>actas report</c>, served as /estilo.css by <c>actas serve</c>): system fonts,
/// no external resource. The matrix's strategy column is sticky with titles cut to two lines (full text on hover and
/// focus), so at 1400 px and at 390 px session columns are in view; printed, the matrix drops its scrollbar and
/// shrinks to the page width.
/// </summary>
internal static class ReportStyles
{
    public const string Css = """
        body { font-family: system-ui, "DejaVu Sans", sans-serif; margin: 1.5rem; color: #222; }
        h1 { font-size: 1.5rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid #444; } h3 { margin-top: 1.5rem; }
        table { border-collapse: collapse; font-size: 0.85rem; }
        th, td { border: 1px solid #ccc; padding: 2px 6px; }
        thead th { background: #f4f4f4; }
        th[scope=row] { text-align: left; font-weight: normal; }
        .scroll { overflow-x: auto; max-width: 100%; }
        table.matrix th[scope=row], table.matrix th.corner { position: sticky; left: 0; z-index: 1; background: #fff; min-width: 10em; max-width: 24em; }
        table.matrix th.corner { background: #f4f4f4; }
        table.matrix .title { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
        table.matrix .title:hover, table.matrix .title:focus { -webkit-line-clamp: unset; overflow: visible; }
        table.matrix td { min-width: 1.8em; text-align: center; color: #fff; font-weight: bold; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        table.matrix td[data-status=partial] { color: #222; }
        table.matrix td[data-status=not_reviewed] { color: #555; }
        table.matrix th.date { font-weight: normal; font-size: 0.75rem; white-space: nowrap; }
        .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        tr.goal-row th { padding-left: 1.5em; color: #555; }
        .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; }
        .swatch { display: inline-block; width: 1.2em; height: 1.2em; vertical-align: middle; color: #fff; text-align: center; font-size: 0.8em; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .num { text-align: right; }
        .figure-chart { display: inline-block; margin: 0 1rem 1rem 0; vertical-align: top; max-width: 100%; }
        .figure-chart svg { max-width: 100%; height: auto; }
        .figure-chart figcaption { font-size: 0.85rem; font-weight: bold; }
        .mismatch { color: #c62828; }
        .empty { color: #777; font-style: italic; }
        .note { color: #555; font-size: 0.9em; }
        .filter { color: #555; }
        @media (max-width: 600px) {
          body { margin: 0.5rem; }
          table.matrix th[scope=row], table.matrix th.corner { min-width: 7em; max-width: 9em; font-size: 0.75rem; }
          table.matrix th.date { font-size: 0.65rem; white-space: normal; }
          table.matrix td { min-width: 1.4em; padding: 2px; }
        }
        @media print {
          @page { size: landscape; margin: 1cm; }
          body { margin: 0; }
          .scroll { overflow: visible; }
          table.matrix { font-size: 7pt; width: 100%; }
          table.matrix th[scope=row], table.matrix th.corner { position: static; max-width: 16em; }
          table.matrix .title { display: block; overflow: visible; }
          table.matrix td { min-width: 0; padding: 1px; }
          table.matrix th.date { white-space: normal; font-size: 6pt; }
          tr { break-inside: avoid; }
          nav, form, .no-print { display: none; }
        }
        """;
}
