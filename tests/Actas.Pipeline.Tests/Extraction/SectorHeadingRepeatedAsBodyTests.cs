using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>An attendance list by sector whose last sector heading is also the name of the one body under it.</summary>
public sealed class SectorHeadingRepeatedAsBodyTests
{
    [Fact]
    public void A_body_named_like_the_sector_heading_above_it_keeps_its_people()
    {
        var acta = Extract(
            P("ACTA DE LA DÉCIMA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
            P("PRIMERO. Lista de asistencia y declaración de quórum.", ParagraphRole.Heading),
            P("Instancias ejecutoras"),
            P("Sistema de Aguas de la Ciudad de México"),
            P("– Ing. Rosa Pérez Gil"),
            P("Secretaría Ejecutiva"),
            P("Secretaría Ejecutiva"),
            P("– Lic. Marta Ríos Vega"),
            P("SEGUNDO. Acuerdos.", ParagraphRole.Heading),
            P("ACUERDO 10/01. La Secretaría Ejecutiva enviará la minuta a las personas integrantes."));

        var relator = Assert.Single(acta.Attendance, a => a.Name.Contains("Marta Ríos Vega", StringComparison.Ordinal));
        Assert.Equal(("Secretaría Ejecutiva", Sector.SecretariaEjecutiva), (relator.Institution, relator.Sector));
    }
}
