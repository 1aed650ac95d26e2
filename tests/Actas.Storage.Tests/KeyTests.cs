using Actas.Storage.Keys;

namespace Actas.Storage.Tests;

public sealed class KeyTests
{
    [Theory]
    [InlineData("Rosa maría Torillo", "rosa maria torillo")]
    [InlineData("Rosa María Torillo", "rosa maria torillo")]
    [InlineData("Mtra. Rosa María Torillo", "rosa maria torillo")]
    [InlineData("Lic.  ROSA MARÍA   TORILLO", "rosa maria torillo")]
    [InlineData("C. Rosa María Torillo", "rosa maria torillo")]
    [InlineData("Dr. Juan Núñez", "juan nunez")]
    [InlineData("Mtro. Dr. Juan Núñez", "juan nunez")]
    [InlineData("Dra.Juan Núñez", "juan nunez")]
    [InlineData("Brigido Pireyro", "brigido pireyro")]
    [InlineData("Carlos Ruiz", "carlos ruiz")]
    [InlineData("Lic.", "lic")]
    public void Person_key_folds_accents_and_case_and_drops_titles(string name, string key) =>
        Assert.Equal(key, PersonNameKey.For(name));

    [Fact]
    public void Titles_inside_a_name_are_kept() =>
        Assert.Equal("ana c lopez", PersonNameKey.For("Ana C. López"));

    [Theory]
    [InlineData("Derechos de las Personas Víctimas de Trata y Formas de Explotación")]
    [InlineData("DERECHOS DE LAS PERSONAS VÍCTIMAS DE TRATA Y FORMAS DE EXPLOTACIÓN")]
    [InlineData("Espacio de Participación de los Derechos de las Personas Victimas de Trata y Formas de Explotación")]
    public void Body_key_is_the_same_however_the_body_is_written(string name) =>
        Assert.Equal("derechos de las personas victimas de trata y formas de explotacion", TextKey.Body(name));
}
