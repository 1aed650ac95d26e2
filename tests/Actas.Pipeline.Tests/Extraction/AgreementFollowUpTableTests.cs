using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// One agreements table that follows up earlier sessions' agreements above this session's ("No. | Acuerdo | Responsable | Fecha
/// compromiso | Estatus", blind batch K, K2), under a heading that names both and a sentence that tells what the table holds.
/// </summary>
public sealed class AgreementFollowUpTableTests
{
    [Fact]
    public void A_follow_up_and_record_heading_opens_the_agreements_and_the_table_caption_and_a_dash_are_no_content()
    {
        var acta = Extract(
            P("MINUTA DE LA QUINTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA VIVIENDA", ParagraphRole.Heading),
            P("Fecha: 10 de junio de 2022"),
            P("Estrategia 512. Mejorar las viviendas en riesgo estructural"),
            P("Meta 512.1: Reforzar los edificios dañados."),
            P("Informe: Se reforzaron 44 edificios."),
            P("4. REGISTRO Y SEGUIMIENTO DE ACUERDOS", ParagraphRole.Heading),
            P("Relación de los acuerdos anteriores y de los acuerdos tomados hoy."),
            T(["No.", "Acuerdo", "Responsable", "Fecha compromiso", "Estatus"],
              ["4/1", "El Instituto de Vivienda enviará el padrón de edificios.", "INVI", "20/05/2022", "Cumplido"],
              ["5/1", "La Secretaría de Obras revisará los dictámenes pendientes.", "SOBSE", "30/06/2022", "Nuevo"],
              ["5/2", "Celebrar la sexta sesión ordinaria el viernes 12 de agosto de 2022.", "—", "12/08/2022", "Nuevo"]));

        Assert.Equal(
            [("La Secretaría de Obras revisará los dictámenes pendientes.", "SOBSE"),
             ("Celebrar la sexta sesión ordinaria el viernes 12 de agosto de 2022.", null)],
            acta.Agreements.Select(a => (a.Text, a.Responsible)));
    }
}
