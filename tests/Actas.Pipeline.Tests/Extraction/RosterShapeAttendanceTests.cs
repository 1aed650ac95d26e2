using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Rosters whose shape, not their wording, says who is who: a card whose body is named like a sector heading, a row of
/// sector headings over side-by-side lists, a sector column named in words of the acta's own, and a heading over the
/// territorial bodies that is no sector.
/// </summary>
public sealed class RosterShapeAttendanceTests
{
    private static readonly LayoutBlock[] Opening =
    [
        P("MINUTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
        P("Fecha: 9 de agosto de 2022"),
    ];

    private static readonly LayoutBlock[] Closing =
    [
        P("ACUERDOS", ParagraphRole.Heading),
        P("SACMEX enviará el calendario de tandeo."),
    ];

    private static TableRow Row(params string[][] cells) => new(cells.Select((c, i) => new TableCell(i, 1, c)).ToList());

    [Fact]
    public void A_card_whose_body_is_the_secretariat_is_a_body_over_its_person()
    {
        var acta = Extract([.. Opening,
            P("ASISTENCIA", ParagraphRole.Heading),
            P("Dependencias", ParagraphRole.Heading),
            new Table([Row(["SACMEX", "Ing. Tomás Rebollo Cid"], ["SEDEMA", "Biól. Irene Castañeda Ruiz"])], 2, false, At()),
            P("Secretaría Ejecutiva", ParagraphRole.Heading),
            new Table([Row(["Secretaría Ejecutiva", "Mtra. Rocío Salinas Téllez"], [""])], 2, false, At()),
            .. Closing,
        ]);

        Assert.Equal(["Ing. Tomás Rebollo Cid", "Biól. Irene Castañeda Ruiz", "Mtra. Rocío Salinas Téllez"], acta.Attendance.Select(a => a.Name));
        Assert.Equal("Secretaría Ejecutiva", acta.Attendance[2].Institution);
        Assert.Equal("SE-PDHCDMX", acta.Attendance[2].InstitutionKey);
        Assert.Equal(Sector.SecretariaEjecutiva, acta.Attendance[2].Sector);
    }

    [Fact]
    public void A_row_of_sector_headings_over_side_by_side_lists_is_no_person_and_heads_its_column()
    {
        var acta = Extract([.. Opening,
            P("Participantes", ParagraphRole.Heading),
            new Table(
            [
                Row(["Dependencias"], ["Organizaciones sociales"], ["Secretaría Ejecutiva"]),
                Row(["Ing. Tomás Rebollo Cid (SACMEX)", "Lic. Omar Villafuerte Soto (Radio Ciudadana, Sistema Público de Radiodifusión)", "Arq. Elena Murguía Paz (Alcaldía Tláhuac)"],
                    ["C. Aurora Leal Pinto (Artículo Libre)"], ["Mtra. Rocío Salinas Téllez (Secretaría Ejecutiva)"]),
            ], 3, true, At()),
            .. Closing,
        ]);

        Assert.Equal(
            ["Ing. Tomás Rebollo Cid", "Lic. Omar Villafuerte Soto", "Arq. Elena Murguía Paz", "C. Aurora Leal Pinto", "Mtra. Rocío Salinas Téllez"],
            acta.Attendance.Select(a => a.Name));
        // The column's heading gives the sector of a body the gazetteer lacks; a known body keeps its own (an alcaldía is "otro").
        Assert.Equal([Sector.InstanciaEjecutora, Sector.InstanciaEjecutora, Sector.Otro, Sector.SociedadCivil, Sector.SecretariaEjecutiva],
            acta.Attendance.Select(a => a.Sector));
    }

    [Fact]
    public void A_column_of_sector_abbreviations_is_the_sector_column_whatever_its_header_says()
    {
        var acta = Extract([.. Opening,
            P("LISTA DE ASISTENCIA", ParagraphRole.Heading),
            new Table(
            [
                Row(["Nombre"], ["Institución"], ["Clase"]),
                Row(["Ing. Tomás Rebollo Cid"], ["SACMEX"], ["IE"]),
                Row(["Dra. Julia Montiel Ortega"], ["Universidad Iberoamericana"], ["AC"]),
                Row(["C. Aurora Leal Pinto"], ["Colectivo Ríos Vivos"], ["OSC"]),
            ], 3, true, At()),
            P("AC = Academia; IE = instancia ejecutora; OSC = organización civil."),
            .. Closing,
        ]);

        Assert.Equal(["Ing. Tomás Rebollo Cid", "Dra. Julia Montiel Ortega", "C. Aurora Leal Pinto"], acta.Attendance.Select(a => a.Name));
        Assert.Equal([Sector.InstanciaEjecutora, Sector.Otro, Sector.SociedadCivil], acta.Attendance.Select(a => a.Sector));
    }

    [Fact]
    public void A_heading_over_the_delegaciones_ends_the_government_heading_above()
    {
        var acta = Extract([.. Opening,
            P("Personas participantes", ParagraphRole.Heading),
            P("Gobierno"),
            P("Secretaría del Medio Ambiente — Biól. Irene Castañeda Ruiz"),
            P("Delegaciones políticas"),
            P("Delegación Tláhuac — Lic. Omar Villafuerte Soto"),
            P("Sociedad civil"),
            P("Colectivo Ríos Vivos — C. Aurora Leal Pinto"),
            .. Closing,
        ]);

        Assert.Equal(["Biól. Irene Castañeda Ruiz", "Lic. Omar Villafuerte Soto", "C. Aurora Leal Pinto"], acta.Attendance.Select(a => a.Name));
        Assert.Equal([Sector.InstanciaEjecutora, Sector.Otro, Sector.SociedadCivil], acta.Attendance.Select(a => a.Sector));
        Assert.Equal("ALC-TLAHUAC", acta.Attendance[1].InstitutionKey);
    }
}
