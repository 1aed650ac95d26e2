using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Minutes typed with tabs instead of tables: a header line cut by tabs into three columns or more and the lines under
/// it are one table; an office's acta code ("…/SO/03/2019") gives the session's kind and number; a tabbed roster line that
/// wrapped goes on at the left margin of the line below, and a header whose labels ran together is no person.
/// </summary>
public sealed class TabAlignedTests
{
    private static Acta Read(params LayoutBlock[] opening) => Extract([
        .. opening,
        P("ASISTENCIA", ParagraphRole.Heading),
        P("Nombre\tCargo\tInstitución"),
        P("Hernández Gil, Rosa\tSubdirectora\tSEDESA"),
        P("Ortega Luna, Pablo\tEnlace\tSecretaría de Salud de la Ciudad de México"),
        P("Vidal Cruz, Elena\tIntegrante\tColectivo Raíces, A.C."),
        P("SEGUIMIENTO", ParagraphRole.Heading),
        P("Estrategia 288. Garantizar el acceso a medicamentos"),
        P("Meta\tResponsable\tEstatus\tInforme"),
        P("288.1 Se abastecen los centros de salud.\tSEDESA\tCumplido\tSe surtieron 126 centros de salud."),
        P("288.2 Se publica el cuadro básico.\tSEDESA\tSin informe\t—"),
        P("ACUERDOS", ParagraphRole.Heading),
        P("La SEDESA enviará el cuadro básico actualizado."),
    ]);

    [Fact]
    public void Lines_aligned_with_tabs_under_a_header_line_read_as_a_table()
    {
        var acta = Read(P("MINUTA DE LA SEXTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA SALUD", ParagraphRole.Heading), P("Fecha: 5 de mayo de 2021"));

        Assert.Equal(["Hernández Gil, Rosa", "Ortega Luna, Pablo", "Vidal Cruz, Elena"], acta.Attendance.Select(a => a.Name));
        Assert.Equal([Sector.InstanciaEjecutora, Sector.InstanciaEjecutora, Sector.SociedadCivil], acta.Attendance.Select(a => a.Sector));
        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["288.1", "288.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal(["Se abastecen los centros de salud.", "Se publica el cuadro básico."], strategy.Goals.Select(g => g.Text));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal([(126m, "centros")], strategy.Figures.Select(f => (f.Value, f.Unit)));
        Assert.Null(acta.Coordinator); // "Enlace" in an attendance line is no signature
        Assert.Equal(["La SEDESA enviará el cuadro básico actualizado."], acta.Agreements.Select(a => a.Text));
    }

    [Theory]
    [InlineData("Acta EP-SAL/SO/06/2021", 6, "sesión ordinaria")]
    [InlineData("No. de acta: CI-SE-02-2021", 2, "sesión extraordinaria")]
    public void An_acta_code_gives_the_sessions_kind_and_number(string code, int number, string kind)
    {
        var acta = Read(P("ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA SALUD", ParagraphRole.Heading), P(code), P("Fecha:\t05/05/2021"), P("Horario:\tde 10 a 12 horas"));

        Assert.Equal(number, acta.Session.Number);
        Assert.Equal(kind, acta.Session.Kind);
        Assert.Equal("2021-05-05", acta.Session.Date);
        Assert.Equal("10:00", acta.Session.StartTime);
    }

    [Fact]
    public void The_secretariats_initials_in_a_line_are_no_code()
    {
        var acta = Read(P("ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA SALUD", ParagraphRole.Heading), P("Oficio SE/145/2021 de la Secretaría Ejecutiva"), P("Fecha: 5 de mayo de 2021"));

        Assert.Null(acta.Session.Number);
    }

    [Fact]
    public void A_numbered_tab_line_that_wrapped_goes_on_at_the_left_margin_under_a_header_run_together()
    {
        // The last entry's body is too long for its tab column: the word processor carries its end and the sector
        // to the next line, at the left margin and without the entry's number.
        var acta = Extract(
            P("ACTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL TRABAJO", ParagraphRole.Heading),
            P("LISTA DE ASISTENCIA", ParagraphRole.Heading),
            P("Núm. Nombre Institución\tSector"), // the header's first tabs too narrow: its labels run together
            Item("1)", "Óscar Medina Ruelas\tSecretaría de Trabajo y Fomento al Empleo\tInstancia ejecutora"),
            Item("2)", "Norma Ibáñez Soria\tUnión de Comerciantes del Mercado Jamaica\tSociedad civil"),
            Item("3)", "Héctor Lara Quintero\tSecretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa"),
            P("Derechos Humanos de la Ciudad de México\tSecretaría Ejecutiva"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. La Secretaría de Trabajo enviará el padrón de personas beneficiarias."));

        Assert.Equal(["Óscar Medina Ruelas", "Norma Ibáñez Soria", "Héctor Lara Quintero"], acta.Attendance.Select(a => a.Name));
        Assert.Equal([Sector.InstanciaEjecutora, Sector.SociedadCivil, Sector.SecretariaEjecutiva], acta.Attendance.Select(a => a.Sector));
    }
}
