using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A list that names each body once, then its people each with their post after a comma or a dash (blind batch Q, Q5 and
/// Q3): the post is what the person does in the body above, never the body; a PDF may join the body's line and the one
/// person under it ("Body – Person, post").
/// </summary>
public sealed class PersonThenPostAttendanceTests
{
    private static readonly LayoutBlock[] Title =
    [
        P("Memoria de la reunión", ParagraphRole.Heading),
        P("Tercera Sesión Ordinaria del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
        P("Fecha: martes 9 de mayo de 2023"),
    ];

    private static readonly LayoutBlock[] Strategy =
    [
        P("Estrategia 410. Garantizar el suministro de agua potable", ParagraphRole.Heading),
        P("Meta 410.1. Instalar cisternas comunitarias."),
        P("Informe: Se instalaron 12 cisternas."),
    ];

    [Fact]
    public void People_with_a_post_under_their_body_take_the_body()
    {
        var acta = Extract([.. Title,
            P("2. Participantes", ParagraphRole.Heading),
            P("Instancias ejecutoras", ParagraphRole.Heading),
            P("Sistema de Aguas de la Ciudad de México", ParagraphRole.ListItem),
            P("Ing. Raúl Esquivel Dorantes, Director de Agua Potable", ParagraphRole.ListItem),
            P("Arq. Teresa Lozano Bravo, Unidad de Atención Ciudadana", ParagraphRole.ListItem),
            P("Organizaciones de la sociedad civil", ParagraphRole.Heading),
            P("Colectivo Agua para Todas, A.C.", ParagraphRole.Heading),
            P("Marcela Ibarra Quintero — integrante", ParagraphRole.ListItem),
            P("3. Seguimiento de las estrategias", ParagraphRole.Heading),
            .. Strategy]);

        Assert.Equal(
            [("Raúl Esquivel Dorantes", "Sistema de Aguas de la Ciudad de México", Sector.InstanciaEjecutora),
             ("Teresa Lozano Bravo", "Sistema de Aguas de la Ciudad de México", Sector.InstanciaEjecutora),
             ("Marcela Ibarra Quintero", "Colectivo Agua para Todas, A.C.", Sector.SociedadCivil)],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }

    [Fact]
    public void A_person_who_names_a_body_of_their_own_after_the_post_leaves_the_group_line_above()
    {
        // Group lines ("Alcaldía", "Organizaciones vecinales") over people each written "Name, post, body": the body after the
        // post is the person's own, and the group line is no body of theirs.
        var acta = Extract([.. Title,
            P("2. Participantes", ParagraphRole.Heading),
            P("Servidoras y servidores públicos"),
            P("Ing. Rodrigo Salas Medina, Director de Operación, Sistema de Aguas de la Ciudad de México", ParagraphRole.ListItem),
            P("Alcaldía"),
            P("Lic. Tomás Bravo Quiroz, Subdirector de Vivienda, Alcaldía Coyoacán", ParagraphRole.ListItem),
            P("Organizaciones vecinales"),
            P("C. Rosa Elvira Mejía Ortiz, Tesorera, Unión de Colonos de Santa Úrsula", ParagraphRole.ListItem),
            P("3. Seguimiento de las estrategias", ParagraphRole.Heading),
            .. Strategy]);

        Assert.Equal(
            [("Rodrigo Salas Medina", "Sistema de Aguas de la Ciudad de México"),
             ("Tomás Bravo Quiroz", "Alcaldía Coyoacán"),
             ("Rosa Elvira Mejía Ortiz", "Unión de Colonos de Santa Úrsula")],
            acta.Attendance.Select(a => (PersonNames.WithoutTitle(a.Name), a.Institution)));
        Assert.Equal(Sector.SociedadCivil, acta.Attendance[2].Sector);
    }

    [Fact]
    public void A_body_joined_to_its_one_person_and_post_keeps_the_body()
    {
        var acta = ExtractPdf([.. Title,
            P("2. Participantes", ParagraphRole.Heading),
            P("Instancias ejecutoras", ParagraphRole.Heading),
            P("Sistema de Aguas de la Ciudad de México – Ing. Raúl Esquivel Dorantes, Director de Agua Potable", ParagraphRole.ListItem),
            P("Secretaría del Medio Ambiente – Subinspectora Elena Ruiz Campos, enlace", ParagraphRole.ListItem),
            P("3. Seguimiento de las estrategias", ParagraphRole.Heading),
            .. Strategy]);

        Assert.Equal(
            [("Raúl Esquivel Dorantes", "Sistema de Aguas de la Ciudad de México"), ("Elena Ruiz Campos", "Secretaría del Medio Ambiente")],
            acta.Attendance.Select(a => (a.Name, a.Institution)));
    }

    [Fact]
    public void A_line_that_ends_by_saying_its_sector_gives_the_body_before_the_label_and_that_sector()
    {
        // "Name, post. Body. Sector: …." — the post ends at its stop, the body at the sector's label, and the label names the
        // sector as a column would.
        var acta = Extract([.. Title,
            P("1. Asistentes", ParagraphRole.Heading),
            P("Lic. Sergio Anaya Roldán, Jefe de Unidad de Padrones. Instituto de Vivienda de la Ciudad de México. Sector: Instancia ejecutora."),
            P("Mtra. Olga Treviño Lara, Vocal. Red Vecinal del Pedregal, A.C. Sector: Sociedad civil."),
            P("Ing. Tomás Bernal Ochoa, Relator. Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación. Sector: Secretaría Ejecutiva."),
            P("Dra. Irene Vallejo Cruz, Investigadora. Universidad Autónoma Metropolitana. Sector: Otra instancia."),
            P("Lic. Pablo Ferrer Soto, Enlace de Seguimiento. Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del " +
              "Programa de Derechos Humanos de la Ciudad de México. Sector: Secretaría Ejecutiva."),
            P("2. Seguimiento de las estrategias", ParagraphRole.Heading),
            .. Strategy]);

        Assert.Equal(
            [("Lic. Sergio Anaya Roldán", "Instituto de Vivienda de la Ciudad de México", Sector.InstanciaEjecutora),
             ("Mtra. Olga Treviño Lara", "Red Vecinal del Pedregal, A.C.", Sector.SociedadCivil),
             ("Ing. Tomás Bernal Ochoa", "Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación", Sector.SecretariaEjecutiva),
             ("Dra. Irene Vallejo Cruz", "Universidad Autónoma Metropolitana", Sector.Otro),
             ("Lic. Pablo Ferrer Soto", "Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México",
              Sector.SecretariaEjecutiva)],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }
}
