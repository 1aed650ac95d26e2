using Actas.Web.Report;

namespace Actas.Web.Hosting;

/// <summary>The workbench's only stylesheet (the report's, plus navigation and review styles) and its only script, served from memory.</summary>
internal static class WorkbenchAssets
{
    public const string Css = ReportStyles.Css + """
        nav { display: flex; flex-wrap: wrap; gap: 1rem; padding-bottom: 0.5rem; border-bottom: 1px solid #ccc; }
        main { max-width: 100%; }
        table.list { margin: 0.5rem 0 1rem; }
        table.list td, table.list th { vertical-align: top; }
        dl.heading { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
        dl.heading dt { font-weight: bold; }
        dl.heading dd { margin: 0; }
        .status { display: inline-block; min-width: 1.3em; text-align: center; color: #fff; font-weight: bold; border-radius: 2px; }
        .status[data-status=partial] { color: #222; }
        a.where { font-size: 0.8em; color: #555; white-space: nowrap; }
        .filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; margin: 0.5rem 0 1rem; }
        .review-item { border: 1px solid #ccc; padding: 0.5rem 1rem; max-width: 60rem; }
        .item-text { font-size: 1.15rem; margin: 0.5rem 0 1rem; }
        .labels { display: flex; flex-wrap: wrap; gap: 0.4rem; }
        .labels button { padding: 0.4rem 0.6rem; }
        .labels button.predicted { outline: 3px solid #1f77b4; }
        .around { color: #555; font-size: 0.9em; }
        .progress { font-size: 1.05rem; }
        pre { white-space: pre-wrap; background: #f7f7f7; padding: 0.5rem; }
        .gate { font-size: 1.1rem; }
        @media print { nav, form, .no-print { display: none; } } /* after the screen rules above, which would win otherwise */
        """;

    /// <summary>Keys 1–0 press the label buttons, u undoes, s skips; nothing happens while typing in a field.</summary>
    public const string Script = """
        document.addEventListener('keydown', function (e) {
          if (e.ctrlKey || e.altKey || e.metaKey) return;
          var t = e.target;
          if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
          var target = document.querySelector('[data-key="' + e.key.toLowerCase() + '"]');
          if (!target) return;
          e.preventDefault();
          target.click();
        });
        """;
}
