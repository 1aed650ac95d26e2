using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// One list of titles of address serves every reader of names: written ("Lic.", "Q.F.B."), spoken ("la licenciada"),
/// and the courtesy and professional ones a roll call or an opening sentence uses ("el señor", "la bióloga").
/// </summary>
public sealed class PersonNamesTitleTests
{
    [Theory]
    [InlineData("Señora Marta Ríos Abundis", "Marta Ríos Abundis")]
    [InlineData("señorita Irma Galván", "Irma Galván")]
    [InlineData("Bióloga Teresa Quiroz Luna", "Teresa Quiroz Luna")]
    [InlineData("psicólogo Andrés Peña", "Andrés Peña")]
    [InlineData("Abogada Lucía Ferrer Salas", "Lucía Ferrer Salas")]
    [InlineData("Licenciada Ana Ruiz", "Ana Ruiz")]
    [InlineData("Q.F.B. Ana Ruiz", "Ana Ruiz")]
    public void A_title_before_a_name_is_dropped(string titled, string name) =>
        Assert.Equal(name, PersonNames.WithoutTitle(titled));

    [Theory]
    [InlineData("Señorial Gómez")]
    [InlineData("Abogado")]
    public void A_word_that_only_begins_like_a_title_or_is_all_there_is_stays(string text) =>
        Assert.Equal(text, PersonNames.WithoutTitle(text));

    [Fact]
    public void A_roll_call_answer_after_a_courtesy_title_names_the_person()
    {
        var acta = Extract(
        [
            P("VERSIÓN ESTENOGRÁFICA DE LA SEGUNDA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE PERSONAS CUIDADORAS", ParagraphRole.Heading),
            P("Ciudad de México, jueves 9 de mayo de 2019"),
            P("LA C. SECRETARIA TÉCNICA.- Paso lista. Por las instancias ejecutoras:"),
            P("Secretaría de Salud: la bióloga Teresa Quiroz Luna, presente; el señor Andrés Peña Ocampo, presente."),
            P("LA C. SECRETARIA TÉCNICA.- Revisamos la estrategia 140, «Apoyar a quienes cuidan»."),
            P("Meta 140.1. Capacitar a personas cuidadoras."),
            P("Informe: Se capacitó a 35 personas."),
        ]);

        Assert.Contains(acta.Attendance, a => a.Name == "Teresa Quiroz Luna");
        Assert.Contains(acta.Attendance, a => a.Name == "Andrés Peña Ocampo");
    }
}
