namespace Actas.Pipeline.Tests.Properties;

/// <summary>Writes numbers and ordinals in Spanish words, the way actas do, to feed round-trip properties.</summary>
public static class SpanishWords
{
    private static readonly string[] Units =
    [
        "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
        "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós",
        "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
    ];

    private static readonly string[] Tens = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];

    private static readonly string[] Hundreds =
        ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"];

    private static readonly string[] OrdinalUnits = ["", "primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "séptima", "octava", "novena"];

    private static readonly string[] OrdinalTens = ["", "décima", "vigésima", "trigésima", "cuadragésima", "quincuagésima", "sexagésima", "septuagésima", "octogésima", "nonagésima"];

    public static string Cardinal(int n)
    {
        if (n < 30)
        {
            return Units[n];
        }

        if (n < 100)
        {
            return n % 10 == 0 ? Tens[n / 10] : $"{Tens[n / 10]} y {Units[n % 10]}";
        }

        if (n < 1000)
        {
            return n == 100 ? "cien" : n % 100 == 0 ? Hundreds[n / 100] : $"{Hundreds[n / 100]} {Cardinal(n % 100)}";
        }

        var thousands = n / 1000 == 1 ? "mil" : $"{Cardinal(n / 1000)} mil";
        return n % 1000 == 0 ? thousands : $"{thousands} {Cardinal(n % 1000)}";
    }

    /// <summary>Feminine ordinal, 1–99: 23 → "vigésima tercera".</summary>
    public static string Ordinal(int n) =>
        n % 10 == 0 ? OrdinalTens[n / 10] : n < 10 ? OrdinalUnits[n] : $"{OrdinalTens[n / 10]} {OrdinalUnits[n % 10]}";
}
