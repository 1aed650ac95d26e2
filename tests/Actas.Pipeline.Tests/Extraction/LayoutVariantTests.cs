using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>Extraction rules hold beyond the seed's template: row-labelled tables, attendance tables, prose minutes.</summary>
public sealed class LayoutVariantTests
{
    private static Acta Extract(params string[] lines)
    {
        var document = new LayoutDocument("variant.txt", "txt", new string('0', 64), null, TextDumpReader.Parse(lines), []);
        return new ActaExtractor().Extract(new PageBreakCellJoiner().Join(document));
    }

    [Fact]
    public void Row_labelled_tables_with_one_table_per_goal_and_an_attendance_table()
    {
        var acta = Extract(
            "ACTA DE LA 24ª SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE SALUD",
            "Fecha: 27/09/2018",
            "Hora: 10:00 horas",
            "LISTA DE ASISTENCIA",
            "Nombre\tInstitución\tSector\tFirma",
            "Lic. Juan Pérez\tSecretaría de Salud\tInstancia ejecutora\t",
            "María López\tCasa de la Salud AC\tSociedad civil\t",
            "RETROALIMENTACIÓN DE ESTRATEGIAS",
            "Estrategia 523. Garantizar el acceso a servicios de salud",
            "Meta\t523.1 Se incrementa la cobertura de vacunación.",
            "Indicador\tPorcentaje de población vacunada.",
            "Instancia Ejecutora\tSEDESA",
            "Informe\tSe aplicaron 1,248 vacunas en 16 jornadas.",
            "Retroalimentación\tEs necesario que se reporten datos desagregados por edad.",
            "Observaciones\tSEDESA refiere que no le corresponde la meta.",
            "",
            "Meta\t523.2 Se capacita al personal.",
            "Instancia Ejecutora\tINJUVE",
            "Informe\tNo reportó",
            "Retroalimentación\tEs necesario que INJUVE empiece a realizar acciones.",
            "ACUERDOS",
            "1. La próxima sesión será el 11 de octubre a las 10:00 horas, en la que se revisarán las estrategias 527 y 528.",
            "2. SEDESA enviará la información desagregada. Responsable: SEDESA",
            "Laura Gómez Ruiz",
            "Coordinadora del Espacio de Participación");

        Assert.Equal(24, acta.Session.Number);
        Assert.Equal("sesión ordinaria", acta.Session.Kind);
        Assert.Equal("2018-09-27", acta.Session.Date);
        Assert.Equal("Salud", acta.Session.Body);
        Assert.Equal(["Lic. Juan Pérez", "María López"], acta.Attendance.Select(a => a.Name));
        Assert.Equal([Sector.InstanciaEjecutora, Sector.SociedadCivil], acta.Attendance.Select(a => a.Sector));
        Assert.Equal("SEDESA", acta.Attendance[0].InstitutionKey);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(523, strategy.Number);
        Assert.Equal(ReportStatus.Partial, strategy.ReportStatus);
        Assert.Equal(["523.1", "523.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal("Porcentaje de población vacunada.", strategy.Goals[0].Indicator);
        Assert.Equal("INJUVE", strategy.Goals[1].ExecutorKey);
        Assert.Equal(ReportStatus.NotReported, strategy.Goals[1].ReportStatus);
        Assert.Equal(["1248 vacunas", "16 jornadas"], strategy.Figures.Select(f => $"{f.Value} {f.Unit}"));
        Assert.All(strategy.Figures, f => Assert.Equal("523.1", f.Goal));
        Assert.Equal([("523.1", FeedbackSection.Retroalimentacion), ("523.1", FeedbackSection.Observacion), ("523.2", FeedbackSection.Retroalimentacion)],
            strategy.Feedback.Select(f => (f.Goal, f.Section)));

        Assert.Equal(2, acta.Agreements.Count);
        Assert.Equal("SEDESA", acta.Agreements[1].Responsible);
        Assert.NotNull(acta.NextSession);
        Assert.Equal(new NextSession("2018-10-11", "10:00", null, [527, 528]), acta.NextSession, new NextSessionComparer());
        Assert.Equal("Laura Gómez Ruiz", acta.Coordinator?.Name);
    }

    [Fact]
    public void Prose_minutes_with_strategies_in_paragraphs()
    {
        var acta = Extract(
            "MINUTA DE LA VIGÉSIMA CUARTA REUNIÓN DE TRABAJO DEL ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS DE LAS PERSONAS JÓVENES",
            "En la Ciudad de México, a los veintisiete días del mes de septiembre de dos mil dieciocho, siendo las 10:00 horas, se reunieron las personas integrantes del Espacio.",
            "ORDEN DEL DÍA",
            "1. Bienvenida",
            "2. Retroalimentación de estrategias",
            "DESARROLLO DE LA SESIÓN",
            "Estrategia 530. Promover la participación de las personas jóvenes.",
            "Meta 530.1 Se incrementa la participación juvenil.",
            "Instancia ejecutora: INJUVE",
            "Informe: Se realizaron ochenta y un talleres con un total de doce personas facilitadoras.",
            "Retroalimentación:",
            "El Espacio señala que no hay correspondencia entre la meta y el indicador.",
            "Es necesario que se reporten datos duros.",
            "ACUERDOS",
            "1. Se revisará la estrategia 531 en la siguiente reunión.");

        Assert.Equal(24, acta.Session.Number);
        Assert.Equal("2018-09-27", acta.Session.Date);
        Assert.Equal("10:00", acta.Session.StartTime);
        Assert.Equal("Derechos de las Personas Jóvenes", acta.Session.Body);
        var strategy = Assert.Single(acta.Strategies);
        var goal = Assert.Single(strategy.Goals);
        Assert.Equal("530.1", goal.Id);
        Assert.Equal("INJUVE", goal.ExecutorKey);
        Assert.Equal(["81 talleres", "12 personas"], strategy.Figures.Select(f => $"{f.Value} {f.Unit}"));
        Assert.Equal(2, strategy.Feedback.Count);
        Assert.Equal([531], Assert.Single(acta.Agreements).Strategies);
    }

    [Fact]
    public void A_letter_is_not_an_acta()
    {
        var error = Assert.Throws<ActaReadException>(() => Extract(
            "Ciudad de México, 3 de octubre de 2018",
            "Estimada Lic. Martínez:",
            "Por medio del presente le envío la información solicitada.",
            "Atentamente"));
        Assert.Equal("not-an-acta", error.Code);
        Assert.StartsWith("variant.txt: not an acta", error.Message);
    }

    [Fact]
    public void A_roster_without_session_date_or_number_is_not_an_acta()
    {
        var error = Assert.Throws<ActaReadException>(() => Extract(
            "Directorio de enlaces",
            "Nombre\tInstitución",
            "Juan Pérez\tSEDESA",
            "María López\tINJUVE"));
        Assert.Equal("not-an-acta", error.Code);
        Assert.Contains("no session date", error.Message);
    }

    private sealed class NextSessionComparer : IEqualityComparer<NextSession>
    {
        public bool Equals(NextSession? x, NextSession? y) =>
            x is not null && y is not null && x.Date == y.Date && x.StartTime == y.StartTime && x.EndTime == y.EndTime && x.Strategies.SequenceEqual(y.Strategies);

        public int GetHashCode(NextSession obj) => obj.Date?.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
