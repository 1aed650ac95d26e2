using Actas.Pipeline.Model;

namespace Actas.Cli.Tests;

/// <summary>An acta of strategy 520 whose feedback items are the given texts (labelled "avance" at 0.5 until a classifier relabels them).</summary>
internal static class ReviewActas
{
    public static Acta With(string path, params string[] feedback) => new(
        new SourceInfo(Path.GetFileName(path), new string('0', 64), "txt", null),
        new SessionInfo("Derechos de las Personas Víctimas de Trata y Formas de Explotación", 23, "reunión de trabajo",
            "2018-09-11", "10:00", null, null, null),
        null,
        [],
        [
            new Strategy(520, null, ReportStatus.Partial,
                [new Goal("520.1", null, null, "Comisión Interinstitucional", "CI-TRATA", ReportStatus.NotReported, null)],
                [],
                feedback.Select(t => new FeedbackItem(t, FeedbackSection.Retroalimentacion, "520.1", "avance", 0.5)).ToList()),
        ],
        [],
        null,
        []);
}
