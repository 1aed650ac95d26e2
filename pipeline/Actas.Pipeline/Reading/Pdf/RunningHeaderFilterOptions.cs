namespace Actas.Pipeline.Reading.Pdf;

/// <summary>Thresholds of <see cref="RunningHeaderFilter"/>.</summary>
/// <param name="MinShare">A line repeating at the top or bottom of at least this share of pages is a running header/footer (default 0.5).</param>
/// <param name="EdgeLines">How many lines at each end of a page are candidates (default 4: a letterhead of four lines, blind batch P,
/// P2: "GOBIERNO DE LA CIUDAD DE MÉXICO / SECRETARÍA DEL MEDIO AMBIENTE / DIRECCIÓN GENERAL DE CALIDAD DEL AIRE ⇥ 2023: Año de… /
/// DIRECCIÓN DE TRANSICIÓN ENERGÉTICA").</param>
/// <param name="EdgeShare">Only lines inside this share of the page height from the top or bottom are candidates (default 0.15).</param>
public sealed record RunningHeaderFilterOptions(double MinShare = 0.5, int EdgeLines = 4, double EdgeShare = 0.15)
{
    public static RunningHeaderFilterOptions Default { get; } = new();
}
