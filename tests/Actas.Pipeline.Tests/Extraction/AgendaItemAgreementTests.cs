using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A minuta kept as one agenda table (No. | Tema | Desarrollo | Acuerdos): the last column holds the agreements each item
/// took, also when a page break cuts an item in two and repeats the header.
/// </summary>
public sealed class AgendaItemAgreementTests
{
    private static readonly string[] Header = ["No.", "Tema", "Desarrollo", "Acuerdos"];

    [Fact]
    public void The_agreements_column_of_an_agenda_table_gives_the_agreements()
    {
        var acta = ExtractPdf(
            P("MINUTA DE REUNIÓN"),
            T(["Reunión:", "V Sesión Ordinaria del Espacio de Participación del Derecho al Agua"], ["Fecha:", "9 de junio de 2017"]),
            T(
                Header,
                ["1", "Verificación del quórum", "Hubo quórum.", "—"],
                ["2", "Revisión de la estrategia 310: Garantizar el abasto de agua potable",
                    "Meta 310.1. Reducir el tandeo en colonias del oriente.\nIndicador: Colonias con tandeo.\nEnte responsable: SACMEX.\nInforme: Se redujo el tandeo en 17 colonias.",
                    "A.2.1 SACMEX enviará el calendario de tandeo a más tardar el 30 de junio de 2017."],
                ["3", "Revisión de la estrategia 314: Sanear los cauces",
                    "Meta 314.1. Limpiar los canales de Xochimilco.\nIndicador: Kilómetros limpiados.\nEnte responsable: SEDEMA.\nInforme: No se presentó informe.",
                    "A.3.1 La Secretaría Ejecutiva pedirá por oficio a la"]),
            P("Página 1 de 2"),
            T(
                Header,
                ["", "", "", "SEDEMA su informe de la meta 314.1."],
                ["4", "Asuntos generales", "Sin comentarios.", "A.4.1 La VI Sesión Ordinaria se celebrará el viernes 14 de julio de 2017 a las 10:00 hrs."]));

        Assert.Equal(
            [
                "SACMEX enviará el calendario de tandeo a más tardar el 30 de junio de 2017.",
                "La Secretaría Ejecutiva pedirá por oficio a la SEDEMA su informe de la meta 314.1.",
                "La VI Sesión Ordinaria se celebrará el viernes 14 de julio de 2017 a las 10:00 hrs.",
            ],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal("2017-07-14", acta.NextSession?.Date);
    }
}
