using System.Globalization;
using Actas.Classification.Evaluation;
using Actas.Cli.Output;
using Actas.Cli.Usage;
using Spectre.Console;

namespace Actas.Cli.Commands;

/// <summary>Spectre tables for `actas train` and `actas score`, in the user's language (resources <c>metrics.*</c>); labels
/// by their names (<see cref="LabelNames"/>).</summary>
public static class MetricsTables
{
    public static Table Comparison(IReadOnlyList<TrainerScore> scores, string chosen)
    {
        var table = new Table().Title(T("metrics.comparison"))
            .AddColumns(T("metrics.trainer"), T("metrics.accuracy"), T("metrics.macro-f1"), T("metrics.min-label-f1"), T("metrics.train-seconds"));
        foreach (var s in scores)
        {
            var name = s.Trainer == chosen ? $"[bold]{Markup.Escape(s.Trainer)}[/] *" : Markup.Escape(s.Trainer);
            table.AddRow(name, F(s.Accuracy), F(s.MacroF1), F(s.MinLabelF1), s.TrainSeconds.ToString("0.0", CultureInfo.InvariantCulture));
        }

        return table;
    }

    public static Table PerLabel(ClassificationMetrics metrics)
    {
        var table = new Table().Title(T("metrics.per-label"))
            .AddColumns(T("metrics.label"), T("metrics.precision"), T("metrics.recall"), "F1", T("metrics.support"));
        foreach (var l in metrics.PerLabel)
        {
            table.AddRow(Markup.Escape(LabelNames.Shown(l.Label)), F(l.Precision), F(l.Recall), F(l.F1), l.Support.ToString(CultureInfo.InvariantCulture));
        }

        return table;
    }

    /// <summary>The current and the candidate model on the same test split: accuracy, macro-F1 and F1 per label, with deltas.</summary>
    public static Table SideBySide(ClassificationMetrics? current, ClassificationMetrics candidate, string currentName)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var table = new Table().Title(T("metrics.side-by-side"))
            .AddColumns("", Markup.Escape(currentName), T("metrics.candidate"), "Δ");
        void Row(string name, double? before, double after) =>
            table.AddRow(Markup.Escape(name), before is null ? "—" : F(before.Value), F(after), before is null ? "" : Delta(after - before.Value));
        Row(T("metrics.accuracy"), current?.Accuracy, candidate.Accuracy);
        Row(T("metrics.macro-f1"), current?.MacroF1, candidate.MacroF1);
        var labels = (current?.PerLabel.Select(l => l.Label) ?? []).Union(candidate.PerLabel.Select(l => l.Label), StringComparer.Ordinal);
        foreach (var label in labels)
        {
            Row("F1 " + LabelNames.Shown(label), current is null ? null : current.F1Of(label) ?? 0, candidate.F1Of(label) ?? 0);
        }

        return table;
    }

    private static string Delta(double d) =>
        Math.Abs(d) < 0.0005 ? "[grey]0.000[/]"
        : d > 0 ? $"[green]+{F(d)}[/]"
        : $"[red]−{F(-d)}[/]";

    public static Table Confusion(ConfusionMatrix matrix)
    {
        var table = new Table().Title(T("metrics.confusion"));
        table.AddColumn(new TableColumn(T("metrics.actual")).NoWrap());
        foreach (var label in matrix.Labels)
        {
            table.AddColumn(new TableColumn(Markup.Escape(Abbreviate(label))).RightAligned());
        }

        for (var a = 0; a < matrix.Labels.Count; a++)
        {
            // Codes, as the columns' heads abbreviate them: the names would not leave room for ten columns in 80.
            var cells = new List<string> { Markup.Escape(matrix.Labels[a]) };
            cells.AddRange(matrix.Counts[a].Select((c, p) =>
                c == 0 ? "[grey].[/]" : p == a ? $"[green]{c}[/]" : $"[red]{c}[/]"));
            table.AddRow(cells.ToArray());
        }

        return table;
    }

    private static string Abbreviate(string label) => label.Length <= 4 ? label : label[..4];

    private static string T(string key) => Markup.Escape(Localized.Text(key));

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
