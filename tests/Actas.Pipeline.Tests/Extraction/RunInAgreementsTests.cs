using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Minutes sent as a letter announce their agreements in a sentence that ends in a colon and letters them in the same
/// paragraph, with no ACUERDOS heading anywhere.
/// </summary>
public sealed class RunInAgreementsTests
{
    [Fact]
    public void Lettered_agreements_after_a_colon_in_one_paragraph_are_read_one_by_one()
    {
        var acta = Extract(
            P("Sexta Sesión Ordinaria del Espacio de Participación del Derecho a la Vivienda", ParagraphRole.Heading),
            P("Fecha: 8 de octubre de 2019"),
            P("Estrategia 512. Mejorar las viviendas en riesgo estructural"),
            P("Meta 512.1: Reforzar los edificios dañados por el sismo."),
            P("Informe: Se reforzaron 44 edificios multifamiliares."),
            P("En vista de lo anterior, se acordó: a) El Instituto de Vivienda enviará el padrón de edificios reforzados. " +
              "b) La Secretaría de Obras revisará los dictámenes pendientes antes del 30 de octubre de 2019. " +
              "c) La séptima sesión ordinaria será el martes 12 de noviembre de 2019."),
            P("Se levantó la sesión a las 13:00 horas."));

        Assert.Equal(
            ["El Instituto de Vivienda enviará el padrón de edificios reforzados.",
             "La Secretaría de Obras revisará los dictámenes pendientes antes del 30 de octubre de 2019.",
             "La séptima sesión ordinaria será el martes 12 de noviembre de 2019."],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal("Se reforzaron 44 edificios multifamiliares.", acta.Strategies.Single().Goals.Single().Report);
    }

    [Fact]
    public void The_lead_in_the_items_and_what_follows_the_last_become_rows_of_their_own()
    {
        var parts = RunInAgreements.Split("Por último, acordaron: a) Enviar el padrón. b) Revisar los dictámenes. Sin más asuntos, se cerró la sesión.");

        Assert.Equal(["Por último, acordaron:", "a) Enviar el padrón.", "b) Revisar los dictámenes.", "Sin más asuntos, se cerró la sesión."], parts);
    }
}
