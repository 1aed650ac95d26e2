using Actas.Pipeline.Extraction;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A remark told as "who remarked: remark": the verb says it is a remark, who said it its kind; a report verb is left alone.</summary>
public sealed class SaidRemarksTests
{
    [Theory]
    [InlineData("La Secretaría Ejecutiva observó: Falta la meta de cobertura.", "Falta la meta de cobertura.", true)]
    [InlineData("Abel Ríos Cano, del Colectivo Tierra, comentó: No hubo consulta previa.", "No hubo consulta previa.", false)]
    [InlineData("Las organizaciones cuestionaron: ¿Quién vigila los padrones?", "¿Quién vigila los padrones?", false)]
    [InlineData("En este punto, la Secretaría Ejecutiva recomendó: Publicar el padrón.", "Publicar el padrón.", true)]
    [InlineData("Rosa Lima, de la Red Vecinal, opinó: Falta consulta.", "Falta consulta.", false)]
    public void A_remark_verb_before_the_colon_makes_a_remark(string text, string said, bool bySecretariat) =>
        Assert.Equal((said, bySecretariat), SaidRemarks.Read(text));

    [Theory]
    [InlineData("La Secretaría de Obras informó: Se repavimentaron 12 calles.")]
    [InlineData("Indicador: Número de calles.")]
    [InlineData("Se comentó que faltan datos.")]
    public void Other_lines_are_no_told_remark(string text) => Assert.Null(SaidRemarks.Read(text));
}
