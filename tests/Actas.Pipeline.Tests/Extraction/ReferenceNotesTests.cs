using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A page whose reports are only reference marks ("Recibido el 3 de abril.[1]"), their texts in the notes at its end,
/// each behind a back-link arrow; a PDF breaks a note's quotation over several lines.
/// </summary>
public sealed class ReferenceNotesTests
{
    [Fact]
    public void A_report_given_by_a_reference_mark_is_the_quotation_in_its_note()
    {
        var acta = Extract(
            P("Tercera sesión ordinaria del Espacio de Participación del Derecho a la Vivienda, 4 de abril de 2022"),
            P("ESTRATEGIA 310"),
            P("Meta 310.1 Entregar créditos de vivienda"),
            P("Informe"),
            P("Recibido el 3 de abril de 2022.[1]"),
            P("Meta 310.2 Rehabilitar unidades habitacionales"),
            P("Informe"),
            P("Recibido el 2 de abril de 2022.[2]"),
            P("Notas"),
            P("1. ↑ Correo del instituto sobre la meta 310.1: «Se entregaron 412 créditos"),
            P("en las alcaldías del sur.»"),
            P("2. ↑ Correo de la secretaría sobre la meta 310.2: «Se rehabilitaron 9 unidades.»"));

        var goals = Assert.Single(acta.Strategies).Goals;
        Assert.Equal("Se entregaron 412 créditos en las alcaldías del sur.", goals[0].Report);
        Assert.Equal("Se rehabilitaron 9 unidades.", goals[1].Report);
    }
}
