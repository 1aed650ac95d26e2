using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A legal acta that names those present inside its opening sentence, group by group, each with a post and a body.</summary>
public sealed class PresentListTests
{
    [Fact]
    public void People_named_in_the_opening_sentence_are_the_attendance()
    {
        var acta = Extract(
            P("ACTA DE LA SEGUNDA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LAS PERSONAS CUIDADORAS"),
            P("En la Ciudad de México, siendo las once horas del día martes seis de marzo de dos mil diecinueve, reunidos en el " +
              "auditorio de la Alcaldía Tlalpan, estando presentes: por las instancias ejecutoras, el licenciado Germán Olvera Tapia, " +
              "Jefe de la Unidad de Programas Sociales de la Secretaría de Inclusión y Bienestar Social; la ingeniera Alma Rueda Ponce, " +
              "Directora de Obras del Instituto de Vivienda de la Ciudad de México; por las organizaciones de la sociedad civil, " +
              "la señora Carmen Lira Ochoa, Tesorera de la Red de Cuidadoras Unidas, A.C.; y por la Secretaría Ejecutiva del " +
              "Mecanismo de Seguimiento y Evaluación, la maestra Sonia Vela Durán, enlace del Espacio. Preside la sesión el " +
              "doctor Raúl Mena Cruz, quien declara abierta la sesión."),
            P("I.- SEGUIMIENTO DE ESTRATEGIAS.", ParagraphRole.Heading),
            P("Estrategia 301. Reconocer el trabajo de cuidados."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("PRIMERO.- La SIBISO enviará su padrón de personas cuidadoras."));

        Assert.Equal(
            [("Germán Olvera Tapia", "Secretaría de Inclusión y Bienestar Social", Sector.InstanciaEjecutora),
             ("Alma Rueda Ponce", "Instituto de Vivienda de la Ciudad de México", Sector.InstanciaEjecutora),
             ("Carmen Lira Ochoa", "Red de Cuidadoras Unidas, A.C.", Sector.SociedadCivil),
             ("Sonia Vela Durán", "Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación", Sector.SecretariaEjecutiva)],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }
    [Fact]
    public void A_title_of_address_of_any_kind_does_not_end_the_sentence_of_those_present()
    {
        // "Biól.", "Psic." and "Profra." are titles like "Lic.": the stop after them ends no sentence, so no person is cut off.
        var acta = Extract(
            P("ACTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LAS ÁREAS VERDES URBANAS"),
            P("En la Ciudad de México, siendo las diez horas del día jueves nueve de mayo de dos mil diecinueve, reunidos en la " +
              "sala de juntas del Vivero Nezahualcóyotl, estando presentes: por las instancias ejecutoras, la Biól. Tania Ruiz Olmos, " +
              "Subdirectora de Áreas Verdes de la Secretaría del Medio Ambiente; el Psic. Omar Vega Luna, Jefe de Departamento del " +
              "Instituto para la Atención y Prevención de las Adicciones; por las organizaciones de la sociedad civil, la Profra. " +
              "Elena Soto Parra, Presidenta de la Red Vecinal por el Bosque. Preside la sesión el Mtro. Iván Robles Garza."),
            P("I.- SEGUIMIENTO DE ESTRATEGIAS.", ParagraphRole.Heading),
            P("Estrategia 118. Conservar el arbolado urbano."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("PRIMERO.- La SEDEMA enviará el censo de arbolado."));

        Assert.Equal(
            [("Tania Ruiz Olmos", "Secretaría del Medio Ambiente", Sector.InstanciaEjecutora),
             ("Omar Vega Luna", "Instituto para la Atención y Prevención de las Adicciones", Sector.InstanciaEjecutora),
             ("Elena Soto Parra", "Red Vecinal por el Bosque", Sector.SociedadCivil)],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }
}
