using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Layouts where a label column runs down the left and each goal has a column of its own, and
/// attendance written three people to a row (Nombre | Institución × 3) under spanning sector rows.
/// </summary>
public sealed class LabelColumnLayoutTests
{
    private static int _block;

    private static Paragraph P(string text, ParagraphRole role = ParagraphRole.Body) => new(text, role, new SourceLocation(1, _block++));

    private static Table T(params string[][][] rows)
    {
        var block = _block++;
        var width = rows.Max(r => r.Length);
        return new Table(
            rows.Select(r => new TableRow(r.Length == 1 && width > 1
                ? [new TableCell(0, width, r[0])]
                : r.Select((paragraphs, i) => new TableCell(i, 1, paragraphs)).ToList())).ToList(),
            width, false, new SourceLocation(1, block));
    }

    private static Acta Extract(params LayoutBlock[] blocks) =>
        new ActaExtractor().Extract(new LayoutDocument("other.docx", "docx", new string('0', 64), 1, blocks, []));

    private static readonly LayoutBlock[] Title =
    [
        P("ESPACIO DE PARTICIPACIÓN", ParagraphRole.Heading),
        P("Derechos de las Personas Migrantes, Refugiadas y Solicitantes de Asilo", ParagraphRole.Heading),
        P("Séptima Sesión Ordinaria"),
        P("Fecha: 12/02/2020"),
    ];

    [Fact]
    public void A_label_column_with_one_column_per_goal_gives_each_goal_its_report_and_comments()
    {
        var acta = Extract([.. Title,
            P("Revisión de estrategias", ParagraphRole.Heading),
            T(
                [["Estrategia"], ["548. Garantizar el derecho a la identidad."], []],
                [["Meta"], ["548.1 Se expiden actas de nacimiento."], ["548.2 Se expiden constancias."]],
                [["Dependencia responsable"], ["Consejería Jurídica y de Servicios Legales"], ["SIBISO"]],
                [["Avance reportado"], ["Se registraron 1,746 niñas y niños."], ["No se presentó información"]],
                [["Comentarios del Espacio"], ["Se solicita desagregar por alcaldía.", "El avance es claro."], ["Es necesario que SIBISO informe."]],
                [["Observaciones"], ["—"], ["SIBISO refiere que no cuenta con sistema."]]),
            P("Acuerdos", ParagraphRole.Heading),
            P("Se enviará la información."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(548, strategy.Number);
        Assert.Equal(
            [("548.1", ReportStatus.Reported), ("548.2", ReportStatus.NotReported)],
            strategy.Goals.Select(g => (g.Id, g.ReportStatus)));
        Assert.Equal(["548.1", "548.1", "548.2", "548.2"], strategy.Feedback.Select(f => f.Goal));
        Assert.DoesNotContain(strategy.Feedback, f => f.Text == "—"); // a dash says there is nothing to observe
        Assert.Equal(1746, Assert.Single(strategy.Figures).Value);
    }

    [Fact]
    public void Three_people_to_a_row_are_read_as_name_institution_pairs_under_their_sector_rows()
    {
        var acta = Extract([.. Title,
            P("Asistencia", ParagraphRole.Heading),
            T(
                [["Instancias ejecutoras"]],
                [["María Guadalupe Hernández Villaseñor"], ["SIBISO – Dirección de Atención a Huéspedes"], ["Jorge Luis Camacho Ordóñez"], ["Consejería Jurídica y de Servicios Legales"], ["Dra. Itzel Monserrat Villalobos Guerrero"], ["Secretaría de Salud de la Ciudad de México"]],
                [["Organismos internacionales e instancias invitadas"]],
                [["Lic. Andrés Felipe Muñoz Zárate"], ["Comisión Mexicana de Ayuda a Refugiados (COMAR)"], ["Teresa de Jesús Argüelles Nava"], ["Alcaldía Cuauhtémoc"], [], []],
                [["Sociedad civil"]],
                [["Ximena Alejandra Castro Benítez"], ["Sin Fronteras, I.A.P."], ["Alejandro Iturbide Saucedo"], ["Casa de los Amigos, A.C."], [], []]),
            P("Acuerdos", ParagraphRole.Heading),
            P("Se enviará la información."),
        ]);

        Assert.Equal(
            [
                ("María Guadalupe Hernández Villaseñor", "SIBISO – Dirección de Atención a Huéspedes", Sector.InstanciaEjecutora),
                ("Jorge Luis Camacho Ordóñez", "Consejería Jurídica y de Servicios Legales", Sector.InstanciaEjecutora),
                ("Dra. Itzel Monserrat Villalobos Guerrero", "Secretaría de Salud de la Ciudad de México", Sector.InstanciaEjecutora),
                ("Lic. Andrés Felipe Muñoz Zárate", "Comisión Mexicana de Ayuda a Refugiados (COMAR)", Sector.Otro),
                ("Teresa de Jesús Argüelles Nava", "Alcaldía Cuauhtémoc", Sector.Otro),
                ("Ximena Alejandra Castro Benítez", "Sin Fronteras, I.A.P.", Sector.SociedadCivil),
                ("Alejandro Iturbide Saucedo", "Casa de los Amigos, A.C.", Sector.SociedadCivil),
            ],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }

    [Fact]
    public void A_name_cargo_institution_row_is_one_person_even_when_the_cargo_reads_like_a_name()
    {
        var acta = Extract([.. Title,
            P("Asistencia", ParagraphRole.Heading),
            T(
                [["Lic. Paola Quintana Medel"], ["Subprocuradora de Ordenamiento Territorial"], ["PAOT"]],
                [["Ing. Marco Antonio Reyes Lugo"], ["Jefe de Unidad de Monitoreo"], ["SEDEMA"]]),
            P("Acuerdos", ParagraphRole.Heading),
            P("Se enviará la información."),
        ]);

        Assert.Equal(["Lic. Paola Quintana Medel", "Ing. Marco Antonio Reyes Lugo"], acta.Attendance.Select(a => a.Name));
    }

    [Fact]
    public void The_body_comes_from_the_heading_block_when_the_session_title_stands_on_a_line_of_its_own()
    {
        var acta = Extract([.. Title, P("Acuerdos", ParagraphRole.Heading), P("Se enviará la información.")]);

        Assert.Equal("Derechos de las Personas Migrantes, Refugiadas y Solicitantes de Asilo", acta.Session.Body);
        Assert.Equal(7, acta.Session.Number);
    }
}
