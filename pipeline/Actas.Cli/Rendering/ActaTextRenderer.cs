using Actas.Pipeline.Model;
using Spectre.Console;

namespace Actas.Cli.Rendering;

/// <summary>
/// `actas extract --format text`: the acta as a person reads it in a terminal. All document
/// text goes through <see cref="Markup.Escape"/>: "[sic]" in an acta is data, not markup.
/// </summary>
public static class ActaTextRenderer
{
    public static void Render(IAnsiConsole console, Acta acta)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(acta);
        var s = acta.Session;
        console.MarkupLine($"[bold]{E(s.Body ?? "(body unknown)")}[/] — session {E(s.Number?.ToString() ?? "?")}, {E(s.Kind ?? "")}");
        console.MarkupLine($"{E(s.Date ?? "date unknown")} {E(s.StartTime ?? "")}  {E(s.Place ?? "")}");
        if (acta.Coordinator is { } c)
        {
            console.MarkupLine($"Coordinator: {E(c.Name)} ({E(c.Role ?? "")})");
        }

        var people = new Table().AddColumns("Name", "Institution", "Key", "Sector");
        foreach (var a in acta.Attendance)
        {
            people.AddRow(E(a.Name), E(a.Institution ?? ""), E(a.InstitutionKey ?? ""), E(a.Sector.ToString()));
        }

        console.Write(people);
        foreach (var strategy in acta.Strategies)
        {
            console.MarkupLine($"\n[bold]Estrategia {strategy.Number}[/] [grey]{E(strategy.ReportStatus.ToString())}[/] {E(strategy.Title ?? "")}");
            var goals = new Table().AddColumns("Goal", "Executor", "Status", "Report");
            foreach (var g in strategy.Goals)
            {
                goals.AddRow(E(g.Id ?? "—"), E(g.Executor ?? ""), E(g.ReportStatus.ToString()), E(Short(g.Report)));
            }

            console.Write(goals);
            foreach (var f in strategy.Figures)
            {
                console.MarkupLine($"  {f.Value} {E(f.Unit)} [grey]({E(f.Goal ?? "—")})[/]");
            }

            foreach (var f in strategy.Feedback)
            {
                console.MarkupLine($"  [blue]{E(f.Label ?? "—")}[/] {E(f.Section.ToString())} {E(f.Goal ?? "—")}: {E(Short(f.Text))}");
            }
        }

        console.MarkupLine("\n[bold]Acuerdos[/]");
        foreach (var a in acta.Agreements)
        {
            console.MarkupLine($"  - {E(a.Text)}");
        }

        if (acta.NextSession is { } n)
        {
            console.MarkupLine($"Next session: {E(n.Date ?? "?")} {E(n.StartTime ?? "")}–{E(n.EndTime ?? "")} strategies {E(string.Join(", ", n.Strategies))}");
        }

        foreach (var w in acta.Warnings)
        {
            console.MarkupLine($"[yellow]warning:[/] {E(w)}");
        }
    }

    private static string E(string text) => Markup.Escape(text);

    private static string Short(string? text) => text is null ? "" : text.Length <= 120 ? text : text[..117] + "…";
}
