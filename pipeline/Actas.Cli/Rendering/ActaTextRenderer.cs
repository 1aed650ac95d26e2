using System.Globalization;
using Actas.Cli.Output;
using Actas.Cli.Usage;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Model;
using Spectre.Console;

namespace Actas.Cli.Rendering;

/// <summary>
/// `actas extract --format text`: the acta as a person reads it in a terminal. All document
/// text goes through <see cref="Markup.Escape"/>: "[sic]" in an acta is data, not markup.
/// Its own words (headings, statuses, the warning prefix) are <c>text.*</c> resources, Spanish under es-MX; the extractor's
/// warnings, English free text in the contract, are worded by their shape (<see cref="WarningWording"/>).
/// </summary>
public static class ActaTextRenderer
{
    public static void Render(IAnsiConsole console, Acta acta)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(acta);
        var s = acta.Session;
        console.MarkupLine($"[bold]{E(s.Body ?? T("text.body-unknown"))}[/] — {E(T("text.session"))} {E(s.Number?.ToString(CultureInfo.InvariantCulture) ?? "?")}, {E(s.Kind ?? "")}");
        console.MarkupLine($"{E(s.Date ?? T("text.date-unknown"))} {E(s.StartTime ?? "")}  {E(s.Place ?? "")}");
        if (acta.Coordinator is { } c)
        {
            console.MarkupLine($"{E(T("text.coordinator"))}: {E(c.Name)} ({E(c.Role ?? "")})");
        }

        var people = new Table().AddColumns(T("text.name"), T("text.institution"), T("text.key"), T("text.sector"));
        foreach (var a in acta.Attendance)
        {
            people.AddRow(E(a.Name), E(a.Institution ?? ""), E(a.InstitutionKey ?? ""), E(Shown(a.Sector)));
        }

        console.Write(people);
        foreach (var strategy in acta.Strategies)
        {
            console.MarkupLine($"\n[bold]{E(T("text.strategy"))} {strategy.Number}[/] [grey]{E(Shown(strategy.ReportStatus))}[/] {E(strategy.Title ?? "")}");
            var goals = new Table().AddColumns(T("text.goal"), T("text.executor"), T("text.status"), T("text.report"));
            foreach (var g in strategy.Goals)
            {
                goals.AddRow(E(g.Id ?? "—"), E(g.Executor ?? ""), E(Shown(g.ReportStatus)), E(Short(g.Report)));
            }

            console.Write(goals);
            foreach (var f in strategy.Figures)
            {
                console.MarkupLine($"  {f.Value} {E(f.Unit)} [grey]({E(f.Goal ?? "—")})[/]");
            }

            foreach (var f in strategy.Feedback)
            {
                console.MarkupLine($"  [blue]{E(f.Label is null ? "—" : LabelNames.Shown(f.Label))}[/] {E(Shown(f.Section))} {E(f.Goal ?? "—")}: {E(Short(f.Text))}");
            }
        }

        console.MarkupLine($"\n[bold]{E(T("text.agreements"))}[/]");
        foreach (var a in acta.Agreements)
        {
            console.MarkupLine($"  - {E(a.Text)}");
        }

        if (acta.NextSession is { } n)
        {
            console.MarkupLine($"{E(T("text.next-session"))}: {E(n.Date ?? "?")} {E(n.StartTime ?? "")}–{E(n.EndTime ?? "")} {E(T("text.strategies"))} {E(string.Join(", ", n.Strategies))}");
        }

        foreach (var w in acta.Warnings)
        {
            console.MarkupLine($"[yellow]{E(T("text.warning"))}:[/] {E(WarningWording.Word(w))}");
        }
    }

    private static string E(string text) => Markup.Escape(text);

    private static string T(string key) => Localized.Text(key);

    /// <summary>An enum value as the user reads it: "Partial" → "parcial" under es-MX (<c>value.*</c>, Spanish only), its name otherwise.</summary>
    private static string Shown<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Localized.TextOrNull($"value.{typeof(TEnum).Name}.{value}") ?? value.ToString();

    private static string Short(string? text) => text is null ? "" : text.Length <= 120 ? text : text[..117] + "…";
}
