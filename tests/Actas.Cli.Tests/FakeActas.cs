using Actas.Pipeline.Model;

namespace Actas.Cli.Tests;

/// <summary>Stands in for the extractor: an acta of strategy 520 whose goal 520.1 was not reported, as in the seed.</summary>
internal static class FakeActas
{
    public static Acta For(string path) => new(
        new SourceInfo(Path.GetFileName(path), new string('0', 64), "txt", null),
        new SessionInfo("Derechos de las Personas Víctimas de Trata y Formas de Explotación", 23, "reunión de trabajo",
            "2018-09-11", "10:00", null, null, null),
        null,
        [new Attendee("Adriana Flores", "PGJCDMX", "PGJCDMX", Sector.InstanciaEjecutora)],
        [
            new Strategy(520, null, ReportStatus.Partial,
                [
                    new Goal("520.1", null, null, "Comisión Interinstitucional", "CI-TRATA", ReportStatus.NotReported, null),
                    new Goal("520.2", null, null, "TSJCDMX", "TSJCDMX", ReportStatus.Reported, "Se impartió el taller, dijo: \"sí\", y más"),
                ],
                [],
                [new FeedbackItem("Es necesario que la CI [PGJ] empiece a realizar acciones", FeedbackSection.Retroalimentacion, "520.1", "exhorta", 0.9)]),
        ],
        [],
        null,
        []);
}
