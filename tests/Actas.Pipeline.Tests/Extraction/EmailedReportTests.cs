using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A relatoría whose reports are the institutions' e-mails pasted under the goal (header lines, salutation, the line that
/// announces the report, the report, the closing and the signature), with a table of contents that names each strategy
/// heading by its first words.
/// </summary>
public sealed class EmailedReportTests
{
    private static Acta Relatoria(bool tocAsTable = false)
    {
        LayoutBlock[] contents = tocAsTable
            ? [T(["1. Datos generales", "1"], ["2. Seguimiento de estrategias", "1"], ["Estrategia 401", "2"], ["3. Acuerdos", "3"])]
            : [P("1. Datos generales\t1"), P("2. Seguimiento de estrategias\t1"), P("Estrategia 401\t2"), P("3. Acuerdos\t3")];
        LayoutBlock[] blocks =
        [
            P("Relatoría de la 4a. Sesión Ordinaria del Espacio de Participación del Derecho a la Educación", ParagraphRole.Heading),
            P("Índice"),
            .. contents,
            P("1. Datos generales", ParagraphRole.Heading),
            T(["Fecha", "martes 7/03/2017"], ["Horario", "11:00 a 13:00 horas"], ["Sede", "Auditorio del Instituto, Avenida Juárez 10"]),
            P("2. Seguimiento de estrategias", ParagraphRole.Heading),
            P("Estrategia 401. Ampliar las becas para estudiantes de bachillerato", ParagraphRole.Heading),
            P("Meta 401.1. Entregar becas a estudiantes en riesgo de abandono"),
            P("Indicador: Número de becas entregadas"),
            P("Instancia ejecutora: Secretaría de Educación"),
            P("Informe recibido por correo electrónico:"),
            P("De: Rosa Pérez Luna [mailto:rperez@educacion.gob.mx]"),
            P("Enviado: viernes, 3 de marzo de 2017 9:15"),
            P("Para: Secretaría técnica del Espacio"),
            P("Asunto: Avance meta 401.1"),
            P("Estimada Secretaría:"),
            P("Por este medio les envío el avance de la meta 401.1."),
            P("Durante el trimestre se entregaron 35 becas a estudiantes de bachillerato."),
            P("Atentamente"),
            P("Rosa Pérez Luna"),
            P("Secretaría de Educación"),
            P("Retroalimentación:"),
            P("Conviene desagregar las becas por alcaldía."),
            P("Meta 401.2. Dar seguimiento a las personas becadas"),
            P("Indicador: Personas con seguimiento"),
            P("Instancia ejecutora: Instituto de la Juventud"),
            P("Informe: El Instituto comentó que su informe sigue en validación y no lo remitió."),
            P("3. Acuerdos", ParagraphRole.Heading),
            P("1. La Secretaría de Educación enviará las becas por alcaldía."),
        ];
        return tocAsTable ? ExtractPdf(blocks) : Extract(blocks);
    }

    [Fact]
    public void A_pasted_email_keeps_only_its_body()
    {
        string[] email =
        [
            "De: Rosa Pérez Luna [mailto:rperez@educacion.gob.mx]", "Enviado: viernes, 3 de marzo de 2017 9:15", "Para: Secretaría técnica del Espacio",
            "CC: Coordinación del Espacio", "Asunto: Avance meta 401.1", "Estimada Secretaría:", "Por este medio les envío el avance de la meta 401.1.",
            "Durante el trimestre se entregaron 35 becas a estudiantes de bachillerato.", "Atentamente", "Rosa Pérez Luna", "Secretaría de Educación",
        ];
        var quoted = new QuotedEmail();
        Assert.Equal(["Durante el trimestre se entregaron 35 becas a estudiantes de bachillerato."], email.Where(quoted.Keeps));
    }

    [Fact]
    public void A_report_that_says_it_was_not_sent_is_no_report()
    {
        Assert.True(StrategyInterpreter.SaysNotReported("El Instituto comentó que su informe sigue en validación y no lo remitió."));
        Assert.Equal(ReportStatus.NotReported, Assert.Single(Relatoria().Strategies).Goals[1].ReportStatus);
    }

    [Fact]
    public void A_report_without_mail_header_is_kept_whole()
    {
        var email = new QuotedEmail();
        Assert.True(email.Keeps("Gracias a la campaña se inscribieron 40 escuelas."));
        Assert.True(email.Keeps("Saludos a las familias fueron enviados en 12 cartas."));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Contents_entries_that_name_a_heading_by_its_start_are_dropped_so_the_session_table_is_read(bool tocAsTable)
    {
        var acta = Relatoria(tocAsTable);
        Assert.Equal("11:00", acta.Session.StartTime);
        Assert.Equal("Auditorio del Instituto, Avenida Juárez 10", acta.Session.Place);
        Assert.StartsWith("Ampliar las becas", Assert.Single(acta.Strategies).Title, StringComparison.Ordinal);
    }
}

/// <summary>"por ciento" after a number in digits is its percent sign, never a hundred of the next word.</summary>
public sealed class PercentInWordsTests
{
    [Fact]
    public void Por_ciento_after_a_number_is_no_hundred_of_its_own() =>
        Assert.Equal([(45m, "%")], FigureExtractor.Extract("El 45 por ciento acude a la consulta.").Select(f => (f.Value, f.Unit)));
}

/// <summary>The body named by a title line that the title block, opened by a running header read first, stopped short of.</summary>
public sealed class BodyInLaterTitleLineTests
{
    [Fact]
    public void A_title_line_after_a_running_header_and_a_document_kind_names_the_body()
    {
        var acta = Extract(
            P("Relatoría · 4a. Sesión Ordinaria · EP Educación"),
            P("RELATORÍA"),
            P("4a. Sesión Ordinaria del Espacio de Participación del Derecho a la Educación"),
            P("Programa de Derechos Humanos · Secretaría Ejecutiva · 07/03/2017"),
            P("1. Asistencia", ParagraphRole.Heading),
            P("Instancias ejecutoras: Lic. Rosa Pérez Luna (Secretaría de Educación)."));
        Assert.Equal("Derecho a la Educación", acta.Session.Body);
    }
}
