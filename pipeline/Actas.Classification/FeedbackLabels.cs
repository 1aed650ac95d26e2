namespace Actas.Classification;

/// <summary>The ten feedback labels of shared/labels.md, lower-case ASCII, in that file's order.</summary>
public static class FeedbackLabels
{
    public static IReadOnlyList<string> All { get; } =
    [
        "avance", "desalineado", "insuficiente", "solicita_datos", "diseno_meta",
        "reasignar", "cuestiona", "exhorta", "instancia", "proceso",
    ];

    public static bool IsKnown(string label) => All.Contains(label, StringComparer.Ordinal);
}
