using Actas.Pipeline.Model;
using static Actas.Storage.Tests.Build;

namespace Actas.Storage.Tests;

/// <summary>
/// Four sessions of two bodies. T23 is the seed acta (shared/seeds/acta-trata-23-2018-09-11.txt) cut down to
/// what the queries need; T24, M5 and M6 are invented so that each query has a known answer.
/// </summary>
internal static class SampleActas
{
    public static Acta T23 { get; } = Acta(
        Trata, 23, "2018-09-11",
        attendance:
        [
            Person("Adriana Flores", "PGJCDMX", "PGJCDMX"),
            Person("Rosa maría Torillo", "Subsecretaría de Gobierno", "SECGOB"),
            Person("María del Refugio Martínez", "TSJCDMX", "TSJCDMX"),
            Person("Cintia Ixchel Arroyo Romero", "Forjando caminos", null, Sector.SociedadCivil),
        ],
        strategies:
        [
            Strategy(520, ReportStatus.Partial,
                [
                    Goal("520.1", "Comisión Interinstitucional", "CI-TRATA", reported: false),
                    Goal("520.2", "TSJCDMX", "TSJCDMX", reported: true),
                    Goal("520.3", "PGJ", "PGJCDMX", reported: true),
                ],
                [
                    Figure(20, "horas", "520.2"),
                    Figure(609, "personas", "520.3",
                        "Durante el periodo de enero a junio de 2018, se capacitó a 609 personas servidoras públicas en temas relacionados con la trata de personas"),
                    Figure(552, "personas", "520.3", "(552 personas servidoras públicas)"),
                    Figure(48, "personas", "520.3", "(48 personas servidoras públicas)"),
                    Figure(9, "personas", "520.3", "(9 personas servidoras públicas)"),
                ],
                [
                    Feedback("520.1", "exhorta"),
                    Feedback("520.2", "avance"),
                    Feedback("520.1", "exhorta"),
                    Feedback("520.3", "instancia", FeedbackSection.Observacion),
                ]),
        ],
        agreements:
        [
            Agreement("La siguiente sesión será el próximo jueves 27 de septiembre, de 10:00 a 13:00 horas, en la cual se retroalimentarán las estrategias 523, 524 y 526",
                [523, 524, 526], ["2018-09-27"]),
            Agreement("Se retomará la estrategia 520 abonando la información que traiga la Comisión Interinstitucional.", [520]),
        ],
        next: new NextSession("2018-09-27", "10:00", "13:00", [523, 524, 526]));

    public static Acta T24 { get; } = Acta(
        Trata, 24, "2018-09-27",
        attendance:
        [
            Person("Mtra. Rosa María Torillo", "Secretaría de Gobierno", "SECGOB"),
            Person("Lic. Adriana Flores", "PGJ", "PGJCDMX"),
            Person("Carlos Ruiz", "PGJCDMX", "PGJCDMX"),
        ],
        strategies:
        [
            Strategy(523, ReportStatus.Reported,
                [Goal("523.1", "SEDESO", "SEDESO", reported: true)],
                [
                    Figure(100, "personas", "523.1", "se atendió a un total de 100 personas, de ellas"),
                    Figure(60, "personas", "523.1", "60 personas en Iztapalapa"),
                    Figure(30, "personas", "523.1", "y 30 personas en Tlalpan"),
                ],
                [Feedback(null, "solicita_datos")]),
            Strategy(524, ReportStatus.NotReported, [Goal("524.1", "PGJ", "PGJCDMX", reported: false)]),
            Strategy(520, ReportStatus.Partial,
                [
                    Goal("520.1", "Comisión Interinstitucional", "CI-TRATA", reported: false),
                    Goal("520.2", "TSJCDMX", "TSJCDMX", reported: true),
                ],
                feedback: [Feedback(null, "cuestiona")]),
        ],
        next: new NextSession("2018-10-25", "10:00", null, [516]));

    public static Acta M5 { get; } = Acta(
        Migrantes, 5, "2019-02-14",
        attendance:
        [
            Person("Rocío Areli de la Rosa", "SEDESO-DGIDS", "SEDESO"),
            Person("Dr. Juan Pérez", "PGJCDMX", "PGJCDMX"),
        ],
        strategies:
        [
            Strategy(600, ReportStatus.NotReported,
                [Goal("600.1", "SEDESO", "SEDESO", reported: false)],
                feedback: [Feedback("600.1", "solicita_datos"), Feedback("600.1", null)]),
        ],
        next: new NextSession("2019-03-14", null, null, [601]));

    public static Acta M6 { get; } = Acta(
        Migrantes, 6, "2019-03-14",
        attendance: [Person("Rocio Areli De La Rosa", "SEDESO", "SEDESO")],
        strategies:
        [
            Strategy(601, ReportStatus.Reported,
                [Goal(null, "PGJ", "PGJCDMX", reported: true)],
                [Figure(81, "operativos", null, "realizó de manera sorpresiva 81 operativos")],
                [Feedback(null, "avance")]),
            Strategy(600, ReportStatus.Reported, [Goal("600.1", "SEDESO", "SEDESO", reported: true)]),
        ],
        agreements: [Agreement("Se revisará la estrategia 602 antes del 30 de abril", [602], ["2019-04-30"])]);

    public static IReadOnlyList<Acta> All { get; } = [T23, T24, M5, M6];

    /// <summary>Stores all four, each at its own made-up path.</summary>
    public static void StoreAll(SqliteActaStore store)
    {
        foreach (var acta in All)
        {
            store.Store(acta, $"/corpus/{acta.Source.File}");
        }
    }
}
