using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Where the agreements end when no signature line ("_____") closes them: the coordinator's name over their post, an
/// annex heading, the closing formula; and numbered agreement labels ("ACUERDO 11/01.") that are markers, not text.
/// </summary>
public sealed class AgreementListEndTests
{
    private static readonly LayoutBlock Title = P("CUARTA REUNIÓN DE TRABAJO DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading);

    [Fact]
    public void A_signature_without_a_line_ends_the_agreements_even_before_a_long_annex()
    {
        var acta = Extract(
            Title,
            P("Fecha: 18 de marzo de 2021"),
            P("3. Acuerdos", ParagraphRole.Heading),
            P("La quinta reunión de trabajo se realizará el jueves 22 de abril de 2021."),
            P("La Secretaría Ejecutiva circulará los informes."),
            P("Mtra. Liliana Tapia Robles"),
            P("Coordinadora del Espacio de Participación"),
            P("Anexo 1. Informes de las instancias ejecutoras"),
            new Table(
                [
                    .. Enumerable.Range(1, 15).Select(k => new TableRow([new TableCell(0, 1, [$"Meta 205.{k}"]), new TableCell(1, 1, [$"Se atendieron {k} audiencias en la alcaldía."])])),
                ],
                2, true, At()));

        Assert.Equal(
            ["La quinta reunión de trabajo se realizará el jueves 22 de abril de 2021.", "La Secretaría Ejecutiva circulará los informes."],
            acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void A_sign_off_sentence_after_an_agreements_table_is_no_agreement()
    {
        var acta = Extract(
            Title,
            P("Fecha: 18 de marzo de 2021"),
            P("3. Acuerdos", ParagraphRole.Heading),
            T(["Núm.", "Acuerdo", "Responsable"], ["1", "La Secretaría Ejecutiva circulará los informes.", "Secretaría Ejecutiva"]),
            P("Acta elaborada por Mario Quiroz Leal con el sistema de registro el 18/03/2021"));

        Assert.Equal(["La Secretaría Ejecutiva circulará los informes."], acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void A_signature_after_lettered_agreements_is_not_run_into_the_last_one()
    {
        var acta = Extract(
            Title,
            P("Fecha: 18 de marzo de 2021"),
            P("3. Acuerdos", ParagraphRole.Heading),
            P("a)\tLa quinta reunión de trabajo se realizará el jueves 22 de abril de 2021."),
            P("b)\tLa Secretaría Ejecutiva circulará los informes."),
            P("c)\tLa Fiscalía revisará el registro de intérpretes de la meta 207.2."),
            P("Mtra. Liliana Tapia Robles"),
            P("Coordinadora del Espacio de Participación"),
            P("Anexo 1. Informes de las instancias ejecutoras"),
            new Table([new TableRow([new TableCell(0, 1, ["205.1 Las personas imputadas cuentan con defensa."]), new TableCell(1, 1, ["Se atendieron 6,912 audiencias."])])], 2, true, At()));

        Assert.Equal(
            [
                "La quinta reunión de trabajo se realizará el jueves 22 de abril de 2021.", "La Secretaría Ejecutiva circulará los informes.",
                "La Fiscalía revisará el registro de intérpretes de la meta 207.2.",
            ],
            acta.Agreements.Select(a => a.Text));
    }

    [Theory]
    [InlineData("Anexo 1. Lista de asistencia")]
    [InlineData("ANEXO: Informes recibidos")]
    [InlineData("No habiendo más asuntos que tratar, se da por concluida la sesión.")]
    [InlineData("Relatoría: Lic. Fabiola Herrera Ayala, Secretaría Ejecutiva")]
    [InlineData("Vo. Bo.: Mtro. Gustavo Linares Peña, Coordinador del Espacio de Participación")]
    [InlineData("Elaboró: Secretaría Ejecutiva")]
    public void An_annex_heading_or_the_closing_formula_ends_the_agreements(string end)
    {
        var acta = Extract(
            Title,
            P("Fecha: 18 de marzo de 2021"),
            P("Acuerdos", ParagraphRole.Heading),
            P("El SACMEX presentará el informe de la meta 401.2."),
            P(end),
            P("Claudia Ibarra Nájera, Instituto de Atención a Poblaciones Prioritarias"),
            P("Rafael Durán Espinosa, El Caracol, A.C."));

        Assert.Equal(["El SACMEX presentará el informe de la meta 401.2."], acta.Agreements.Select(a => a.Text));
    }

    [Theory]
    [InlineData("LA C. COORDINADORA, MTRA. VERÓNICA GALLARDO RAMOS.- Doy lectura a los acuerdos de esta sesión:")]
    [InlineData("Se acordó lo siguiente:")]
    public void A_sentence_that_introduces_the_list_is_not_an_agreement(string leadIn)
    {
        var acta = Extract(
            Title,
            P("Fecha: 18 de marzo de 2021"),
            P("Acuerdos", ParagraphRole.Heading),
            P(leadIn),
            P("El SACMEX presentará el informe de la meta 401.2."));

        Assert.Equal(["El SACMEX presentará el informe de la meta 401.2."], acta.Agreements.Select(a => a.Text));
    }

    [Theory]
    [InlineData("ACUERDO 11/01. ", "ACUERDO 11/02. ")]
    [InlineData("Acuerdo 1: ", "Acuerdo 2: ")]
    [InlineData("Acuerdo núm. 3.- ", "Acuerdo núm. 4.- ")]
    public void A_numbered_agreement_label_is_a_marker_not_part_of_the_text(string first, string second)
    {
        var acta = Extract(
            P("UNDÉCIMA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
            P("Fecha: 4 de marzo de 2021"),
            P("Acuerdos", ParagraphRole.Heading),
            P(first + "Celebrar la 12ª sesión el jueves 8 de abril de 2021, de 11:00 a 13:30 horas."),
            P(second + "El TSJCDMX remitirá su informe de la meta 215.2."));

        Assert.Equal(
            ["Celebrar la 12ª sesión el jueves 8 de abril de 2021, de 11:00 a 13:30 horas.", "El TSJCDMX remitirá su informe de la meta 215.2."],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal(("2021-04-08", "11:00"), (acta.NextSession?.Date, acta.NextSession?.StartTime));
    }

    [Fact]
    public void Page_numbers_colophons_and_a_word_footer_after_the_agreements_are_no_agreements()
    {
        var acta = Extract(
            Title,
            P("Fecha: 18 de marzo de 2021"),
            P("3. Acuerdos", ParagraphRole.Heading),
            P("1. La Secretaría Ejecutiva circulará los informes."),
            P("Hoja 3 de 5"),
            P("2. El Sistema de Aguas enviará el padrón de pipas."),
            P("Sistema de Minutas 4.1 · Informe emitido por el sistema; carece de firma autógrafa."),
            P("Historial: esta página se editó por última vez el 19 mar 2021 a las 9:12."),
            P("Coordinación de Comunicación · Diseño: Unidad de Imagen · 18/03/2021"),
            new Paragraph("MIN-AGUA-04 · Página", ParagraphRole.Body, At() with { Region = DocumentRegion.Footer }),
            new Paragraph("Espacio de Participación del Derecho al Agua, sesión del 18 de marzo", ParagraphRole.Body, At() with { Region = DocumentRegion.Footer }));

        Assert.Equal(
            ["La Secretaría Ejecutiva circulará los informes.", "El Sistema de Aguas enviará el padrón de pipas."],
            acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void A_row_of_sign_off_labels_side_by_side_ends_the_agreements_table()
    {
        var acta = Extract(
            Title,
            P("Fecha: 18 de marzo de 2021"),
            P("3. Acuerdos", ParagraphRole.Heading),
            T(["Núm.", "Acuerdo", "Responsable"], ["1", "La Secretaría Ejecutiva circulará los informes.", "Secretaría Ejecutiva"]),
            T(["Elaboró", "Revisó"], ["Rosa Elena Vidal Mena", "Jorge Ibarra Cuevas Coordinador del Espacio de Participación"]));

        Assert.Equal(["La Secretaría Ejecutiva circulará los informes."], acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void A_forms_labelled_fields_under_the_agreements_table_are_no_agreements()
    {
        var acta = Extract(
            Title,
            P("Fecha: 18 de marzo de 2021"),
            P("3. Acuerdos", ParagraphRole.Heading),
            T(["Núm.", "Acuerdo", "Responsable", "Fecha"],
              ["1", "La Secretaría Ejecutiva circulará los informes.", "Secretaría Ejecutiva", "25/03/2021"],
              ["Lugar:", "Pendiente de definir", "Capturista:", "Ana Rosales Gil"],
              ["Modalidad:", "Presencial y en línea", "", ""]));

        Assert.Equal(["La Secretaría Ejecutiva circulará los informes."], acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void A_speakers_tag_on_a_line_of_its_own_before_the_agreements_is_no_agreement()
    {
        var acta = Extract(
            Title,
            P("Fecha: 18 de marzo de 2021"),
            P("3. Acuerdos", ParagraphRole.Heading),
            P("EL C. SECRETARIO TÉCNICO, LIC. RAÚL MEDINA SOTO.-"),
            P("Primero.- La Secretaría Ejecutiva circulará los informes."));

        Assert.Equal(["La Secretaría Ejecutiva circulará los informes."], acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void A_forms_numbered_sign_off_section_ends_the_agreements_table()
    {
        var acta = Extract(
            Title,
            P("Fecha: 18 de marzo de 2021"),
            T(["IV. ACUERDOS"],
              ["Acuerdo 1", "La Secretaría Ejecutiva circulará los informes."],
              ["Acuerdo 2", "La SEDEMA enviará el padrón de pozos."],
              ["VI. REVISÓ"],
              ["Nombre", "Adriana Solís Quintero"]));

        Assert.Equal(["La Secretaría Ejecutiva circulará los informes.", "La SEDEMA enviará el padrón de pozos."], acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void The_general_matters_told_after_the_agreements_are_no_part_of_the_last_one()
    {
        var acta = Extract(
            Title,
            P("Fecha: 18 de marzo de 2021"),
            P("3. Acuerdos", ParagraphRole.Heading),
            P("Acuerdo 4/1. La Secretaría Ejecutiva circulará los informes."),
            P("Acuerdo 4/2. La quinta reunión de trabajo se realizará el jueves 22 de abril de 2021."),
            P("En asuntos generales, la Red de Vecinos pidió más tiempo para las preguntas."));

        Assert.Equal(
            ["La Secretaría Ejecutiva circulará los informes.", "La quinta reunión de trabajo se realizará el jueves 22 de abril de 2021."],
            acta.Agreements.Select(a => a.Text));
    }

    [Theory]
    [InlineData("Se dio por terminada la reunión a las 14:10 horas.")]
    [InlineData("Se dieron por clausurados los trabajos de la sesión.")]
    public void The_closing_formula_told_in_the_past_is_no_agreement(string closing)
    {
        var acta = Extract(
            Title,
            P("Fecha: 18 de marzo de 2021"),
            P("Acuerdos", ParagraphRole.Heading),
            P("La Red de Vecinos enviará su propuesta de horarios de pipas."),
            P("La quinta reunión de trabajo se realizará el jueves 22 de abril de 2021."),
            P(closing));

        Assert.Equal(
            ["La Red de Vecinos enviará su propuesta de horarios de pipas.", "La quinta reunión de trabajo se realizará el jueves 22 de abril de 2021."],
            acta.Agreements.Select(a => a.Text));
    }

    [Theory]
    [InlineData("Hora de término: 14:10 h")]
    [InlineData("Cierre de la reunión: 13:45 horas.")]
    public void The_end_time_on_a_labelled_line_is_no_agreement(string endTime)
    {
        var underTable = Extract(
            Title,
            P("Fecha: 18 de marzo de 2021"),
            P("3. Acuerdos", ParagraphRole.Heading),
            T(["No.", "Acuerdo", "Responsable"],
              ["1", "La Red de Vecinos enviará su propuesta de horarios de pipas.", "Red de Vecinos"],
              [endTime]));
        var asLine = Extract(
            Title,
            P("Fecha: 18 de marzo de 2021"),
            P("3. Acuerdos", ParagraphRole.Heading),
            P("La Red de Vecinos enviará su propuesta de horarios de pipas."),
            P(endTime));

        Assert.Equal(["La Red de Vecinos enviará su propuesta de horarios de pipas."], underTable.Agreements.Select(a => a.Text));
        Assert.Equal(["La Red de Vecinos enviará su propuesta de horarios de pipas."], asLine.Agreements.Select(a => a.Text));
    }

    [Theory]
    [InlineData("Número de compromisos: 2")]
    [InlineData("Total: 2 acuerdos")]
    [InlineData("Acuerdos tomados: 2")]
    public void A_count_of_the_agreements_is_no_agreement(string tally)
    {
        var acta = Extract(
            Title,
            P("Fecha: 18 de marzo de 2021"),
            P("3. Acuerdos", ParagraphRole.Heading),
            T(["No.", "Acuerdo", "Responsable"],
              ["1", "La Red de Vecinos enviará su propuesta de horarios de pipas.", "Red de Vecinos"],
              ["2", "El Sistema de Aguas publicará el calendario de tandeo.", "SACMEX"],
              [tally]),
            T(["Total", "2"]));

        Assert.Equal(
            ["La Red de Vecinos enviará su propuesta de horarios de pipas.", "El Sistema de Aguas publicará el calendario de tandeo."],
            acta.Agreements.Select(a => a.Text));
    }
}
