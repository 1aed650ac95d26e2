using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Minutes written as running sentences (an acta circunstanciada): strategies and goals named inside sentences,
/// goal, indicator and report quoted, "Nombre, cargo, institución." attendance lines, a list number and its heading
/// separated by a tab, closing formulas after the agreements.
/// </summary>
public sealed class ProseActaTests
{
    private static readonly LayoutBlock[] Opening =
    [
        P("ACTA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA ALIMENTACIÓN", ParagraphRole.Heading),
        P("En la Ciudad de México, siendo las diez horas del día cinco de junio de dos mil veinte, se reunieron las personas integrantes del Espacio para celebrar la sesión indicada al rubro."),
    ];

    [Fact]
    public void A_strategy_and_its_goals_named_in_sentences_are_read_with_quoted_goal_indicator_and_report()
    {
        var acta = Extract([.. Opening,
            P("DESARROLLO DE LA SESIÓN", ParagraphRole.Heading),
            P("Se revisó a continuación la estrategia 310, «Garantizar el acceso a comedores comunitarios»."),
            P("En relación con la meta 310.1, «Los comedores operan todo el año», cuyo indicador es «Número de comedores en operación» y cuya instancia ejecutora es la Secretaría de Inclusión y Bienestar Social, la persona enlace dio lectura al informe: «Operaron 412 comedores y se sirvieron 35,000 raciones diarias."),
            P("El padrón se actualizó en marzo.»"),
            P("Por lo que hace a la meta 310.2, «Se capacita al personal», a cargo del DIF-CDMX, no se presentó información."),
            P("Retroalimentación del Espacio:", ParagraphRole.Heading),
            P("Es necesario desagregar las raciones por alcaldía."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El DIF-CDMX enviará su reporte de la meta 310.2."),
            P("Agotados los puntos del orden del día, se levanta la presente acta siendo las doce horas."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(310, strategy.Number);
        Assert.Equal("Garantizar el acceso a comedores comunitarios", strategy.Title);
        Assert.Equal(
            [("310.1", ReportStatus.Reported, "SIBISO"), ("310.2", ReportStatus.NotReported, "DIF-CDMX")],
            strategy.Goals.Select(g => (g.Id, g.ReportStatus, g.ExecutorKey)));
        var first = strategy.Goals[0];
        Assert.Equal("Los comedores operan todo el año", first.Text);
        Assert.Equal("Número de comedores en operación", first.Indicator);
        Assert.Equal("Operaron 412 comedores y se sirvieron 35,000 raciones diarias. El padrón se actualizó en marzo.", first.Report);
        Assert.Equal([412m, 35000m], strategy.Figures.Select(f => f.Value));
        Assert.Equal("Es necesario desagregar las raciones por alcaldía.", Assert.Single(strategy.Feedback).Text);
        var agreement = Assert.Single(acta.Agreements); // the closing formula is not an agreement
        Assert.Equal([310], agreement.Strategies);        // a goal named is its strategy named
    }

    [Fact]
    public void A_strategy_named_in_feedback_or_in_the_agenda_opens_no_strategy()
    {
        var acta = Extract([.. Opening,
            P("ORDEN DEL DÍA", ParagraphRole.Heading),
            P("Retroalimentación de las estrategias 310 y 312."),
            P("DESARROLLO DE LA SESIÓN", ParagraphRole.Heading),
            P("Se dio inicio a la retroalimentación de la estrategia 310, «Garantizar el acceso a comedores comunitarios»."),
            P("Respecto de la meta 310.1, «Los comedores operan todo el año», la instancia informó que abrió 12 comedores nuevos."),
            P("Retroalimentación del Espacio:", ParagraphRole.Heading),
            P("Las raciones corresponden más bien a la estrategia 312, meta 312.1, sobre abasto."),
            P("Se solicita informar el número de personas atendidas."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(310, strategy.Number);
        Assert.Equal("abrió 12 comedores nuevos.", Assert.Single(strategy.Goals).Report); // told without quotes
        Assert.Equal(2, strategy.Feedback.Count);
    }

    [Fact]
    public void Name_post_institution_lines_keep_the_institution_whole_and_the_invited_sector()
    {
        var acta = Extract([.. Opening,
            P("I.\tLISTA DE ASISTENCIA Y VERIFICACIÓN DEL QUÓRUM"),
            P("Por las instancias ejecutoras:"),
            Item("1.", "Mtra. Laura Gámez Ortiz, Directora de Atención a Personas Mayores, Secretaría de Inclusión y Bienestar Social (SIBISO)."),
            P("Por las organizaciones de la sociedad civil:"),
            Item("1.", "Esperanza Loaeza Cruz, presidenta, Red de Personas Mayores de Iztapalapa, A.C."),
            P("En calidad de persona invitada:"),
            Item("1.", "Ing. Tomás Aguirre Lemus, Coordinador de Programas Sociales, Alcaldía Coyoacán."),
            P("II.\tACUERDOS"),
            P("Se enviará la información."),
        ]);

        Assert.Equal(
            [
                ("Mtra. Laura Gámez Ortiz", "Secretaría de Inclusión y Bienestar Social (SIBISO)", Sector.InstanciaEjecutora),
                ("Esperanza Loaeza Cruz", "Red de Personas Mayores de Iztapalapa, A.C.", Sector.SociedadCivil),
                ("Ing. Tomás Aguirre Lemus", "Alcaldía Coyoacán", Sector.Otro),
            ],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
        Assert.Equal("Se enviará la información.", Assert.Single(acta.Agreements).Text); // "II.<tab>ACUERDOS" is the heading
    }

    [Fact]
    public void A_goal_named_by_a_heading_takes_the_text_of_the_meta_bullet_under_it()
    {
        var acta = Extract(
            P("Minuta de la Sesión Ordinaria XXI del Espacio de Participación del Derecho a la Educación", ParagraphRole.Heading),
            P("Datos generales", ParagraphRole.Heading),
            Item("•", "Fecha: miércoles 10 de marzo de 2021"),
            P("Revisión de estrategias", ParagraphRole.Heading),
            P("Estrategia 301 – Reducir el abandono escolar", ParagraphRole.Heading),
            P("Meta 301.1", ParagraphRole.Heading),
            Item("•", "Meta: Se cuenta con un sistema de alerta temprana"),
            Item("•", "Dependencia responsable: IEMS"),
            P("Reporte:", ParagraphRole.Heading),
            P("Se dio seguimiento a 2,318 estudiantes."),
            P("Meta 301.2", ParagraphRole.Heading),
            Item("•", "Meta: Se otorgan estímulos económicos"),
            P("Reporte:", ParagraphRole.Heading),
            P("No se presentó información."),
            P("Compromisos", ParagraphRole.Heading),
            Item("1.", "La Sesión Ordinaria XXII se realizará el miércoles 14 de abril, de 17:00 a 19:00 h; se revisarán las estrategias 306 y 308."));

        Assert.Equal("Derecho a la Educación", acta.Session.Body); // "Datos generales" is the next heading, not the body's name
        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(
            [("301.1", "Se cuenta con un sistema de alerta temprana", ReportStatus.Reported), ("301.2", "Se otorgan estímulos económicos", ReportStatus.NotReported)],
            strategy.Goals.Select(g => (g.Id, g.Text, g.ReportStatus)));
        var next = Assert.IsType<NextSession>(acta.NextSession); // "La Sesión Ordinaria XXII": a later meeting by its number
        Assert.Equal(("2021-04-14", "17:00", "19:00"), (next.Date, next.StartTime, next.EndTime));
        Assert.Equal([306, 308], next.Strategies);
    }

    [Fact]
    public void Goal_sentences_under_a_labelled_strategy_heading_are_goals_and_the_remarks_under_their_label_stay_remarks()
    {
        var acta = Extract(
            P("MINUTA DE LA 2ª SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
            P("Fecha: 14 de mayo de 2019"),
            P("3. Seguimiento de las estrategias", ParagraphRole.Heading),
            P("3.1 Estrategia 205. Garantizar el abasto de agua potable", ParagraphRole.Heading),
            P("El Sistema de Aguas de la Ciudad de México, en relación con la meta 205.1 («Instalar tanques comunitarios en colonias sin red»), cuyo indicador es «Número de tanques instalados», informó que se instalaron 37 tanques en 9 colonias."),
            P("La Secretaría de Obras y Servicios no remitió información respecto de la meta 205.2 («Rehabilitar pozos de abastecimiento»)."),
            P("Retroalimentación de la Secretaría Ejecutiva:"),
            P("La Secretaría Ejecutiva, respecto de la meta 205.1, señaló que el informe permite ver el avance por colonia."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(
            [("205.1", ReportStatus.Reported, "Instalar tanques comunitarios en colonias sin red", "Sistema de Aguas de la Ciudad de México"),
             ("205.2", ReportStatus.NotReported, "Rehabilitar pozos de abastecimiento", "Secretaría de Obras y Servicios")],
            strategy.Goals.Select(g => (g.Id, g.ReportStatus, g.Text, g.Executor)));
        Assert.Equal("Número de tanques instalados", strategy.Goals[0].Indicator);
        Assert.Equal("se instalaron 37 tanques en 9 colonias.", strategy.Goals[0].Report);
        var remark = Assert.Single(strategy.Feedback);
        Assert.Equal("205.1", remark.Goal); // the goal the sentence names, not the last one read
        Assert.Equal("el informe permite ver el avance por colonia.", remark.Text); // without who said it
    }

    [Fact]
    public void Under_a_labelled_strategy_heading_a_sentence_asking_about_a_goal_is_no_report_of_it()
    {
        var acta = Extract(
            P("RELATORÍA DE LA 4ª SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
            P("Fecha: 14 de mayo de 2019"),
            P("Estrategia 205 — Garantizar el abasto de agua potable", ParagraphRole.Heading),
            P("La Secretaría de Obras y Servicios pidió que, respecto de la meta 205.1, se informe el número de colonias atendidas."),
            P("Meta 205.1. Instalar tanques comunitarios en colonias sin red."),
            P("Informe: Se instalaron 37 tanques."));

        var goal = Assert.Single(Assert.Single(acta.Strategies).Goals);
        Assert.Equal(("205.1", ReportStatus.Reported, "Instalar tanques comunitarios en colonias sin red."), (goal.Id, goal.ReportStatus, goal.Text));
        Assert.StartsWith("Se instalaron 37 tanques.", goal.Report, StringComparison.Ordinal);
    }
}
